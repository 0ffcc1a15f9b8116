## La página para docentes (teach.html): crear tareas y el seguimiento de las clases.

teach-page-name = Para docentes
teach-nav-label = Pantallas para docentes
teach-nav-assign = Crear una tarea
teach-nav-class = Seguimiento de las clases
teach-nav-learner = Abrir la aplicación de estudiantes
teach-privacy = Nada sale de este dispositivo a menos que tú lo compartas. No hay cuentas ni servidor: las tareas viajan como enlaces y el progreso como comprobantes que cada estudiante decide enviarte.

## Making an assignment

make-title = Crear una tarea
make-intro = Elige paquetes de lecciones, ponle nombre a la clase y añade una fecha de entrega o un mensaje corto. Recibes un enlace y un código QR para tu clase.
make-packs = Paquetes de lecciones
make-packs-loading = Cargando los paquetes de lecciones…
make-packs-failed = No se pudieron cargar los paquetes de lecciones. Revisa la conexión y vuelve a cargar la página.
make-some-lessons = Solo algunas lecciones
make-lessons-hint = Si no marcas ninguna, se asigna el paquete completo.
make-lessons-loading = Cargando las lecciones…
make-lessons-failed = No se pudieron cargar las lecciones de este paquete.
make-class-name = Nombre de la clase
make-class-name-hint = Lo ven tus estudiantes, y da nombre a la clase en tu seguimiento.
make-due = Fecha de entrega (opcional)
make-message = Mensaje para la clase (opcional)
make-make = Crear el enlace
make-problems = Revisa lo siguiente:
make-ready = Compártelo con tu clase
make-ready-note = Tus estudiantes abren el enlace (o escanean el código) en su teléfono. Esta clase ya está en tu seguimiento, lista para recibir sus comprobantes.
make-link-label = Enlace para la clase
make-qr-caption = Escanea con la cámara del teléfono para abrir la tarea.
make-print = Imprimir
make-new = Crear otra tarea

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Ponle un nombre a la clase.
make-issue-class-long = El nombre de la clase es demasiado largo (como máximo { $max } caracteres).
make-issue-message-long = El mensaje es demasiado largo (como máximo { $max } caracteres).
make-issue-too-long = El texto es demasiado largo (como máximo { $max } caracteres).
make-issue-control = El nombre de la clase no puede tener saltos de línea ni caracteres de control especiales.
make-issue-no-packs = Elige al menos un paquete de lecciones.
make-issue-too-many-packs = Elige como máximo { $max } paquetes de lecciones.
make-issue-too-many-lessons = Elige como máximo { $max } lecciones de un paquete, o ninguna para asignar el paquete completo.
make-issue-bad-id = El catálogo de este sitio tiene un nombre de paquete o de lección que el enlace no puede llevar. Avisa a quien administra el sitio.
make-issue-code-long = Todo junto es demasiado para un solo enlace: elige menos paquetes o lecciones, o acorta el mensaje.

## Class overview

class-title = Seguimiento de las clases
class-intro = Tus estudiantes te envían comprobantes de su progreso: pégalos aquí (puedes pegar varios a la vez) o importa los archivos. Solo se muestra lo que cada estudiante decidió compartir, y se queda en este dispositivo.
class-paste = Pegar comprobantes
class-paste-hint = Los comprobantes empiezan por PSG-. El resto del texto alrededor no se tiene en cuenta.
class-add = Añadir comprobantes
class-import-files = Importar archivos de comprobantes
class-none = Todavía no hay clases. Crea una tarea o añade un comprobante: su clase aparecerá aquí.
class-result-added = { $name }: comprobante añadido a { $class }.
class-result-updated = { $name }: comprobante actualizado en { $class }.
class-result-older = { $name }: ya hay un comprobante más reciente en { $class }; se conserva ese.
class-result-same = { $name }: este comprobante ya está en { $class }.
class-result-new-class = { $name }: comprobante añadido a una clase nueva, para una tarea creada en otro dispositivo. Cámbiale el nombre abajo.
class-result-does-not-fit = { $name }: este comprobante no corresponde a { $class } (tiene otro número de paquetes); no se cambió nada.
class-error-not-found = No se encontró ningún comprobante en este texto. Los comprobantes empiezan por PSG-.
class-error-too-long = Este comprobante es más largo que cualquier comprobante: probablemente se copió junto con parte de otro texto.
class-error-truncated = Este comprobante está cortado. Pide a la persona que lo vuelva a enviar, o cópialo completo.
class-error-checksum = Este comprobante tiene un error al escribirlo o copiarlo (un carácter equivocado o cambiado de lugar). Pide a la persona que lo vuelva a enviar.
class-error-newer = Este comprobante se hizo con una versión más nueva de Passage. Vuelve a cargar esta página para actualizarla.
class-error-malformed = Esto no es un comprobante que Passage pueda leer.
class-learners = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
class-due = Entrega: { DATE($date) }
class-table-caption = Progreso de { $class }
class-col-name = Nombre
class-col-lessons = Lecciones hechas
class-col-accuracy = Aciertos
class-col-last = Última actividad
class-col-made = Comprobante creado
class-lessons-value = { $done } de { $of }
class-accuracy-value = { $percent } %
class-not-shared = no compartido
class-no-receipts = Todavía no hay comprobantes.
class-export-csv = Descargar como CSV
class-print = Imprimir
class-rename = Nombre de la clase
class-rename-save = Cambiar el nombre
class-remove = Quitar esta clase
class-remove-confirm = ¿Quitar { $class } y todos sus comprobantes de este dispositivo?
class-remove-yes = Sí, quitarla
class-remove-no = Conservarla
class-remove-learner = Quitar a { $name }
class-csv-name = Nombre
class-csv-pack = Paquete
class-csv-lessons-done = lecciones hechas
class-csv-lessons-of = lecciones
class-csv-accuracy = aciertos %
class-csv-last = última actividad
class-csv-made = Comprobante creado (UTC)

## Storing the class overview

classes-damaged = Se encontró una copia dañada de tu seguimiento de las clases y se guardó aparte; se muestra la copia legible más reciente.
classes-newer = Tu seguimiento de las clases se guardó con una versión más nueva de Passage. Se muestra, pero los cambios no se pueden guardar hasta que esta página se actualice (vuelve a cargarla).
classes-unavailable = Este navegador no deja que Passage guarde datos (navegación privada o almacenamiento desactivado): el seguimiento de las clases se perderá cuando cierres la página.
classes-not-saved = No se pudo guardar el seguimiento de las clases: el almacenamiento del navegador está lleno o bloqueado. Expórtalo como CSV para tener una copia.
class-unnamed = Clase { $id }
class-date = { DATE($date) }
