## د ښوونکو پاڼه (teach.html): د دندو جوړول او د ټولګیو لنډه کتنه.

teach-page-name = د ښوونکو لپاره
teach-nav-label = د ښوونکو پاڼې
teach-nav-assign = دنده جوړه کړئ
teach-nav-class = د ټولګیو لنډه کتنه
teach-nav-learner = د زده کوونکو پروګرام پرانیزئ
teach-privacy = تر هغه چې تاسو یې شریک نه کړئ، هېڅ شی له دې وسیلې نه وځي. نه حسابونه شته او نه سرور: دندې د لینک په بڼه لېږدول کېږي، او پرمختګ د هغو راپورونو په بڼه چې زده کوونکي پخپله یې تاسو ته لېږي.

## Making an assignment

make-title = دنده جوړه کړئ
make-intro = د درس کڅوړې وټاکئ، ټولګي ته نوم ورکړئ او د سپارلو نېټه یا لنډ پیغام ور زیات کړئ. د خپل ټولګي لپاره به یو لینک او یو QR کوډ ترلاسه کړئ.
make-packs = د درس کڅوړې
make-packs-loading = د درس کڅوړې پورته کېږي…
make-packs-failed = د درس کڅوړې پورته نه شوې. اتصال وګورئ او پاڼه بیا پورته کړئ.
make-some-lessons = یوازې ځینې لوستونه
make-lessons-hint = که ټوله کڅوړه ورکول غواړئ، هېڅ لوست مه په نښه کوئ.
make-lessons-loading = لوستونه پورته کېږي…
make-lessons-failed = د دې کڅوړې لوستونه پورته نه شول.
make-class-name = د ټولګي نوم
make-class-name-hint = زده کوونکي یې ویني، او ستاسو په لنډه کتنه کې ټولګی په همدې نوم ښکاري.
make-due = د سپارلو نېټه (اختیاري)
make-message = ټولګي ته پیغام (اختیاري)
make-make = لینک جوړ کړئ
make-problems = مهرباني وکړئ، دا وګورئ:
make-ready = دا خپل ټولګي ته ورکړئ
make-ready-note = زده کوونکي لینک په خپل ټیلیفون کې پرانیزي (یا کوډ سکن کوي). دا ټولګی اوس ستاسو د ټولګیو په لنډه کتنه کې دی او د هغوی راپورونو ته چمتو دی.
make-link-label = د ټولګي لپاره لینک
make-qr-caption = د دندې د پرانیستلو لپاره یې د ټیلیفون په کمرې سکن کړئ.
make-print = چاپول
make-new = بله دنده جوړه کړئ

## Problems with an assignment (the teacher's form)

make-issue-class-empty = ټولګي ته نوم ورکړئ.
make-issue-class-long = د ټولګي نوم ډېر اوږد دی (تر ټولو ډېر { $max } توري).
make-issue-message-long = پیغام ډېر اوږد دی (تر ټولو ډېر { $max } توري).
make-issue-too-long = متن ډېر اوږد دی (تر ټولو ډېر { $max } توري).
make-issue-control = د ټولګي په نوم کې د کرښې ماتول یا ځانګړي کنټرولي توري نه شي راتلای.
make-issue-no-packs = لږ تر لږه د درس یوه کڅوړه وټاکئ.
make-issue-too-many-packs = له { $max } څخه زیاتې د درس کڅوړې مه ټاکئ.
make-issue-too-many-lessons = په یوه کڅوړه کې له { $max } څخه زیات لوستونه مه ټاکئ، یا د ټولې کڅوړې د ورکولو لپاره هېڅ لوست مه ټاکئ.
make-issue-bad-id = د دې وېبپاڼې په فهرست کې د یوې کڅوړې یا لوست داسې نوم شته چې لینک یې نه شي وړلای. د وېبپاڼې خاوند ته ووایاست.
make-issue-code-long = دا ټول یو ځای د یو لینک لپاره ډېر دي: لږې کڅوړې یا لوستونه وټاکئ، یا پیغام لنډ کړئ.

## Class overview

