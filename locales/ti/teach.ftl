## ገጽ መምህራን (teach.html)፦ ዕዮ ምድላውን ሓፈሻዊ ትርኢት ክፍልታትን።

teach-page-name = ንመምህራን
teach-nav-label = ገጻት መምህራን
teach-nav-assign = ዕዮ ኣዳልዉ
teach-nav-class = ሓፈሻዊ ትርኢት ክፍልታት
teach-nav-learner = መተግበሪ ተማሃሮ ክፈቱ
teach-privacy = ባዕልኹም እንተዘይኣካፈልኩም፣ ካብዚ መሳርሒ ዝወጽእ ነገር የለን። ሕሳብ ይኹን ሰርቨር የለን፦ ዕዮታት ከም ሊንክ፣ ምዕባለ ድማ ከም ተማሃሮ ባዕሎም ክሰዱልኩም ዝመረጽዎ ጸብጻብ እዩ ዝሰጋገር።

## Making an assignment

make-title = ዕዮ ኣዳልዉ
make-intro = ጥቕላላት ትምህርቲ ምረጹ፣ ንክፍሊ ስም ሃቡ፣ ከምኡ’ውን ናይ መረከቢ ዕለት ወይ ሓጺር መልእኽቲ ወስኹ። ንክፍልኹም ሊንክን QR ኮድን ክትረኽቡ ኢኹም።
make-packs = ጥቕላላት ትምህርቲ
make-packs-loading = ጥቕላላት ትምህርቲ ይጽዓኑ ኣለዉ…
make-packs-failed = ጥቕላላት ትምህርቲ ክጽዓኑ ኣይከኣሉን። ርክብኩም ኣረጋግጹ እሞ ነቲ ገጽ እንደገና ጽዓንዎ።
make-some-lessons = ገለ ትምህርትታት ጥራይ
make-lessons-hint = ምሉእ ጥቕላል ንምሃብ፣ ዋላ ሓደ ኣይተመልክቱ።
make-lessons-loading = ትምህርትታት ይጽዓኑ ኣለዉ…
make-lessons-failed = ትምህርትታት ናይዚ ጥቕላል ክጽዓኑ ኣይከኣሉን።
make-class-name = ስም ክፍሊ
make-class-name-hint = ተማሃሮ ይርእይዎ፣ ኣብ ሓፈሻዊ ትርኢትኩም ድማ እቲ ክፍሊ በዚ ስም ይፍለጥ።
make-due = ናይ መረከቢ ዕለት (ኣማራጺ)
make-message = መልእኽቲ ናብ ክፍሊ (ኣማራጺ)
make-make = ሊንክ ኣዳልዉ
make-problems = በጃኹም ኣረጋግጹ፦
make-ready = ናብ ክፍልኹም ሃብዎ
make-ready-note = ተማሃሮ ነቲ ሊንክ ኣብ ተሌፎኖም ይኸፍትዎ (ወይ ነቲ ኮድ ይስካንዎ)። እዚ ክፍሊ ሕጂ ኣብ ሓፈሻዊ ትርኢት ክፍልታትኩም ኣሎ፣ ጸብጻባቶም ንምቕባል ድማ ድሉው እዩ።
make-link-label = ሊንክ ንክፍሊ
make-qr-caption = ነቲ ዕዮ ንምኽፋት ብካሜራ ተሌፎን ስካን ግበሩ።
make-print = ሕተሙ
make-new = ካልእ ዕዮ ኣዳልዉ

## Problems with an assignment (the teacher's form)

