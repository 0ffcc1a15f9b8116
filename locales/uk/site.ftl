# Passage interface messages (uk): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Де знайти допомогу
help-title = Де знайти допомогу
help-lead = Місцеві організації, які допомагають новоприбулим. Джерело списку: { $site }. Звертайтеся до них напряму: Passage нічого їм не передає.
help-offline = Цей список збережено на цьому пристрої, тому він працює і без інтернету.
help-empty = На цьому сайті ще немає списку місцевих організацій.
help-filter-category = Вид допомоги
help-filter-language = Мова спілкування
help-none-match = Жодна організація не підходить. Виберіть інший вид допомоги або іншу мову.
help-count =
    { $count ->
        [one] { $count } організація
        [few] { $count } організації
        [many] { $count } організацій
       *[other] { $count } організації
    }
help-languages = Мови спілкування: { $languages }
help-address = Адреса
help-phone = Телефон
help-email = Електронна пошта
help-hours = Години роботи
help-website = Сайт
help-map = Показати на мапі
help-category-emergency = Екстрена допомога
help-category-legal-advice = Юридична консультація
help-category-health = Здоров’я
help-category-housing = Житло
help-category-work = Робота
help-category-language-courses = Мовні курси
help-category-family = Сім’я
help-category-other = Інша допомога

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = У файлі налаштувань цього сайту є помилки, тому там, де вони є, Passage використовує власні налаштування. Усе інше працює як зазвичай.
site-settings-problem-details =
    { $count ->
        [one] { $count } помилка — для працівників сайту
        [few] { $count } помилки — для працівників сайту
        [many] { $count } помилок — для працівників сайту
       *[other] { $count } помилки — для працівників сайту
    }
