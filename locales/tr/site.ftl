# Passage interface messages (tr): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Nereden yardım alabilirsiniz
help-title = Nereden yardım alabilirsiniz
help-lead = Yeni gelenlere yardım eden yerel kuruluşlar. Bu listeyi { $site } hazırladı. Onlarla doğrudan iletişime geçin: Passage onlara hiçbir şey göndermez.
help-offline = Bu liste bu cihazda kayıtlı, yani internet olmadan da çalışır.
help-empty = Bu sitede henüz hiçbir yerel kuruluş listelenmiyor.
help-filter-category = Yardım türü
help-filter-language = Konuşulan dil
help-none-match = Uyan kuruluş yok. Başka bir yardım türü ya da başka bir dil deneyin.
help-count =
    { $count ->
        [one] Bir kuruluş
       *[other] { $count } kuruluş
    }
help-languages = Konuşulan diller: { $languages }
help-address = Adres
help-phone = Telefon
help-email = E-posta
help-hours = Çalışma saatleri
help-website = Web sitesi
help-map = Haritada göster
help-category-emergency = Acil durum
help-category-legal-advice = Hukuki danışmanlık
help-category-health = Sağlık
help-category-housing = Barınma
help-category-work = İş
help-category-language-courses = Dil kursları
help-category-family = Aile
help-category-other = Diğer yardımlar

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = Bu web sitesinin ayar dosyasında hatalar var. Passage hatalı yerlerde kendi ayarlarını kullanır. Geri kalan her şey her zamanki gibi çalışır.
site-settings-problem-details =
    { $count ->
        [one] Bir hata, site ekibi için
       *[other] { $count } hata, site ekibi için
    }
