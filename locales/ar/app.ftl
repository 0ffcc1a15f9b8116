# Passage interface messages, Arabic. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = اللغة
language-loading = جارٍ تحميل اللغة…
language-unavailable = تعذّر تحميل هذه اللغة. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
translation-draft = هذه الترجمة مسودة وقد تحتوي على أخطاء.
translation-draft-link = اقترح تصحيحًا
footer-privacy = لا حساب ولا تتبّع: يبقى تقدّمك على هذا الجهاز.
update-available = يتوفّر تحديث
update-reload = إعادة التحميل
list-separator = {"، "}

## Home

home-lead = تعلّم لغة بلدك الجديد، وكيف تسير الحياة فيه: الحقوق، والرعاية الصحية، والعمل، والمال، والمدرسة، وأين تجد المساعدة.
home-start = ابدأ التعلّم
home-offline-title = يعمل دون إنترنت
home-offline-text = بعد أن تصبح حزمة الدروس على هاتفك، يمكنك الدراسة دون إنترنت.
home-private-title = خاص
home-private-text = لا حساب ولا تتبّع. يبقى تقدّمك على هذا الجهاز.
home-free-title = مجاني
home-free-text = صُنع للقادمين الجدد وللمعلّمين وللمنظمات التي تساعدهم.

## Lesson packs

packs-title = حزم الدروس
packs-loading = جارٍ تحميل الحزم…
packs-none = لا يقدّم هذا الموقع أي حزم دروس بعد.
packs-unreachable = تعذّر تحميل قائمة الحزم. تحقّق من اتصالك وحاول مرة أخرى.
packs-missing = قائمة الحزم في هذا الموقع مفقودة. أخبر صاحب الموقع.
packs-damaged = قائمة الحزم في هذا الموقع تالفة. أخبر صاحب الموقع.
packs-count =
    { $count ->
        [0] لا توجد حزمة تطابق هذه الاختيارات.
        [zero] لا توجد حزم دروس
        [one] حزمة دروس واحدة
        [two] حزمتا دروس
        [few] { $count } حزم دروس
        [many] { $count } حزمة دروس
       *[other] { $count } حزمة دروس
    }
pack-learns = تتعلّم: { $language }
learner-language-label = الترجمات في حزم الدروس
learner-language-auto = مثل لغة الواجهة
pack-no-translation = لا توجد في هذه الحزمة ترجمات بهذه اللغة: { $wanted }. تستخدم الحزمة: { $used }.
packs-filter-title = البحث عن حزمة
packs-filter-learning = اللغة التي تتعلّمها
packs-filter-mine = لغتي
packs-filter-kind = النوع
packs-filter-level = المستوى
packs-filter-country = البلد
packs-filter-any = الكل
packs-filter-clear = عرض كل الحزم
packs-kind-language = اللغة
packs-kind-civic = الحياة والحقوق
packs-kind-mixed = اللغة والحياة
offline-save = التنزيل للاستخدام دون إنترنت
offline-working = يُرجى الانتظار…
offline-saved = متاحة دون إنترنت على هذا الهاتف.
offline-remove = الحذف من هذا الهاتف
offline-removed = حُذفت من هذا الهاتف. يبقى تقدّمك في هذه الحزمة محفوظًا.
offline-unsupported = لا يستطيع هذا المتصفح هنا حفظ الحزم للاستخدام دون إنترنت.
offline-storage-full = لا توجد مساحة كافية لحفظ هذه الحزمة. أفرِغ بعض المساحة على الهاتف وحاول مرة أخرى.
size-bytes = { $size } بايت
size-kb = { $size } كيلوبايت
size-mb = { $size } ميغابايت

## One pack

pack-loading = جارٍ التحميل…
pack-target = اللغة التي تتعلّمها
pack-translations = الترجمات
pack-version = الإصدار
pack-size = حجم التنزيل
pack-not-found-title = لم يُعثر على الحزمة
pack-not-found-text = لا توجد في هذا الموقع حزمة بهذا الاسم:
pack-all = كل الحزم

## An address that names no screen

not-found-title = الصفحة غير موجودة
not-found-text = لا توجد صفحة على هذا العنوان:
not-found-home = اذهب إلى البداية
