# Passage interface messages (so): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = Ku soo dhowow mar kale
home-due = { $count ->
    [0] Hadda wax dib loo eego ma jiraan.
    [one] { $count } eray ama su'aal ayaa dib u eegis u baahan.
   *[other] { $count } erayo iyo su'aalo ayaa dib u eegis u baahan.
}
home-review-now = Hadda dib u eeg
home-goal = Maanta: { $done } ka mid ah { $goal } layli
home-streak = { $days ->
    [0] Gaadh hadafka maanta si aad u bilowdo maalmo isku xigta.
    [one] { $days } maalin oo isku xigta
   *[other] { $days } maalmood oo isku xigta
}
home-goal-label = Hadafka maalinlaha ah
home-goal-choice = { $count ->
    [one] { $count } layli maalintii
   *[other] { $count } layli maalintii
}
home-continue = Ka sii wad meeshii aad joogtay
home-my-packs = Xirmooyinkayga
home-all-packs = Dhammaan xirmooyinka

## Pack screen

learn-lessons-title = Casharrada
learn-lesson-done = Waa la dhammeeyay, dhibcaha ugu fiican { $score }%
learn-listening-switch = Layliyada dhegaysiga
print-link = Daabac xaashi shaqo
print-now = Daabac
print-word = Eray ama weedh
print-meaning = Macnaha
learn-loading = Casharka waa la soo rarayaa…
learn-pack-unreachable = Xirmadan lama soo dejin karin. Hal mar ku xidh internetka, kadibna way shaqaynaysaa internet la'aan.
learn-pack-missing = Xirmadan kuma jirto boggan mar dambe.
learn-pack-damaged = Faylka xirmadan waa xumaaday ama aad buu ugu cusub yahay noocan Passage.
learn-lesson-problem = Casharkan lama furi karo
learn-lesson-missing = Xirmadan ma laha casharkan. Waxaa laga yaabaa inay is beddeshay.

## A lesson

learn-progress = Layli { $done } ee { $total }
learn-again-note = Isku day kale:
learn-check = Hubi
learn-continue = Sii wad
learn-listen = Dhegayso
learn-your-answer = Jawaabtaada
learn-flashcard-instruction = Eray cusub. Akhri, dhegayso, kadib muuji macnaha.
learn-reveal = Muuji macnaha
learn-rate-question = Intee in le'eg ayaad u garanaysay?
learn-rate-again = Gabi ahaanba maya
learn-rate-hard = Wax yar
learn-rate-good = Si fiican
learn-rate-easy = Si aad u fiican
learn-choice-single = Dooro jawaabta saxda ah.
learn-choice-multiple = Dooro dhammaan jawaabaha saxda ah, kadib riix Hubi.
learn-choice-listen = Dhegayso, kadib dooro waxa aad maqashay.
learn-true-false-instruction = Tani ma run baa mise waa been?
learn-true = Run
learn-false = Been
learn-type-translate = Ku qor tan luqadda aad baranayso.
learn-type-article = Ku qor tan luqadda aad baranayso, oo ay la socoto qodobkeeda.
learn-type-listen = Dhegayso, kadib qor waxa aad maqashay.
learn-word-bank-instruction = Dhis jumladda: taabo erayada si habaysan.
learn-word-bank-built = Jumladdaada
learn-word-bank-tiles = Erayada la isticmaalayo
learn-match-instruction = Isku aadi lammaanaha: dooro shay dhinac, kadib lammaankiisa dhinaca kale.
learn-match-pair = lammaane { $number }
learn-cloze-instruction = Buuxi meelaha bannaan.
learn-blank = Meel bannaan { $number }
learn-order-instruction = Kuwan u kala hormari si sax ah.
learn-move-up = Kor u qaad: { $item }
learn-move-down = Hoos u dhig: { $item }
learn-dialogue-your-turn = Waa kaa. Maxay qofkani leeyahay?
learn-reply-right = Jawaab wanaagsan.
learn-reply-wrong = Ma aha jawaabta ugu fiican. Wada-hadalku wuxuu ku socdaa tan saxda ah.
learn-sources = Ilaha
learn-reviewed = Markii ugu dambaysay ee la hubiyay: { DATE($date) }
learn-checked = Markii ugu dambaysay ee la hubiyay: { DATE($date) }.

## Feedback after an answer

learn-right = Waa sax!
learn-right-with-note = Waa sax, oo leh xusuusin yar.
learn-wrong = Ma aha sax dhammaystiran.
learn-right-answer = Jawaabta saxda ah:
learn-note-diacritics = U fiirso calaamadaha iyo xarfaha gaarka ah.
learn-note-typo = U fiirso higgaadda: hal xaraf ayaa ka duwan.
learn-note-article = Erayga waa sax, laakiin qodobku waa ka duwan yahay.
learn-source = Isha:
learn-varies-office = Jawaabtani way is beddeshaa marka qof cusub xilka qabto.
learn-varies-region = Jawaabtani waxay ku xidhan tahay meesha aad ku nooshahay.
learn-varies-yearly = Jawaabtani sannad walba way is beddeshaa.

## End of a lesson or review

