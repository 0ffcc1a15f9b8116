# Passage interface messages (ar): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = أين تجد المساعدة
help-title = أين تجد المساعدة
help-lead = منظمات محلية تساعد القادمين الجدد، في قائمة أعدّها { $site }. تواصل معها مباشرةً: لا يرسل Passage إليها أي شيء.
help-offline = هذه القائمة محفوظة على هذا الجهاز، لذلك تعمل أيضًا دون إنترنت.
help-empty = لا يعرض هذا الموقع أي منظمات محلية بعد.
help-filter-category = نوع المساعدة
help-filter-language = لغة التواصل
help-none-match = لا توجد منظمة تطابق اختيارك. جرّب نوعًا آخر من المساعدة أو لغة أخرى.
help-count =
    { $count ->
        [zero] لا توجد منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }
help-languages = لغات التواصل: { $languages }
help-address = العنوان
help-phone = الهاتف
help-email = البريد الإلكتروني
help-hours = أوقات العمل
help-website = الموقع الإلكتروني
help-map = اعرض على الخريطة
help-category-emergency = الطوارئ
help-category-legal-advice = الاستشارة القانونية
help-category-health = الصحة
help-category-housing = السكن
help-category-work = العمل
help-category-language-courses = دورات اللغة
help-category-family = الأسرة
help-category-other = مساعدة أخرى

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = في ملف إعدادات هذا الموقع أخطاء، لذلك يستخدم Passage إعداداته الخاصة بدل الإعدادات الخاطئة. كل شيء آخر يعمل كالمعتاد.
site-settings-problem-details =
    { $count ->
        [zero] لا توجد أخطاء، لفريق الموقع
        [one] خطأ واحد، لفريق الموقع
        [two] خطآن، لفريق الموقع
        [few] { $count } أخطاء، لفريق الموقع
        [many] { $count } خطأً، لفريق الموقع
       *[other] { $count } خطأ، لفريق الموقع
    }
