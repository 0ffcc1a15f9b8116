# Passage interface messages (ar): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = أهلًا بعودتك
home-due = { $count ->
    [0] لا شيء للمراجعة الآن.
    [one] كلمة أو سؤال واحد للمراجعة.
   *[other] عدد الكلمات والأسئلة للمراجعة: { $count }.
}
home-review-now = راجع الآن
home-goal = اليوم: { $done } من { $goal } تمارين
home-streak = { $days ->
    [0] حقّق هدف اليوم لتبدأ سلسلة أيام.
    [one] يوم واحد متتالٍ
   *[other] عدد الأيام المتتالية: { $days }
}
home-goal-label = الهدف اليومي
home-goal-choice = { $count ->
    [zero] { $count } تمرين في اليوم
    [one] تمرين واحد في اليوم
    [two] تمرينان في اليوم
    [few] { $count } تمارين في اليوم
    [many] { $count } تمرينًا في اليوم
   *[other] { $count } تمرين في اليوم
}
home-continue = تابع من حيث توقفت
home-my-packs = حزمي
home-all-packs = كل الحزم

## Pack screen

learn-lessons-title = الدروس
learn-lesson-done = مكتمل، أفضل نتيجة { $score }٪
learn-listening-switch = تمارين الاستماع
print-link = طباعة ورقة عمل
print-now = طباعة
print-word = الكلمة أو العبارة
print-meaning = المعنى
learn-loading = جارٍ تحميل الدرس…
learn-pack-unreachable = تعذّر تنزيل هذه الحزمة. اتصل بالإنترنت مرة واحدة، وبعدها تعمل دون اتصال.
learn-pack-missing = هذه الحزمة لم تعد موجودة على هذا الموقع.
learn-pack-damaged = ملف هذه الحزمة تالف أو أحدث من هذا الإصدار من باساج.
learn-lesson-problem = لا يمكن فتح هذا الدرس
learn-lesson-missing = لا يوجد هذا الدرس في هذه الحزمة. ربما تغيّرت.

## A lesson

learn-progress = التمرين { $done } من { $total }
learn-again-note = محاولة أخرى:
learn-check = تحقّق
learn-continue = متابعة
learn-listen = استمع
learn-your-answer = إجابتك
learn-flashcard-instruction = كلمة جديدة. اقرأها واستمع إليها، ثم اعرض معناها.
learn-reveal = اعرض المعنى
learn-rate-question = إلى أي حد كنت تعرفها؟
learn-rate-again = لم أعرفها
learn-rate-hard = قليلًا
learn-rate-good = جيدًا
learn-rate-easy = جيدًا جدًا
learn-choice-single = اختر الإجابة الصحيحة.
learn-choice-multiple = اختر كل الإجابات الصحيحة، ثم اضغط «تحقّق».
learn-choice-listen = استمع، ثم اختر ما سمعته.
learn-true-false-instruction = هل هذا صحيح أم خطأ؟
learn-true = صحيح
learn-false = خطأ
learn-type-translate = اكتب هذا باللغة التي تتعلمها.
learn-type-article = اكتب هذا باللغة التي تتعلمها مع أداة التعريف.
learn-type-listen = استمع، ثم اكتب ما سمعته.
learn-word-bank-instruction = كوّن الجملة: اضغط على الكلمات بالترتيب.
learn-word-bank-built = جملتك
learn-word-bank-tiles = كلمات للاستخدام
learn-match-instruction = صِل الأزواج: اختر عنصرًا من جهة، ثم ما يطابقه من الجهة الأخرى.
learn-match-pair = الزوج { $number }
learn-cloze-instruction = املأ الفراغات.
learn-blank = الفراغ { $number }
learn-order-instruction = رتّب هذه بالترتيب الصحيح.
learn-move-up = انقل إلى الأعلى: { $item }
learn-move-down = انقل إلى الأسفل: { $item }
learn-dialogue-your-turn = دورك. ماذا يقول هذا الشخص؟
learn-reply-right = إجابة جيدة.
learn-reply-wrong = ليست أفضل إجابة. تستمر المحادثة بالإجابة الصحيحة.
learn-sources = المصادر
learn-reviewed = آخر مراجعة في { DATE($date) }
learn-checked = آخر مراجعة في { DATE($date) }.

## Feedback after an answer

learn-right = صحيح!
learn-right-with-note = صحيح، مع ملاحظة صغيرة.
learn-wrong = ليس تمامًا.
learn-right-answer = الإجابة الصحيحة:
learn-note-diacritics = انتبه إلى علامات الحروف والحروف الخاصة.
learn-note-typo = انتبه إلى الإملاء: حرف واحد مختلف.
learn-note-article = الكلمة صحيحة، لكن أداة التعريف مختلفة.
learn-source = المصدر:
learn-varies-office = تتغير هذه الإجابة عندما يتولى شخص جديد المنصب.
learn-varies-region = تعتمد هذه الإجابة على مكان سكنك.
learn-varies-yearly = تتغير هذه الإجابة كل سنة.

