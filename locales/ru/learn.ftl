# Passage interface messages (ru): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = С возвращением
home-due = { $count ->
    [0] Сейчас нечего повторять.
    [one] { $count } слово или вопрос для повторения.
   *[other] Слов и вопросов для повторения: { $count }.
}
home-review-now = Повторить сейчас
home-goal = Сегодня: { $done } из { $goal } упражнений
home-streak = { $days ->
    [0] Выполните цель на сегодня, чтобы начать серию.
    [one] Дней подряд: { $days }
   *[other] Дней подряд: { $days }
}
home-goal-label = Цель на день
home-goal-choice = { $count ->
    [one] { $count } упражнение в день
    [few] { $count } упражнения в день
    [many] { $count } упражнений в день
   *[other] { $count } упражнения в день
}
home-continue = Продолжить с того места, где вы остановились
home-my-packs = Мои пакеты
home-all-packs = Все пакеты

## Pack screen

learn-lessons-title = Уроки
learn-lesson-done = Пройден, лучший результат { $score } %
learn-listening-switch = Упражнения на слух
print-link = Распечатать рабочий лист
print-now = Распечатать
print-word = Слово или фраза
print-meaning = Значение
learn-loading = Урок загружается…
learn-pack-unreachable = Не удалось загрузить этот пакет. Подключитесь к интернету один раз, потом он будет работать без сети.
learn-pack-missing = Этого пакета больше нет на этом сайте.
learn-pack-damaged = Файл пакета повреждён или слишком новый для этой версии Passage.
learn-lesson-problem = Этот урок не открывается
learn-lesson-missing = В этом пакете нет такого урока. Возможно, пакет изменился.

## A lesson

learn-progress = Упражнение { $done } из { $total }
learn-again-note = Ещё одна попытка:
learn-check = Проверить
learn-continue = Дальше
learn-listen = Слушать
learn-your-answer = Ваш ответ
learn-flashcard-instruction = Новое слово. Прочитайте, послушайте, затем откройте значение.
learn-reveal = Показать значение
learn-rate-question = Насколько хорошо вы его знали?
learn-rate-again = Совсем нет
learn-rate-hard = Немного
learn-rate-good = Хорошо
learn-rate-easy = Очень хорошо
learn-choice-single = Выберите правильный ответ.
learn-choice-multiple = Выберите все правильные ответы и нажмите «Проверить».
learn-choice-listen = Послушайте и выберите, что вы услышали.
learn-true-false-instruction = Это правда или нет?
learn-true = Правда
learn-false = Неправда
learn-type-translate = Напишите это на языке, который вы учите.
learn-type-article = Напишите это на языке, который вы учите, вместе с артиклем.
learn-type-listen = Послушайте и напишите, что вы услышали.
learn-word-bank-instruction = Составьте предложение: нажимайте на слова по порядку.
learn-word-bank-built = Ваше предложение
learn-word-bank-tiles = Слова
learn-match-instruction = Составьте пары: выберите слева, затем подходящее справа.
learn-match-pair = пара { $number }
learn-cloze-instruction = Заполните пропуски.
learn-blank = Пропуск { $number }
learn-order-instruction = Расставьте в правильном порядке.
learn-move-up = Выше: { $item }
learn-move-down = Ниже: { $item }
learn-dialogue-your-turn = Ваша очередь. Что говорит этот человек?
learn-reply-right = Хороший ответ.
learn-reply-wrong = Не лучший ответ. Разговор продолжается с правильным.
learn-sources = Источники
learn-reviewed = Последняя проверка: { DATE($date) }
learn-checked = Последняя проверка: { DATE($date) }.

## Feedback after an answer

learn-right = Верно!
learn-right-with-note = Верно, с небольшим замечанием.
learn-wrong = Не совсем.
learn-right-answer = Правильный ответ:
learn-note-diacritics = Обратите внимание на знаки над буквами и особые буквы.
learn-note-typo = Обратите внимание на написание: одна буква другая.
learn-note-article = Слово верное, но артикль другой.
learn-source = Источник:
learn-varies-office = Этот ответ меняется, когда должность занимает новый человек.
learn-varies-region = Этот ответ зависит от того, где вы живёте.
learn-varies-yearly = Этот ответ меняется каждый год.

