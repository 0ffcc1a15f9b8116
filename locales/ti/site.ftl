# Passage interface messages (ti): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = ሓገዝ ካበይ ትረኽቡ
help-title = ሓገዝ ካበይ ትረኽቡ
help-lead = ንሓደሽቲ መጻእቲ ዝሕግዙ ከባቢያዊ ትካላት። እዚ ዝርዝር ካብ { $site } እዩ። ብቐጥታ ተራኸብዎም፦ Passage ናብኦም ዋላ ሓንቲ ኣይሰድድን።
help-offline = እዚ ዝርዝር ኣብዚ መሳርሒ ተዓቂቡ ስለ ዘሎ፣ ብዘይ ኢንተርነት’ውን ይሰርሕ።
help-empty = እዚ መርበብ ሓበሬታ ክሳብ ሕጂ ዝርዝር ከባቢያዊ ትካላት የብሉን።
help-filter-category = ዓይነት ሓገዝ
help-filter-language = ዝዝረበሉ ቋንቋ
help-none-match = ዝሰማማዕ ትካል የለን። ካልእ ዓይነት ሓገዝ ወይ ካልእ ቋንቋ ፈትኑ።
help-count =
    { $count ->
        [one] { $count } ትካል
       *[other] { $count } ትካላት
    }
help-languages = ዝዝረቡ ቋንቋታት፦ { $languages }
help-address = ኣድራሻ
help-phone = ተሌፎን
help-email = ኢመይል
help-hours = ሰዓታት ስራሕ
help-website = መርበብ ሓበሬታ
help-map = ኣብ ካርታ ርኣዩ
help-category-emergency = ህጹጽ ሓገዝ
help-category-legal-advice = ሕጋዊ ምኽሪ
help-category-health = ጥዕና
help-category-housing = መንበሪ ገዛ
help-category-work = ስራሕ
help-category-language-courses = ትምህርቲ ቋንቋ
help-category-family = ስድራቤት
help-category-other = ካልእ ሓገዝ

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = ፋይል ቅጥዕታት ናይዚ መርበብ ሓበሬታ ጌጋታት ኣለዎ፣ ስለዚ Passage ኣብቲ ጌጋ ዘለዎ ቦታ ናይ ገዛእ ርእሱ ቅጥዕታት ይጥቀም። ካልእ ኩሉ ከም ወትሩ ይሰርሕ።
site-settings-problem-details =
    { $count ->
        [one] { $count } ጌጋ፣ ንሰራሕተኛታት መርበብ ሓበሬታ
       *[other] { $count } ጌጋታት፣ ንሰራሕተኛታት መርበብ ሓበሬታ
    }
