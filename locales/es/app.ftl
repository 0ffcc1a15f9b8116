# Passage interface messages, Spanish. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = Idioma
language-loading = Cargando el idioma…
language-unavailable = No se pudo cargar este idioma. Revisa tu conexión e inténtalo de nuevo.
translation-draft = Esta traducción es un borrador y puede tener errores.
translation-draft-link = Sugerir una corrección
footer-privacy = Sin cuenta y sin rastreo: tu progreso se queda en este dispositivo.
update-available = Actualización disponible
update-reload = Recargar
list-separator = {", "}

## Home

home-lead = Aprende el idioma de tu nuevo país y cómo funciona la vida allí: derechos, salud, trabajo, dinero, escuela y dónde pedir ayuda.
home-start = Empezar a aprender
home-offline-title = Funciona sin internet
home-offline-text = Cuando tengas un paquete de lecciones en el teléfono, podrás estudiar sin internet.
home-private-title = Privado
home-private-text = Sin cuenta y sin rastreo. Tu progreso se queda en este dispositivo.
home-free-title = Gratis
home-free-text = Hecho para personas recién llegadas, docentes y las organizaciones que las apoyan.

## Lesson packs

packs-title = Paquetes de lecciones
packs-loading = Cargando paquetes…
packs-none = Este sitio todavía no ofrece paquetes de lecciones.
packs-unreachable = No se pudo cargar la lista de paquetes. Revisa tu conexión e inténtalo de nuevo.
packs-missing = Falta la lista de paquetes de este sitio. Avisa a quien administra el sitio.
packs-damaged = La lista de paquetes de este sitio está dañada. Avisa a quien administra el sitio.
packs-count =
    { $count ->
        [0] Ningún paquete coincide con lo que elegiste.
        [one] Un paquete de lecciones
       *[other] { $count } paquetes de lecciones
    }
pack-learns = Aprendes: { $language }
learner-language-label = Traducciones en los paquetes de lecciones
learner-language-auto = Igual que la interfaz
pack-no-translation = Este paquete no tiene traducciones en este idioma: { $wanted }. Usa: { $used }.
packs-filter-title = Buscar un paquete
packs-filter-learning = Idioma que aprendes
packs-filter-mine = Mi idioma
packs-filter-kind = Tipo
packs-filter-level = Nivel
packs-filter-country = País
packs-filter-any = Cualquiera
packs-filter-clear = Ver todos los paquetes
packs-kind-language = Idioma
packs-kind-civic = Vida y derechos
packs-kind-mixed = Idioma y vida
offline-save = Descargar para usar sin internet
offline-working = Espera, por favor…
offline-saved = Disponible sin internet en este teléfono.
offline-remove = Quitar de este teléfono
offline-removed = Se quitó de este teléfono. Tu progreso en este paquete se guarda.
offline-unsupported = Aquí este navegador no puede guardar paquetes para usarlos sin internet.
offline-storage-full = No queda espacio para guardar este paquete. Libera espacio en el teléfono e inténtalo de nuevo.
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = Cargando…
pack-target = Idioma que aprendes
pack-translations = Traducciones
pack-version = Versión
pack-size = Tamaño de la descarga
pack-not-found-title = Paquete no encontrado
pack-not-found-text = Este sitio no tiene ningún paquete con este nombre:
pack-all = Todos los paquetes

## An address that names no screen

not-found-title = Página no encontrada
not-found-text = No hay ninguna página en esta dirección:
not-found-home = Ir al inicio
