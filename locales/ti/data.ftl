# Passage interface messages (ti): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = ገለ ክፋል ናይቲ ዝተዓቀበ ምዕባለ ክንበብ ኣይከኣለን። ኣብዚ መሳርሒ ብውሑስ ተዓቂቡ ኣሎ።
storage-damaged-export = ኣውጽኦ
storage-not-saved-full = ምዕባለኹም ኣብዚ መሳርሒ ይዕቀብ የለን፦ መኽዘኑ መሊኡ እዩ። ምምሃር ክትቕጽሉ ትኽእሉ ኢኹም፤ ምዕባለኹም ንምዕቃብ ኣውጽእዎ።
storage-not-saved-blocked = ምዕባለኹም ኣብዚ መሳርሒ ይዕቀብ የለን፦ እዚ መርበብ ኣየፍቅድን (ብሕታዊ ኣሰሳ፣ ወይ መኽዘን ጠፊኡ)። ምምሃር ክትቕጽሉ ትኽእሉ ኢኹም፤ ምዕባለኹም ንምዕቃብ ኣውጽእዎ።
storage-newer = ኣብዚ መሳርሒ ካብ ሓድሽ ስሪት Passage ዝመጸ ምዕባለ ኣሎ። ከም ዘለዎ ይዕቀብ፣ መተግበሪ ክሳብ ተሐድሱ ድማ ሓድሽ ምዕባለ ኣይዕቀብን።
storage-go-to-data = ሓበሬታይ
storage-changed-elsewhere = ምዕባለኹም ካብ ካልእ መስኮት Passage ተሓዲሱ።
storage-dismiss = ሕራይ

## My data

my-data-link = ሓበሬታይ
teachers-link = ንመምህራን
my-data-title = ሓበሬታይ
my-data-items =
    { $count ->
        [one] { $count } ዝተመሃርኩሞ ኣቕሓ
       *[other] { $count } ዝተመሃርኩምዎም ኣቕሑ
    }
my-data-lessons =
    { $count ->
        [one] { $count } ዝወድእኩሞ ትምህርቲ
       *[other] { $count } ዝወድእኩምዎም ትምህርትታት
    }
my-data-storage-title = ቦታ ኣብዚ መሳርሒ
my-data-storage-used-of = Passage ካብ { $quota } ዘሎ ቦታ { $used } ይጥቀም።
my-data-storage-used = Passage { $used } ይጥቀም።
my-data-storage-unknown = እዚ መርበብ Passage ክንደይ ቦታ ከም ዝጥቀም ኣይነግርን።
my-data-persistent-yes = እዚ መርበብ ሓበሬታኹም ይዕቅብ፣ ኣብ ተሌፎን ቦታ ምስ ዝውሕድ እውን።
my-data-persistent-no = እዚ መርበብ ኣብ ተሌፎን ቦታ ምስ ዝውሕድ ሓበሬታኹም ክድምስስ ይኽእል።
my-data-persist = መርበብ ሓበሬታይ ክዕቅብ ሕተት
my-data-persist-refused = መርበብ ኣይተሰማምዐን። ቅዳሕ ክህልወኩም ግዜ ብግዜ ምዕባለኹም ኣውጽኡ።
my-data-export-title = ምዕባለኹም ናብ ካልእ ተሌፎን ኣሰጋግሩ
my-data-export-text = ምዕባለኹም ኣብ ፋይል ዕቀቡ። ኣብቲ ካልእ ተሌፎን Passage ክፈቱ እሞ ነቲ ፋይል ኣእትውዎ፦ ኣብ ክልቲኡ ተሌፎን ዝተመሃርኩምዎ ይዕቀብ።
my-data-export = ምዕባለ ኣውጽእ
my-data-import = ምዕባለ ካብ ፋይል ኣእቱ
my-data-imported = ምዕባለ ኣትዩ። ኣብ ክልቲኡ ተሌፎን ዝተመሃርኩምዎ ተዓቂቡ።
my-data-import-not-progress = እዚ ፋይል ምዕባለ Passage ኣይኮነን። ዝተቐየረ የለን።
my-data-import-damaged = እዚ ፋይል ተበላሺዩ ክንበብ ኣይከኣለን። ዝተቐየረ የለን።
my-data-import-newer = እዚ ፋይል ካብ ሓድሽ ስሪት Passage እዩ። መተግበሪ ኣሐድሱ፣ ድሕሪኡ ደጊምኩም ኣእትውዎ። ዝተቐየረ የለን።
my-data-import-unreadable = እዚ ፋይል ክኽፈት ኣይከኣለን። ዝተቐየረ የለን።
my-data-delete-title = ኩሉ ሓበሬታይ ደምስስ
my-data-delete-text = እዚ ካብዚ መሳርሒ ዝድምስሶ፦ ኣብ ኩሉ ጥቕላላት ዘሎ ምዕባለኹም፣ ክንበብ ዘይከኣለ ቅዳሓት ምዕባለ፣ ከምኡ እውን ምርጫታት ቋንቋኹም። ጥቕላላት ትምህርቲ ይተርፉ። ክምለስ ኣይከኣልን፦ ቅዳሕ ክህልወኩም ቅድም ምዕባለኹም ኣውጽኡ።
my-data-delete = ኩሉ ሓበሬታይ ደምስስ
my-data-delete-confirm-question = ኩሉ ይደምሰስ ድዩ? ክምለስ ኣይከኣልን።
my-data-delete-confirm = እወ፣ ኩሉ ደምስስ
my-data-delete-cancel = ሰርዝ
my-data-deleted = ኩሉ ሓበሬታኹም ካብዚ መሳርሒ ተደምሲሱ።
my-data-delete-failed = ሓበሬታኹም ክድምሰስ ኣይከኣለን፦ መርበብ ኣበየ። ደጊምኩም ፈትኑ።