learn-summary-title = Si fiican! Waad dhammaysay.
learn-summary-score = Dhibcahaaga: { $score }%
learn-summary-right = { $total ->
    [one] { $right } ka mid ah { $total } jawaab ayaa sax ahayd markii ugu horreysay.
   *[other] { $right } ka mid ah { $total } jawaabood ayaa sax ahaa markii ugu horreysay.
}
learn-summary-back = Dib u noqo
learn-summary-home = Bogga hore
learn-review-title = Dib u eegis
learn-review-nothing = Hadda wax dib loo eego ma jiraan. Dib u soo noqo ama bilow cashar cusub.
learn-review-some-missing = Xirmooyin qaar lama soo rari karin, erayadoodana waa laga tagay.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Imtixaan tijaabo ah oo u eg kan dhabta ah: ilaa { $ask } su'aalood, waxaadna ku gudbaysaa { $pass } jawaabood oo sax ah. Wuu dhammaanayaa marka natiijadu hubaal noqoto.
learn-exam-passed = Waad ku gudubtay imtixaankan tijaabada ah.
learn-exam-not-passed = Markan kuma aadan gudbin. Ku celceli casharrada oo mar kale isku day.
learn-exam-tally = { $right } sax, { $wrong } khalad. Waxaad u baahan tahay { $pass } jawaabood oo sax ah oo ka mid ah { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Hawlahaaga
assign-broken-title = Xiriirkan hawsha ma shaqeynayo
assign-error-empty = Xiriirka waa la gooyay: hawl kuma jirto. Macallinkaaga ka codso inuu mar kale soo diro.
assign-error-too-long = Xiriirkan aad ayuu u dheer yahay si uu hawl u noqdo. Macallinkaaga ka codso inuu mar kale soo diro.
assign-error-truncated = Qayb ka mid ah xiriirka ayaa maqan. Koobiyee xiriirka oo dhan, ama macallinkaaga ka codso inuu mar kale soo diro.
assign-error-damaged = Xiriirka waa la beddelay ama waa xumaaday. Macallinkaaga ka codso inuu mar kale soo diro.
assign-error-newer = Hawshan waxaa lagu sameeyay nooc ka cusub oo Passage ah. Cusboonaysii barnaamijka, kadib mar kale fur xiriirka.
assign-error-not-assignment = Kani ma aha xiriir hawleed. Macallinkaaga ka codso inuu mar kale soo diro.
assign-nothing-changed = Waxba lama beddelin.
assign-from-teacher = Hawl uu macallinkaagu kuu soo diray
assign-due = Waqtiga dhammaadka: { DATE($date) }
assign-overdue = Waa dib u dhacday: waqtigeedu wuxuu ahaa { DATE($date) }
assign-packs-title = Waxa la barto
assign-lessons = Casharrada:
assign-pack-missing = Boggan ma laha xirmadan.
assign-other-catalog = Xirmooyinka hawshan waxay ka yimaadeen websaydh kale. Passage weli ma furi karo xirmooyin websaydhyo kale ah, sidaa darteed hawshan halkan laguma aqbali karo.
assign-accept = Aqbal hawsha
assign-accepted = Waad aqbashay hawshan. Xirmooyinkeedu waxay ku jiraan liiskaaga.
assign-start = Bilow barashada
assign-send-progress = U dir horumarkaaga macallinkaaga
receipt-title = Dir horumarkaaga
receipt-not-here = Hawshan kuma jirto taleefankan. Fur xiriirka uu macallinkaagu kuu soo diray oo marka hore aqbal hawsha.
receipt-name-label = Magacaaga, sida uu macallinkaagu kuu yaqaan
receipt-name-empty = Qor magacaaga si aad u sameyso rasiidkaaga.
receipt-name-too-long = Magacaagu aad ayuu u dheer yahay: isticmaal ugu badnaan { $max } xaraf.
receipt-name-control = Magacaaga waxaa ku jira xaraf aan la diri karin. Mar kale qor.
receipt-leave-out-accuracy = Ha dirin inta jawaab ee saxda ahayd
receipt-leave-out-activity = Ha dirin goorta ugu dambaysay ee aan bartay
receipt-shares-title = Tani waa waxa aad wadaagi doonto
receipt-field-name = Magacaaga: { $name }
receipt-field-assignment = Hawsha: { $class }
receipt-field-made = La sameeyay { DATE($date) }
receipt-field-lessons = { $pack }: casharrada la dhammeeyay: { $done } ka mid ah { $of }
receipt-field-accuracy = { $pack }: { $percent } % jawaabaha ayaa saxsan
receipt-field-activity = { $pack }: markii ugu dambaysay ee la bartay { DATE($date) }
receipt-nothing-else = Wax kale kama baxaan taleefankaaga: jawaabahaaga, xirmooyinkaaga kale iyo dejimahaaga midna.
receipt-code-label = Rasiidkaaga: koodhkan u dir macallinkaaga, tusaale ahaan fariin chat ah.
receipt-qr = Koodhka QR ee rasiidkaaga, si uu macallinkaagu u sawiro
receipt-save = U kaydi fayl ahaan

## Copy and share buttons (also on the teachers' page)

share-copy = Koobi garee
share-copied = Waa la koobi gareeyay.
share-copy-failed = Lama koobi garayn karin: dooro qoraalka oo gacanta ku koobi garee.
share-share = La wadaag…
