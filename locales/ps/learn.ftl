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

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = ستاسو دندې
assign-broken-title = د دندې دا لینک کار نه کوي
assign-error-empty = لینک پرې شوی دی: هېڅ دنده پکې نشته. له خپل ښوونکي وغواړئ چې بیا یې ولېږي.
assign-error-too-long = دا لینک د یوې دندې لپاره ډېر اوږد دی. له خپل ښوونکي وغواړئ چې بیا یې ولېږي.
assign-error-truncated = د لینک یوه برخه نشته. ټول لینک کاپي کړئ، یا له خپل ښوونکي وغواړئ چې بیا یې ولېږي.
assign-error-damaged = لینک بدل شوی یا خراب شوی دی. له خپل ښوونکي وغواړئ چې بیا یې ولېږي.
assign-error-newer = دا دنده د Passage په نوې نسخه جوړه شوې ده. اپ تازه کړئ، بیا لینک بیا پرانیزئ.
assign-error-not-assignment = دا د دندې لینک نه دی. له خپل ښوونکي وغواړئ چې بیا یې ولېږي.
assign-nothing-changed = هېڅ شی بدل نه شو.
assign-from-teacher = ستاسو د ښوونکي له خوا یوه دنده
assign-due = وروستۍ نېټه: { DATE($date) }
assign-overdue = ناوخته: وروستۍ نېټه { DATE($date) } وه
assign-packs-title = څه ولولئ
assign-lessons = لوستونه:
assign-pack-missing = دا سایټ دا کڅوړه نه لري.
assign-other-catalog = د دې دندې کڅوړې له بلې وېبپاڼې دي. Passage لا تر اوسه د نورو وېبپاڼو کڅوړې نه شي پرانیستلای، نو دا دنده دلته نه شي منل کېدای.
assign-accept = دنده ومنئ
assign-accepted = تاسو دا دنده ومنله. د هغې کڅوړې ستاسو په لست کې دي.
assign-start = زده کړه پیل کړئ
assign-send-progress = خپل پرمختګ خپل ښوونکي ته ولېږئ
receipt-title = خپل پرمختګ ولېږئ
receipt-not-here = دا دنده په دې تلیفون کې نشته. هغه لینک پرانیزئ چې ښوونکي درته لېږلی، او لومړی دنده ومنئ.
receipt-name-label = ستاسو نوم، لکه څنګه چې ښوونکی مو پېژني
receipt-name-empty = د رسید جوړولو لپاره خپل نوم ولیکئ.
receipt-name-too-long = ستاسو نوم ډېر اوږد دی: تر { $max } تورو ډېر مه کاروئ.
receipt-name-control = ستاسو په نوم کې یو توری دی چې نه شي لېږل کېدای. بیا یې ولیکئ.
receipt-leave-out-accuracy = دا مه لېږئ چې څو ځوابونه سم وو
receipt-leave-out-activity = دا مه لېږئ چې وروستی ځل مې کله زده کړه کړې
receipt-shares-title = دا هغه څه دي چې تاسو به یې شریکوئ
receipt-field-name = ستاسو نوم: { $name }
receipt-field-assignment = دنده: { $class }
receipt-field-made = جوړ شوی په { DATE($date) }
receipt-field-lessons = { $pack }: بشپړ شوي لوستونه: { $done } له { $of }
receipt-field-accuracy = { $pack }: { $percent }٪ ځوابونه سم
receipt-field-activity = { $pack }: وروستۍ زده کړه په { DATE($date) }
receipt-nothing-else = نور هېڅ شی ستاسو له تلیفون نه وځي: نه ستاسو ځوابونه، نه نورې کڅوړې، نه ستاسو ترتیبات.
receipt-code-label = ستاسو رسید: دا کوډ خپل ښوونکي ته ولېږئ، د بېلګې په توګه د چټ په پیغام کې.
receipt-qr = ستاسو د رسید QR کوډ، چې ښوونکی یې سکن کړي
receipt-save = د فایل په توګه خوندي کړئ

## Copy and share buttons (also on the teachers' page)

share-copy = کاپي
share-copied = کاپي شو.
share-copy-failed = کاپي نه شو: متن وټاکئ او پخپله یې کاپي کړئ.
share-share = شریکول…
