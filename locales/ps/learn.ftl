# Passage interface messages (ps): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = بیا ښه راغلاست
home-due = { $count ->
    [0] اوس د تکرار لپاره هېڅ نشته.
    [one] د تکرار لپاره { $count } کلمه یا پوښتنه.
   *[other] د تکرار لپاره { $count } کلمې او پوښتنې.
}
home-review-now = اوس تکرار کړئ
home-goal = نن: له { $goal } تمرینونو { $done }
home-streak = { $days ->
    [0] د نن هدف ته ورسېږئ چې د ورځو لړۍ پیل شي.
    [one] { $days } ورځ پرله پسې
   *[other] { $days } ورځې پرله پسې
}
home-goal-label = ورځنی هدف
home-goal-choice = { $count ->
    [one] په ورځ کې { $count } تمرین
   *[other] په ورځ کې { $count } تمرینونه
}
home-continue = له هماغه ځایه دوام ورکړئ چې پاتې شوي وئ
home-my-packs = زما کڅوړې
home-all-packs = ټولې کڅوړې

## Pack screen

learn-lessons-title = لوستونه
learn-lesson-done = بشپړ شو، غوره نمره ٪{ $score }
learn-listening-switch = د اورېدلو تمرینونه
print-link = د کار پاڼه چاپول
print-now = چاپول
print-word = کلمه یا جمله
print-meaning = مانا
learn-loading = لوست پورته کېږي…
learn-pack-unreachable = دا کڅوړه ښکته نه شوه. یو ځل انټرنېټ ته وصل شئ، بیا پرته له انټرنېټه هم کار کوي.
learn-pack-missing = دا کڅوړه نور په دې سایټ کې نشته.
learn-pack-damaged = د دې کڅوړې فایل خراب دی یا د پاساژ د دې نسخې لپاره ډېر نوی دی.
learn-lesson-problem = دا لوست نه خلاصېږي
learn-lesson-missing = په دې کڅوړه کې داسې لوست نشته. کېدای شي بدل شوی وي.

## A lesson

learn-progress = تمرین { $done } له { $total }
learn-again-note = یو ځل بیا هڅه:
learn-check = وګورئ
learn-continue = دوام
learn-listen = واورئ
learn-your-answer = ستاسو ځواب
learn-flashcard-instruction = یوه نوې کلمه. ويې لولئ، واورئ، بیا یې مانا وګورئ.
learn-reveal = مانا ښکاره کړئ
learn-rate-question = دا مو څومره ښه زده وه؟
learn-rate-again = هېڅ نه
learn-rate-hard = لږ
learn-rate-good = ښه
learn-rate-easy = ډېر ښه
learn-choice-single = سم ځواب وټاکئ.
learn-choice-multiple = ټول سم ځوابونه وټاکئ، بیا «وګورئ» کېکاږئ.
learn-choice-listen = واورئ، بیا هغه وټاکئ چې اورېدلي مو دي.
learn-true-false-instruction = دا سم دی که ناسم؟
learn-true = سم
learn-false = ناسم
learn-type-translate = دا په هغه ژبه ولیکئ چې زده کوئ یې.
learn-type-article = دا په هغه ژبه چې زده کوئ یې، د حرف تعریف سره ولیکئ.
learn-type-listen = واورئ، بیا هغه ولیکئ چې اورېدلي مو دي.
learn-word-bank-instruction = جمله جوړه کړئ: کلمې په ترتیب سره کېکاږئ.
learn-word-bank-built = ستاسو جمله
learn-word-bank-tiles = د کارولو کلمې
learn-match-instruction = جوړې سره ونښلوئ: له یوې خوا یو توکی، بیا یې جوړه له بلې خوا وټاکئ.
learn-match-pair = جوړه { $number }
learn-cloze-instruction = تش ځایونه ډک کړئ.
learn-blank = تش ځای { $number }
learn-order-instruction = دا په سم ترتیب کېږدئ.
learn-move-up = پورته یې کړئ: { $item }
learn-move-down = ښکته یې کړئ: { $item }
learn-dialogue-your-turn = ستاسو وار دی. دا کس څه وايي؟
learn-reply-right = ښه ځواب.
learn-reply-wrong = غوره ځواب نه دی. خبرې د سم ځواب سره دوام کوي.
learn-sources = سرچینې
learn-reviewed = وروستۍ کتنه: { DATE($date) }
learn-checked = وروستۍ کتنه: { DATE($date) }.

## Feedback after an answer

learn-right = سم دی!
learn-right-with-note = سم دی، د یوې کوچنۍ یادونې سره.
learn-wrong = بشپړ سم نه دی.
learn-right-answer = سم ځواب:
learn-note-diacritics = نښو او ځانګړو تورو ته پام وکړئ.
learn-note-typo = املا ته پام وکړئ: یو توری توپیر لري.
learn-note-article = کلمه سمه ده، خو حرف تعریف بل دی.
learn-source = سرچینه:
learn-varies-office = دا ځواب هغه وخت بدلېږي چې نوی کس دا دنده واخلي.
learn-varies-region = دا ځواب په دې پورې اړه لري چې چېرته اوسېږئ.
learn-varies-yearly = دا ځواب هر کال بدلېږي.

## End of a lesson or review

learn-summary-title = شاباس! پای ته مو ورساوه.
learn-summary-score = ستاسو نمره: ٪{ $score }
learn-summary-right = { $total ->
    [one] له { $total } ځوابونو { $right } په لومړي ځل سم وو.
   *[other] له { $total } ځوابونو { $right } په لومړي ځل سم وو.
}
learn-summary-back = شاته
learn-summary-home = کور
learn-review-title = تکرار
learn-review-nothing = اوس د تکرار لپاره هېڅ نشته. وروسته راشئ یا نوی لوست پیل کړئ.
learn-review-some-missing = ځینې کڅوړې پورته نه شوې، نو کلمې یې پرېښودل شوې.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = د اصلي ازموینې په څېر یوه تمریني ازموینه: تر { $ask } پوښتنو پورې، او په { $pass } سمو ځوابونو بریالي کېږئ. کله چې پایله ډاډمنه شي، ازموینه پای ته رسېږي.
learn-exam-passed = تاسو په دې تمریني ازموینه کې بریالي شوئ.
learn-exam-not-passed = دا ځل بریالي نه شوئ. لوستونه تمرین کړئ او بیا هڅه وکړئ.
learn-exam-tally = { $right } سم، { $wrong } غلط. تاسو ته له { $ask } پوښتنو { $pass } سم ځوابونه پکار دي.
