## Сторінка для викладачів (teach.html): завдання та огляд груп.

teach-page-name = Для викладачів
teach-nav-label = Розділи для викладачів
teach-nav-assign = Створити завдання
teach-nav-class = Огляд груп
teach-nav-learner = Відкрити застосунок для учнів
teach-privacy = Ніщо не залишає цей пристрій, якщо ви самі цим не поділитеся. Немає ні облікових записів, ні сервера: завдання передаються посиланнями, а поступ — звітами, які учні самі вирішують вам надіслати.

## Making an assignment

make-title = Створити завдання
make-intro = Виберіть пакети уроків, назвіть групу й додайте термін виконання або коротке повідомлення. Ви отримаєте посилання та QR-код для вашої групи.
make-packs = Пакети уроків
make-packs-loading = Завантаження пакетів уроків…
make-packs-failed = Не вдалося завантажити пакети уроків. Перевірте з’єднання й перезавантажте сторінку.
make-some-lessons = Лише деякі уроки
make-lessons-hint = Нічого не позначайте, щоб задати весь пакет.
make-lessons-loading = Завантаження уроків…
make-lessons-failed = Не вдалося завантажити уроки цього пакета.
make-class-name = Назва групи
make-class-name-hint = Її бачать учні, і під цією назвою група буде у вашому огляді.
make-due = Термін виконання (необов’язково)
make-message = Повідомлення для групи (необов’язково)
make-make = Створити посилання
make-problems = Перевірте, будь ласка:
make-ready = Передайте це вашій групі
make-ready-note = Учні відкривають посилання (або сканують код) на своєму телефоні. Ця група вже є у вашому огляді груп і готова приймати їхні звіти.
make-link-label = Посилання для групи
make-qr-caption = Відскануйте камерою телефона, щоб відкрити завдання.
make-print = Надрукувати
make-new = Створити ще одне завдання

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Дайте групі назву.
make-issue-class-long = Назва групи задовга (максимум символів: { $max }).
make-issue-message-long = Повідомлення задовге (максимум символів: { $max }).
make-issue-too-long = Текст задовгий (максимум символів: { $max }).
make-issue-control = Назва групи не може містити переносів рядка або спеціальних керівних символів.
make-issue-no-packs = Виберіть щонайменше один пакет уроків.
make-issue-too-many-packs = Виберіть не більше { $max } { $max ->
    [one] пакета
   *[other] пакетів
} уроків.
make-issue-too-many-lessons = Виберіть з одного пакета не більше { $max } { $max ->
    [one] уроку
   *[other] уроків
} або жодного, щоб задати весь пакет.
make-issue-bad-id = У каталозі цього сайту є пакет або урок із назвою, яку не можна передати в посиланні. Повідомте власника сайту.
make-issue-code-long = Разом це забагато для одного посилання: виберіть менше пакетів або уроків чи скоротіть повідомлення.

## Class overview

class-title = Огляд груп
class-intro = Учні надсилають вам звіти про свій поступ: вставте їх сюди (можна одразу кілька) або імпортуйте файли. Показано лише те, чим учні вирішили поділитися, і це залишається на цьому пристрої.
class-paste = Вставити звіти
class-paste-hint = Звіти починаються з PSG-. Інший текст навколо них не враховується.
class-add = Додати звіти
class-import-files = Імпортувати файли звітів
class-none = Груп ще немає. Створіть завдання або додайте звіт: його група з’явиться тут.
class-result-added = { $name }: звіт додано до групи { $class }.
class-result-updated = { $name }: звіт оновлено в групі { $class }.
class-result-older = { $name }: у групі { $class } уже є новіший звіт; його збережено.
class-result-same = { $name }: цей звіт уже є в групі { $class }.
class-result-new-class = { $name }: звіт додано до нової групи для завдання, створеного на іншому пристрої. Перейменуйте її нижче.
class-result-does-not-fit = { $name }: цей звіт не підходить до групи { $class } (інша кількість пакетів); нічого не змінено.
class-error-not-found = У цьому тексті немає звіту. Звіти починаються з PSG-.
class-error-too-long = Цей звіт довший за будь-який звіт: мабуть, разом із ним скопіювалася частина іншого тексту.
class-error-truncated = Цей звіт обрізаний. Попросіть учня надіслати його ще раз або скопіюйте його повністю.
class-error-checksum = У цьому звіті помилка під час набору чи копіювання (неправильний або переставлений символ). Попросіть учня надіслати його ще раз.
class-error-newer = Цей звіт створено новішою версією Passage. Перезавантажте цю сторінку, щоб оновити її.
class-error-malformed = Це не звіт, який Passage може прочитати.
class-learners = { $count ->
    [one] { $count } учень
    [few] { $count } учні
    [many] { $count } учнів
   *[other] { $count } учня
}
class-due = Термін: { DATE($date) }
class-table-caption = Поступ групи { $class }
class-col-name = Ім’я
class-col-lessons = Пройдено уроків
class-col-accuracy = Точність
class-col-last = Остання активність
class-col-made = Звіт створено
class-lessons-value = { $done } з { $of }
class-accuracy-value = { $percent } %
class-not-shared = не надано
class-no-receipts = Звітів ще немає.
class-export-csv = Завантажити у форматі CSV
class-print = Надрукувати
class-rename = Назва групи
class-rename-save = Перейменувати
class-remove = Видалити цю групу
class-remove-confirm = Видалити групу { $class } і всі її звіти з цього пристрою?
class-remove-yes = Так, видалити
class-remove-no = Залишити
class-remove-learner = Видалити: { $name }
class-csv-name = Ім’я
class-csv-pack = Пакет
class-csv-lessons-done = пройдено уроків
class-csv-lessons-of = усього уроків
class-csv-accuracy = точність, %
class-csv-last = остання активність
class-csv-made = Звіт створено (UTC)

## Storing the class overview

classes-damaged = Знайдено пошкоджену копію вашого огляду груп, її відкладено; показано найновішу копію, яку вдалося прочитати.
classes-newer = Ваш огляд груп збережено новішою версією Passage. Його показано, але зміни не можна зберегти, доки цю сторінку не оновлено (перезавантажте її).
classes-unavailable = Цей браузер не дозволяє Passage зберігати дані (приватний режим або сховище вимкнено): огляд груп зникне, коли ви закриєте сторінку.
classes-not-saved = Не вдалося зберегти огляд груп: сховище браузера заповнене або заблоковане. Експортуйте його у CSV, щоб зберегти копію.
class-unnamed = Група { $id }
class-date = { DATE($date) }
