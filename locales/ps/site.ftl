# Passage interface messages (ps): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = مرسته له کومه ترلاسه کړئ
help-title = مرسته له کومه ترلاسه کړئ
help-lead = هغه محلي سازمانونه چې له نویو راغلو کسانو سره مرسته کوي. دا لړلیک { $site } جوړ کړی دی. مستقیم ورسره اړیکه ونیسئ: Passage دوی ته هېڅ شی نه لېږي.
help-offline = دا لړلیک په همدې وسیله کې خوندي شوی دی، نو له انټرنېټ پرته هم کار کوي.
help-empty = دا وېبپاڼه لا هېڅ محلي سازمان نه ښيي.
help-filter-category = د مرستې ډول
help-filter-language = د خبرو ژبه
help-none-match = هېڅ سازمان له دې ټاکنو سره سم نه دی. د مرستې بل ډول یا بله ژبه وازمایئ.
help-count =
    { $count ->
        [one] یو سازمان
       *[other] { $count } سازمانونه
    }
help-languages = د خبرو ژبې: { $languages }
help-address = پته
help-phone = ټیلیفون
help-email = بریښنالیک
help-hours = د کار وختونه
help-website = وېبپاڼه
help-map = په نقشه کې یې وګورئ
help-category-emergency = بیړنۍ مرسته
help-category-legal-advice = حقوقي مشوره
help-category-health = روغتیا
help-category-housing = استوګنه
help-category-work = کار
help-category-language-courses = د ژبې کورسونه
help-category-family = کورنۍ
help-category-other = نوره مرسته

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = د دې وېبپاڼې د ترتیباتو فایل تېروتنې لري، نو چېرته چې تېروتنه وي، Passage خپل ترتیبات کاروي. نور هر څه د تل په څېر کار کوي.
site-settings-problem-details =
    { $count ->
        [one] یوه تېروتنه، د وېبپاڼې د کارکوونکو لپاره
       *[other] { $count } تېروتنې، د وېبپاڼې د کارکوونکو لپاره
    }
