# Passage interface messages (fa): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = از کجا کمک بگیرید
help-title = از کجا کمک بگیرید
help-lead = سازمان‌های محلی که به تازه‌واردان کمک می‌کنند. این فهرست را { $site } تهیه کرده است. مستقیم با آنها تماس بگیرید: Passage چیزی برای آنها نمی‌فرستد.
help-offline = این فهرست روی همین دستگاه ذخیره شده است، پس بدون اینترنت هم کار می‌کند.
help-empty = این سایت هنوز هیچ سازمان محلی‌ای را معرفی نکرده است.
help-filter-category = نوع کمک
help-filter-language = زبان گفتگو
help-none-match = با این انتخاب‌ها هیچ سازمانی پیدا نشد. نوع دیگری از کمک یا زبان دیگری را امتحان کنید.
help-count =
    { $count ->
        [one] { $count } سازمان
       *[other] { $count } سازمان
    }
help-languages = زبان‌های گفتگو: { $languages }
help-address = نشانی
help-phone = تلفن
help-email = ایمیل
help-hours = ساعت کاری
help-website = وب‌سایت
help-map = نمایش روی نقشه
help-category-emergency = اضطراری
help-category-legal-advice = مشاورهٔ حقوقی
help-category-health = سلامت و درمان
help-category-housing = مسکن
help-category-work = کار
help-category-language-courses = کلاس‌های زبان
help-category-family = خانواده
help-category-other = کمک‌های دیگر

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = فایل تنظیمات این وب‌سایت اشتباه دارد، برای همین Passage هر جا که اشتباه است، تنظیمات خودش را به کار می‌برد. بقیهٔ چیزها مثل همیشه کار می‌کند.
site-settings-problem-details =
    { $count ->
        [one] { $count } اشتباه، برای کارکنان وب‌سایت
       *[other] { $count } اشتباه، برای کارکنان وب‌سایت
    }
