## Öğretmen sayfası (teach.html): ödev hazırlama ve sınıflara genel bakış.

teach-page-name = Öğretmenler için
teach-nav-label = Öğretmen ekranları
teach-nav-assign = Ödev hazırla
teach-nav-class = Sınıflara genel bakış
teach-nav-learner = Öğrenci uygulamasını aç
teach-privacy = Siz paylaşmadıkça hiçbir şey bu cihazdan çıkmaz. Hesap ve sunucu yoktur: ödevler bağlantı olarak, ilerleme ise öğrencilerin size göndermeyi seçtiği raporlar olarak iletilir.

## Making an assignment

make-title = Ödev hazırla
make-intro = Ders paketlerini seçin, sınıfa bir ad verin ve bir teslim tarihi ya da kısa bir mesaj ekleyin. Sınıfınız için bir bağlantı ve bir QR kod alırsınız.
make-packs = Ders paketleri
make-packs-loading = Ders paketleri yükleniyor…
make-packs-failed = Ders paketleri yüklenemedi. Bağlantıyı kontrol edip sayfayı yeniden yükleyin.
make-some-lessons = Yalnızca bazı dersler
make-lessons-hint = Paketin tamamını vermek için hiçbirini işaretlemeyin.
make-lessons-loading = Dersler yükleniyor…
make-lessons-failed = Bu paketin dersleri yüklenemedi.
make-class-name = Sınıfın adı
make-class-name-hint = Öğrenciler bu adı görür; sınıf genel bakışınızda da bu adla yer alır.
make-due = Teslim tarihi (isteğe bağlı)
make-message = Sınıfa mesaj (isteğe bağlı)
make-make = Bağlantıyı oluştur
make-problems = Lütfen kontrol edin:
make-ready = Sınıfınızla paylaşın
make-ready-note = Öğrenciler bağlantıyı telefonlarında açar (ya da kodu tarar). Bu sınıf artık sınıflara genel bakışınızda ve öğrencilerin raporlarını bekliyor.
make-link-label = Sınıf için bağlantı
make-qr-caption = Ödevi açmak için telefonun kamerasıyla tarayın.
make-print = Yazdır
make-new = Başka bir ödev hazırla

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Sınıfa bir ad verin.
make-issue-class-long = Sınıfın adı çok uzun (en fazla { $max } karakter).
make-issue-message-long = Mesaj çok uzun (en fazla { $max } karakter).
make-issue-too-long = Metin çok uzun (en fazla { $max } karakter).
make-issue-control = Sınıfın adında satır sonu veya özel kontrol karakterleri olamaz.
make-issue-no-packs = En az bir ders paketi seçin.
make-issue-too-many-packs = En fazla { $max } ders paketi seçin.
make-issue-too-many-lessons = Bir paketten en fazla { $max } ders seçin ya da paketin tamamını vermek için hiç seçmeyin.
make-issue-bad-id = Bu sitenin kataloğunda, bağlantının taşıyamadığı bir paket veya ders adı var. Site sahibine bildirin.
make-issue-code-long = Hepsi birlikte tek bir bağlantı için fazla: daha az paket veya ders seçin ya da mesajı kısaltın.

## Class overview

class-title = Sınıflara genel bakış
class-intro = Öğrenciler size ilerleme raporlarını gönderir: raporları buraya yapıştırın (birkaçı birden olabilir) ya da dosyaları içe aktarın. Yalnızca öğrencilerin paylaşmayı seçtiği bilgiler gösterilir ve bunlar bu cihazda kalır.
class-paste = Raporları yapıştırın
class-paste-hint = Raporlar PSG- ile başlar. Çevresindeki diğer metinler dikkate alınmaz.
class-add = Raporları ekle
class-import-files = Rapor dosyalarını içe aktar
class-none = Henüz sınıf yok. Bir ödev hazırlayın ya da bir rapor ekleyin: raporun sınıfı burada görünür.
class-result-added = { $name }: rapor { $class } sınıfına eklendi.
class-result-updated = { $name }: rapor { $class } sınıfında güncellendi.
class-result-older = { $name }: { $class } sınıfında daha yeni bir rapor zaten var; o rapor korundu.
class-result-same = { $name }: bu rapor { $class } sınıfında zaten var.
class-result-new-class = { $name }: rapor, başka bir cihazda hazırlanan bir ödev için yeni bir sınıfa eklendi. Aşağıdan sınıfın adını değiştirin.
class-result-does-not-fit = { $name }: bu rapor { $class } sınıfına uymuyor (paket sayısı farklı); hiçbir şey değişmedi.
class-error-not-found = Bu metinde rapor bulunamadı. Raporlar PSG- ile başlar.
class-error-too-long = Bu rapor, olabilecek her rapordan daha uzun: muhtemelen başka bir metnin bir kısmı da onunla birlikte kopyalandı.
class-error-truncated = Bu rapor yarım kalmış. Öğrenciden raporu yeniden göndermesini isteyin ya da raporun tamamını kopyalayın.
class-error-checksum = Bu raporda bir yazım veya kopyalama hatası var (yanlış ya da yer değiştirmiş bir karakter). Öğrenciden raporu yeniden göndermesini isteyin.
class-error-newer = Bu rapor Passage'ın daha yeni bir sürümüyle hazırlanmış. Güncellemek için bu sayfayı yeniden yükleyin.
class-error-malformed = Bu, Passage'ın okuyabileceği bir rapor değil.
class-learners = { $count ->
    [one] { $count } öğrenci
   *[other] { $count } öğrenci
}
class-due = Teslim: { DATE($date) }
class-table-caption = { $class } sınıfının ilerlemesi
class-col-name = Ad
class-col-lessons = Bitirilen dersler
class-col-accuracy = Doğruluk
class-col-last = Son etkinlik
class-col-made = Rapor tarihi
class-lessons-value = { $done } / { $of }
class-accuracy-value = %{ $percent }
class-not-shared = paylaşılmadı
class-no-receipts = Henüz rapor yok.
class-export-csv = CSV olarak indir
class-print = Yazdır
class-rename = Sınıfın adı
class-rename-save = Adını değiştir
class-remove = Bu sınıfı kaldır
class-remove-confirm = { $class } sınıfı ve tüm raporları bu cihazdan kaldırılsın mı?
class-remove-yes = Evet, kaldır
class-remove-no = Kalsın
class-remove-learner = Kaldır: { $name }
class-csv-name = Ad
class-csv-pack = Paket
class-csv-lessons-done = bitirilen ders
class-csv-lessons-of = toplam ders
class-csv-accuracy = doğruluk %
class-csv-last = son etkinlik
class-csv-made = Rapor tarihi (UTC)

## Storing the class overview

classes-damaged = Sınıflara genel bakışınızın bozuk bir kopyası bulundu ve bir kenara ayrıldı; okunabilen en yeni kopya gösteriliyor.
classes-newer = Sınıflara genel bakışınız Passage'ın daha yeni bir sürümüyle kaydedilmiş. Gösteriliyor, ancak bu sayfa güncellenene kadar değişiklikler kaydedilemez (sayfayı yeniden yükleyin).
classes-unavailable = Bu tarayıcı Passage'ın veri saklamasına izin vermiyor (gizli gezinme veya depolama kapalı): sayfayı kapattığınızda sınıflara genel bakış kaybolur.
classes-not-saved = Sınıflara genel bakış kaydedilemedi: tarayıcının depolama alanı dolu veya engellenmiş. Bir kopyasını saklamak için CSV olarak dışa aktarın.
class-unnamed = Sınıf { $id }
class-date = { DATE($date) }
