# Passage interface messages (uk): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = З поверненням
home-due = { $count ->
    [0] Зараз нічого повторювати.
    [one] { $count } слово або питання для повторення.
   *[other] Слів і питань для повторення: { $count }.
}
home-review-now = Повторити зараз
home-goal = Сьогодні: { $done } з { $goal } вправ
home-streak = { $days ->
    [0] Виконайте мету на сьогодні, щоб почати серію.
    [one] Днів поспіль: { $days }
   *[other] Днів поспіль: { $days }
}
home-goal-label = Мета на день
home-goal-choice = { $count ->
    [one] { $count } вправа на день
    [few] { $count } вправи на день
    [many] { $count } вправ на день
   *[other] { $count } вправи на день
}
home-continue = Продовжити з того місця, де ви зупинилися
home-my-packs = Мої пакети
home-all-packs = Усі пакети

## Pack screen

learn-lessons-title = Уроки
learn-lesson-done = Пройдено, найкращий результат { $score } %
learn-listening-switch = Вправи на слух
print-link = Надрукувати робочий аркуш
print-now = Надрукувати
print-word = Слово або фраза
print-meaning = Значення
learn-loading = Урок завантажується…
learn-pack-unreachable = Не вдалося завантажити цей пакет. Підключіться до інтернету один раз, потім він працюватиме без мережі.
learn-pack-missing = Цього пакета більше немає на цьому сайті.
learn-pack-damaged = Файл пакета пошкоджений або занадто новий для цієї версії Passage.
learn-lesson-problem = Цей урок не відкривається
learn-lesson-missing = У цьому пакеті немає такого уроку. Можливо, пакет змінився.

## A lesson

learn-progress = Вправа { $done } з { $total }
learn-again-note = Ще одна спроба:
learn-check = Перевірити
learn-continue = Далі
learn-listen = Слухати
learn-your-answer = Ваша відповідь
learn-flashcard-instruction = Нове слово. Прочитайте, послухайте, потім відкрийте значення.
learn-reveal = Показати значення
learn-rate-question = Наскільки добре ви його знали?
learn-rate-again = Зовсім ні
learn-rate-hard = Трохи
learn-rate-good = Добре
learn-rate-easy = Дуже добре
learn-choice-single = Виберіть правильну відповідь.
learn-choice-multiple = Виберіть усі правильні відповіді й натисніть «Перевірити».
learn-choice-listen = Послухайте й виберіть, що ви почули.
learn-true-false-instruction = Це правда чи ні?
learn-true = Правда
learn-false = Неправда
learn-type-translate = Напишіть це мовою, яку ви вивчаєте.
learn-type-article = Напишіть це мовою, яку ви вивчаєте, разом з артиклем.
learn-type-listen = Послухайте й напишіть, що ви почули.
learn-word-bank-instruction = Складіть речення: натискайте на слова по черзі.
learn-word-bank-built = Ваше речення
learn-word-bank-tiles = Слова
learn-match-instruction = Складіть пари: виберіть ліворуч, потім відповідне праворуч.
learn-match-pair = пара { $number }
learn-cloze-instruction = Заповніть пропуски.
learn-blank = Пропуск { $number }
learn-order-instruction = Розставте в правильному порядку.
learn-move-up = Вище: { $item }
learn-move-down = Нижче: { $item }
learn-dialogue-your-turn = Ваша черга. Що каже ця людина?
learn-reply-right = Гарна відповідь.
learn-reply-wrong = Не найкраща відповідь. Розмова йде далі з правильною.
learn-sources = Джерела
learn-reviewed = Остання перевірка: { DATE($date) }
learn-checked = Остання перевірка: { DATE($date) }.

## Feedback after an answer

learn-right = Правильно!
learn-right-with-note = Правильно, з невеликим зауваженням.
learn-wrong = Не зовсім.
learn-right-answer = Правильна відповідь:
learn-note-diacritics = Зверніть увагу на знаки над літерами та особливі літери.
learn-note-typo = Зверніть увагу на написання: одна літера інша.
learn-note-article = Слово правильне, але артикль інший.
learn-source = Джерело:
learn-varies-office = Ця відповідь змінюється, коли посаду обіймає нова людина.
learn-varies-region = Ця відповідь залежить від того, де ви живете.
learn-varies-yearly = Ця відповідь змінюється щороку.

