# Passage interface messages (uk): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Частину збереженого поступу не вдалося прочитати. Її надійно збережено на цьому пристрої.
storage-damaged-export = Експортувати її
storage-not-saved-full = Ваш поступ не зберігається на цьому пристрої: сховище заповнене. Ви можете навчатися далі; експортуйте поступ, щоб його зберегти.
storage-not-saved-blocked = Ваш поступ не зберігається на цьому пристрої: цей браузер цього не дозволяє (приватний режим або сховище вимкнено). Ви можете навчатися далі; експортуйте поступ, щоб його зберегти.
storage-newer = На цьому пристрої є поступ із новішої версії Passage. Його залишено як є, а новий поступ не зберігатиметься, доки ви не оновите застосунок.
storage-go-to-data = Мої дані
storage-changed-elsewhere = Ваш поступ оновлено з іншого вікна Passage.
storage-dismiss = Гаразд

## My data

my-data-link = Мої дані
teachers-link = Для викладачів
my-data-title = Мої дані
my-data-items =
    { $count ->
        [one] { $count } вивчений елемент
        [few] { $count } вивчені елементи
        [many] { $count } вивчених елементів
       *[other] { $count } вивченого елемента
    }
my-data-lessons =
    { $count ->
        [one] { $count } пройдений урок
        [few] { $count } пройдені уроки
        [many] { $count } пройдених уроків
       *[other] { $count } пройденого уроку
    }
my-data-storage-title = Місце на цьому пристрої
my-data-storage-used-of = Passage використовує { $used } з { $quota } доступних.
my-data-storage-used = Passage використовує { $used }.
my-data-storage-unknown = Цей браузер не повідомляє, скільки місця використовує Passage.
my-data-persistent-yes = Цей браузер зберігає ваші дані, навіть коли на телефоні мало місця.
my-data-persistent-no = Цей браузер може видалити ваші дані, коли на телефоні мало місця.
my-data-persist = Попросити браузер зберігати мої дані
my-data-persist-refused = Браузер не погодився. Час від часу експортуйте поступ, щоб мати копію.
my-data-export-title = Перенести поступ на інший телефон
my-data-export-text = Збережіть поступ у файл. На іншому телефоні відкрийте Passage та імпортуйте файл: те, що ви вивчили на обох телефонах, збережеться.
my-data-export = Експортувати поступ
my-data-import = Імпортувати поступ із файлу
my-data-imported = Поступ імпортовано. Те, що ви вивчили на обох телефонах, збережено.
my-data-import-not-progress = Цей файл не є поступом Passage. Нічого не змінено.
my-data-import-damaged = Цей файл пошкоджений, його не вдалося прочитати. Нічого не змінено.
my-data-import-newer = Цей файл із новішої версії Passage. Оновіть застосунок і імпортуйте його знову. Нічого не змінено.
my-data-import-unreadable = Цей файл не вдалося відкрити. Нічого не змінено.
my-data-delete-title = Видалити всі мої дані
my-data-delete-text = Буде видалено з цього пристрою: ваш поступ у всіх пакетах, копії поступу, які не вдалося прочитати, і ваш вибір мов. Пакети уроків залишаться. Це не можна скасувати: спершу експортуйте поступ, щоб мати копію.
my-data-delete = Видалити всі мої дані
my-data-delete-confirm-question = Видалити все? Це не можна скасувати.
my-data-delete-confirm = Так, видалити все
my-data-delete-cancel = Скасувати
my-data-deleted = Усі ваші дані видалено з цього пристрою.
my-data-delete-failed = Не вдалося видалити ваші дані: браузер відмовив. Спробуйте ще раз.
