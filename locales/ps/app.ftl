# Passage interface messages, Pashto. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = ژبه
language-loading = ژبه پورته کېږي…
language-unavailable = دا ژبه پورته نه شوه. خپل انټرنېټ وګورئ او بیا هڅه وکړئ.
translation-draft = دا ژباړه لا مسوده ده او ښايي تېروتنې ولري.
translation-draft-link = د سمون وړاندیز وکړئ
footer-privacy = نه حساب، نه څارنه: ستاسو پرمختګ په همدې وسیله کې پاتې کېږي.
update-available = نوې نسخه چمتو ده
update-reload = بیا پورته کول
list-separator = {"، "}

## Home

home-lead = د خپل نوي هېواد ژبه زده کړئ او دا چې هلته ژوند څنګه تېرېږي: حقونه، روغتیا، کار، پیسې، ښوونځی، او له کومه مرسته ترلاسه کړئ.
home-start = زده کړه پیل کړئ
home-offline-title = له انټرنېټ پرته کار کوي
home-offline-text = کله چې د درس یوه کڅوړه ستاسو په ټیلیفون کې وي، له انټرنېټ پرته هم زده کړه کولای شئ.
home-private-title = شخصي
home-private-text = نه حساب او نه څارنه. ستاسو پرمختګ په همدې وسیله کې پاتې کېږي.
home-free-title = وړیا
home-free-text = د نویو راغلو کسانو، ښوونکو او هغو سازمانونو لپاره جوړ شوی چې له دوی سره مرسته کوي.

## Lesson packs

packs-title = د درس کڅوړې
packs-loading = کڅوړې پورته کېږي…
packs-none = دا وېبپاڼه لا د درس کڅوړې نه لري.
packs-unreachable = د کڅوړو لړلیک پورته نه شو. خپل اتصال وګورئ او بیا هڅه وکړئ.
packs-missing = د دې وېبپاڼې د کڅوړو لړلیک نشته. د وېبپاڼې خاوند ته ووایاست.
packs-damaged = د دې وېبپاڼې د کڅوړو لړلیک خراب دی. د وېبپاڼې خاوند ته ووایاست.
packs-count =
    { $count ->
        [0] له دې ټاکنو سره سمه هېڅ کڅوړه نشته.
        [one] د درس یوه کڅوړه
       *[other] د درس { $count } کڅوړې
    }
pack-learns = زده کړه: { $language }
learner-language-label = د درس په کڅوړو کې ژباړې
learner-language-auto = د پروګرام د ژبې په څېر
pack-no-translation = دا کڅوړه په دې ژبه ژباړې نه لري: { $wanted }. کارېدونکې ژبه: { $used }.
packs-filter-title = کڅوړه پیدا کړئ
packs-filter-learning = هغه ژبه چې زده کوئ یې
packs-filter-mine = زما ژبه
packs-filter-kind = ډول
packs-filter-level = کچه
packs-filter-country = هېواد
packs-filter-any = ټول
packs-filter-clear = ټولې کڅوړې وښایئ
packs-kind-language = ژبه
packs-kind-civic = ژوند او حقونه
packs-kind-mixed = ژبه او ژوند
offline-save = له انټرنېټ پرته د کارولو لپاره یې ښکته کړئ
offline-working = مهرباني وکړئ، لږ صبر وکړئ…
offline-saved = په دې ټیلیفون کې له انټرنېټ پرته کارېدای شي.
offline-remove = له دې ټیلیفون څخه یې لرې کړئ
offline-removed = له دې ټیلیفون څخه لرې شوه. په دې کڅوړه کې ستاسو پرمختګ خوندي پاتې کېږي.
offline-unsupported = دا براوزر دلته نشي کولای چې کڅوړې له انټرنېټ پرته د کارولو لپاره وساتي.
offline-storage-full = د دې کڅوړې د ساتلو لپاره ځای نه دی پاتې. په ټیلیفون کې یو څه ځای خالي کړئ او بیا هڅه وکړئ.
size-bytes = { $size } بایټ
size-kb = { $size } کیلوبایټ
size-mb = { $size } میګابایټ

## One pack

pack-loading = پورته کېږي…
pack-target = هغه ژبه چې زده کوئ یې
pack-translations = ژباړې
pack-version = نسخه
pack-size = د ښکته کولو اندازه
pack-not-found-title = کڅوړه ونه موندل شوه
pack-not-found-text = دا وېبپاڼه په دې نوم کڅوړه نه لري:
pack-all = ټولې کڅوړې

## An address that names no screen

not-found-title = پاڼه ونه موندل شوه
not-found-text = په دې پته کومه پاڼه نشته:
not-found-home = پیل ته ورشئ
