## صفحة المعلّمين (teach.html): إعداد الواجبات ونظرة عامة على الصفوف.

teach-page-name = للمعلّمين
teach-nav-label = شاشات المعلّمين
teach-nav-assign = إعداد واجب
teach-nav-class = نظرة عامة على الصفوف
teach-nav-learner = افتح تطبيق المتعلّمين
teach-privacy = لا يخرج شيء من هذا الجهاز إلا إذا شاركته أنت. لا توجد حسابات ولا خادم: تنتقل الواجبات على شكل روابط، والتقدّم على شكل تقارير يختار المتعلّمون إرسالها إليك.

## Making an assignment

make-title = إعداد واجب
make-intro = اختر حزم الدروس، وسمِّ الصف، وأضف موعدًا للتسليم أو رسالة قصيرة. ستحصل على رابط ورمز QR لصفّك.
make-packs = حزم الدروس
make-packs-loading = جارٍ تحميل حزم الدروس…
make-packs-failed = تعذّر تحميل حزم الدروس. تحقّق من الاتصال وأعد تحميل الصفحة.
make-some-lessons = بعض الدروس فقط
make-lessons-hint = لا تحدّد أي درس لتعطي الحزمة كلها.
make-lessons-loading = جارٍ تحميل الدروس…
make-lessons-failed = تعذّر تحميل دروس هذه الحزمة.
make-class-name = اسم الصف
make-class-name-hint = يراه المتعلّمون، ويظهر به الصف في النظرة العامة.
make-due = موعد التسليم (اختياري)
make-message = رسالة إلى الصف (اختياري)
make-make = أنشئ الرابط
make-problems = يُرجى التحقّق مما يلي:
make-ready = أعطِه لصفّك
make-ready-note = يفتح المتعلّمون الرابط (أو يمسحون الرمز) على هواتفهم. هذا الصف موجود الآن في النظرة العامة على الصفوف، وجاهز لاستقبال تقاريرهم.
make-link-label = رابط الصف
make-qr-caption = امسح الرمز بكاميرا الهاتف لفتح الواجب.
make-print = طباعة
make-new = إعداد واجب آخر

## Problems with an assignment (the teacher's form)

make-issue-class-empty = أعطِ الصف اسمًا.
make-issue-class-long = اسم الصف طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
make-issue-message-long = الرسالة طويلة جدًا (الحد الأقصى لعدد الأحرف: { $max }).
make-issue-too-long = النص طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
make-issue-control = لا يمكن أن يحتوي اسم الصف على فواصل أسطر أو على رموز تحكّم خاصة.
make-issue-no-packs = اختر حزمة دروس واحدة على الأقل.
make-issue-too-many-packs = اختر حزم دروس أقل. الحد الأقصى: { $max }.
make-issue-too-many-lessons = اختر دروسًا أقل من الحزمة الواحدة (الحد الأقصى: { $max })، أو لا تختر أي درس لتعطي الحزمة كلها.
make-issue-bad-id = في فهرس هذا الموقع حزمة أو درس باسم لا يستطيع الرابط نقله. أخبر صاحب الموقع.
make-issue-code-long = هذا كثير جدًا على رابط واحد: اختر حزمًا أو دروسًا أقل، أو اختصر الرسالة.

## Class overview

