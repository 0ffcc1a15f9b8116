# Passage interface messages (fa): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = از { $origin }
packs-shared-origin = به‌صورت فایل هم‌رسانی‌شده
catalogs-title = بسته‌ها از سایت‌های دیگر
catalogs-intro = نشانی یک سایت دیگر Passage را اضافه کنید، مثلاً یک سازمان در منطقهٔ شما. بسته‌های آن مثل بسته‌های این سایت بررسی می‌شوند.
catalogs-address = نشانی سایت
catalogs-add = افزودن
catalogs-remove = حذف
catalogs-unreachable = بسته‌های { $origin } بارگیری نشدند. بسته‌های دیگر کار می‌کنند.
catalogs-slow = { $origin } خیلی دیر پاسخ می‌دهد. بسته‌های دیگر کار می‌کنند.
catalogs-missing = در { $origin } در این نشانی فهرست بسته‌ای نیست.
catalogs-damaged = فهرست بسته‌های { $origin } خراب است و کنار گذاشته شد.
catalogs-error-address = این نشانی وب نیست. آن را این‌طور بنویسید: https://example.org/passage/
catalogs-error-https = نشانی باید با https:// شروع شود.
catalogs-error-own = این نشانی خود این سایت است. بسته‌هایش از قبل در فهرست هستند.
catalogs-error-listed = این سایت از قبل در فهرست است.
catalogs-error-too-many = حداکثر { $limit } سایت می‌توانید اضافه کنید. اول یکی را حذف کنید.

## Packs shared as files

share-open-title = باز کردن فایل بسته
share-open-intro = بسته‌ای که کسی به‌صورت فایل در تلفنش ذخیره کرده است. بررسی می‌شود و بعد بدون اینترنت کار می‌کند.
share-open-button = انتخاب فایل بسته
share-opened = بسته اضافه شد. بدون اینترنت کار می‌کند.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] { $count } تصویر یا صدا در فایل نبود. بسته بدون آن کار می‌کند.
       *[other] { $count } تصویر یا صدا در فایل نبود. بسته بدون آن‌ها کار می‌کند.
    }
share-open-link = باز کردن بسته
share-error-empty = فایل خالی است. چیزی اضافه نشد.
share-error-unreadable = این فایل بستهٔ Passage نیست، یا ناقص یا تغییرکرده است. چیزی اضافه نشد.
share-error-newer = این بسته به نسخهٔ جدیدتری از Passage نیاز دارد. چیزی اضافه نشد.
share-error-invalid = این بسته قواعد بسته‌ها را رعایت نمی‌کند. شاید تغییر کرده باشد. چیزی اضافه نشد.
share-error-media = یک تصویر یا صدا در این فایل خراب است، یا جزو این بسته نیست. چیزی اضافه نشد.
share-error-large = این فایل برای یک بسته خیلی بزرگ است. چیزی اضافه نشد.
share-error-storage = بسته در این تلفن ذخیره نشد. کمی جا باز کنید و دوباره امتحان کنید.
share-save = ذخیره به‌صورت فایل
share-save-hint = فایل را به کسی که اینترنت ندارد بدهید: آن را در فهرست بسته‌ها باز می‌کند.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] { $count } تصویر یا صدا به فایل اضافه نشد، چون اتصال نبود. بسته بدون آن کار می‌کند.
       *[other] { $count } تصویر یا صدا به فایل اضافه نشد، چون اتصال نبود. بسته بدون آن‌ها کار می‌کند.
    }
share-save-failed = بسته به‌صورت فایل ذخیره نشد. با اتصال دوباره امتحان کنید.
