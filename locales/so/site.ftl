# Passage interface messages (so): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Meesha aad caawimaad ka heli karto
help-title = Meesha aad caawimaad ka heli karto
help-lead = Hay'adaha deegaanka ee caawiya dadka cusub ee yimid. Liiska waxaa diyaariyay { $site }. Si toos ah ula xiriir: Passage waxba uma diro.
help-offline = Liiskan waxaa lagu keydiyay qalabkan, sidaa darteed xitaa internet la'aan wuu shaqeeyaa.
help-empty = Goobtani weli ma muujiso wax hay'ado deegaan ah.
help-filter-category = Nooca caawimaadda
help-filter-language = Luqadda lagu hadlo
help-none-match = Ma jirto hay'ad ku habboon. Isku day nooc kale oo caawimaad ah ama luqad kale.
help-count =
    { $count ->
        [one] Hal hay'ad
       *[other] { $count } hay'adood
    }
help-languages = Luqadaha lagu hadlo: { $languages }
help-address = Ciwaanka
help-phone = Taleefanka
help-email = Iimeyl
help-hours = Saacadaha furitaanka
help-website = Websaydh
help-map = Ku tus khariidadda
help-category-emergency = Degdeg
help-category-legal-advice = Talo sharci
help-category-health = Caafimaad
help-category-housing = Guri
help-category-work = Shaqo
help-category-language-courses = Koorsooyin luqadeed
help-category-family = Qoys
help-category-other = Caawimaad kale

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = Faylka dejimaha websaydhkan wuxuu leeyahay khaladaad, sidaa darteed meelaha khaldan Passage wuxuu isticmaalaa dejimihiisa. Wax kasta oo kale si caadi ah ayay u shaqeeyaan.
site-settings-problem-details =
    { $count ->
        [one] Hal khalad, oo loogu talagalay shaqaalaha websaydhka
       *[other] { $count } khalad, oo loogu talagalay shaqaalaha websaydhka
    }
