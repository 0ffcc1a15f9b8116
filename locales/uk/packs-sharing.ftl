# Passage interface messages (uk): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = з { $origin }
packs-shared-origin = отримано файлом
catalogs-title = Пакети з інших сайтів
catalogs-intro = Додайте адресу іншого сайту Passage, наприклад організації у вашому регіоні. Його пакети перевіряються так само, як пакети цього сайту.
catalogs-address = Адреса сайту
catalogs-add = Додати
catalogs-remove = Вилучити
catalogs-unreachable = Не вдалося завантажити пакети з { $origin }. Інші пакети працюють.
catalogs-slow = { $origin } відповідає надто довго. Інші пакети працюють.
catalogs-missing = На { $origin } немає списку пакетів за цією адресою.
catalogs-damaged = Список пакетів з { $origin } пошкоджений і пропущений.
catalogs-error-address = Це не вебадреса. Напишіть її так: https://example.org/passage/
catalogs-error-https = Адреса має починатися з https://
catalogs-error-own = Це адреса цього сайту. Його пакети вже у списку.
catalogs-error-listed = Цей сайт уже у списку.
catalogs-error-too-many = Можна додати щонайбільше { $limit } сайтів. Спершу вилучіть один.

## Packs shared as files

share-open-title = Відкрити файл пакета
share-open-intro = Пакет, який хтось зберіг файлом на своєму телефоні. Його перевіряють, і потім він працює без інтернету.
share-open-button = Вибрати файл пакета
share-opened = Пакет додано. Він працює без інтернету.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] У файлі не було { $count } малюнка або запису. Пакет працює без нього.
        [few] У файлі не було { $count } малюнків або записів. Пакет працює без них.
        [many] У файлі не було { $count } малюнків або записів. Пакет працює без них.
       *[other] У файлі не було { $count } малюнка або запису. Пакет працює без них.
    }
share-open-link = Відкрити пакет
share-error-empty = Файл порожній. Нічого не додано.
share-error-unreadable = Цей файл не є пакетом Passage, або він обрізаний чи змінений. Нічого не додано.
share-error-newer = Для цього пакета потрібна новіша версія Passage. Нічого не додано.
share-error-invalid = Цей пакет порушує правила для пакетів. Можливо, його змінили. Нічого не додано.
share-error-media = Малюнок або запис у цьому файлі пошкоджений або не з цього пакета. Нічого не додано.
share-error-large = Цей файл завеликий для пакета. Нічого не додано.
share-error-storage = Не вдалося зберегти пакет на цьому телефоні. Звільніть місце і спробуйте ще раз.
share-save = Зберегти файлом
share-save-hint = Передайте файл тому, хто без інтернету: він відкриє його у списку пакетів.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] { $count } малюнок або запис не вдалося додати до файлу, бо не було зв'язку. Пакет працює без нього.
        [few] { $count } малюнки або записи не вдалося додати до файлу, бо не було зв'язку. Пакет працює без них.
        [many] { $count } малюнків або записів не вдалося додати до файлу, бо не було зв'язку. Пакет працює без них.
       *[other] { $count } малюнка або запису не вдалося додати до файлу, бо не було зв'язку. Пакет працює без них.
    }
share-save-failed = Не вдалося зберегти пакет файлом. Спробуйте ще раз, коли буде зв'язок.
