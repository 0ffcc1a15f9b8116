# Passage interface messages (ti): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = ካብ { $origin }
packs-shared-origin = ብፋይል ዝተኻፈለ
catalogs-title = ካብ ካልኦት ሳይታት ዝመጹ ጥቕልታት
catalogs-intro = ናይ ካልእ ሳይት Passage ኣድራሻ ወስኹ፡ ንኣብነት ናይ ሓደ ትካል ኣብ ከባቢኹም። ጥቕልታቱ ከም ናይዚ ሳይት ይምርመሩ።
catalogs-address = ኣድራሻ ሳይት
catalogs-add = ወስኽ
catalogs-remove = ኣወግድ
catalogs-unreachable = ጥቕልታት ካብ { $origin } ክጽዓኑ ኣይከኣሉን። ካልኦት ጥቕልታት ገና ይሰርሑ ኣለዉ።
catalogs-slow = { $origin } ንምምላስ ኣዝዩ ይደንጊ ኣሎ። ካልኦት ጥቕልታት ገና ይሰርሑ ኣለዉ።
catalogs-missing = ኣብ { $origin } ብዚ ኣድራሻ ዝርዝር ጥቕልታት የለን።
catalogs-damaged = ዝርዝር ጥቕልታት ካብ { $origin } ተበላሺዩ ስለዝኾነ ተሓሊፉ።
catalogs-error-address = እዚ ኣድራሻ መርበብ ኣይኮነን። ከምዚ ጽሓፍዎ፦ https://example.org/passage/
catalogs-error-https = እቲ ኣድራሻ ብ https:// ክጅምር ኣለዎ።
catalogs-error-own = እዚ ናይዚ ሳይት ባዕሉ ኣድራሻ እዩ። ጥቕልታቱ ድሮ ኣብቲ ዝርዝር ኣለዉ።
catalogs-error-listed = እዚ ሳይት ድሮ ኣብቲ ዝርዝር ኣሎ።
catalogs-error-too-many = ቢዝበዝሐ { $limit } ሳይታት ክትውስኹ ትኽእሉ። ቅድም ሓደ ኣወግዱ።

## Packs shared as files

share-open-title = ፋይል ጥቕሊ ክፈት
share-open-intro = ሓደ ሰብ ኣብ ተሌፎኑ ብፋይል ዝዓቀቦ ጥቕሊ። ይምርመር፡ ድሕሪኡ ብዘይ ኢንተርነት ይሰርሕ።
share-open-button = ፋይል ጥቕሊ ምረጹ
share-opened = እቲ ጥቕሊ ተወሲኹ። ብዘይ ኢንተርነት ይሰርሕ።
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] { $count } ስእሊ ወይ ቅዳሕ ድምጺ ኣብቲ ፋይል ኣይነበረን። እቲ ጥቕሊ ግን ይሰርሕ።
       *[other] { $count } ስእልታት ወይ ቅዳሓት ድምጺ ኣብቲ ፋይል ኣይነበሩን። እቲ ጥቕሊ ግን ይሰርሕ።
    }
share-open-link = ነቲ ጥቕሊ ክፈት
share-error-empty = እቲ ፋይል ባዶ እዩ። ዋላ ሓንቲ ኣይተወሰኸን።
share-error-unreadable = እዚ ፋይል ጥቕሊ Passage ኣይኮነን፡ ወይ ዝተቖርጸ ወይ ዝተቐየረ እዩ። ዋላ ሓንቲ ኣይተወሰኸን።
share-error-newer = እዚ ጥቕሊ ሓድሽ ስሪት Passage የድልዮ። ዋላ ሓንቲ ኣይተወሰኸን።
share-error-invalid = እዚ ጥቕሊ ሕግታት ጥቕልታት ይጥሕስ። ምናልባት ተቐይሩ ክኸውን ይኽእል። ዋላ ሓንቲ ኣይተወሰኸን።
share-error-media = ኣብዚ ፋይል ዘሎ ስእሊ ወይ ቅዳሕ ድምጺ ተበላሺዩ እዩ፡ ወይ ናይዚ ጥቕሊ ኣይኮነን። ዋላ ሓንቲ ኣይተወሰኸን።
share-error-large = እዚ ፋይል ንጥቕሊ ኣዝዩ ዓቢ እዩ። ዋላ ሓንቲ ኣይተወሰኸን።
share-error-storage = እቲ ጥቕሊ ኣብዚ ተሌፎን ክዕቀብ ኣይከኣለን። ቦታ ኣጽርዩ እሞ እንደገና ፈትኑ።
share-save = ብፋይል ዓቅብ
share-save-hint = ነቲ ፋይል ኢንተርነት ዘይብሉ ሰብ ሃብዎ፦ ኣብ ዝርዝር ጥቕልታት ይኸፍቶ።
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] { $count } ስእሊ ወይ ቅዳሕ ድምጺ ናብቲ ፋይል ክውሰኽ ኣይከኣለን፡ ምኽንያቱ ርክብ ኣይነበረን። እቲ ጥቕሊ ግን ይሰርሕ።
       *[other] { $count } ስእልታት ወይ ቅዳሓት ድምጺ ናብቲ ፋይል ክውሰኹ ኣይከኣሉን፡ ምኽንያቱ ርክብ ኣይነበረን። እቲ ጥቕሊ ግን ይሰርሕ።
    }
share-save-failed = እቲ ጥቕሊ ብፋይል ክዕቀብ ኣይከኣለን። ምስ ርክብ እንደገና ፈትኑ።
