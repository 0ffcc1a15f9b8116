# Passage interface messages (tr): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = Tekrar hoş geldiniz
home-due = { $count ->
    [0] Şu anda tekrar edilecek bir şey yok.
    [one] Tekrar edilecek { $count } kelime veya soru var.
   *[other] Tekrar edilecek { $count } kelime ve soru var.
}
home-review-now = Şimdi tekrar et
home-goal = Bugün: { $goal } alıştırmadan { $done } tanesi
home-streak = { $days ->
    [0] Seri başlatmak için bugünkü hedefe ulaşın.
    [one] Üst üste { $days } gün
   *[other] Üst üste { $days } gün
}
home-goal-label = Günlük hedef
home-goal-choice = { $count ->
    [one] Günde { $count } alıştırma
   *[other] Günde { $count } alıştırma
}
home-continue = Kaldığınız yerden devam edin
home-my-packs = Paketlerim
home-all-packs = Tüm paketler

## Pack screen

learn-lessons-title = Dersler
learn-lesson-done = Tamamlandı, en iyi puan %{ $score }
learn-listening-switch = Dinleme alıştırmaları
print-link = Çalışma kâğıdı yazdır
print-now = Yazdır
print-word = Kelime veya ifade
print-meaning = Anlamı
learn-loading = Ders yükleniyor…
learn-pack-unreachable = Bu paket indirilemedi. Bir kez internete bağlanın, sonra çevrim dışı da çalışır.
learn-pack-missing = Bu paket artık bu sitede yok.
learn-pack-damaged = Bu paket dosyası bozuk ya da Passage'ın bu sürümü için fazla yeni.
learn-lesson-problem = Bu ders açılamıyor
learn-lesson-missing = Bu pakette böyle bir ders yok. Paket değişmiş olabilir.

## A lesson

learn-progress = Alıştırma { $done } / { $total }
learn-again-note = Bir deneme daha:
learn-check = Kontrol et
learn-continue = Devam
learn-listen = Dinle
learn-your-answer = Cevabınız
learn-flashcard-instruction = Yeni bir kelime. Okuyun, dinleyin, sonra anlamını gösterin.
learn-reveal = Anlamını göster
learn-rate-question = Ne kadar iyi biliyordunuz?
learn-rate-again = Hiç
learn-rate-hard = Biraz
learn-rate-good = İyi
learn-rate-easy = Çok iyi
learn-choice-single = Doğru cevabı seçin.
learn-choice-multiple = Tüm doğru cevapları seçin, sonra Kontrol et'e basın.
learn-choice-listen = Dinleyin, sonra duyduğunuzu seçin.
learn-true-false-instruction = Bu doğru mu, yanlış mı?
learn-true = Doğru
learn-false = Yanlış
learn-type-translate = Bunu öğrendiğiniz dilde yazın.
learn-type-article = Bunu öğrendiğiniz dilde, artikeliyle birlikte yazın.
learn-type-listen = Dinleyin, sonra duyduğunuzu yazın.
learn-word-bank-instruction = Cümleyi kurun: kelimelere sırayla dokunun.
learn-word-bank-built = Cümleniz
learn-word-bank-tiles = Kullanılacak kelimeler
learn-match-instruction = Çiftleri eşleştirin: soldan bir öğe, sonra sağdan eşini seçin.
learn-match-pair = çift { $number }
learn-cloze-instruction = Boşlukları doldurun.
learn-blank = Boşluk { $number }
learn-order-instruction = Bunları doğru sıraya koyun.
learn-move-up = Yukarı taşı: { $item }
learn-move-down = Aşağı taşı: { $item }
learn-dialogue-your-turn = Sıra sizde. Bu kişi ne diyor?
learn-reply-right = İyi cevap.
learn-reply-wrong = En iyi cevap değil. Konuşma doğru cevapla devam ediyor.
learn-sources = Kaynaklar
learn-reviewed = Son kontrol: { DATE($date) }
learn-checked = Son kontrol: { DATE($date) }.

## Feedback after an answer

learn-right = Doğru!
learn-right-with-note = Doğru, küçük bir notla.
learn-wrong = Tam değil.
learn-right-answer = Doğru cevap:
learn-note-diacritics = Aksanlara ve özel harflere dikkat edin.
learn-note-typo = Yazımına dikkat edin: bir harf farklı.
learn-note-article = Kelime doğru ama artikel farklı.
learn-source = Kaynak:
learn-varies-office = Bu cevap, göreve yeni biri gelince değişir.
learn-varies-region = Bu cevap yaşadığınız yere bağlıdır.
learn-varies-yearly = Bu cevap her yıl değişir.

## End of a lesson or review

