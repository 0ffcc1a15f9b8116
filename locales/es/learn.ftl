# Passage interface messages (es): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = Hola de nuevo
home-due = { $count ->
    [0] No hay nada que repasar ahora.
    [one] { $count } palabra o pregunta para repasar.
   *[other] { $count } palabras y preguntas para repasar.
}
home-review-now = Repasar ahora
home-goal = Hoy: { $done } de { $goal } ejercicios
home-streak = { $days ->
    [0] Cumple la meta de hoy para empezar una racha.
    [one] { $days } día seguido
   *[other] { $days } días seguidos
}
home-goal-label = Meta diaria
home-goal-choice = { $count ->
    [one] { $count } ejercicio al día
   *[other] { $count } ejercicios al día
}
home-continue = Seguir donde lo dejaste
home-my-packs = Mis paquetes
home-all-packs = Todos los paquetes

## Pack screen

learn-lessons-title = Lecciones
learn-lesson-done = Terminada, mejor puntuación { $score } %
learn-listening-switch = Ejercicios de escucha
print-link = Imprimir una hoja de trabajo
print-now = Imprimir
print-word = Palabra o frase
print-meaning = Significado
learn-loading = Cargando la lección…
learn-pack-unreachable = No se pudo descargar este paquete. Conéctate a internet una vez y después funcionará sin conexión.
learn-pack-missing = Este paquete ya no está en este sitio.
learn-pack-damaged = Este archivo de paquete está dañado o es demasiado nuevo para esta versión de Passage.
learn-lesson-problem = No se puede abrir esta lección
learn-lesson-missing = Este paquete no tiene esa lección. Quizás ha cambiado.

## A lesson

learn-progress = Ejercicio { $done } de { $total }
learn-again-note = Un intento más:
learn-check = Comprobar
learn-continue = Continuar
learn-listen = Escuchar
learn-your-answer = Tu respuesta
learn-flashcard-instruction = Una palabra nueva. Léela, escúchala y luego muestra el significado.
learn-reveal = Mostrar el significado
learn-rate-question = ¿Qué tan bien la sabías?
learn-rate-again = Nada
learn-rate-hard = Un poco
learn-rate-good = Bien
learn-rate-easy = Muy bien
learn-choice-single = Elige la respuesta correcta.
learn-choice-multiple = Elige todas las respuestas correctas y pulsa Comprobar.
learn-choice-listen = Escucha y elige lo que oíste.
learn-true-false-instruction = ¿Es verdadero o falso?
learn-true = Verdadero
learn-false = Falso
learn-type-translate = Escribe esto en el idioma que estás aprendiendo.
learn-type-article = Escribe esto en el idioma que estás aprendiendo, con su artículo.
learn-type-listen = Escucha y escribe lo que oíste.
learn-word-bank-instruction = Forma la frase: toca las palabras en orden.
learn-word-bank-built = Tu frase
learn-word-bank-tiles = Palabras para usar
learn-match-instruction = Une las parejas: elige algo a la izquierda y luego su pareja a la derecha.
learn-match-pair = pareja { $number }
learn-cloze-instruction = Completa los huecos.
learn-blank = Hueco { $number }
learn-order-instruction = Pon esto en el orden correcto.
learn-move-up = Subir: { $item }
learn-move-down = Bajar: { $item }
learn-dialogue-your-turn = Te toca. ¿Qué dice esta persona?
learn-reply-right = Buena respuesta.
learn-reply-wrong = No es la mejor respuesta. La conversación sigue con la correcta.
learn-sources = Fuentes
learn-reviewed = Revisado por última vez el { DATE($date) }
learn-checked = Revisado por última vez el { DATE($date) }.

## Feedback after an answer

learn-right = ¡Correcto!
learn-right-with-note = Correcto, con una pequeña nota.
learn-wrong = No del todo.
learn-right-answer = La respuesta correcta:
learn-note-diacritics = Cuidado con los acentos y las letras especiales.
learn-note-typo = Cuidado con la ortografía: una letra es diferente.
learn-note-article = La palabra es correcta, pero el artículo es otro.
learn-source = Fuente:
learn-varies-office = Esta respuesta cambia cuando otra persona ocupa el cargo.
learn-varies-region = Esta respuesta depende de dónde vives.
learn-varies-yearly = Esta respuesta cambia cada año.

## End of a lesson or review