## End of a lesson or review

learn-summary-title = Отлично! Вы закончили.
learn-summary-score = Ваш результат: { $score } %
learn-summary-right = { $total ->
    [one] С первого раза верно: { $right } из { $total }.
   *[other] С первого раза верно: { $right } из { $total }.
}
learn-summary-back = Назад
learn-summary-home = Главная
learn-review-title = Повторение
learn-review-nothing = Сейчас нечего повторять. Загляните позже или начните новый урок.
learn-review-some-missing = Некоторые пакеты не загрузились, их слова пропущены.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Пробный тест, как настоящий. Вопросов: не больше { $ask }. Чтобы сдать, нужно правильных ответов: { $pass }. Тест заканчивается, как только результат ясен.
learn-exam-passed = Вы сдали этот пробный тест.
learn-exam-not-passed = В этот раз не сдано. Повторите уроки и попробуйте ещё раз.
learn-exam-tally = Верно: { $right }, неверно: { $wrong }. Нужно правильных ответов: { $pass } из { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Ваши задания
assign-broken-title = Эта ссылка на задание не работает
assign-error-empty = Ссылка обрезана: в ней нет задания. Попросите преподавателя прислать её ещё раз.
assign-error-too-long = Эта ссылка слишком длинная для задания. Попросите преподавателя прислать её ещё раз.
assign-error-truncated = Часть ссылки потеряна. Скопируйте ссылку целиком или попросите преподавателя прислать её ещё раз.
assign-error-damaged = Ссылка была изменена или повреждена. Попросите преподавателя прислать её ещё раз.
assign-error-newer = Это задание создано в более новой версии Passage. Обновите приложение и откройте ссылку ещё раз.
assign-error-not-assignment = Это не ссылка на задание. Попросите преподавателя прислать её ещё раз.
assign-nothing-changed = Ничего не изменено.
assign-from-teacher = Задание от вашего преподавателя
assign-due = Срок: { DATE($date) }
assign-overdue = Просрочено: срок был { DATE($date) }
assign-packs-title = Что изучить
assign-lessons = Уроки:
assign-pack-missing = На этом сайте нет этого пакета.
assign-other-catalog = Пакеты этого задания находятся на другом сайте. Passage пока не умеет открывать пакеты с других сайтов, поэтому здесь это задание принять нельзя.
assign-accept = Принять задание
assign-accepted = Вы приняли это задание. Его пакеты добавлены в ваш список.
assign-start = Начать занятия
assign-send-progress = Отправить свои успехи преподавателю
receipt-title = Отправить свои успехи
receipt-not-here = Этого задания нет на этом телефоне. Откройте ссылку, которую прислал преподаватель, и сначала примите задание.
receipt-name-label = Ваше имя — так, как его знает преподаватель
receipt-name-empty = Введите своё имя, чтобы создать отчёт.
receipt-name-too-long = Имя слишком длинное: не больше { $max } символов.
receipt-name-control = В имени есть символ, который нельзя отправить. Введите имя ещё раз.
receipt-leave-out-accuracy = Не сообщать, сколько ответов было верных
receipt-leave-out-activity = Не сообщать, когда я занимался в последний раз
receipt-shares-title = Вот что вы отправите
receipt-field-name = Ваше имя: { $name }
receipt-field-assignment = Задание: { $class }
receipt-field-made = Создано { DATE($date) }
receipt-field-lessons = { $pack }: пройдено уроков: { $done } из { $of }
receipt-field-accuracy = { $pack }: верных ответов { $percent } %
receipt-field-activity = { $pack }: последнее занятие { DATE($date) }
receipt-nothing-else = Больше ничего не покидает ваш телефон: ни ваши ответы, ни другие пакеты, ни настройки.
receipt-code-label = Ваш отчёт: отправьте этот код преподавателю, например в сообщении в чате.
receipt-qr = QR-код вашего отчёта, чтобы преподаватель мог его отсканировать
receipt-save = Сохранить как файл

## Copy and share buttons (also on the teachers' page)

share-copy = Копировать
share-copied = Скопировано.
share-copy-failed = Не удалось скопировать: выделите текст и скопируйте его вручную.
share-share = Поделиться…
