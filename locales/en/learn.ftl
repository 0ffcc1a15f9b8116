# Passage interface messages (en): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = Welcome back
home-due = { $count ->
    [0] Nothing to review right now.
    [one] { $count } word or question to review.
   *[other] { $count } words and questions to review.
}
home-review-now = Review now
home-goal = Today: { $done } of { $goal } exercises
home-streak = { $days ->
    [0] Reach today's goal to start a streak.
    [one] { $days } day in a row
   *[other] { $days } days in a row
}
home-goal-label = Daily goal
home-goal-choice = { $count ->
    [one] { $count } exercise a day
   *[other] { $count } exercises a day
}
home-continue = Continue where you left off
home-my-packs = My packs
home-all-packs = All packs

## Pack screen

learn-lessons-title = Lessons
learn-lesson-done = Done, best score { $score }%
learn-listening-switch = Listening exercises
print-link = Print a worksheet
print-now = Print
print-word = Word or phrase
print-meaning = Meaning
learn-loading = Loading the lesson…
learn-pack-unreachable = This pack could not be downloaded. Connect to the internet once, then it works offline.
learn-pack-missing = This pack is no longer on this site.
learn-pack-damaged = This pack file is damaged or too new for this version of Passage.
learn-lesson-problem = This lesson cannot be opened
learn-lesson-missing = This pack has no such lesson. It may have changed.

## A lesson

learn-progress = Exercise { $done } of { $total }
learn-again-note = One more try:
learn-check = Check
learn-continue = Continue
learn-listen = Listen
learn-your-answer = Your answer
learn-flashcard-instruction = A new word. Read it, listen, then show the meaning.
learn-reveal = Show the meaning
learn-rate-question = How well did you know it?
learn-rate-again = Not at all
learn-rate-hard = A little
learn-rate-good = Well
learn-rate-easy = Very well
learn-choice-single = Choose the right answer.
learn-choice-multiple = Choose every right answer, then press Check.
learn-choice-listen = Listen, then choose what you heard.
learn-true-false-instruction = Is this true or false?
learn-true = True
learn-false = False
learn-type-translate = Write this in the language you are learning.
learn-type-article = Write this in the language you are learning, with its article.
learn-type-listen = Listen, then write what you heard.
learn-word-bank-instruction = Build the sentence: tap the words in order.
learn-word-bank-built = Your sentence
learn-word-bank-tiles = Words to use
learn-match-instruction = Match the pairs: choose an item on the left, then its partner on the right.
learn-match-pair = pair { $number }
learn-cloze-instruction = Fill in the gaps.
learn-blank = Gap { $number }
learn-order-instruction = Put these in the right order.
learn-move-up = Move up: { $item }
learn-move-down = Move down: { $item }
learn-dialogue-your-turn = Your turn. What does this person say?
learn-reply-right = Good answer.
learn-reply-wrong = Not the best answer. The conversation goes on with the right one.
learn-sources = Sources
learn-reviewed = Last checked on { DATE($date) }
learn-checked = Last checked on { DATE($date) }.

## Feedback after an answer

learn-right = Right!
learn-right-with-note = Right, with a small note.
learn-wrong = Not quite.
learn-right-answer = The right answer:
learn-note-diacritics = Watch the accents and special letters.
learn-note-typo = Watch the spelling: one letter is different.
learn-note-article = The word is right, but the article is different.
learn-source = Source:
learn-varies-office = This answer changes when someone new takes the office.
learn-varies-region = This answer depends on where you live.
learn-varies-yearly = This answer changes every year.

## End of a lesson or review

learn-summary-title = Well done! You finished.
learn-summary-score = Your score: { $score }%
learn-summary-right = { $total ->
    [one] { $right } of { $total } answer was right the first time.
   *[other] { $right } of { $total } answers were right the first time.
}
learn-summary-back = Back
learn-summary-home = Home
learn-review-title = Review
learn-review-nothing = Nothing to review right now. Come back later, or start a new lesson.
learn-review-some-missing = Some packs could not be loaded, so their words are left out.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = A practice test like the real one: up to { $ask } questions, and you pass with { $pass } right answers. It ends as soon as the result is certain.
learn-exam-passed = You passed this practice test.
learn-exam-not-passed = Not passed this time. Practise the lessons and try again.
learn-exam-tally = { $right } right, { $wrong } wrong. You need { $pass } right answers out of { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Your assignments
assign-broken-title = This assignment link does not work
assign-error-empty = The link is cut off: there is no assignment in it. Ask your teacher to send it again.
assign-error-too-long = This link is too long to be an assignment. Ask your teacher to send it again.
assign-error-truncated = Part of the link is missing. Copy the whole link, or ask your teacher to send it again.
assign-error-damaged = The link was changed or damaged. Ask your teacher to send it again.
assign-error-newer = This assignment was made with a newer version of Passage. Update the app, then open the link again.
assign-error-not-assignment = This is not an assignment link. Ask your teacher to send it again.
assign-nothing-changed = Nothing was changed.
assign-from-teacher = An assignment from your teacher
assign-due = Due on { DATE($date) }
assign-overdue = Overdue: it was due on { DATE($date) }
assign-packs-title = What to study
assign-lessons = Lessons:
assign-pack-missing = This site does not have this pack.
assign-other-catalog = The packs of this assignment come from another website. Passage cannot open packs from other websites yet, so this assignment cannot be accepted here.
assign-accept = Accept the assignment
assign-accepted = You accepted this assignment. Its packs are in your list.
assign-start = Start studying
assign-send-progress = Send your progress to your teacher
receipt-title = Send your progress
receipt-not-here = This assignment is not on this phone. Open the link your teacher sent you and accept it first.
receipt-name-label = Your name, as your teacher knows you
receipt-name-empty = Type your name to make your receipt.
receipt-name-too-long = Your name is too long: use at most { $max } characters.
receipt-name-control = Your name has a character that cannot be sent. Type it again.
receipt-leave-out-accuracy = Leave out how many answers were right
receipt-leave-out-activity = Leave out when I last studied
receipt-shares-title = This is what you will share
receipt-field-name = Your name: { $name }
receipt-field-assignment = The assignment: { $class }
receipt-field-made = Made on { DATE($date) }
receipt-field-lessons = { $pack }: lessons done: { $done } of { $of }
receipt-field-accuracy = { $pack }: { $percent } % of answers right
receipt-field-activity = { $pack }: last studied on { DATE($date) }
receipt-nothing-else = Nothing else leaves your phone: not your answers, not your other packs, not your settings.
receipt-code-label = Your receipt: send this code to your teacher, for example in a chat message.
receipt-qr = QR code of your receipt, for your teacher to scan
receipt-save = Save as file

## Copy and share buttons (also on the teachers' page)

share-copy = Copy
share-copied = Copied.
share-copy-failed = Could not copy: select the text and copy it by hand.
share-share = Share…
