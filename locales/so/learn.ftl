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
