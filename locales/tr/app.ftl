# Passage interface messages, Turkish. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = Dil
language-loading = Dil yükleniyor…
language-unavailable = Bu dil yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
translation-draft = Bu çeviri bir taslaktır ve hatalar içerebilir.
translation-draft-link = Düzeltme önerin
footer-privacy = Hesap yok, takip yok: ilerlemeniz bu cihazda kalır.
update-available = Güncelleme var
update-reload = Yeniden yükle
list-separator = {", "}

## Home

home-lead = Yeni ülkenizin dilini ve oradaki hayatın nasıl işlediğini öğrenin: haklar, sağlık hizmetleri, iş, para, okul ve nereden yardım alabileceğiniz.
home-start = Öğrenmeye başla
home-offline-title = İnternetsiz çalışır
home-offline-text = Bir ders paketi telefonunuza indikten sonra internet olmadan çalışabilirsiniz.
home-private-title = Gizli
home-private-text = Hesap yok, takip yok. İlerlemeniz bu cihazda kalır.
home-free-title = Ücretsiz
home-free-text = Yeni gelenler, öğretmenler ve onlara yardım eden kuruluşlar için yapıldı.

## Lesson packs

packs-title = Ders paketleri
packs-loading = Paketler yükleniyor…
packs-none = Bu sitede henüz ders paketi yok.
packs-unreachable = Paket listesi yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
packs-missing = Bu sitenin paket listesi eksik. Site sahibine bildirin.
packs-damaged = Bu sitenin paket listesi bozuk. Site sahibine bildirin.
packs-count =
    { $count ->
        [0] Bu seçimlere uyan paket yok.
        [one] Bir ders paketi
       *[other] { $count } ders paketi
    }
pack-learns = Öğrenilen dil: { $language }
learner-language-label = Ders paketlerindeki çeviriler
learner-language-auto = Arayüz diliyle aynı
pack-no-translation = Bu pakette şu dilde çeviri yok: { $wanted }. Kullanılan dil: { $used }.
packs-filter-title = Paket bul
packs-filter-learning = Öğrenilecek dil
packs-filter-mine = Benim dilim
packs-filter-kind = Tür
packs-filter-level = Seviye
packs-filter-country = Ülke
packs-filter-any = Tümü
packs-filter-clear = Tüm paketleri göster
packs-kind-language = Dil
packs-kind-civic = Yaşam ve haklar
packs-kind-mixed = Dil ve yaşam
offline-save = İnternetsiz kullanmak için indir
offline-working = Lütfen bekleyin…
offline-saved = Bu telefonda internetsiz kullanılabilir.
offline-remove = Bu telefondan kaldır
offline-removed = Bu telefondan kaldırıldı. Bu paketteki ilerlemeniz korunuyor.
offline-unsupported = Bu tarayıcı burada paketleri internetsiz kullanım için saklayamıyor.
offline-storage-full = Bu paketi saklamak için yer kalmadı. Telefonda biraz yer açıp yeniden deneyin.
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = Yükleniyor…
pack-target = Öğrendiğiniz dil
pack-translations = Çeviriler
pack-version = Sürüm
pack-size = İndirme boyutu
pack-not-found-title = Paket bulunamadı
pack-not-found-text = Bu sitede bu adda bir paket yok:
pack-all = Tüm paketler

## An address that names no screen

not-found-title = Sayfa bulunamadı
not-found-text = Bu adreste bir sayfa yok:
not-found-home = Başa dön
