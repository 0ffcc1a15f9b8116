# Passage interface messages (fa): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = خوش برگشتید
home-due = { $count ->
    [0] الان چیزی برای مرور نیست.
    [one] { $count } واژه یا پرسش برای مرور.
   *[other] { $count } واژه و پرسش برای مرور.
}
home-review-now = همین حالا مرور کنید
home-goal = امروز: { $done } از { $goal } تمرین
home-streak = { $days ->
    [0] به هدف امروز برسید تا یک رشته روز شروع شود.
    [one] { $days } روز پشت سر هم
   *[other] { $days } روز پشت سر هم
}
home-goal-label = هدف روزانه
home-goal-choice = { $count ->
    [one] روزی { $count } تمرین
   *[other] روزی { $count } تمرین
}
home-continue = از جایی که ماندید ادامه دهید
home-my-packs = بسته‌های من
home-all-packs = همهٔ بسته‌ها

## Pack screen

learn-lessons-title = درس‌ها
learn-lesson-done = تمام شد، بهترین امتیاز ٪{ $score }
learn-listening-switch = تمرین‌های شنیداری
print-link = چاپ برگهٔ تمرین
print-now = چاپ
print-word = واژه یا عبارت
print-meaning = معنی
learn-loading = درس در حال بارگیری است…
learn-pack-unreachable = این بسته بارگیری نشد. یک بار به اینترنت وصل شوید، بعد بدون اینترنت هم کار می‌کند.
learn-pack-missing = این بسته دیگر در این سایت نیست.
learn-pack-damaged = فایل این بسته خراب است یا برای این نسخهٔ پاساژ خیلی جدید است.
learn-lesson-problem = این درس باز نمی‌شود
learn-lesson-missing = این بسته چنین درسی ندارد. شاید تغییر کرده باشد.

## A lesson

learn-progress = تمرین { $done } از { $total }
learn-again-note = یک بار دیگر:
learn-check = بررسی
learn-continue = ادامه
learn-listen = گوش دهید
learn-your-answer = پاسخ شما
learn-flashcard-instruction = یک واژهٔ تازه. بخوانید، گوش دهید، بعد معنی را ببینید.
learn-reveal = نشان دادن معنی
learn-rate-question = چقدر خوب آن را می‌دانستید؟
learn-rate-again = اصلاً
learn-rate-hard = کمی
learn-rate-good = خوب
learn-rate-easy = خیلی خوب
learn-choice-single = پاسخ درست را انتخاب کنید.
learn-choice-multiple = همهٔ پاسخ‌های درست را انتخاب کنید، بعد «بررسی» را بزنید.
learn-choice-listen = گوش دهید، بعد آنچه شنیدید را انتخاب کنید.
learn-true-false-instruction = این درست است یا نادرست؟
learn-true = درست
learn-false = نادرست
learn-type-translate = این را به زبانی که یاد می‌گیرید بنویسید.
learn-type-article = این را به زبانی که یاد می‌گیرید، همراه با حرف تعریف بنویسید.
learn-type-listen = گوش دهید، بعد آنچه شنیدید را بنویسید.
learn-word-bank-instruction = جمله را بسازید: واژه‌ها را به ترتیب لمس کنید.
learn-word-bank-built = جملهٔ شما
learn-word-bank-tiles = واژه‌ها
learn-match-instruction = جفت‌ها را پیدا کنید: یک مورد از یک طرف، بعد جفتش را از طرف دیگر انتخاب کنید.
learn-match-pair = جفت { $number }
learn-cloze-instruction = جاهای خالی را پر کنید.
learn-blank = جای خالی { $number }
learn-order-instruction = این‌ها را به ترتیب درست بچینید.
learn-move-up = بالا بردن: { $item }
learn-move-down = پایین بردن: { $item }
learn-dialogue-your-turn = نوبت شماست. این شخص چه می‌گوید؟
learn-reply-right = پاسخ خوبی است.
learn-reply-wrong = بهترین پاسخ نیست. گفت‌وگو با پاسخ درست ادامه می‌یابد.
learn-sources = منابع
learn-reviewed = آخرین بررسی: { DATE($date) }
learn-checked = آخرین بررسی: { DATE($date) }.

## Feedback after an answer

learn-right = درست است!
learn-right-with-note = درست است، با یک نکتهٔ کوچک.
learn-wrong = نه کاملاً.
learn-right-answer = پاسخ درست:
learn-note-diacritics = به نشانه‌ها و حرف‌های ویژه دقت کنید.
learn-note-typo = به املا دقت کنید: یک حرف فرق دارد.
learn-note-article = واژه درست است، اما حرف تعریف فرق دارد.
learn-source = منبع:
learn-varies-office = این پاسخ وقتی کس دیگری این سمت را بگیرد تغییر می‌کند.
learn-varies-region = این پاسخ به محل زندگی شما بستگی دارد.
learn-varies-yearly = این پاسخ هر سال تغییر می‌کند.

## End of a lesson or review

