## صفحهٔ معلمان (teach.html): ساختن تکلیف و نمای کلی کلاس‌ها.

teach-page-name = برای معلمان
teach-nav-label = صفحه‌های معلمان
teach-nav-assign = ساختن تکلیف
teach-nav-class = نمای کلی کلاس‌ها
teach-nav-learner = باز کردن برنامهٔ زبان‌آموزان
teach-privacy = تا خودتان چیزی را هم‌رسانی نکنید، هیچ چیز از این دستگاه بیرون نمی‌رود. حساب کاربری و سرور وجود ندارد: تکلیف‌ها به شکل لینک فرستاده می‌شوند و پیشرفت به شکل گزارش‌هایی که زبان‌آموزان خودشان تصمیم می‌گیرند برای شما بفرستند.

## Making an assignment

make-title = ساختن تکلیف
make-intro = بسته‌های درسی را انتخاب کنید، برای کلاس نامی بگذارید و یک مهلت یا پیام کوتاه اضافه کنید. یک لینک و یک کد QR برای کلاس خود می‌گیرید.
make-packs = بسته‌های درسی
make-packs-loading = در حال بارگیری بسته‌های درسی…
make-packs-failed = بسته‌های درسی بارگیری نشد. اتصال را بررسی کنید و صفحه را دوباره بارگیری کنید.
make-some-lessons = فقط بعضی از درس‌ها
make-lessons-hint = برای دادن کل بسته، هیچ درسی را علامت نزنید.
make-lessons-loading = در حال بارگیری درس‌ها…
make-lessons-failed = درس‌های این بسته بارگیری نشد.
make-class-name = نام کلاس
make-class-name-hint = زبان‌آموزان آن را می‌بینند، و کلاس با همین نام در نمای کلی شما دیده می‌شود.
make-due = مهلت (اختیاری)
make-message = پیام به کلاس (اختیاری)
make-make = ساختن لینک
make-problems = لطفاً بررسی کنید:
make-ready = آن را به کلاس خود بدهید
make-ready-note = زبان‌آموزان لینک را روی گوشی خود باز می‌کنند (یا کد را اسکن می‌کنند). این کلاس اکنون در نمای کلی کلاس‌های شماست و آمادهٔ گرفتن گزارش‌های آنهاست.
make-link-label = لینک برای کلاس
make-qr-caption = برای باز کردن تکلیف، با دوربین گوشی اسکن کنید.
make-print = چاپ
make-new = ساختن تکلیفی دیگر

## Problems with an assignment (the teacher's form)

make-issue-class-empty = برای کلاس نامی بگذارید.
make-issue-class-long = نام کلاس خیلی طولانی است (حداکثر { $max } نویسه).
make-issue-message-long = پیام خیلی طولانی است (حداکثر { $max } نویسه).
make-issue-too-long = متن خیلی طولانی است (حداکثر { $max } نویسه).
make-issue-control = نام کلاس نمی‌تواند شکستن سطر یا نویسه‌های کنترلی ویژه داشته باشد.
make-issue-no-packs = دست‌کم یک بستهٔ درسی انتخاب کنید.
make-issue-too-many-packs = حداکثر { $max } بستهٔ درسی انتخاب کنید.
make-issue-too-many-lessons = از یک بسته حداکثر { $max } درس انتخاب کنید، یا برای دادن کل بسته هیچ درسی انتخاب نکنید.
make-issue-bad-id = در فهرست این سایت، نام بسته یا درسی هست که لینک نمی‌تواند آن را منتقل کند. به صاحب سایت خبر دهید.
make-issue-code-long = همهٔ اینها با هم برای یک لینک زیاد است: بسته‌ها یا درس‌های کمتری انتخاب کنید، یا پیام را کوتاه‌تر کنید.

## Class overview

