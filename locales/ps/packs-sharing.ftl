# Passage interface messages (ps): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = له { $origin } څخه
packs-shared-origin = د فایل په توګه شریک شوی
catalogs-title = له نورو سایټونو کڅوړې
catalogs-intro = د Passage د بل سایټ پته ورزیاته کړئ، د بېلګې په توګه ستاسو د سیمې د یوې ادارې. د هغې کڅوړې د دې سایټ د کڅوړو په څېر ازمویل کېږي.
catalogs-address = د سایټ پته
catalogs-add = ورزیاتول
catalogs-remove = لرې کول
catalogs-unreachable = له { $origin } څخه کڅوړې پورته نه شوې. نورې کڅوړې لا کار کوي.
catalogs-slow = { $origin } ډېر ناوخته ځواب ورکوي. نورې کڅوړې لا کار کوي.
catalogs-missing = په { $origin } کې په دې پته د کڅوړو لېست نشته.
catalogs-damaged = له { $origin } څخه د کڅوړو لېست خراب دی او پرېښودل شو.
catalogs-error-address = دا د وېب پته نه ده. داسې یې ولیکئ: https://example.org/passage/
catalogs-error-https = پته باید په https:// پیل شي.
catalogs-error-own = دا د همدې سایټ پته ده. د هغې کڅوړې لا دمخه په لېست کې دي.
catalogs-error-listed = دا سایټ لا دمخه په لېست کې دی.
catalogs-error-too-many = تاسو تر { $limit } سایټونو پورې ورزیاتولی شئ. لومړی یو لرې کړئ.

## Packs shared as files

share-open-title = د کڅوړې فایل پرانیستل
share-open-intro = هغه کڅوړه چې یو چا په خپل تلیفون کې د فایل په توګه ساتلې ده. ازمویل کېږي، بیا بې انټرنېټه کار کوي.
share-open-button = د کڅوړې فایل وټاکئ
share-opened = کڅوړه ورزیاته شوه. بې انټرنېټه کار کوي.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] یو انځور یا غږ په فایل کې نه و. کڅوړه له هغه پرته کار کوي.
       *[other] { $count } انځورونه یا غږونه په فایل کې نه وو. کڅوړه له هغو پرته کار کوي.
    }
share-open-link = کڅوړه پرانیزئ
share-error-empty = فایل تش دی. هېڅ ورزیات نه شول.
share-error-unreadable = دا فایل د Passage کڅوړه نه ده، یا نیمګړی یا بدل شوی دی. هېڅ ورزیات نه شول.
share-error-newer = دې کڅوړې ته د Passage نوې نسخه اړینه ده. هېڅ ورزیات نه شول.
share-error-invalid = دا کڅوړه د کڅوړو قواعد ماتوي. کېدای شي بدله شوې وي. هېڅ ورزیات نه شول.
share-error-media = په دې فایل کې یو انځور یا غږ خراب دی، یا د کڅوړې برخه نه ده. هېڅ ورزیات نه شول.
share-error-large = دا فایل د کڅوړې لپاره ډېر لوی دی. هېڅ ورزیات نه شول.
share-error-storage = کڅوړه په دې تلیفون کې ونه ساتل شوه. ځای خالي کړئ او بیا هڅه وکړئ.
share-save = د فایل په توګه ساتل
share-save-hint = فایل هغه چا ته ورکړئ چې انټرنېټ نه لري: هغه یې د کڅوړو په لېست کې پرانیزي.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] یو انځور یا غږ فایل ته ورزیات نه شو، ځکه چې اتصال نه و. کڅوړه له هغه پرته کار کوي.
       *[other] { $count } انځورونه یا غږونه فایل ته ورزیات نه شول، ځکه چې اتصال نه و. کڅوړه له هغو پرته کار کوي.
    }
share-save-failed = کڅوړه د فایل په توګه ونه ساتل شوه. له اتصال سره بیا هڅه وکړئ.