## End of a lesson or review

learn-summary-title = أحسنت! لقد أنهيت.
learn-summary-score = نتيجتك: { $score }٪
learn-summary-right = { $total ->
    [one] إجابات صحيحة من المحاولة الأولى: { $right } من { $total }.
   *[other] إجابات صحيحة من المحاولة الأولى: { $right } من { $total }.
}
learn-summary-back = رجوع
learn-summary-home = الرئيسية
learn-review-title = مراجعة
learn-review-nothing = لا شيء للمراجعة الآن. عد لاحقًا أو ابدأ درسًا جديدًا.
learn-review-some-missing = تعذّر تحميل بعض الحزم، فلم تُضمَّن كلماتها.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = اختبار تدريبي مثل الاختبار الحقيقي. أكبر عدد من الأسئلة: { $ask }. عدد الإجابات الصحيحة اللازمة للنجاح: { $pass }. ينتهي الاختبار عندما تصبح النتيجة مؤكدة.
learn-exam-passed = نجحت في هذا الاختبار التدريبي.
learn-exam-not-passed = لم تنجح هذه المرة. تدرّب على الدروس وحاول مرة أخرى.
learn-exam-tally = الإجابات الصحيحة: { $right }، والخاطئة: { $wrong }. المطلوب للنجاح: { $pass } من { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = واجباتك
assign-broken-title = رابط الواجب هذا لا يعمل
assign-error-empty = الرابط مقطوع: لا يحتوي على أي واجب. اطلب من معلّمك أن يرسله مرة أخرى.
assign-error-too-long = هذا الرابط أطول من أن يكون واجبًا. اطلب من معلّمك أن يرسله مرة أخرى.
assign-error-truncated = جزء من الرابط ناقص. انسخ الرابط كاملًا، أو اطلب من معلّمك أن يرسله مرة أخرى.
assign-error-damaged = الرابط تغيّر أو تلف. اطلب من معلّمك أن يرسله مرة أخرى.
assign-error-newer = أُنشئ هذا الواجب بإصدار أحدث من Passage. حدّث التطبيق، ثم افتح الرابط مرة أخرى.
assign-error-not-assignment = هذا ليس رابط واجب. اطلب من معلّمك أن يرسله مرة أخرى.
assign-nothing-changed = لم يتغيّر شيء.
assign-from-teacher = واجب من معلّمك
assign-due = موعد التسليم: { DATE($date) }
assign-overdue = متأخر: كان موعد التسليم { DATE($date) }
assign-packs-title = ما يجب أن تدرسه
assign-lessons = الدروس:
assign-pack-missing = هذا الموقع لا يحتوي على هذه الحزمة.
assign-other-catalog = حزم هذا الواجب من موقع آخر. لا يستطيع Passage فتح حزم من مواقع أخرى بعد، لذلك لا يمكن قبول هذا الواجب هنا.
assign-accept = قبول الواجب
assign-accepted = قبلت هذا الواجب. حزمه موجودة في قائمتك.
assign-start = ابدأ الدراسة
assign-send-progress = أرسل تقدّمك إلى معلّمك
receipt-title = أرسل تقدّمك
receipt-not-here = هذا الواجب ليس على هذا الهاتف. افتح الرابط الذي أرسله معلّمك واقبل الواجب أولًا.
receipt-name-label = اسمك كما يعرفه معلّمك
receipt-name-empty = اكتب اسمك لإنشاء الإيصال.
receipt-name-too-long = اسمك طويل جدًا: استخدم { $max } حرفًا على الأكثر.
receipt-name-control = في اسمك حرف لا يمكن إرساله. اكتبه مرة أخرى.
receipt-leave-out-accuracy = لا ترسل عدد الإجابات الصحيحة
receipt-leave-out-activity = لا ترسل آخر مرة درست فيها
receipt-shares-title = هذا ما ستشاركه
receipt-field-name = اسمك: { $name }
receipt-field-assignment = الواجب: { $class }
receipt-field-made = أُنشئ في { DATE($date) }
receipt-field-lessons = { $pack }: الدروس المنجزة: { $done } من { $of }
receipt-field-accuracy = { $pack }: الإجابات الصحيحة { $percent } ٪
receipt-field-activity = { $pack }: آخر دراسة في { DATE($date) }
receipt-nothing-else = لا شيء آخر يغادر هاتفك: لا إجاباتك، ولا حزمك الأخرى، ولا إعداداتك.
receipt-code-label = إيصالك: أرسل هذا الرمز إلى معلّمك، مثلًا في رسالة دردشة.
receipt-qr = رمز QR لإيصالك، ليمسحه معلّمك
receipt-save = حفظ كملف

## Copy and share buttons (also on the teachers' page)

share-copy = نسخ
share-copied = تم النسخ.
share-copy-failed = تعذّر النسخ: حدّد النص وانسخه بنفسك.
share-share = مشاركة…
