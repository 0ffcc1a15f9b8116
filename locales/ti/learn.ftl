# Passage interface messages (ti): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = እንቋዕ ብደሓን ተመለስካ
home-due = { $count ->
    [0] ሕጂ ዝድገም የለን።
    [one] ንምድጋም { $count } ቃል ወይ ሕቶ።
   *[other] ንምድጋም { $count } ቃላትን ሕቶታትን።
}
home-review-now = ሕጂ ድገም
home-goal = ሎሚ: ካብ { $goal } ልምምዳት { $done }
home-streak = { $days ->
    [0] ተኸታታሊ መዓልታት ንምጅማር ናይ ሎሚ ዕላማ ብጻሕ።
    [one] { $days } መዓልቲ ብተኸታታሊ
   *[other] { $days } መዓልታት ብተኸታታሊ
}
home-goal-label = ዕለታዊ ዕላማ
home-goal-choice = { $count ->
    [one] ኣብ መዓልቲ { $count } ልምምድ
   *[other] ኣብ መዓልቲ { $count } ልምምዳት
}
home-continue = ካብ ዝአቋረጽካዮ ቀጽል
home-my-packs = ናተይ ጥቕላላት
home-all-packs = ኩሎም ጥቕላላት

## Pack screen

learn-lessons-title = ትምህርትታት
learn-lesson-done = ተወዲኡ፣ ዝበለጸ ነጥቢ { $score }%
learn-listening-switch = ናይ ምስማዕ ልምምዳት
print-link = ወረቐት ልምምድ ምሕታም
print-now = ምሕታም
print-word = ቃል ወይ ሓረግ
print-meaning = ትርጉም
learn-loading = ትምህርቲ ይጽዓን ኣሎ…
learn-pack-unreachable = እዚ ጥቕላል ክወርድ ኣይከኣለን። ሓንሳብ ምስ ኢንተርነት ተራኸብ፣ ድሕሪኡ ብዘይ ኢንተርነት ይሰርሕ።
learn-pack-missing = እዚ ጥቕላል ኣብዚ ገጽ ድሕሪ ሕጂ የለን።
learn-pack-damaged = እዚ ፋይል ጥቕላል ዝተበላሸወ ወይ ነዚ ሕታም Passage ኣዝዩ ሓድሽ እዩ።
learn-lesson-problem = እዚ ትምህርቲ ክኽፈት ኣይከኣለን
learn-lesson-missing = እዚ ጥቕላል ከምዚ ዝበለ ትምህርቲ የብሉን። ተቐይሩ ክኸውን ይኽእል።

## A lesson

learn-progress = ልምምድ { $done } ካብ { $total }
learn-again-note = ሓንሳብ ደጊምካ ፈትን:
learn-check = ኣረጋግጽ
learn-continue = ቀጽል
learn-listen = ስማዕ
learn-your-answer = መልስኻ
learn-flashcard-instruction = ሓድሽ ቃል። ኣንብቦ፣ ስምዓዮ፣ ድሕሪኡ ትርጉሙ ርአ።
learn-reveal = ትርጉም ኣርኢ
learn-rate-question = ክሳብ ክንደይ ትፈልጦ ኔርካ?
learn-rate-again = ፈጺመ
learn-rate-hard = ቁሩብ
learn-rate-good = ጽቡቕ
learn-rate-easy = ኣዝዩ ጽቡቕ
learn-choice-single = ቅኑዕ መልሲ ምረጽ።
learn-choice-multiple = ኩሎም ቅኑዓት መልስታት ምረጽ፣ ድሕሪኡ ኣረጋግጽ ጠውቕ።
learn-choice-listen = ስማዕ፣ ድሕሪኡ ዝሰማዕካዮ ምረጽ።
learn-true-false-instruction = እዚ ሓቂ ድዩ ወይስ ሓሶት?
learn-true = ሓቂ
learn-false = ሓሶት
learn-type-translate = ነዚ በቲ ትመሃሮ ዘለኻ ቋንቋ ጸሓፎ።
learn-type-article = ነዚ በቲ ትመሃሮ ዘለኻ ቋንቋ ምስ መለለዪኡ ጸሓፎ።
learn-type-listen = ስማዕ፣ ድሕሪኡ ዝሰማዕካዮ ጸሓፍ።
learn-word-bank-instruction = ምሉእ ሓሳብ ስራሕ: ነቶም ቃላት ብቕደም ሰዓብ ጠውቖም።
learn-word-bank-built = ምሉእ ሓሳብካ
learn-word-bank-tiles = ዝጥቀመሎም ቃላት
learn-match-instruction = ጽምዲ ኣዛምድ: ካብ ሓደ ወገን ሓደ ምረጽ፣ ድሕሪኡ መጻምድቱ ካብቲ ካልእ ወገን።
learn-match-pair = ጽምዲ { $number }
learn-cloze-instruction = ባዶ ቦታታት ምላእ።
learn-blank = ባዶ ቦታ { $number }
learn-order-instruction = ነዚኣቶም ብቅኑዕ ስርዓት ስርዖም።
learn-move-up = ናብ ላዕሊ: { $item }
learn-move-down = ናብ ታሕቲ: { $item }
learn-dialogue-your-turn = ተራኻ እዩ። እዚ ሰብ እንታይ ይብል?
learn-reply-right = ጽቡቕ መልሲ።
learn-reply-wrong = ዝበለጸ መልሲ ኣይኮነን። ዘረባ ብቅኑዕ መልሲ ይቕጽል።
learn-sources = ምንጭታት
learn-reviewed = መወዳእታ ዝተረጋገጸሉ: { DATE($date) }
learn-checked = መወዳእታ ዝተረጋገጸሉ: { DATE($date) }።