make-issue-class-empty = ንክፍሊ ስም ሃቡ።
make-issue-class-long = ስም ክፍሊ ኣዝዩ ነዊሕ እዩ (እንተበዝሐ { $max } ፊደላት)።
make-issue-message-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ (እንተበዝሐ { $max } ፊደላት)።
make-issue-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ (እንተበዝሐ { $max } ፊደላት)።
make-issue-control = ስም ክፍሊ ምቁራጽ መስመር ወይ ፍሉያት ናይ ምቁጽጻር ምልክታት ክሕዝ ኣይክእልን።
make-issue-no-packs = እንተወሓደ ሓደ ጥቕላል ትምህርቲ ምረጹ።
make-issue-too-many-packs = እንተበዝሐ { $max } ጥቕላላት ትምህርቲ ምረጹ።
make-issue-too-many-lessons = ካብ ሓደ ጥቕላል እንተበዝሐ { $max } ትምህርትታት ምረጹ፣ ወይ ምሉእ ጥቕላል ንምሃብ ዋላ ሓደ ኣይትምረጹ።
make-issue-bad-id = ኣብ ካታሎግ ናይዚ መርበብ ሓበሬታ፣ እቲ ሊንክ ክሕዞ ዘይክእል ስም ጥቕላል ወይ ትምህርቲ ኣሎ። ንዋና እቲ መርበብ ሓበሬታ ሓብሩ።
make-issue-code-long = ብሓባር እዚ ንሓደ ሊንክ ኣዝዩ ብዙሕ እዩ፦ ውሑድ ጥቕላላት ወይ ትምህርትታት ምረጹ፣ ወይ ነቲ መልእኽቲ ኣሕጽርዎ።

## Class overview

class-title = ሓፈሻዊ ትርኢት ክፍልታት
class-intro = ተማሃሮ ጸብጻብ ምዕባለኦም ይሰዱልኩም፦ ኣብዚ ለጥፍዎ (ብዙሓት ብሓንሳብ ክኸውን ይኽእል) ወይ ነቶም ፋይላት ኣእትውዎም። ተማሃሮ ከካፍልዎ ዝመረጽዎ ጥራይ እዩ ዝርአ፣ ኣብዚ መሳርሒ ድማ ይጸንሕ።
class-paste = ጸብጻባት ለጥፉ
class-paste-hint = ጸብጻባት ብ PSG- ይጅምሩ። ኣብ ከባቢኦም ዘሎ ካልእ ጽሑፍ ኣይቆጸርን።
class-add = ጸብጻባት ወስኹ
class-import-files = ፋይላት ጸብጻብ ኣእትዉ
class-none = ክሳብ ሕጂ ክፍሊ የለን። ዕዮ ኣዳልዉ ወይ ጸብጻብ ወስኹ፦ ክፍሉ ኣብዚ ክርአ እዩ።
class-result-added = { $name }፦ ጸብጻብ ናብ { $class } ተወሲኹ።
class-result-updated = { $name }፦ ጸብጻብ ኣብ { $class } ተሓዲሱ።
class-result-older = { $name }፦ ኣብ { $class } ዝሓደሰ ጸብጻብ ድሮ ኣሎ፤ ንሱ ተዓቂቡ።
class-result-same = { $name }፦ እዚ ጸብጻብ ድሮ ኣብ { $class } ኣሎ።
class-result-new-class = { $name }፦ ጸብጻብ ናብ ሓድሽ ክፍሊ ተወሲኹ፣ ኣብ ካልእ መሳርሒ ንዝተዳለወ ዕዮ። ኣብ ታሕቲ ስሙ ቀይሩ።
class-result-does-not-fit = { $name }፦ እዚ ጸብጻብ ምስ { $class } ኣይሰማማዕን (ብዝሒ ጥቕላላት ይፈላለ)፤ ዝተቐየረ የለን።
class-error-not-found = ኣብዚ ጽሑፍ ጸብጻብ ኣይተረኽበን። ጸብጻባት ብ PSG- ይጅምሩ።
class-error-too-long = እዚ ጸብጻብ ካብ ዝኾነ ጸብጻብ ይነውሕ፦ ምናልባት ክፋል ካልእ ጽሑፍ ምስኡ ተቐዲሑ ይኸውን።
class-error-truncated = እዚ ጸብጻብ ተቖሪጹ ኣሎ። ነቲ ተማሃራይ እንደገና ክሰዶ ሕተትዎ፣ ወይ ምሉኡ ቅድሕዎ።
class-error-checksum = እዚ ጸብጻብ ናይ ምጽሓፍ ወይ ምቕዳሕ ጌጋ ኣለዎ (ጌጋ ወይ ቦታኡ ዝተቐያየረ ፊደል)። ነቲ ተማሃራይ እንደገና ክሰዶ ሕተትዎ።
class-error-newer = እዚ ጸብጻብ ብሓድሽ ስሪት Passage እዩ ተዳልዩ። ንምሕዳሱ ነዚ ገጽ እንደገና ጽዓንዎ።
class-error-malformed = እዚ Passage ከንብቦ ዝኽእል ጸብጻብ ኣይኮነን።
class-learners = { $count ->
    [one] { $count } ተማሃራይ
   *[other] { $count } ተማሃሮ
}
class-due = መረከቢ፦ { DATE($date) }
class-table-caption = ምዕባለ { $class }
class-col-name = ስም
class-col-lessons = ዝተወድኡ ትምህርትታት
class-col-accuracy = ቅንዕና
class-col-last = ናይ መወዳእታ ንጥፈት
class-col-made = ዕለት ጸብጻብ
class-lessons-value = { $done } ካብ { $of }
class-accuracy-value = { $percent }%
class-not-shared = ኣይተኻፈለን
class-no-receipts = ክሳብ ሕጂ ጸብጻብ የለን።
class-export-csv = ከም CSV ኣውርዱ
class-print = ሕተሙ
class-rename = ስም ክፍሊ
class-rename-save = ስም ቀይሩ
class-remove = ነዚ ክፍሊ ኣልግስዎ
class-remove-confirm = { $class } ምስ ኩሎም ጸብጻባቱ ካብዚ መሳርሒ ይላገስ ድዩ?
class-remove-yes = እወ፣ ኣልግስ
class-remove-no = ይጽናሕ
class-remove-learner = { $name } ኣልግሱ
class-csv-name = ስም
class-csv-pack = ጥቕላል
class-csv-lessons-done = ዝተወድኡ ትምህርትታት
class-csv-lessons-of = ኩሎም ትምህርትታት
class-csv-accuracy = ቅንዕና %
class-csv-last = ናይ መወዳእታ ንጥፈት
class-csv-made = ዕለት ጸብጻብ (UTC)

