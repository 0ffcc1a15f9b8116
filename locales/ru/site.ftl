# Passage interface messages (ru): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Где найти помощь
help-title = Где найти помощь
help-lead = Местные организации, которые помогают новоприбывшим. Источник списка: { $site }. Обращайтесь к ним напрямую: Passage ничего им не передаёт.
help-offline = Этот список сохранён на этом устройстве, поэтому он работает и без интернета.
help-empty = На этом сайте пока нет списка местных организаций.
help-filter-category = Вид помощи
help-filter-language = Язык общения
help-none-match = Ни одна организация не подходит. Выберите другой вид помощи или другой язык.
help-count =
    { $count ->
        [one] { $count } организация
        [few] { $count } организации
        [many] { $count } организаций
       *[other] { $count } организации
    }
help-languages = Языки общения: { $languages }
help-address = Адрес
help-phone = Телефон
help-email = Электронная почта
help-hours = Часы работы
help-website = Сайт
help-map = Показать на карте
help-category-emergency = Экстренная помощь
help-category-legal-advice = Юридическая консультация
help-category-health = Здоровье
help-category-housing = Жильё
help-category-work = Работа
help-category-language-courses = Языковые курсы
help-category-family = Семья
help-category-other = Другая помощь

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = В файле настроек этого сайта есть ошибки, поэтому там, где они есть, Passage использует свои настройки. Всё остальное работает как обычно.
site-settings-problem-details =
    { $count ->
        [one] { $count } ошибка — для сотрудников сайта
        [few] { $count } ошибки — для сотрудников сайта
        [many] { $count } ошибок — для сотрудников сайта
       *[other] { $count } ошибки — для сотрудников сайта
    }
