# Passage interface messages (fa): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = بخشی از پیشرفت ذخیره‌شده خوانده نشد. این بخش به‌طور امن روی همین دستگاه نگه داشته می‌شود.
storage-damaged-export = خروجی بگیرید
storage-not-saved-full = پیشرفت شما روی این دستگاه ذخیره نمی‌شود: حافظهٔ آن پر است. می‌توانید به یادگیری ادامه دهید؛ برای نگه داشتن پیشرفت، از آن خروجی بگیرید.
storage-not-saved-blocked = پیشرفت شما روی این دستگاه ذخیره نمی‌شود: این مرورگر اجازه نمی‌دهد (مرور خصوصی، یا ذخیره‌سازی خاموش است). می‌توانید به یادگیری ادامه دهید؛ برای نگه داشتن پیشرفت، از آن خروجی بگیرید.
storage-newer = روی این دستگاه پیشرفتی از نسخهٔ جدیدتر Passage هست. همان‌طور نگه داشته می‌شود و تا برنامه را به‌روز نکنید، پیشرفت تازه ذخیره نمی‌شود.
storage-go-to-data = داده‌های من
storage-changed-elsewhere = پیشرفت شما از پنجرهٔ دیگری از Passage به‌روز شد.
storage-dismiss = باشه

## My data

my-data-link = داده‌های من
teachers-link = برای معلمان
my-data-title = داده‌های من
my-data-items =
    { $count ->
        [one] یک مورد خوانده‌شده
       *[other] { $count } مورد خوانده‌شده
    }
my-data-lessons =
    { $count ->
        [one] یک درس تمام‌شده
       *[other] { $count } درس تمام‌شده
    }
my-data-storage-title = فضا روی این دستگاه
my-data-storage-used-of = Passage از { $quota } فضای موجود، { $used } را به کار می‌برد.
my-data-storage-used = Passage { $used } فضا به کار می‌برد.
my-data-storage-unknown = این مرورگر نمی‌گوید Passage چقدر فضا به کار می‌برد.
my-data-persistent-yes = این مرورگر داده‌های شما را نگه می‌دارد، حتی وقتی فضای گوشی کم است.
my-data-persistent-no = این مرورگر ممکن است وقتی فضای گوشی کم است، داده‌های شما را پاک کند.
my-data-persist = از مرورگر بخواه داده‌هایم را نگه دارد
my-data-persist-refused = مرورگر نپذیرفت. هر از گاهی از پیشرفت خود خروجی بگیرید تا یک نسخه داشته باشید.
my-data-export-title = پیشرفت خود را به گوشی دیگری ببرید
my-data-export-text = پیشرفت خود را در یک فایل ذخیره کنید. در گوشی دیگر، Passage را باز کنید و فایل را وارد کنید: آنچه در هر دو گوشی یاد گرفته‌اید، نگه داشته می‌شود.
my-data-export = خروجی گرفتن از پیشرفت
my-data-import = وارد کردن پیشرفت از یک فایل
my-data-imported = پیشرفت وارد شد. آنچه در هر دو گوشی یاد گرفته‌اید، نگه داشته می‌شود.
my-data-import-not-progress = این فایل پیشرفت Passage نیست. چیزی تغییر نکرد.
my-data-import-damaged = این فایل خراب است و خوانده نشد. چیزی تغییر نکرد.
my-data-import-newer = این فایل از نسخهٔ جدیدتر Passage است. برنامه را به‌روز کنید و دوباره آن را وارد کنید. چیزی تغییر نکرد.
my-data-import-unreadable = این فایل باز نشد. چیزی تغییر نکرد.
my-data-delete-title = پاک کردن همهٔ داده‌هایم
my-data-delete-text = این کار از این دستگاه پاک می‌کند: پیشرفت شما در همهٔ بسته‌ها، نسخه‌های پیشرفتی که خوانده نشد، و انتخاب‌های زبان شما. بسته‌های درسی می‌مانند. این کار برگشت‌پذیر نیست: اول از پیشرفت خود خروجی بگیرید تا یک نسخه داشته باشید.
my-data-delete = پاک کردن همهٔ داده‌هایم
my-data-delete-confirm-question = همه چیز پاک شود؟ این کار برگشت‌پذیر نیست.
my-data-delete-confirm = بله، همه چیز را پاک کن
my-data-delete-cancel = لغو
my-data-deleted = همهٔ داده‌های شما از این دستگاه پاک شد.
my-data-delete-failed = داده‌های شما پاک نشد: مرورگر نپذیرفت. دوباره امتحان کنید.