## End of a lesson or review

learn-summary-title = Чудово! Ви закінчили.
learn-summary-score = Ваш результат: { $score } %
learn-summary-right = { $total ->
    [one] З першого разу правильно: { $right } з { $total }.
   *[other] З першого разу правильно: { $right } з { $total }.
}
learn-summary-back = Назад
learn-summary-home = Головна
learn-review-title = Повторення
learn-review-nothing = Зараз нічого повторювати. Загляньте пізніше або почніть новий урок.
learn-review-some-missing = Деякі пакети не завантажилися, їхні слова пропущено.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Пробний тест, як справжній. Запитань: не більше { $ask }. Щоб скласти, потрібно правильних відповідей: { $pass }. Тест закінчується, щойно результат стає зрозумілим.
learn-exam-passed = Ви склали цей пробний тест.
learn-exam-not-passed = Цього разу не складено. Повторіть уроки й спробуйте ще раз.
learn-exam-tally = Правильно: { $right }, неправильно: { $wrong }. Потрібно правильних відповідей: { $pass } з { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Ваші завдання
assign-broken-title = Це посилання на завдання не працює
assign-error-empty = Посилання обрізане: у ньому немає завдання. Попросіть викладача надіслати його ще раз.
assign-error-too-long = Це посилання задовге для завдання. Попросіть викладача надіслати його ще раз.
assign-error-truncated = Частини посилання бракує. Скопіюйте посилання повністю або попросіть викладача надіслати його ще раз.
assign-error-damaged = Посилання було змінене або пошкоджене. Попросіть викладача надіслати його ще раз.
assign-error-newer = Це завдання створене в новішій версії Passage. Оновіть застосунок, а потім відкрийте посилання ще раз.
assign-error-not-assignment = Це не посилання на завдання. Попросіть викладача надіслати його ще раз.
assign-nothing-changed = Нічого не змінено.
assign-from-teacher = Завдання від вашого викладача
assign-due = Термін: { DATE($date) }
assign-overdue = Прострочено: термін був { DATE($date) }
assign-packs-title = Що вивчити
assign-lessons = Уроки:
assign-pack-missing = На цьому сайті немає цього пакета.
assign-other-catalog = Пакети цього завдання розміщені на іншому сайті. Passage поки не вміє відкривати пакети з інших сайтів, тому тут це завдання прийняти не можна.
assign-accept = Прийняти завдання
assign-accepted = Ви прийняли це завдання. Його пакети додано до вашого списку.
assign-start = Почати навчання
assign-send-progress = Надіслати свої успіхи викладачеві
receipt-title = Надіслати свої успіхи
receipt-not-here = Цього завдання немає на цьому телефоні. Відкрийте посилання, яке надіслав викладач, і спершу прийміть завдання.
receipt-name-label = Ваше ім’я — так, як його знає викладач
receipt-name-empty = Введіть своє ім’я, щоб створити звіт.
receipt-name-too-long = Ім’я задовге: не більше { $max } символів.
receipt-name-control = В імені є символ, який не можна надіслати. Введіть ім’я ще раз.
receipt-leave-out-accuracy = Не повідомляти, скільки відповідей були правильними
receipt-leave-out-activity = Не повідомляти, коли я востаннє навчався
receipt-shares-title = Ось що ви надішлете
receipt-field-name = Ваше ім’я: { $name }
receipt-field-assignment = Завдання: { $class }
receipt-field-made = Створено { DATE($date) }
receipt-field-lessons = { $pack }: пройдено уроків: { $done } з { $of }
receipt-field-accuracy = { $pack }: правильних відповідей { $percent } %
receipt-field-activity = { $pack }: останнє заняття { DATE($date) }
receipt-nothing-else = Більше нічого не залишає ваш телефон: ні ваші відповіді, ні інші пакети, ні налаштування.
receipt-code-label = Ваш звіт: надішліть цей код викладачеві, наприклад у повідомленні в чаті.
receipt-qr = QR-код вашого звіту, щоб викладач міг його відсканувати
receipt-save = Зберегти як файл

## Copy and share buttons (also on the teachers' page)

share-copy = Копіювати
share-copied = Скопійовано.
share-copy-failed = Не вдалося скопіювати: виділіть текст і скопіюйте його вручну.
share-share = Поділитися…
