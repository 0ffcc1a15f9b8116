# Passage interface messages (tr): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Kaydedilen ilerlemenin bir kısmı okunamadı. Bu cihazda güvenle saklanıyor.
storage-damaged-export = Dışa aktar
storage-not-saved-full = İlerlemeniz bu cihazda kaydedilmiyor: depolama alanı dolu. Çalışmaya devam edebilirsiniz; saklamak için ilerlemenizi dışa aktarın.
storage-not-saved-blocked = İlerlemeniz bu cihazda kaydedilmiyor: bu tarayıcı buna izin vermiyor (gizli gezinme veya depolama kapalı). Çalışmaya devam edebilirsiniz; saklamak için ilerlemenizi dışa aktarın.
storage-newer = Bu cihazda Passage'ın daha yeni bir sürümünden ilerleme var. Olduğu gibi saklanıyor; uygulamayı güncelleyene kadar yeni ilerleme kaydedilmez.
storage-go-to-data = Verilerim
storage-changed-elsewhere = İlerlemeniz başka bir Passage penceresinden güncellendi.
storage-dismiss = Tamam

## My data

my-data-link = Verilerim
teachers-link = Öğretmenler için
my-data-title = Verilerim
my-data-items =
    { $count ->
        [one] { $count } öğe çalışıldı
       *[other] { $count } öğe çalışıldı
    }
my-data-lessons =
    { $count ->
        [one] { $count } ders bitirildi
       *[other] { $count } ders bitirildi
    }
my-data-storage-title = Bu cihazdaki alan
my-data-storage-used-of = Passage, kullanılabilir { $quota } alanın { $used } kadarını kullanıyor.
my-data-storage-used = Passage { $used } alan kullanıyor.
my-data-storage-unknown = Bu tarayıcı Passage'ın ne kadar alan kullandığını söylemiyor.
my-data-persistent-yes = Bu tarayıcı, telefonda yer azaldığında bile verilerinizi saklar.
my-data-persistent-no = Bu tarayıcı, telefonda yer azaldığında verilerinizi silebilir.
my-data-persist = Tarayıcıdan verilerimi saklamasını iste
my-data-persist-refused = Tarayıcı kabul etmedi. Bir kopyanız olsun diye ilerlemenizi ara sıra dışa aktarın.
my-data-export-title = İlerlemenizi başka bir telefona taşıyın
my-data-export-text = İlerlemenizi bir dosyaya kaydedin. Diğer telefonda Passage'ı açın ve dosyayı içe aktarın: iki telefonda öğrendikleriniz korunur.
my-data-export = İlerlemeyi dışa aktar
my-data-import = İlerlemeyi bir dosyadan içe aktar
my-data-imported = İlerleme içe aktarıldı. İki telefonda öğrendikleriniz korundu.
my-data-import-not-progress = Bu dosya Passage ilerlemesi değil. Hiçbir şey değişmedi.
my-data-import-damaged = Bu dosya bozuk ve okunamadı. Hiçbir şey değişmedi.
my-data-import-newer = Bu dosya Passage'ın daha yeni bir sürümünden. Uygulamayı güncelleyin, sonra yeniden içe aktarın. Hiçbir şey değişmedi.
my-data-import-unreadable = Bu dosya açılamadı. Hiçbir şey değişmedi.
my-data-delete-title = Tüm verilerimi sil
my-data-delete-text = Bu işlem bu cihazdan şunları siler: tüm paketlerdeki ilerlemeniz, okunamayan ilerleme kopyaları ve dil seçimleriniz. Ders paketleri kalır. Geri alınamaz: bir kopyanız olsun diye önce ilerlemenizi dışa aktarın.
my-data-delete = Tüm verilerimi sil
my-data-delete-confirm-question = Her şey silinsin mi? Bu geri alınamaz.
my-data-delete-confirm = Evet, her şeyi sil
my-data-delete-cancel = Vazgeç
my-data-deleted = Tüm verileriniz bu cihazdan silindi.
my-data-delete-failed = Verileriniz silinemedi: tarayıcı reddetti. Yeniden deneyin.
