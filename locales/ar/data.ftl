# Passage interface messages (ar): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = تعذّرت قراءة جزء من التقدّم المحفوظ. وهو محفوظ بأمان على هذا الجهاز.
storage-damaged-export = صدِّره
storage-not-saved-full = تقدّمك لا يُحفظ على هذا الجهاز: مساحة التخزين ممتلئة. يمكنك متابعة الدراسة؛ صدِّر تقدّمك لتحتفظ به.
storage-not-saved-blocked = تقدّمك لا يُحفظ على هذا الجهاز: هذا المتصفح لا يسمح بذلك (تصفّح خاص، أو التخزين متوقّف). يمكنك متابعة الدراسة؛ صدِّر تقدّمك لتحتفظ به.
storage-newer = على هذا الجهاز تقدّم من إصدار أحدث من Passage. يبقى كما هو، ولا يُحفظ تقدّم جديد حتى تحدّث التطبيق.
storage-go-to-data = بياناتي
storage-changed-elsewhere = تم تحديث تقدّمك من نافذة أخرى لـ Passage.
storage-dismiss = حسنًا

## My data

my-data-link = بياناتي
teachers-link = للمعلمين
my-data-title = بياناتي
my-data-items =
    { $count ->
        [zero] لم تدرس أي عنصر
        [one] عنصر واحد مدروس
        [two] عنصران مدروسان
        [few] { $count } عناصر مدروسة
        [many] { $count } عنصرًا مدروسًا
       *[other] { $count } عنصر مدروس
    }
my-data-lessons =
    { $count ->
        [zero] لم تُنهِ أي درس
        [one] درس واحد منتهٍ
        [two] درسان منتهيان
        [few] { $count } دروس منتهية
        [many] { $count } درسًا منتهيًا
       *[other] { $count } درس منتهٍ
    }
my-data-storage-title = المساحة على هذا الجهاز
my-data-storage-used-of = يستخدم Passage { $used } من { $quota } متاحة.
my-data-storage-used = يستخدم Passage { $used }.
my-data-storage-unknown = هذا المتصفح لا يبيّن كم من المساحة يستخدم Passage.
my-data-persistent-yes = هذا المتصفح يحتفظ ببياناتك، حتى عندما تقلّ المساحة في الهاتف.
my-data-persistent-no = قد يحذف هذا المتصفح بياناتك عندما تقلّ المساحة في الهاتف.
my-data-persist = اطلب من المتصفح الاحتفاظ ببياناتي
my-data-persist-refused = لم يوافق المتصفح. صدِّر تقدّمك من حين لآخر لتحتفظ بنسخة.
my-data-export-title = انقل تقدّمك إلى هاتف آخر
my-data-export-text = احفظ تقدّمك في ملف. على الهاتف الآخر، افتح Passage واستورد الملف: يُحفظ ما تعلّمته على الهاتفين.
my-data-export = تصدير التقدّم
my-data-import = استيراد التقدّم من ملف
my-data-imported = تم استيراد التقدّم. يُحفظ ما تعلّمته على الهاتفين.
my-data-import-not-progress = هذا الملف ليس تقدّمًا من Passage. لم يتغيّر شيء.
my-data-import-damaged = هذا الملف تالف وتعذّرت قراءته. لم يتغيّر شيء.
my-data-import-newer = هذا الملف من إصدار أحدث من Passage. حدّث التطبيق ثم استورده مرة أخرى. لم يتغيّر شيء.
my-data-import-unreadable = تعذّر فتح هذا الملف. لم يتغيّر شيء.
my-data-delete-title = احذف كل بياناتي
my-data-delete-text = يحذف هذا من هذا الجهاز: تقدّمك في كل الحزم، ونسخ التقدّم التي تعذّرت قراءتها، واختياراتك للغة. تبقى حزم الدروس. لا يمكن التراجع عن ذلك: صدِّر تقدّمك أولًا لتحتفظ بنسخة.
my-data-delete = احذف كل بياناتي
my-data-delete-confirm-question = هل تحذف كل شيء؟ لا يمكن التراجع عن ذلك.
my-data-delete-confirm = نعم، احذف كل شيء
my-data-delete-cancel = إلغاء
my-data-deleted = حُذفت كل بياناتك من هذا الجهاز.
my-data-delete-failed = تعذّر حذف بياناتك: رفض المتصفح ذلك. حاول مرة أخرى.
