## Bogga macallimiinta (teach.html): samaynta hawlaha iyo guudmarka fasallada.

teach-page-name = Loogu talagalay macallimiinta
teach-nav-label = Shaashadaha macallimiinta
teach-nav-assign = Samee hawl
teach-nav-class = Guudmarka fasallada
teach-nav-learner = Fur barnaamijka ardayda
teach-privacy = Waxba kama baxaan qalabkan haddii aadan adigu wadaagin. Akoon iyo server midna ma jiraan: hawluhu waxay u socdaan sida link-yo, horumarkuna sida warbixino ay ardaydu go'aansadaan inay kuu soo diraan.

## Making an assignment

make-title = Samee hawl
make-intro = Dooro xirmooyinka casharrada, fasalka u bixi magac, kuna dar taariikhda la dhiibayo ama fariin gaaban. Waxaad heli doontaa link iyo koodh QR ah oo fasalkaaga loogu talagalay.
make-packs = Xirmooyinka casharrada
make-packs-loading = Xirmooyinka casharrada waa la soo rarayaa…
make-packs-failed = Xirmooyinka casharrada lama soo rari karin. Hubi xiriirka oo dib u soo rar bogga.
make-some-lessons = Casharro qaar oo keliya
make-lessons-hint = Waxba ha calaamadin si aad xirmada oo dhan u bixiso.
make-lessons-loading = Casharrada waa la soo rarayaa…
make-lessons-failed = Casharrada xirmadan lama soo rari karin.
make-class-name = Magaca fasalka
make-class-name-hint = Ardaydu way arkaan, fasalkana magacan ayuu ku yeelanayaa guudmarkaaga.
make-due = Taariikhda la dhiibayo (ikhtiyaari)
make-message = Fariin loogu talagalay fasalka (ikhtiyaari)
make-make = Samee link-ga
make-problems = Fadlan hubi:
make-ready = U dhiib fasalkaaga
make-ready-note = Ardaydu waxay link-ga ku furaan taleefankooda (ama iskaan ku sameeyaan koodhka). Fasalkani hadda wuxuu ku jiraa guudmarka fasalladaada, wuxuuna diyaar u yahay warbixinahooda.
make-link-label = Link-ga fasalka
make-qr-caption = Ku iskaan garee kamarada taleefanka si aad u furto hawsha.
make-print = Daabac
make-new = Samee hawl kale

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Fasalka u bixi magac.
make-issue-class-long = Magaca fasalku aad buu u dheer yahay (ugu badnaan { $max } xaraf).
make-issue-message-long = Fariintu aad bay u dheer tahay (ugu badnaan { $max } xaraf).
make-issue-too-long = Qoraalku aad buu u dheer yahay (ugu badnaan { $max } xaraf).
make-issue-control = Magaca fasalku ma yeelan karo xariiq-jebin ama calaamado kontorool oo gaar ah.
make-issue-no-packs = Dooro ugu yaraan hal xirmo oo casharro ah.
make-issue-too-many-packs = Dooro ugu badnaan { $max } xirmo oo casharro ah.
make-issue-too-many-lessons = Xirmo kasta ka dooro ugu badnaan { $max } cashar, ama ha dooran midna si aad xirmada oo dhan u bixiso.
make-issue-bad-id = Kataloogga goobtan waxaa ku jira magac xirmo ama cashar oo uusan link-gu qaadi karin. U sheeg milkiilaha goobta.
make-issue-code-long = Wadar ahaan tani aad bay ugu badan tahay hal link: dooro xirmooyin ama casharro ka yar, ama soo gaabi fariinta.

## Class overview