learn-summary-title = Aferin! Bitirdiniz.
learn-summary-score = Puanınız: %{ $score }
learn-summary-right = { $total ->
    [one] { $total } cevaptan { $right } tanesi ilk seferde doğruydu.
   *[other] { $total } cevaptan { $right } tanesi ilk seferde doğruydu.
}
learn-summary-back = Geri
learn-summary-home = Ana sayfa
learn-review-title = Tekrar
learn-review-nothing = Şu anda tekrar edilecek bir şey yok. Daha sonra gelin ya da yeni bir derse başlayın.
learn-review-some-missing = Bazı paketler yüklenemedi; kelimeleri dışarıda kaldı.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Gerçeğine benzeyen bir deneme sınavı: en fazla { $ask } soru var ve { $pass } doğru cevapla geçersiniz. Sonuç belli olunca sınav biter.
learn-exam-passed = Bu deneme sınavını geçtiniz.
learn-exam-not-passed = Bu sefer geçemediniz. Dersleri çalışıp yeniden deneyin.
learn-exam-tally = { $right } doğru, { $wrong } yanlış. { $ask } sorudan { $pass } tanesini doğru cevaplamanız gerekiyor.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Ödevleriniz
assign-broken-title = Bu ödev bağlantısı çalışmıyor
assign-error-empty = Bağlantı kesik: içinde ödev yok. Öğretmeninizden bağlantıyı yeniden göndermesini isteyin.
assign-error-too-long = Bu bağlantı bir ödev için fazla uzun. Öğretmeninizden bağlantıyı yeniden göndermesini isteyin.
assign-error-truncated = Bağlantının bir kısmı eksik. Bağlantının tamamını kopyalayın ya da öğretmeninizden yeniden göndermesini isteyin.
assign-error-damaged = Bağlantı değiştirilmiş ya da bozulmuş. Öğretmeninizden bağlantıyı yeniden göndermesini isteyin.
assign-error-newer = Bu ödev Passage’ın daha yeni bir sürümüyle hazırlanmış. Uygulamayı güncelleyin, sonra bağlantıyı yeniden açın.
assign-error-not-assignment = Bu bir ödev bağlantısı değil. Öğretmeninizden bağlantıyı yeniden göndermesini isteyin.
assign-nothing-changed = Hiçbir şey değişmedi.
assign-from-teacher = Öğretmeninizden bir ödev
assign-due = Son tarih: { DATE($date) }
assign-overdue = Gecikti: son tarih { DATE($date) } idi
assign-packs-title = Neler çalışılacak
assign-lessons = Dersler:
assign-pack-missing = Bu sitede bu paket yok.
assign-other-catalog = Bu ödevin paketleri başka bir web sitesinden geliyor. Passage henüz başka sitelerin paketlerini açamıyor, bu yüzden bu ödev burada kabul edilemez.
assign-accept = Ödevi kabul et
assign-accepted = Bu ödevi kabul ettiniz. Paketleri listenizde.
assign-start = Çalışmaya başla
assign-send-progress = İlerlemenizi öğretmeninize gönderin
receipt-title = İlerlemenizi gönderin
receipt-not-here = Bu ödev bu telefonda yok. Öğretmeninizin gönderdiği bağlantıyı açın ve önce ödevi kabul edin.
receipt-name-label = Adınız (öğretmeninizin bildiği şekilde)
receipt-name-empty = Makbuzunuzu oluşturmak için adınızı yazın.
receipt-name-too-long = Adınız çok uzun: en fazla { $max } karakter kullanın.
receipt-name-control = Adınızda gönderilemeyen bir karakter var. Adınızı yeniden yazın.
receipt-leave-out-accuracy = Kaç cevabın doğru olduğunu ekleme
receipt-leave-out-activity = En son ne zaman çalıştığımı ekleme
receipt-shares-title = Paylaşacaklarınız bunlar
receipt-field-name = Adınız: { $name }
receipt-field-assignment = Ödev: { $class }
receipt-field-made = Oluşturulma tarihi: { DATE($date) }
receipt-field-lessons = { $pack }: tamamlanan dersler: { $done } / { $of }
receipt-field-accuracy = { $pack }: cevapların % { $percent } kadarı doğru
receipt-field-activity = { $pack }: en son { DATE($date) } tarihinde çalışıldı
receipt-nothing-else = Telefonunuzdan başka hiçbir şey çıkmaz: ne cevaplarınız, ne diğer paketleriniz, ne de ayarlarınız.
receipt-code-label = Makbuzunuz: bu kodu öğretmeninize gönderin, örneğin bir sohbet mesajıyla.
receipt-qr = Makbuzunuzun QR kodu, öğretmeninizin taraması için
receipt-save = Dosya olarak kaydet

## Copy and share buttons (also on the teachers' page)

share-copy = Kopyala
share-copied = Kopyalandı.
share-copy-failed = Kopyalanamadı: metni seçip elle kopyalayın.
share-share = Paylaş…