learn-summary-title = آفرین! تمام کردید.
learn-summary-score = امتیاز شما: ٪{ $score }
learn-summary-right = { $total ->
    [one] { $right } از { $total } پاسخ بار اول درست بود.
   *[other] { $right } از { $total } پاسخ بار اول درست بود.
}
learn-summary-back = بازگشت
learn-summary-home = خانه
learn-review-title = مرور
learn-review-nothing = الان چیزی برای مرور نیست. بعداً برگردید یا درس تازه‌ای شروع کنید.
learn-review-some-missing = برخی بسته‌ها بارگیری نشدند و واژه‌هایشان کنار گذاشته شد.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = یک آزمون تمرینی مثل آزمون واقعی: حداکثر { $ask } پرسش، و با { $pass } پاسخ درست قبول می‌شوید. آزمون همین که نتیجه روشن شود تمام می‌شود.
learn-exam-passed = در این آزمون تمرینی قبول شدید.
learn-exam-not-passed = این بار قبول نشدید. درس‌ها را تمرین کنید و دوباره تلاش کنید.
learn-exam-tally = { $right } درست، { $wrong } نادرست. باید از { $ask } پرسش، به { $pass } پرسش پاسخ درست بدهید.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = تکلیف‌های شما
assign-broken-title = این پیوند تکلیف کار نمی‌کند
assign-error-empty = پیوند بریده شده است: هیچ تکلیفی در آن نیست. از معلم خود بخواهید دوباره آن را بفرستد.
assign-error-too-long = این پیوند برای یک تکلیف بیش از حد بلند است. از معلم خود بخواهید دوباره آن را بفرستد.
assign-error-truncated = بخشی از پیوند کم است. کل پیوند را کپی کنید، یا از معلم خود بخواهید دوباره آن را بفرستد.
assign-error-damaged = پیوند تغییر کرده یا خراب شده است. از معلم خود بخواهید دوباره آن را بفرستد.
assign-error-newer = این تکلیف با نسخهٔ جدیدتری از Passage ساخته شده است. برنامه را به‌روز کنید و سپس پیوند را دوباره باز کنید.
assign-error-not-assignment = این پیوند تکلیف نیست. از معلم خود بخواهید دوباره آن را بفرستد.
assign-nothing-changed = چیزی تغییر نکرد.
assign-from-teacher = تکلیفی از معلم شما
assign-due = مهلت: { DATE($date) }
assign-overdue = دیر شده: مهلت { DATE($date) } بود
assign-packs-title = چه چیزی بخوانید
assign-lessons = درس‌ها:
assign-pack-missing = این سایت این بسته را ندارد.
assign-other-catalog = بسته‌های این تکلیف از وب‌سایت دیگری هستند. Passage هنوز نمی‌تواند بسته‌های سایت‌های دیگر را باز کند، پس این تکلیف را اینجا نمی‌توان پذیرفت.
assign-accept = پذیرفتن تکلیف
assign-accepted = این تکلیف را پذیرفتید. بسته‌های آن در فهرست شما هستند.
assign-start = شروع به خواندن
assign-send-progress = پیشرفت خود را برای معلم بفرستید
receipt-title = پیشرفت خود را بفرستید
receipt-not-here = این تکلیف روی این گوشی نیست. پیوندی را که معلم فرستاده باز کنید و اول تکلیف را بپذیرید.
receipt-name-label = نام شما، همان‌طور که معلم شما را می‌شناسد
receipt-name-empty = برای ساختن رسید، نام خود را بنویسید.
receipt-name-too-long = نام شما خیلی بلند است: حداکثر { $max } نویسه به کار ببرید.
receipt-name-control = در نام شما نویسه‌ای هست که نمی‌توان فرستاد. دوباره آن را بنویسید.
receipt-leave-out-accuracy = تعداد پاسخ‌های درست را نفرست
receipt-leave-out-activity = زمان آخرین مطالعه‌ام را نفرست
receipt-shares-title = این چیزی است که به اشتراک می‌گذارید
receipt-field-name = نام شما: { $name }
receipt-field-assignment = تکلیف: { $class }
receipt-field-made = ساخته‌شده در { DATE($date) }
receipt-field-lessons = { $pack }: درس‌های انجام‌شده: { $done } از { $of }
receipt-field-accuracy = { $pack }: { $percent }٪ پاسخ‌ها درست
receipt-field-activity = { $pack }: آخرین مطالعه در { DATE($date) }
receipt-nothing-else = هیچ چیز دیگری از گوشی شما بیرون نمی‌رود: نه پاسخ‌هایتان، نه بسته‌های دیگرتان، نه تنظیماتتان.
receipt-code-label = رسید شما: این کد را برای معلم بفرستید، مثلاً در یک پیام گفتگو.
receipt-qr = کد QR رسید شما، برای اسکن کردن توسط معلم
receipt-save = ذخیره به‌صورت فایل

## Copy and share buttons (also on the teachers' page)

share-copy = کپی
share-copied = کپی شد.
share-copy-failed = کپی نشد: متن را انتخاب کنید و خودتان کپی کنید.
share-share = هم‌رسانی…
