# Passage interface messages, Somali. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = Luqadda
language-loading = Luqadda waa la soo rarayaa…
language-unavailable = Luqaddan lama soo rari karin. Hubi xiriirkaaga oo mar kale isku day.
translation-draft = Turjumaaddani waa qabyo, waxaana laga yaabaa inay khaladaad leedahay.
translation-draft-link = Soo jeedi sixitaan
footer-privacy = Akoon ma jiro, la-socodna ma jiro: horumarkaagu wuxuu ku jiraa qalabkan.
update-available = Cusboonaysiin ayaa diyaar ah
update-reload = Dib u soo rar
list-separator = {", "}

## Home

home-lead = Baro luqadda dalkaaga cusub iyo sida noloshu halkaas u socoto: xuquuqda, daryeelka caafimaadka, shaqada, lacagta, dugsiga iyo meesha aad caawimaad ka heli karto.
home-start = Bilow barashada
home-offline-title = Internet la'aan ayuu shaqeeyaa
home-offline-text = Marka xirmo casharro ah ay taleefankaaga ku jirto, internet la'aan ayaad wax ku baran kartaa.
home-private-title = Gaar ah
home-private-text = Akoon ma jiro, la-socodna ma jiro. Horumarkaagu wuxuu ku jiraa qalabkan.
home-free-title = Bilaash
home-free-text = Waxaa loo sameeyay dadka cusub ee yimid, macallimiinta iyo hay'adaha caawiya.

## Lesson packs

packs-title = Xirmooyinka casharrada
packs-loading = Xirmooyinka waa la soo rarayaa…
packs-none = Goobtani weli ma bixiso xirmooyin casharro ah.
packs-unreachable = Liiska xirmooyinka lama soo rari karin. Hubi xiriirkaaga oo mar kale isku day.
packs-missing = Liiska xirmooyinka goobtan waa maqan yahay. U sheeg milkiilaha goobta.
packs-damaged = Liiska xirmooyinka goobtan waa xumaaday. U sheeg milkiilaha goobta.
packs-count =
    { $count ->
        [0] Ma jirto xirmo ku habboon doorashooyinkan.
        [one] Hal xirmo oo casharro ah
       *[other] { $count } xirmo oo casharro ah
    }
pack-learns = Luqadda la barto: { $language }
learner-language-label = Turjumaadaha xirmooyinka casharrada
learner-language-auto = La mid ah luqadda barnaamijka
pack-no-translation = Xirmadani turjumaad kuma laha luqaddan: { $wanted }. Luqadda ay isticmaasho: { $used }.
packs-filter-title = Raadi xirmo
packs-filter-learning = Luqadda aad baranayso
packs-filter-mine = Luqaddayda
packs-filter-kind = Nooca
packs-filter-level = Heerka
packs-filter-country = Dalka
packs-filter-any = Dhammaan
packs-filter-clear = Tus dhammaan xirmooyinka
packs-kind-language = Luqad
packs-kind-civic = Nolosha iyo xuquuqda
packs-kind-mixed = Luqadda iyo nolosha
offline-save = Soo deji si aad internet la'aan ugu isticmaasho
offline-working = Fadlan sug…
offline-saved = Taleefankan ayaa internet la'aan lagu isticmaali karaa.
offline-remove = Ka saar taleefankan
offline-removed = Waa laga saaray taleefankan. Horumarkaaga xirmadan wuu sii jiraa.
offline-unsupported = Biraawsarkani halkan kuma kaydin karo xirmooyin si internet la'aan loogu isticmaalo.
offline-storage-full = Meel bannaan oo xirmadan lagu kaydiyo ma harin. Taleefanka meel ka bannee oo mar kale isku day.
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = Waa la soo rarayaa…
pack-target = Luqadda aad baranayso
pack-translations = Turjumaadaha
pack-version = Nuqulka
pack-size = Cabbirka soo dejinta
pack-not-found-title = Xirmada lama helin
pack-not-found-text = Goobtani ma laha xirmo magacan leh:
pack-all = Dhammaan xirmooyinka

## An address that names no screen

not-found-title = Bogga lama helin
not-found-text = Ciwaankan bog kuma yaallo:
not-found-home = Ku noqo bilowga
