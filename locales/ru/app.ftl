# Passage interface messages, Russian. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = Язык
language-loading = Загрузка языка…
language-unavailable = Не удалось загрузить этот язык. Проверьте подключение и попробуйте ещё раз.
translation-draft = Это черновой перевод, в нём могут быть ошибки.
translation-draft-link = Предложить исправление
footer-privacy = Без учётной записи и без слежки: ваш прогресс хранится на этом устройстве.
update-available = Доступно обновление
update-reload = Перезагрузить
list-separator = {", "}

## Home

home-lead = Изучайте язык вашей новой страны и то, как там устроена жизнь: права, медицина, работа, деньги, учёба и где найти помощь.
home-start = Начать обучение
home-offline-title = Работает без интернета
home-offline-text = Когда пакет уроков уже на вашем телефоне, можно заниматься без интернета.
home-private-title = Конфиденциально
home-private-text = Без учётной записи и без слежки. Ваш прогресс хранится на этом устройстве.
home-free-title = Бесплатно
home-free-text = Создано для новоприбывших, преподавателей и организаций, которые им помогают.

## Lesson packs

packs-title = Пакеты уроков
packs-loading = Загрузка пакетов…
packs-none = На этом сайте пока нет пакетов уроков.
packs-unreachable = Не удалось загрузить список пакетов. Проверьте подключение и попробуйте ещё раз.
packs-missing = На этом сайте нет списка пакетов. Сообщите владельцу сайта.
packs-damaged = Список пакетов на этом сайте повреждён. Сообщите владельцу сайта.
packs-count =
    { $count ->
        [0] Ни один пакет не подходит под этот выбор.
        [one] { $count } пакет уроков
        [few] { $count } пакета уроков
        [many] { $count } пакетов уроков
       *[other] { $count } пакета уроков
    }
pack-learns = Язык обучения: { $language }
learner-language-label = Переводы в пакетах уроков
learner-language-auto = Как язык интерфейса
pack-no-translation = В этом пакете нет переводов на этот язык: { $wanted }. Используется: { $used }.
packs-filter-title = Найти пакет
packs-filter-learning = Язык, который вы изучаете
packs-filter-mine = Мой язык
packs-filter-kind = Тип
packs-filter-level = Уровень
packs-filter-country = Страна
packs-filter-any = Все
packs-filter-clear = Показать все пакеты
packs-kind-language = Язык
packs-kind-civic = Жизнь и права
packs-kind-mixed = Язык и жизнь
offline-save = Скачать для работы без интернета
offline-working = Подождите, пожалуйста…
offline-saved = Доступно без интернета на этом телефоне.
offline-remove = Удалить с этого телефона
offline-removed = Удалено с этого телефона. Ваш прогресс в этом пакете сохранён.
offline-unsupported = Этот браузер не может хранить здесь пакеты для работы без интернета.
offline-storage-full = Не хватает места, чтобы сохранить этот пакет. Освободите место на телефоне и попробуйте ещё раз.
size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

## One pack

pack-loading = Загрузка…
pack-target = Язык, который вы изучаете
pack-translations = Переводы
pack-version = Версия
pack-size = Размер для скачивания
pack-not-found-title = Пакет не найден
pack-not-found-text = На этом сайте нет пакета с таким названием:
pack-all = Все пакеты

## An address that names no screen

not-found-title = Страница не найдена
not-found-text = По этому адресу нет страницы:
not-found-home = На главную