learn-summary-title = ¡Muy bien! Has terminado.
learn-summary-score = Tu puntuación: { $score } %
learn-summary-right = { $total ->
    [one] { $right } de { $total } respuesta fue correcta a la primera.
   *[other] { $right } de { $total } respuestas fueron correctas a la primera.
}
learn-summary-back = Volver
learn-summary-home = Inicio
learn-review-title = Repaso
learn-review-nothing = No hay nada que repasar ahora. Vuelve más tarde o empieza una lección nueva.
learn-review-some-missing = Algunos paquetes no se pudieron cargar; sus palabras quedan fuera.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Un examen de práctica como el de verdad: hasta { $ask } preguntas, y apruebas con { $pass } respuestas correctas. Termina en cuanto el resultado es seguro.
learn-exam-passed = Aprobaste este examen de práctica.
learn-exam-not-passed = Esta vez no aprobaste. Practica las lecciones e inténtalo de nuevo.
learn-exam-tally = Correctas: { $right }. Incorrectas: { $wrong }. Necesitas { $pass } respuestas correctas de { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Tus tareas
assign-broken-title = Este enlace de tarea no funciona
assign-error-empty = El enlace está cortado: no contiene ninguna tarea. Pide a tu profesor o profesora que lo envíe de nuevo.
assign-error-too-long = Este enlace es demasiado largo para ser una tarea. Pide a tu profesor o profesora que lo envíe de nuevo.
assign-error-truncated = Falta una parte del enlace. Copia el enlace completo o pide a tu profesor o profesora que lo envíe de nuevo.
assign-error-damaged = El enlace fue cambiado o está dañado. Pide a tu profesor o profesora que lo envíe de nuevo.
assign-error-newer = Esta tarea se hizo con una versión más nueva de Passage. Actualiza la aplicación y vuelve a abrir el enlace.
assign-error-not-assignment = Esto no es un enlace de tarea. Pide a tu profesor o profesora que lo envíe de nuevo.
assign-nothing-changed = No se cambió nada.
assign-from-teacher = Una tarea de tu profesor o profesora
assign-due = Para el { DATE($date) }
assign-overdue = Atrasada: era para el { DATE($date) }
assign-packs-title = Qué estudiar
assign-lessons = Lecciones:
assign-pack-missing = Este sitio no tiene este paquete.
assign-other-catalog = Los paquetes de esta tarea vienen de otro sitio web. Passage todavía no puede abrir paquetes de otros sitios, así que esta tarea no se puede aceptar aquí.
assign-accept = Aceptar la tarea
assign-accepted = Aceptaste esta tarea. Sus paquetes están en tu lista.
assign-start = Empezar a estudiar
assign-send-progress = Enviar tu progreso a tu profesor o profesora
receipt-title = Enviar tu progreso
receipt-not-here = Esta tarea no está en este teléfono. Abre el enlace que te envió tu profesor o profesora y acéptala primero.
receipt-name-label = Tu nombre, como te conoce tu profesor o profesora
receipt-name-empty = Escribe tu nombre para crear tu comprobante.
receipt-name-too-long = Tu nombre es demasiado largo: usa como máximo { $max } caracteres.
receipt-name-control = Tu nombre tiene un carácter que no se puede enviar. Escríbelo de nuevo.
receipt-leave-out-accuracy = No incluir cuántas respuestas fueron correctas
receipt-leave-out-activity = No incluir cuándo estudié por última vez
receipt-shares-title = Esto es lo que vas a compartir
receipt-field-name = Tu nombre: { $name }
receipt-field-assignment = La tarea: { $class }
receipt-field-made = Creado el { DATE($date) }
receipt-field-lessons = { $pack }: lecciones hechas: { $done } de { $of }
receipt-field-accuracy = { $pack }: { $percent } % de respuestas correctas
receipt-field-activity = { $pack }: estudiado por última vez el { DATE($date) }
receipt-nothing-else = Nada más sale de tu teléfono: ni tus respuestas, ni tus otros paquetes, ni tus ajustes.
receipt-code-label = Tu comprobante: envía este código a tu profesor o profesora, por ejemplo en un mensaje de chat.
receipt-qr = Código QR de tu comprobante, para que lo escanee tu profesor o profesora
receipt-save = Guardar como archivo

## Copy and share buttons (also on the teachers' page)

share-copy = Copiar
share-copied = Copiado.
share-copy-failed = No se pudo copiar: selecciona el texto y cópialo a mano.
share-share = Compartir…