## Feedback after an answer

learn-right = ቅኑዕ!
learn-right-with-note = ቅኑዕ፣ ምስ ንእሽቶ መዘኻኸሪ።
learn-wrong = ምሉእ ብምሉእ ኣይኮነን።
learn-right-answer = ቅኑዕ መልሲ:
learn-note-diacritics = ንምልክታትን ፍሉያት ፊደላትን ተጠንቀቕ።
learn-note-typo = ንኣጻሕሕፋ ተጠንቀቕ: ሓንቲ ፊደል ትፈላለ።
learn-note-article = እቲ ቃል ቅኑዕ እዩ፣ መለለዪኡ ግን ካልእ እዩ።
learn-source = ምንጪ:
learn-varies-office = እዚ መልሲ ሓድሽ ሰብ ነቲ ስልጣን ክሕዝ ከሎ ይቕየር።
learn-varies-region = እዚ መልሲ ኣብ ትነብረሉ ቦታ ይምርኮስ።
learn-varies-yearly = እዚ መልሲ ኣብ ነፍሲ ወከፍ ዓመት ይቕየር።

## End of a lesson or review

learn-summary-title = ይበል! ወዲእካ።
learn-summary-score = ነጥብኻ: { $score }%
learn-summary-right = { $total ->
    [one] ካብ { $total } መልሲ { $right } ኣብ ፈለማ ፈተነ ቅኑዕ ነይሩ።
   *[other] ካብ { $total } መልስታት { $right } ኣብ ፈለማ ፈተነ ቅኑዓት ነይሮም።
}
learn-summary-back = ተመለስ
learn-summary-home = መበገሲ
learn-review-title = ምድጋም
learn-review-nothing = ሕጂ ዝድገም የለን። ደሓር ተመለስ ወይ ሓድሽ ትምህርቲ ጀምር።
learn-review-some-missing = ገለ ጥቕላላት ክጽዓኑ ኣይከኣሉን፣ ቃላቶም ተሪፎም።

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = ከም እቲ ናይ ሓቂ ፈተና ዝኾነ ናይ ልምምድ ፈተና፦ ክሳብ { $ask } ሕቶታት ኣለዉ፣ { $pass } ቅኑዓት መልስታት እንተሃብኩም ትሓልፉ። ውጽኢቱ ምስ ተረጋገጸ ይውዳእ።
learn-exam-passed = ነዚ ናይ ልምምድ ፈተና ሓሊፍኩሞ።
learn-exam-not-passed = ሕጂ ኣይሓለፍኩምን። ትምህርትታት ተለማመዱ እሞ እንደገና ፈትኑ።
learn-exam-tally = { $right } ቅኑዕ፣ { $wrong } ጌጋ። ካብ { $ask } ሕቶታት { $pass } ቅኑዓት መልስታት የድልየኩም።

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = ዕዮታትካ
assign-broken-title = እዚ መላግቦ ዕዮ ኣይሰርሕን እዩ
assign-error-empty = እቲ መላግቦ ተቖሪጹ እዩ፡ ዝኾነ ዕዮ የብሉን። መምህርካ ደጊሙ ክሰደልካ ሕተት።
assign-error-too-long = እዚ መላግቦ ንዕዮ ኣዝዩ ነዊሕ እዩ። መምህርካ ደጊሙ ክሰደልካ ሕተት።
assign-error-truncated = ክፋል ናይቲ መላግቦ ጎዲሉ ኣሎ። ምሉእ መላግቦ ቕዳሕ፡ ወይ መምህርካ ደጊሙ ክሰደልካ ሕተት።
assign-error-damaged = እቲ መላግቦ ተቐይሩ ወይ ተበላሺዩ እዩ። መምህርካ ደጊሙ ክሰደልካ ሕተት።
assign-error-newer = እዚ ዕዮ ብሓድሽ ስሪት Passage እዩ ተሰሪሑ። ነቲ ኣፕ ኣሐድሶ፡ ድሕሪኡ ነቲ መላግቦ ደጊምካ ክፈቶ።
assign-error-not-assignment = እዚ መላግቦ ዕዮ ኣይኮነን። መምህርካ ደጊሙ ክሰደልካ ሕተት።
assign-nothing-changed = ዝተቐየረ የለን።
assign-from-teacher = ካብ መምህርካ ዝመጸ ዕዮ
assign-due = መወዳእታ ዕለት፡ { DATE($date) }
assign-overdue = ደንጕዩ፡ መወዳእታ ዕለቱ { DATE($date) } ነይሩ
assign-packs-title = እንታይ ትመሃር
assign-lessons = ትምህርትታት፡
assign-pack-missing = እዚ ሳይት እዚ ጥቕላል የብሉን።
assign-other-catalog = ጥቕላላት ናይዚ ዕዮ ካብ ካልእ መርበብ ሓበሬታ እዮም። Passage ገና ጥቕላላት ካልኦት ሳይትታት ክኸፍት ኣይክእልን እዩ፡ ስለዚ እዚ ዕዮ ኣብዚ ክቕበል ኣይክእልን።
assign-accept = ነቲ ዕዮ ተቐበል
assign-accepted = ነዚ ዕዮ ተቐቢልካዮ ኣለኻ። ጥቕላላቱ ኣብ ዝርዝርካ ኣለዉ።
assign-start = ምምሃር ጀምር
assign-send-progress = ምዕባለኻ ናብ መምህርካ ስደድ
receipt-title = ምዕባለኻ ስደድ
receipt-not-here = እዚ ዕዮ ኣብዚ ተሌፎን የለን። ነቲ መምህርካ ዝሰደደልካ መላግቦ ክፈቶ፡ ቅድም ነቲ ዕዮ ተቐበሎ።
receipt-name-label = ስምካ፡ ከምቲ መምህርካ ዝፈልጦ
receipt-name-empty = ቅብሊትካ ንምስራሕ ስምካ ጸሓፍ።
receipt-name-too-long = ስምካ ኣዝዩ ነዊሕ እዩ፡ ካብ { $max } ፊደላት ኣይትበዝሕ።
receipt-name-control = ኣብ ስምካ ክስደድ ዘይክእል ፊደል ኣሎ። ደጊምካ ጸሓፎ።
receipt-leave-out-accuracy = ክንደይ መልስታት ቅኑዕ ከም ዝነበሩ ኣይትስደድ
receipt-leave-out-activity = ንመወዳእታ ግዜ መዓስ ከም ዝተማሃርኩ ኣይትስደድ
receipt-shares-title = እዚ እዩ ዝትካፈሎ
receipt-field-name = ስምካ፡ { $name }
receipt-field-assignment = እቲ ዕዮ፡ { $class }
receipt-field-made = ዝተሰርሐሉ ዕለት፡ { DATE($date) }
receipt-field-lessons = { $pack }፡ ዝተወድኡ ትምህርትታት፡ { $done } ካብ { $of }
receipt-field-accuracy = { $pack }፡ { $percent } % መልስታት ቅኑዕ
receipt-field-activity = { $pack }፡ መወዳእታ ዝተማሃርካሉ { DATE($date) }
receipt-nothing-else = ካልእ ካብ ተሌፎንካ ዝወጽእ የለን፡ መልስታትካ፡ ካልኦት ጥቕላላትካ፡ ቅጥዕታትካ ኣይወጽኡን።
receipt-code-label = ቅብሊትካ፡ ነዚ ኮድ ናብ መምህርካ ስደዶ፡ ንኣብነት ብመልእኽቲ ቻት።
receipt-qr = QR ኮድ ናይ ቅብሊትካ፡ መምህርካ ክስካኖ
receipt-save = ከም ፋይል ዓቅብ

## Copy and share buttons (also on the teachers' page)

share-copy = ቅድሑ
share-copied = ተቐዲሑ።
share-copy-failed = ክቕዳሕ ኣይከኣለን፦ ነቲ ጽሑፍ ምረጽዎ እሞ ባዕልኹም ቅድሕዎ።
share-share = ኣካፍሉ…