class-title = نمای کلی کلاس‌ها
class-intro = زبان‌آموزان گزارش پیشرفت خود را برای شما می‌فرستند: آنها را اینجا بچسبانید (می‌توانید چند گزارش را یک‌جا بچسبانید) یا فایل‌ها را وارد کنید. فقط چیزی نشان داده می‌شود که خودشان خواسته‌اند هم‌رسانی کنند، و روی همین دستگاه می‌ماند.
class-paste = چسباندن گزارش‌ها
class-paste-hint = گزارش‌ها با PSG- شروع می‌شوند. متن دیگری که دور آنهاست نادیده گرفته می‌شود.
class-add = افزودن گزارش‌ها
class-import-files = وارد کردن فایل‌های گزارش
class-none = هنوز کلاسی نیست. یک تکلیف بسازید یا یک گزارش اضافه کنید: کلاس آن اینجا نشان داده می‌شود.
class-result-added = { $name }: گزارش به { $class } اضافه شد.
class-result-updated = { $name }: گزارش در { $class } به‌روز شد.
class-result-older = { $name }: گزارش جدیدتری از قبل در { $class } هست؛ همان نگه داشته شد.
class-result-same = { $name }: این گزارش از قبل در { $class } هست.
class-result-new-class = { $name }: گزارش به یک کلاس تازه اضافه شد، برای تکلیفی که در دستگاه دیگری ساخته شده است. در پایین نام آن را تغییر دهید.
class-result-does-not-fit = { $name }: این گزارش با { $class } جور نیست (تعداد بسته‌ها فرق دارد)؛ چیزی تغییر نکرد.
class-error-not-found = در این متن گزارشی پیدا نشد. گزارش‌ها با PSG- شروع می‌شوند.
class-error-too-long = این گزارش از هر گزارشی طولانی‌تر است: احتمالاً بخشی از متن دیگری هم با آن کپی شده است.
class-error-truncated = این گزارش ناقص است. از زبان‌آموز بخواهید دوباره آن را بفرستد، یا همهٔ آن را کپی کنید.
class-error-checksum = این گزارش یک اشتباه تایپی یا کپی دارد (یک نویسهٔ نادرست یا جابه‌جا). از زبان‌آموز بخواهید دوباره آن را بفرستد.
class-error-newer = این گزارش با نسخهٔ جدیدتر Passage ساخته شده است. برای به‌روز کردن این صفحه، آن را دوباره بارگیری کنید.
class-error-malformed = این گزارشی نیست که Passage بتواند بخواند.
class-learners = { $count ->
    [one] { $count } زبان‌آموز
   *[other] { $count } زبان‌آموز
}
class-due = مهلت: { DATE($date) }
class-table-caption = پیشرفت { $class }
class-col-name = نام
class-col-lessons = درس‌های تمام‌شده
class-col-accuracy = درستی پاسخ‌ها
class-col-last = آخرین فعالیت
class-col-made = تاریخ گزارش
class-lessons-value = { $done } از { $of }
class-accuracy-value = { $percent }٪
class-not-shared = هم‌رسانی نشده
class-no-receipts = هنوز گزارشی نیست.
class-export-csv = بارگیری به شکل CSV
class-print = چاپ
class-rename = نام کلاس
class-rename-save = تغییر نام
class-remove = حذف این کلاس
class-remove-confirm = { $class } و همهٔ گزارش‌هایش از این دستگاه حذف شود؟
class-remove-yes = بله، حذف شود
class-remove-no = نگه داشتن
class-remove-learner = حذف { $name }
class-csv-name = نام
class-csv-pack = بسته
class-csv-lessons-done = درس‌های تمام‌شده
class-csv-lessons-of = همهٔ درس‌ها
class-csv-accuracy = درستی پاسخ‌ها ٪
class-csv-last = آخرین فعالیت
class-csv-made = تاریخ گزارش (UTC)

## Storing the class overview

classes-damaged = یک نسخهٔ خراب از نمای کلی کلاس‌های شما پیدا شد و کنار گذاشته شد؛ تازه‌ترین نسخهٔ خواندنی نشان داده می‌شود.
classes-newer = نمای کلی کلاس‌های شما با نسخهٔ جدیدتر Passage ذخیره شده است. نشان داده می‌شود، اما تا این صفحه به‌روز نشود، تغییرها ذخیره نمی‌شوند (صفحه را دوباره بارگیری کنید).
classes-unavailable = این مرورگر اجازه نمی‌دهد Passage داده ذخیره کند (مرور خصوصی، یا ذخیره‌سازی خاموش است): با بستن صفحه، نمای کلی کلاس‌ها از بین می‌رود.
classes-not-saved = نمای کلی کلاس‌ها ذخیره نشد: حافظهٔ مرورگر پر یا بسته است. برای نگه داشتن یک نسخه، از آن خروجی CSV بگیرید.
class-unnamed = کلاس { $id }
class-date = { DATE($date) }
