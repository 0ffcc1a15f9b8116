# Passage interface messages (tr): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = kaynak: { $origin }
packs-shared-origin = dosya olarak paylaşıldı
catalogs-title = Başka sitelerden paketler
catalogs-intro = Başka bir Passage sitesinin adresini ekleyin, örneğin bölgenizdeki bir kuruluşun. Paketleri bu sitenin paketleri gibi kontrol edilir.
catalogs-address = Sitenin adresi
catalogs-add = Ekle
catalogs-remove = Kaldır
catalogs-unreachable = { $origin } paketleri yüklenemedi. Diğer paketler çalışmaya devam ediyor.
catalogs-slow = { $origin } çok geç yanıt veriyor. Diğer paketler çalışmaya devam ediyor.
catalogs-missing = { $origin } bu adreste paket listesi içermiyor.
catalogs-damaged = { $origin } paket listesi bozuk ve atlandı.
catalogs-error-address = Bu bir web adresi değil. Şöyle yazın: https://example.org/passage/
catalogs-error-https = Adres https:// ile başlamalı.
catalogs-error-own = Bu, bu sitenin kendi adresi. Paketleri zaten listede.
catalogs-error-listed = Bu site zaten listede.
catalogs-error-too-many = En fazla { $limit } site ekleyebilirsiniz. Önce birini kaldırın.

## Packs shared as files

share-open-title = Paket dosyası aç
share-open-intro = Birinin telefonunda dosya olarak kaydettiği bir paket. Kontrol edilir, sonra internetsiz çalışır.
share-open-button = Paket dosyası seç
share-opened = Paket eklendi. İnternetsiz çalışır.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] Bir resim veya ses kaydı dosyada yoktu. Paket onsuz da çalışır.
       *[other] { $count } resim veya ses kaydı dosyada yoktu. Paket onlarsız da çalışır.
    }
share-open-link = Paketi aç
share-error-empty = Dosya boş. Hiçbir şey eklenmedi.
share-error-unreadable = Bu dosya bir Passage paketi değil ya da eksik veya değiştirilmiş. Hiçbir şey eklenmedi.
share-error-newer = Bu paket Passage'ın daha yeni bir sürümünü gerektiriyor. Hiçbir şey eklenmedi.
share-error-invalid = Bu paket paket kurallarına uymuyor. Değiştirilmiş olabilir. Hiçbir şey eklenmedi.
share-error-media = Bu dosyadaki bir resim veya ses kaydı bozuk ya da paketin parçası değil. Hiçbir şey eklenmedi.
share-error-large = Bu dosya bir paket için çok büyük. Hiçbir şey eklenmedi.
share-error-storage = Paket bu telefona kaydedilemedi. Yer açıp tekrar deneyin.
share-save = Dosya olarak kaydet
share-save-hint = Dosyayı interneti olmayan birine verin: paket listesinde açar.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] Bir resim veya ses kaydı dosyaya eklenemedi, çünkü bağlantı yoktu. Paket onsuz da çalışır.
       *[other] { $count } resim veya ses kaydı dosyaya eklenemedi, çünkü bağlantı yoktu. Paket onlarsız da çalışır.
    }
share-save-failed = Paket dosya olarak kaydedilemedi. Bağlantı varken tekrar deneyin.
