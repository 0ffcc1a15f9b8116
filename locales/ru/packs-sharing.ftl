# Passage interface messages (ru): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = с { $origin }
packs-shared-origin = получен файлом
catalogs-title = Пакеты с других сайтов
catalogs-intro = Добавьте адрес другого сайта Passage, например организации в вашем регионе. Его пакеты проверяются так же, как пакеты этого сайта.
catalogs-address = Адрес сайта
catalogs-add = Добавить
catalogs-remove = Удалить
catalogs-unreachable = Не удалось загрузить пакеты с { $origin }. Остальные пакеты работают.
catalogs-slow = { $origin } отвечает слишком долго. Остальные пакеты работают.
catalogs-missing = На { $origin } нет списка пакетов по этому адресу.
catalogs-damaged = Список пакетов с { $origin } повреждён и пропущен.
catalogs-error-address = Это не веб-адрес. Напишите его так: https://example.org/passage/
catalogs-error-https = Адрес должен начинаться с https://
catalogs-error-own = Это адрес этого сайта. Его пакеты уже в списке.
catalogs-error-listed = Этот сайт уже в списке.
catalogs-error-too-many = Можно добавить не больше { $limit } сайтов. Сначала удалите один.

## Packs shared as files

share-open-title = Открыть файл пакета
share-open-intro = Пакет, который кто-то сохранил файлом на своём телефоне. Он проверяется и потом работает без интернета.
share-open-button = Выбрать файл пакета
share-opened = Пакет добавлен. Он работает без интернета.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] В файле не было { $count } картинки или записи. Пакет работает без неё.
        [few] В файле не было { $count } картинок или записей. Пакет работает без них.
        [many] В файле не было { $count } картинок или записей. Пакет работает без них.
       *[other] В файле не было { $count } картинки или записи. Пакет работает без них.
    }
share-open-link = Открыть пакет
share-error-empty = Файл пуст. Ничего не добавлено.
share-error-unreadable = Этот файл — не пакет Passage, или он обрезан или изменён. Ничего не добавлено.
share-error-newer = Для этого пакета нужна более новая версия Passage. Ничего не добавлено.
share-error-invalid = Этот пакет нарушает правила для пакетов. Возможно, его изменили. Ничего не добавлено.
share-error-media = Картинка или запись в этом файле повреждена или не из этого пакета. Ничего не добавлено.
share-error-large = Этот файл слишком большой для пакета. Ничего не добавлено.
share-error-storage = Не удалось сохранить пакет на этом телефоне. Освободите место и попробуйте снова.
share-save = Сохранить файлом
share-save-hint = Передайте файл тому, у кого нет интернета: он откроет его в списке пакетов.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] { $count } картинку или запись не удалось добавить в файл, потому что не было связи. Пакет работает без неё.
        [few] { $count } картинки или записи не удалось добавить в файл, потому что не было связи. Пакет работает без них.
        [many] { $count } картинок или записей не удалось добавить в файл, потому что не было связи. Пакет работает без них.
       *[other] { $count } картинки или записи не удалось добавить в файл, потому что не было связи. Пакет работает без них.
    }
share-save-failed = Не удалось сохранить пакет файлом. Попробуйте снова, когда будет связь.
