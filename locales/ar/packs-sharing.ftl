# Passage interface messages (ar): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = من { $origin }
packs-shared-origin = مُشارَك كملف
catalogs-title = حزم من مواقع أخرى
catalogs-intro = أضف عنوان موقع Passage آخر، مثل منظمة في منطقتك. تُفحص حزمه مثل حزم هذا الموقع.
catalogs-address = عنوان الموقع
catalogs-add = إضافة
catalogs-remove = إزالة
catalogs-unreachable = تعذّر تحميل الحزم من { $origin }. الحزم الأخرى ما زالت تعمل.
catalogs-slow = { $origin } يتأخر كثيرًا في الرد. الحزم الأخرى ما زالت تعمل.
catalogs-missing = لا توجد قائمة حزم على { $origin } في هذا العنوان.
catalogs-damaged = قائمة الحزم من { $origin } تالفة وتم تخطيها.
catalogs-error-address = هذا ليس عنوان ويب. اكتبه هكذا: https://example.org/passage/
catalogs-error-https = يجب أن يبدأ العنوان بـ https://
catalogs-error-own = هذا عنوان هذا الموقع نفسه. حزمه موجودة في القائمة بالفعل.
catalogs-error-listed = هذا الموقع موجود في القائمة بالفعل.
catalogs-error-too-many = يمكنك إضافة { $limit } مواقع على الأكثر. أزل واحدًا أولًا.

## Packs shared as files

share-open-title = فتح ملف حزمة
share-open-intro = حزمة حفظها شخص ما كملف على هاتفه. تُفحص، ثم تعمل بدون إنترنت.
share-open-button = اختر ملف حزمة
share-opened = تمت إضافة الحزمة. تعمل بدون إنترنت.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [zero] لا ينقص الملف أي صورة أو تسجيل.
        [one] صورة أو تسجيل واحد غير موجود في الملف. الحزمة تعمل بدونه.
        [two] صورتان أو تسجيلان غير موجودين في الملف. الحزمة تعمل بدونهما.
        [few] { $count } صور أو تسجيلات غير موجودة في الملف. الحزمة تعمل بدونها.
        [many] { $count } صورةً أو تسجيلًا غير موجودة في الملف. الحزمة تعمل بدونها.
       *[other] { $count } صورة أو تسجيل غير موجودة في الملف. الحزمة تعمل بدونها.
    }
share-open-link = افتح الحزمة
share-error-empty = الملف فارغ. لم تتم إضافة شيء.
share-error-unreadable = هذا الملف ليس حزمة Passage، أو أنه ناقص أو معدَّل. لم تتم إضافة شيء.
share-error-newer = هذه الحزمة تحتاج إلى إصدار أحدث من Passage. لم تتم إضافة شيء.
share-error-invalid = هذه الحزمة تخالف قواعد الحزم. ربما تم تعديلها. لم تتم إضافة شيء.
share-error-media = صورة أو تسجيل في هذا الملف تالف، أو ليس جزءًا من الحزمة. لم تتم إضافة شيء.
share-error-large = هذا الملف أكبر من أن يكون حزمة. لم تتم إضافة شيء.
share-error-storage = تعذّر حفظ الحزمة على هذا الهاتف. وفّر بعض المساحة وحاول مرة أخرى.
share-save = حفظ كملف
share-save-hint = أعطِ الملف لشخص بدون إنترنت: يفتحه في قائمة الحزم.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [zero] لا ينقص الملف أي صورة أو تسجيل.
        [one] تعذّرت إضافة صورة أو تسجيل واحد إلى الملف، لأنه لم يكن هناك اتصال. الحزمة تعمل بدونه.
        [two] تعذّرت إضافة صورتين أو تسجيلين إلى الملف، لأنه لم يكن هناك اتصال. الحزمة تعمل بدونهما.
        [few] تعذّرت إضافة { $count } صور أو تسجيلات إلى الملف، لأنه لم يكن هناك اتصال. الحزمة تعمل بدونها.
        [many] تعذّرت إضافة { $count } صورةً أو تسجيلًا إلى الملف، لأنه لم يكن هناك اتصال. الحزمة تعمل بدونها.
       *[other] تعذّرت إضافة { $count } صورة أو تسجيل إلى الملف، لأنه لم يكن هناك اتصال. الحزمة تعمل بدونها.
    }
share-save-failed = تعذّر حفظ الحزمة كملف. حاول مرة أخرى مع اتصال.