## Storing the class overview

classes-damaged = ዝተበላሸወ ቅዳሕ ናይ ሓፈሻዊ ትርኢት ክፍልታትኩም ተረኺቡ ንበይኑ ተቐሚጡ፤ እቲ ክንበብ ዝኽእል ዝሓደሰ ቅዳሕ ይርአ ኣሎ።
classes-newer = ሓፈሻዊ ትርኢት ክፍልታትኩም ብሓድሽ ስሪት Passage ተዓቂቡ። ይርአ ኣሎ፣ ግን እዚ ገጽ ክሳብ ዝሕደስ ለውጥታት ክዕቀቡ ኣይክእሉን (ነቲ ገጽ እንደገና ጽዓንዎ)።
classes-unavailable = እዚ መርበብ ንPassage ሓበሬታ ክዕቅብ ኣየፍቅደሉን (ብሕታዊ ኣሰሳ፣ ወይ መኽዘን ጠፊኡ)፦ ነቲ ገጽ ምስ ዓጸኹሞ ሓፈሻዊ ትርኢት ክፍልታት ክጠፍእ እዩ።
classes-not-saved = ሓፈሻዊ ትርኢት ክፍልታት ክዕቀብ ኣይከኣለን፦ መኽዘን ናይቲ መርበብ መሊኡ ወይ ተዓጽዩ እዩ። ቅዳሕ ክህልወኩም ከም CSV ኣውጽእዎ።
class-unnamed = ክፍሊ { $id }
class-date = { DATE($date) }
