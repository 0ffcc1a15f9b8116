## Страница для преподавателей (teach.html): задания и обзор групп.

teach-page-name = Для преподавателей
teach-nav-label = Разделы для преподавателей
teach-nav-assign = Создать задание
teach-nav-class = Обзор групп
teach-nav-learner = Открыть приложение для учащихся
teach-privacy = Ничего не покидает это устройство, если вы сами этим не поделитесь. Нет ни учётных записей, ни сервера: задания передаются ссылками, а прогресс — отчётами, которые учащиеся сами решают вам отправить.

## Making an assignment

assign-title = Создать задание
assign-intro = Выберите пакеты уроков, назовите группу и добавьте срок сдачи или короткое сообщение. Вы получите ссылку и QR-код для вашей группы.
assign-packs = Пакеты уроков
assign-packs-loading = Загрузка пакетов уроков…
assign-packs-failed = Не удалось загрузить пакеты уроков. Проверьте подключение и перезагрузите страницу.
assign-some-lessons = Только некоторые уроки
assign-lessons-hint = Ничего не отмечайте, чтобы задать весь пакет.
assign-lessons-loading = Загрузка уроков…
assign-lessons-failed = Не удалось загрузить уроки этого пакета.
assign-class-name = Название группы
assign-class-name-hint = Его видят учащиеся, и под этим названием группа будет в вашем обзоре.
assign-due = Срок сдачи (необязательно)
assign-message = Сообщение для группы (необязательно)
assign-make = Создать ссылку
assign-problems = Проверьте, пожалуйста:
assign-ready = Передайте это вашей группе
assign-ready-note = Учащиеся открывают ссылку (или сканируют код) на своём телефоне. Эта группа уже есть в вашем обзоре групп и готова принимать их отчёты.
assign-link-label = Ссылка для группы
assign-qr-caption = Отсканируйте камерой телефона, чтобы открыть задание.
assign-print = Распечатать
assign-new = Создать ещё одно задание

## Problems with an assignment (the teacher's form)

assign-issue-class-empty = Дайте группе название.
assign-issue-class-long = Название группы слишком длинное (максимум символов: { $max }).
assign-issue-message-long = Сообщение слишком длинное (максимум символов: { $max }).
assign-issue-too-long = Текст слишком длинный (максимум символов: { $max }).
assign-issue-control = Название группы не может содержать переносы строк или специальные управляющие символы.
assign-issue-no-packs = Выберите хотя бы один пакет уроков.
assign-issue-too-many-packs = Выберите не больше { $max } { $max ->
    [one] пакета
   *[other] пакетов
} уроков.
assign-issue-too-many-lessons = Выберите из одного пакета не больше { $max } { $max ->
    [one] урока
   *[other] уроков
} или ни одного, чтобы задать весь пакет.
assign-issue-bad-id = В каталоге этого сайта есть пакет или урок с названием, которое нельзя передать в ссылке. Сообщите владельцу сайта.
assign-issue-code-long = Вместе это слишком много для одной ссылки: выберите меньше пакетов или уроков или сократите сообщение.

## Sharing

share-copy = Копировать
share-copied = Скопировано.
share-copy-failed = Не удалось скопировать: выделите текст и скопируйте его вручную.
share-share = Поделиться…

## Class overview

class-title = Обзор групп
class-intro = Учащиеся присылают вам отчёты о своём прогрессе: вставьте их сюда (можно сразу несколько) или импортируйте файлы. Показано только то, чем учащиеся решили поделиться, и это остаётся на этом устройстве.
class-paste = Вставить отчёты
class-paste-hint = Отчёты начинаются с PSG-. Другой текст вокруг них не учитывается.
class-add = Добавить отчёты
class-import-files = Импортировать файлы отчётов
class-none = Групп пока нет. Создайте задание или добавьте отчёт: его группа появится здесь.
class-result-added = { $name }: отчёт добавлен в группу { $class }.
class-result-updated = { $name }: отчёт обновлён в группе { $class }.
class-result-older = { $name }: в группе { $class } уже есть более новый отчёт; он сохранён.
class-result-same = { $name }: этот отчёт уже есть в группе { $class }.
class-result-new-class = { $name }: отчёт добавлен в новую группу для задания, созданного на другом устройстве. Переименуйте её ниже.
class-result-does-not-fit = { $name }: этот отчёт не подходит к группе { $class } (другое число пакетов); ничего не изменено.
class-error-not-found = В этом тексте нет отчёта. Отчёты начинаются с PSG-.
class-error-too-long = Этот отчёт длиннее любого отчёта: вероятно, вместе с ним скопировалась часть другого текста.
class-error-truncated = Этот отчёт обрезан. Попросите учащегося прислать его ещё раз или скопируйте его целиком.
class-error-checksum = В этом отчёте опечатка или ошибка при копировании (неверный или переставленный символ). Попросите учащегося прислать его ещё раз.
class-error-newer = Этот отчёт создан более новой версией Passage. Перезагрузите эту страницу, чтобы обновить её.
class-error-malformed = Это не отчёт, который Passage может прочитать.
class-learners = { $count ->
    [one] { $count } учащийся
    [few] { $count } учащихся
    [many] { $count } учащихся
   *[other] { $count } учащегося
}
class-due = Срок: { DATE($date) }
class-table-caption = Прогресс группы { $class }
class-col-name = Имя
class-col-lessons = Пройдено уроков
class-col-accuracy = Точность
class-col-last = Последняя активность
class-col-made = Отчёт создан
class-lessons-value = { $done } из { $of }
class-accuracy-value = { $percent } %
class-not-shared = не передано
class-no-receipts = Отчётов пока нет.
class-export-csv = Скачать в формате CSV
class-print = Распечатать
class-rename = Название группы
class-rename-save = Переименовать
class-remove = Удалить эту группу
class-remove-confirm = Удалить группу { $class } и все её отчёты с этого устройства?
class-remove-yes = Да, удалить
class-remove-no = Оставить
class-remove-learner = Удалить: { $name }
class-csv-name = Имя
class-csv-pack = Пакет
class-csv-lessons-done = пройдено уроков
class-csv-lessons-of = всего уроков
class-csv-accuracy = точность, %
class-csv-last = последняя активность
class-csv-made = Отчёт создан (UTC)

## Storing the class overview

classes-damaged = Найдена повреждённая копия вашего обзора групп, она отложена; показана самая новая читаемая копия.
classes-newer = Ваш обзор групп сохранён более новой версией Passage. Он показан, но изменения нельзя сохранить, пока эта страница не обновится (перезагрузите её).
classes-unavailable = Этот браузер не позволяет Passage хранить данные (частный режим или хранилище отключено): обзор групп пропадёт, когда вы закроете страницу.
classes-not-saved = Не удалось сохранить обзор групп: хранилище браузера заполнено или заблокировано. Экспортируйте его в CSV, чтобы сохранить копию.
class-unnamed = Группа { $id }
class-date = { DATE($date) }