class-title = Guudmarka fasallada
class-intro = Ardaydu waxay kuu soo diraan warbixino ku saabsan horumarkooda: halkan ku dheji (waxaad hal mar ku dheji kartaa dhowr) ama soo geli faylasha. Waxaa la muujiyaa oo keliya waxa ay doorteen inay wadaagaan, wuxuuna ku sii jiraa qalabkan.
class-paste = Dheji warbixinaha
class-paste-hint = Warbixinuhu waxay ku bilowdaan PSG-. Qoraal kale oo ku hareeraysan waa la iska dhaafaa.
class-add = Ku dar warbixinaha
class-import-files = Soo geli faylasha warbixinaha
class-none = Weli fasallo ma jiraan. Samee hawl, ama ku dar warbixin: fasalkeeda ayaa halkan ka muuqan doona.
class-result-added = { $name }: warbixinta waxaa lagu daray { $class }.
class-result-updated = { $name }: warbixinta waa la cusboonaysiiyay gudaha { $class }.
class-result-older = { $name }: warbixin ka cusub ayaa horeba ugu jirtay { $class }; taas ayaa la hayaa.
class-result-same = { $name }: warbixintani horeba waxay ugu jirtay { $class }.
class-result-new-class = { $name }: warbixinta waxaa lagu daray fasal cusub, oo loogu talagalay hawl lagu sameeyay qalab kale. Hoos ka beddel magaciisa.
class-result-does-not-fit = { $name }: warbixintani kuma habboona { $class } (tirada xirmooyinka way ka duwan tahay); waxba lama beddelin.
class-error-not-found = Qoraalkan warbixin laguma helin. Warbixinuhu waxay ku bilowdaan PSG-.
class-error-too-long = Warbixintani way ka dheer tahay warbixin kasta: waxaa suurtagal ah in qayb qoraal kale ah lala koobi gareeyay.
class-error-truncated = Warbixintani way go'an tahay. Ka codso ardayga inuu mar kale soo diro, ama koobi garee dhammaanteed.
class-error-checksum = Warbixintani waxay leedahay khalad qoris ama koobi (xaraf khaldan ama meel laga beddelay). Ka codso ardayga inuu mar kale soo diro.
class-error-newer = Warbixintan waxaa sameeyay nooc cusub oo Passage ah. Dib u soo rar boggan si uu u cusboonaado.
class-error-malformed = Tani ma aha warbixin uu Passage akhriyi karo.
class-learners = { $count ->
    [one] { $count } arday
   *[other] { $count } arday
}
class-due = La dhiibayo { DATE($date) }
class-table-caption = Horumarka { $class }
class-col-name = Magaca
class-col-lessons = Casharrada la dhammeeyay
class-col-accuracy = Saxnaanta
class-col-last = Waxqabadkii ugu dambeeyay
class-col-made = Taariikhda warbixinta
class-lessons-value = { $done } ee { $of }
class-accuracy-value = { $percent }%
class-not-shared = lama wadaagin
class-no-receipts = Weli warbixino ma jiraan.
class-export-csv = U soo deji sida CSV
class-print = Daabac
class-rename = Magaca fasalka
class-rename-save = Beddel magaca
class-remove = Ka saar fasalkan
class-remove-confirm = Ma ka saartaa { $class } iyo dhammaan warbixinihiisa qalabkan?
class-remove-yes = Haa, ka saar
class-remove-no = Hayso
class-remove-learner = Ka saar { $name }
class-csv-name = Magaca
class-csv-pack = Xirmo
class-csv-lessons-done = casharrada la dhammeeyay
class-csv-lessons-of = casharrada oo dhan
class-csv-accuracy = saxnaanta %
class-csv-last = waxqabadkii ugu dambeeyay
class-csv-made = Taariikhda warbixinta (UTC)

## Storing the class overview

classes-damaged = Nuqul xumaaday oo guudmarka fasalladaada ah ayaa la helay oo dhinac loo dhigay; waxaa la muujinayaa nuqulka ugu cusub ee la akhriyi karo.
classes-newer = Guudmarka fasalladaada waxaa keydiyay nooc cusub oo Passage ah. Waa la muujinayaa, laakiin isbeddellada lama keydin karo ilaa boggan la cusboonaysiiyo (dib u soo rar).
classes-unavailable = Browser-kani uma oggola Passage inuu xog keydiyo (daalacasho gaar ah, ama kaydka waa la damiyay): guudmarka fasallada wuu lumayaa marka aad xidho bogga.
classes-not-saved = Guudmarka fasallada lama keydin karin: kaydka browser-ka wuu buuxaa ama waa la xannibay. U dhoofi sida CSV si aad nuqul u haysato.
class-unnamed = Fasal { $id }
class-date = { DATE($date) }
