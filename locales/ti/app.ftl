# Passage interface messages, Tigrinya. Draft: not yet reviewed by a native speaker.
# The polite plural (ኹም) addresses the learner.

app-name = Passage

## The frame every screen shares

language-picker-label = ቋንቋ
language-loading = ቋንቋ ይጽዓን ኣሎ…
language-unavailable = እዚ ቋንቋ ክጽዓን ኣይከኣለን። ርክብ ኢንተርነትኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
translation-draft = እዚ ትርጉም ንድፊ እዩ፣ ጌጋታት ክህልዎ ይኽእል እዩ።
translation-draft-link = መእረምታ ኣቕርቡ
footer-privacy = ሕሳብ የለን፣ ምክትታል የለን፦ ምዕባለኹም ኣብዚ መሳርሒ እዩ ዝጸንሕ።
update-available = ሓድሽ ስሪት ኣሎ
update-reload = እንደገና ጽዓን
list-separator = {"፣ "}

## Home

home-lead = ቋንቋ ሓዳስ ሃገርኩምን ናብራ ኣብኡ ብኸመይ ከም ዝኸይድን ተማሃሩ፦ መሰላት፣ ክንክን ጥዕና፣ ስራሕ፣ ገንዘብ፣ ትምህርቲ፣ ከምኡ’ውን ካበይ ሓገዝ ከም እትረኽቡ።
home-start = ምምሃር ጀምሩ
home-offline-title = ብዘይ ኢንተርነት ይሰርሕ
home-offline-text = ጥቕላል ትምህርቲ ኣብ ተሌፎንኩም ምስ ኣተወ፣ ብዘይ ኢንተርነት ክትመሃሩ ትኽእሉ ኢኹም።
home-private-title = ብሕታዊ
home-private-text = ሕሳብ የለን፣ ምክትታል ድማ የለን። ምዕባለኹም ኣብዚ መሳርሒ እዩ ዝጸንሕ።
home-free-title = ብነጻ
home-free-text = ንሓደሽቲ መጻእቲ፣ ንመምህራንን ንዝሕግዝዎም ትካላትን ዝተሰርሐ።

## Lesson packs

packs-title = ጥቕላላት ትምህርቲ
packs-loading = ጥቕላላት ይጽዓኑ ኣለዉ…
packs-none = እዚ መርበብ ሓበሬታ ክሳብ ሕጂ ጥቕላል ትምህርቲ የብሉን።
packs-unreachable = ዝርዝር ጥቕላላት ክጽዓን ኣይከኣለን። ርክብኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
packs-missing = ዝርዝር ጥቕላላት ናይዚ መርበብ ሓበሬታ ጠፊኡ ኣሎ። ንዋና እቲ መርበብ ሓበሬታ ሓብሩ።
packs-damaged = ዝርዝር ጥቕላላት ናይዚ መርበብ ሓበሬታ ተበላሽዩ ኣሎ። ንዋና እቲ መርበብ ሓበሬታ ሓብሩ።
# Tigrinya's "one" form also covers 0, so the number is always written.
packs-count =
    { $count ->
        [0] ምስዚ ዝመረጽኩምዎ ዝሰማማዕ ጥቕላል የለን።
        [one] { $count } ጥቕላል ትምህርቲ
       *[other] { $count } ጥቕላላት ትምህርቲ
    }
pack-learns = እትመሃርዎ ቋንቋ፦ { $language }
learner-language-label = ትርጉማት ኣብ ጥቕላላት ትምህርቲ
learner-language-auto = ከም ቋንቋ መተግበሪ
pack-no-translation = እዚ ጥቕላል በዚ ቋንቋ ትርጉም የብሉን፦ { $wanted }። ዝጥቀመሉ ቋንቋ፦ { $used }።
packs-filter-title = ጥቕላል ድለዩ
packs-filter-learning = እትመሃርዎ ቋንቋ
packs-filter-mine = ቋንቋይ
packs-filter-kind = ዓይነት
packs-filter-level = ደረጃ
packs-filter-country = ሃገር
packs-filter-any = ኩሉ
packs-filter-clear = ኩሎም ጥቕላላት ኣርእዩ
packs-kind-language = ቋንቋ
packs-kind-civic = ናብራን መሰላትን
packs-kind-mixed = ቋንቋን ናብራን
offline-save = ብዘይ ኢንተርነት ንምጥቃም ኣውርዱ
offline-working = በጃኹም ተጸበዩ…
offline-saved = ኣብዚ ተሌፎን ብዘይ ኢንተርነት ይርከብ።
offline-remove = ካብዚ ተሌፎን ኣልግስዎ
offline-removed = ካብዚ ተሌፎን ተላጊሱ። ኣብዚ ጥቕላል ዘሎ ምዕባለኹም ይዕቀብ።
offline-unsupported = እዚ ብራውዘር ኣብዚ ጥቕላላት ብዘይ ኢንተርነት ንምጥቃም ክዕቅብ ኣይክእልን።
offline-storage-full = ነዚ ጥቕላል ዝዕቀበሉ ቦታ የለን። ኣብ ተሌፎን ገለ ቦታ ሓራ ግበሩ እሞ እንደገና ፈትኑ።
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = ይጽዓን ኣሎ…
pack-target = እትመሃርዎ ቋንቋ
pack-translations = ትርጉማት
pack-version = ስሪት
pack-size = ናይ ምውራድ ዓቐን
pack-not-found-title = ጥቕላል ኣይተረኽበን
pack-not-found-text = እዚ መርበብ ሓበሬታ በዚ ስም ዝተሰምየ ጥቕላል የብሉን፦
pack-all = ኩሎም ጥቕላላት

## An address that names no screen

not-found-title = ገጽ ኣይተረኽበን
not-found-text = ኣብዚ ኣድራሻ ገጽ የለን፦
not-found-home = ናብ መጀመርታ ኺዱ
