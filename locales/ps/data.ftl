# Passage interface messages (ps): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = د خوندي شوي پرمختګ یوه برخه ونه لوستل شوه. هغه په همدې وسیله کې په خوندي ډول ساتل کېږي.
storage-damaged-export = صادر یې کړئ
storage-not-saved-full = ستاسو پرمختګ په دې وسیله کې نه خوندي کېږي: ذخیره یې ډکه ده. تاسو زده کړې ته دوام ورکولی شئ؛ د ساتلو لپاره خپل پرمختګ صادر کړئ.
storage-not-saved-blocked = ستاسو پرمختګ په دې وسیله کې نه خوندي کېږي: دا براوزر اجازه نه ورکوي (خصوصي براوزینګ، یا ذخیره بنده ده). تاسو زده کړې ته دوام ورکولی شئ؛ د ساتلو لپاره خپل پرمختګ صادر کړئ.
storage-newer = په دې وسیله کې د Passage د نوې نسخې پرمختګ شته. هغه همداسې ساتل کېږي، او تر هغه چې پروګرام تازه نه کړئ، نوی پرمختګ نه خوندي کېږي.
storage-go-to-data = زما معلومات
storage-changed-elsewhere = ستاسو پرمختګ د Passage له بلې کړکۍ تازه شو.
storage-dismiss = سمه ده

## My data

my-data-link = زما معلومات
teachers-link = د ښوونکو لپاره
my-data-title = زما معلومات
my-data-items =
    { $count ->
        [one] یو لوستل شوی توکی
       *[other] { $count } لوستل شوي توکي
    }
my-data-lessons =
    { $count ->
        [one] یو بشپړ شوی درس
       *[other] { $count } بشپړ شوي درسونه
    }
my-data-storage-title = په دې وسیله کې ځای
my-data-storage-used-of = Passage د { $quota } شته ځای څخه { $used } کاروي.
my-data-storage-used = Passage { $used } ځای کاروي.
my-data-storage-unknown = دا براوزر نه وايي چې Passage څومره ځای کاروي.
my-data-persistent-yes = دا براوزر ستاسو معلومات ساتي، حتی کله چې په تلیفون کې ځای لږ وي.
my-data-persistent-no = کېدای شي دا براوزر ستاسو معلومات پاک کړي کله چې په تلیفون کې ځای لږ وي.
my-data-persist = له براوزر وغواړئ چې زما معلومات وساتي
my-data-persist-refused = براوزر ونه منله. وخت ناوخت خپل پرمختګ صادر کړئ چې یوه کاپي ولرئ.
my-data-export-title = خپل پرمختګ بل تلیفون ته یوسئ
my-data-export-text = خپل پرمختګ په یوه فایل کې خوندي کړئ. په بل تلیفون کې Passage پرانیزئ او فایل وارد کړئ: څه چې مو په دواړو تلیفونونو کې زده کړي، ساتل کېږي.
my-data-export = پرمختګ صادرول
my-data-import = پرمختګ له فایل څخه واردول
my-data-imported = پرمختګ وارد شو. څه چې مو په دواړو تلیفونونو کې زده کړي، ساتل کېږي.
my-data-import-not-progress = دا فایل د Passage پرمختګ نه دی. هېڅ شی بدل نه شو.
my-data-import-damaged = دا فایل خراب دی او ونه لوستل شو. هېڅ شی بدل نه شو.
my-data-import-newer = دا فایل د Passage له نوې نسخې دی. پروګرام تازه کړئ، بیا یې وارد کړئ. هېڅ شی بدل نه شو.
my-data-import-unreadable = دا فایل پرانیستل نه شو. هېڅ شی بدل نه شو.
my-data-delete-title = زما ټول معلومات پاک کړئ
my-data-delete-text = دا کار له دې وسیلې پاکوي: په ټولو کڅوړو کې ستاسو پرمختګ، د هغه پرمختګ کاپۍ چې ونه لوستل شو، او ستاسو د ژبې انتخابونه. د درس کڅوړې پاتې کېږي. دا بېرته نه شي راګرځېدای: لومړی خپل پرمختګ صادر کړئ چې یوه کاپي ولرئ.
my-data-delete = زما ټول معلومات پاک کړئ
my-data-delete-confirm-question = ټول شیان پاک شي؟ دا بېرته نه شي راګرځېدای.
my-data-delete-confirm = هو، ټول شیان پاک کړه
my-data-delete-cancel = لغوه
my-data-deleted = ستاسو ټول معلومات له دې وسیلې پاک شول.
my-data-delete-failed = ستاسو معلومات پاک نه شول: براوزر ونه منله. بیا هڅه وکړئ.