class-title = د ټولګیو لنډه کتنه
class-intro = زده کوونکي تاسو ته د خپل پرمختګ راپورونه لېږي: هغه دلته ولګوئ (څو راپورونه په یو ځل هم کېدای شي) یا فایلونه وارد کړئ. یوازې هغه څه ښودل کېږي چې هغوی یې شریکول غوره کړي، او په همدې وسیله کې پاتې کېږي.
class-paste = راپورونه دلته ولګوئ
class-paste-hint = راپورونه په PSG- پیلېږي. د هغو شاوخوا نور متن ته پام نه کېږي.
class-add = راپورونه ور زیات کړئ
class-import-files = د راپورونو فایلونه وارد کړئ
class-none = لا هېڅ ټولګی نشته. یوه دنده جوړه کړئ، یا یو راپور ور زیات کړئ: د هغه ټولګی به دلته ښکاره شي.
class-result-added = { $name }: راپور { $class } ته ور زیات شو.
class-result-updated = { $name }: راپور په { $class } کې تازه شو.
class-result-older = { $name }: په { $class } کې له مخکې یو نوی راپور شته؛ هماغه وساتل شو.
class-result-same = { $name }: دا راپور له مخکې په { $class } کې شته.
class-result-new-class = { $name }: راپور یو نوي ټولګي ته ور زیات شو، د هغې دندې لپاره چې په بله وسیله کې جوړه شوې. لاندې یې نوم بدل کړئ.
class-result-does-not-fit = { $name }: دا راپور له { $class } سره سمون نه لري (د کڅوړو شمېر یې بل دی)؛ هېڅ شی بدل نه شو.
class-error-not-found = په دې متن کې هېڅ راپور ونه موندل شو. راپورونه په PSG- پیلېږي.
class-error-too-long = دا راپور له هر راپور څخه اوږد دی: ښايي د بل متن یوه برخه هم ورسره کاپي شوې وي.
class-error-truncated = دا راپور نیمګړی دی. له زده کوونکي وغواړئ چې بیا یې ولېږي، یا یې ټول کاپي کړئ.
class-error-checksum = په دې راپور کې د لیکلو یا کاپي کولو تېروتنه شته (یو غلط یا ځای بدل شوی توری). له زده کوونکي وغواړئ چې بیا یې ولېږي.
class-error-newer = دا راپور د Passage په نوې نسخه جوړ شوی. د تازه کولو لپاره دا پاڼه بیا پورته کړئ.
class-error-malformed = دا داسې راپور نه دی چې Passage یې لوستلای شي.
class-learners = { $count ->
    [one] { $count } زده کوونکی
   *[other] { $count } زده کوونکي
}
class-due = د سپارلو نېټه: { DATE($date) }
class-table-caption = د { $class } پرمختګ
class-col-name = نوم
class-col-lessons = بشپړ شوي لوستونه
class-col-accuracy = سم ځوابونه
class-col-last = وروستی فعالیت
class-col-made = د راپور نېټه
class-lessons-value = له { $of } څخه { $done }
class-accuracy-value = { $percent }٪
class-not-shared = نه دی شریک شوی
class-no-receipts = لا هېڅ راپور نشته.
class-export-csv = د CSV په بڼه یې ښکته کړئ
class-print = چاپول
class-rename = د ټولګي نوم
class-rename-save = نوم بدل کړئ
class-remove = دا ټولګی لرې کړئ
class-remove-confirm = { $class } او د هغه ټول راپورونه له دې وسیلې لرې شي؟
class-remove-yes = هو، لرې یې کړه
class-remove-no = وې ساته
class-remove-learner = { $name } لرې کړئ
class-csv-name = نوم
class-csv-pack = کڅوړه
class-csv-lessons-done = بشپړ شوي لوستونه
class-csv-lessons-of = ټول لوستونه
class-csv-accuracy = سم ځوابونه ٪
class-csv-last = وروستی فعالیت
class-csv-made = د راپور نېټه (UTC)

## Storing the class overview

classes-damaged = ستاسو د ټولګیو د لنډې کتنې یوه خرابه کاپي وموندل شوه او یوې خوا ته کېښودل شوه؛ تر ټولو نوې د لوستلو وړ کاپي ښودل کېږي.
classes-newer = ستاسو د ټولګیو لنډه کتنه د Passage په نوې نسخه خوندي شوې. ښودل کېږي، خو تر هغه چې دا پاڼه تازه نه شي، بدلونونه نه شي خوندي کېدای (پاڼه بیا پورته کړئ).
classes-unavailable = دا براوزر Passage ته د معلوماتو د ساتلو اجازه نه ورکوي (خصوصي براوزینګ، یا ذخیره بنده ده): کله چې پاڼه بنده کړئ، د ټولګیو لنډه کتنه به له منځه ولاړه شي.
classes-not-saved = د ټولګیو لنډه کتنه خوندي نه شوه: د براوزر ذخیره ډکه یا بنده ده. د یوې کاپي د ساتلو لپاره یې د CSV په بڼه صادره کړئ.
class-unnamed = ټولګی { $id }
class-date = { DATE($date) }
