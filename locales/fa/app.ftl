# Passage interface messages, Persian (Farsi and Dari). Draft: not yet reviewed by a native speaker.
# Words are chosen to read naturally in both Iranian Persian and Dari where they differ little.

app-name = Passage

## The frame every screen shares

language-picker-label = زبان
language-loading = در حال بارگیری زبان…
language-unavailable = این زبان بارگیری نشد. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.
translation-draft = این ترجمه پیش‌نویس است و ممکن است اشتباه داشته باشد.
translation-draft-link = پیشنهاد اصلاح
footer-privacy = بدون حساب کاربری و بدون ردیابی: پیشرفت شما روی همین دستگاه می‌ماند.
update-available = نسخهٔ تازه آماده است
update-reload = بارگیری دوباره
list-separator = {"، "}

## Home

home-lead = زبان کشور تازهٔ خود را یاد بگیرید و ببینید زندگی در آنجا چگونه است: حقوق، درمان، کار، پول، مدرسه (مکتب) و اینکه از کجا کمک بگیرید.
home-start = شروع یادگیری
home-offline-title = بدون اینترنت کار می‌کند
home-offline-text = وقتی یک بستهٔ درسی روی گوشی شما باشد، بدون اینترنت هم می‌توانید درس بخوانید.
home-private-title = خصوصی
home-private-text = بدون حساب کاربری و بدون ردیابی. پیشرفت شما روی همین دستگاه می‌ماند.
home-free-title = رایگان
home-free-text = ساخته‌شده برای تازه‌واردان، معلمان و سازمان‌هایی که به آنها کمک می‌کنند.

## Lesson packs

packs-title = بسته‌های درسی
packs-loading = در حال بارگیری بسته‌ها…
packs-none = این سایت هنوز هیچ بستهٔ درسی ندارد.
packs-unreachable = فهرست بسته‌ها بارگیری نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.
packs-missing = فهرست بسته‌های این سایت پیدا نمی‌شود. به صاحب سایت خبر دهید.
packs-damaged = فهرست بسته‌های این سایت خراب است. به صاحب سایت خبر دهید.
# After a number, Persian nouns stay singular.
packs-count =
    { $count ->
        [0] با این انتخاب‌ها هیچ بسته‌ای پیدا نشد.
       *[other] { $count } بستهٔ درسی
    }
pack-learns = یادگیری: { $language }
learner-language-label = ترجمه‌ها در بسته‌های درسی
learner-language-auto = همان زبان برنامه
pack-no-translation = این بسته به این زبان ترجمه ندارد: { $wanted }. زبانی که به کار می‌برد: { $used }.
packs-filter-title = پیدا کردن بسته
packs-filter-learning = زبانی که یاد می‌گیرید
packs-filter-mine = زبان من
packs-filter-kind = نوع
packs-filter-level = سطح
packs-filter-country = کشور
packs-filter-any = همه
packs-filter-clear = نمایش همهٔ بسته‌ها
packs-kind-language = زبان
packs-kind-civic = زندگی و حقوق
packs-kind-mixed = زبان و زندگی
offline-save = بارگیری برای استفاده بدون اینترنت
offline-working = لطفاً صبر کنید…
offline-saved = روی این گوشی بدون اینترنت در دسترس است.
offline-remove = پاک کردن از این گوشی
offline-removed = از این گوشی پاک شد. پیشرفت شما در این بسته می‌ماند.
offline-unsupported = این مرورگر اینجا نمی‌تواند بسته‌ها را برای استفاده بدون اینترنت نگه دارد.
offline-storage-full = دیگر جایی برای نگه داشتن این بسته نمانده است. کمی از جای گوشی را خالی کنید و دوباره تلاش کنید.
size-bytes = { $size } بایت
size-kb = { $size } کیلوبایت
size-mb = { $size } مگابایت

## One pack

pack-loading = در حال بارگیری…
pack-target = زبانی که یاد می‌گیرید
pack-translations = ترجمه‌ها
pack-version = نسخه
pack-size = حجم بارگیری
pack-not-found-title = بسته پیدا نشد
pack-not-found-text = این سایت بسته‌ای با این نام ندارد:
pack-all = همهٔ بسته‌ها

## An address that names no screen

not-found-title = صفحه پیدا نشد
not-found-text = در این نشانی صفحه‌ای وجود ندارد:
not-found-home = رفتن به صفحهٔ اول