class-title = نظرة عامة على الصفوف
class-intro = يرسل إليك المتعلّمون تقارير عن تقدّمهم: الصقها هنا (يمكنك لصق عدة تقارير معًا) أو استورد الملفات. لا يظهر إلا ما اختاروا مشاركته، ويبقى على هذا الجهاز.
class-paste = الصق التقارير
class-paste-hint = تبدأ التقارير بـ PSG-. ولا يُلتفت إلى أي نص آخر حولها.
class-add = أضف التقارير
class-import-files = استورد ملفات التقارير
class-none = لا توجد صفوف بعد. أعدّ واجبًا أو أضف تقريرًا: سيظهر صفّه هنا.
class-result-added = { $name }: أُضيف التقرير إلى { $class }.
class-result-updated = { $name }: حُدِّث التقرير في { $class }.
class-result-older = { $name }: يوجد في { $class } تقرير أحدث، وقد أُبقي عليه.
class-result-same = { $name }: هذا التقرير موجود في { $class } من قبل.
class-result-new-class = { $name }: أُضيف التقرير إلى صف جديد، لواجب أُعدّ على جهاز آخر. غيّر اسمه في الأسفل.
class-result-does-not-fit = { $name }: هذا التقرير لا يطابق { $class } (عدد الحزم مختلف)؛ لم يتغيّر شيء.
class-error-not-found = لم يُعثر على تقرير في هذا النص. تبدأ التقارير بـ PSG-.
class-error-too-long = هذا التقرير أطول من أي تقرير: ربما نُسخ معه جزء من نص آخر.
class-error-truncated = هذا التقرير ناقص. اطلب من المتعلّم أن يرسله مرة أخرى، أو انسخه كاملًا.
class-error-checksum = في هذا التقرير خطأ في الكتابة أو النسخ (حرف خاطئ أو حرفان تبادلا مكانيهما). اطلب من المتعلّم أن يرسله مرة أخرى.
class-error-newer = أُنشئ هذا التقرير بإصدار أحدث من Passage. أعد تحميل هذه الصفحة لتحديثها.
class-error-malformed = هذا ليس تقريرًا يستطيع Passage قراءته.
class-learners = { $count ->
    [zero] لا يوجد متعلّمون
    [one] متعلّم واحد
    [two] متعلّمان
    [few] { $count } متعلّمين
    [many] { $count } متعلّمًا
   *[other] { $count } متعلّم
}
class-due = موعد التسليم: { DATE($date) }
class-table-caption = تقدّم { $class }
class-col-name = الاسم
class-col-lessons = الدروس المنتهية
class-col-accuracy = الدقّة
class-col-last = آخر نشاط
class-col-made = تاريخ التقرير
class-lessons-value = { $done } من { $of }
class-accuracy-value = { $percent }٪
class-not-shared = لم تتمّ مشاركته
class-no-receipts = لا توجد تقارير بعد.
class-export-csv = نزّل بصيغة CSV
class-print = طباعة
class-rename = اسم الصف
class-rename-save = غيّر الاسم
class-remove = احذف هذا الصف
class-remove-confirm = هل تحذف { $class } وكل تقاريره من هذا الجهاز؟
class-remove-yes = نعم، احذف
class-remove-no = أبقِه
class-remove-learner = احذف { $name }
class-csv-name = الاسم
class-csv-pack = الحزمة
class-csv-lessons-done = الدروس المنتهية
class-csv-lessons-of = عدد الدروس
class-csv-accuracy = الدقّة ٪
class-csv-last = آخر نشاط
class-csv-made = تاريخ التقرير (UTC)

## Storing the class overview

classes-damaged = عُثر على نسخة تالفة من النظرة العامة على صفوفك، فوُضعت جانبًا؛ تظهر أحدث نسخة يمكن قراءتها.
classes-newer = حُفظت النظرة العامة على صفوفك بإصدار أحدث من Passage. تظهر لك، لكن لا يمكن حفظ التغييرات حتى تُحدَّث هذه الصفحة (أعد تحميلها).
classes-unavailable = هذا المتصفح لا يسمح لـ Passage بحفظ البيانات (تصفّح خاص، أو التخزين متوقّف): ستضيع النظرة العامة على الصفوف عندما تغلق الصفحة.
classes-not-saved = تعذّر حفظ النظرة العامة على الصفوف: مساحة تخزين المتصفح ممتلئة أو محظورة. صدِّرها بصيغة CSV لتحتفظ بنسخة.
class-unnamed = الصف { $id }
class-date = { DATE($date) }
