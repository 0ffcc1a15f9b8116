# Passage interface messages, Ukrainian. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = Мова
language-loading = Завантаження мови…
language-unavailable = Не вдалося завантажити цю мову. Перевірте з’єднання й спробуйте ще раз.
translation-draft = Це чернетка перекладу, у ній можуть бути помилки.
translation-draft-link = Запропонувати виправлення
footer-privacy = Без облікового запису й без стеження: ваш поступ зберігається на цьому пристрої.
update-available = Доступне оновлення
update-reload = Перезавантажити
list-separator = {", "}

## Home

home-lead = Вивчайте мову вашої нової країни і те, як там влаштоване життя: права, медицина, робота, гроші, навчання та де знайти допомогу.
home-start = Почати навчання
home-offline-title = Працює без інтернету
home-offline-text = Коли пакет уроків уже є на вашому телефоні, можна навчатися без інтернету.
home-private-title = Приватно
home-private-text = Без облікового запису й без стеження. Ваш поступ зберігається на цьому пристрої.
home-free-title = Безкоштовно
home-free-text = Створено для новоприбулих, викладачів та організацій, які їм допомагають.

## Lesson packs

packs-title = Пакети уроків
packs-loading = Завантаження пакетів…
packs-none = На цьому сайті ще немає пакетів уроків.
packs-unreachable = Не вдалося завантажити список пакетів. Перевірте з’єднання й спробуйте ще раз.
packs-missing = На цьому сайті немає списку пакетів. Повідомте власника сайту.
packs-damaged = Список пакетів на цьому сайті пошкоджено. Повідомте власника сайту.
packs-count =
    { $count ->
        [0] Жоден пакет не відповідає цьому вибору.
        [one] { $count } пакет уроків
        [few] { $count } пакети уроків
        [many] { $count } пакетів уроків
       *[other] { $count } пакета уроків
    }
pack-learns = Мова навчання: { $language }
learner-language-label = Переклади в пакетах уроків
learner-language-auto = Як мова інтерфейсу
pack-no-translation = У цьому пакеті немає перекладів цією мовою: { $wanted }. Використовується: { $used }.
packs-filter-title = Знайти пакет
packs-filter-learning = Мова, яку ви вивчаєте
packs-filter-mine = Моя мова
packs-filter-kind = Тип
packs-filter-level = Рівень
packs-filter-country = Країна
packs-filter-any = Усі
packs-filter-clear = Показати всі пакети
packs-kind-language = Мова
packs-kind-civic = Життя і права
packs-kind-mixed = Мова і життя
offline-save = Завантажити для роботи без інтернету
offline-working = Зачекайте, будь ласка…
offline-saved = Доступно без інтернету на цьому телефоні.
offline-remove = Видалити з цього телефону
offline-removed = Видалено з цього телефону. Ваш поступ у цьому пакеті збережено.
offline-unsupported = Цей браузер не може зберігати тут пакети для роботи без інтернету.
offline-storage-full = Бракує місця, щоб зберегти цей пакет. Звільніть місце на телефоні й спробуйте ще раз.
size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

## One pack

pack-loading = Завантаження…
pack-target = Мова, яку ви вивчаєте
pack-translations = Переклади
pack-version = Версія
pack-size = Розмір для завантаження
pack-not-found-title = Пакет не знайдено
pack-not-found-text = На цьому сайті немає пакета з такою назвою:
pack-all = Усі пакети

## An address that names no screen

not-found-title = Сторінку не знайдено
not-found-text = За цією адресою немає сторінки:
not-found-home = На початок
