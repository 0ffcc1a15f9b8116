# Passage interface messages (es): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Dónde pedir ayuda
help-title = Dónde pedir ayuda
help-lead = Organizaciones de la zona que ayudan a personas recién llegadas, según la lista de { $site }. Contáctalas directamente: Passage no les envía nada.
help-offline = Esta lista está guardada en este dispositivo, así que también funciona sin internet.
help-empty = Este sitio todavía no muestra ninguna organización de la zona.
help-filter-category = Tipo de ayuda
help-filter-language = Idioma que hablan
help-none-match = Ninguna organización coincide. Prueba otro tipo de ayuda u otro idioma.
help-count =
    { $count ->
        [one] Una organización
       *[other] { $count } organizaciones
    }
help-languages = Idiomas que hablan: { $languages }
help-address = Dirección
help-phone = Teléfono
help-email = Correo electrónico
help-hours = Horario de atención
help-website = Sitio web
help-map = Ver en un mapa
help-category-emergency = Emergencias
help-category-legal-advice = Asesoría legal
help-category-health = Salud
help-category-housing = Vivienda
help-category-work = Trabajo
help-category-language-courses = Cursos de idiomas
help-category-family = Familia
help-category-other = Otra ayuda

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = El archivo de ajustes de este sitio web tiene errores. Donde algo está mal, Passage usa sus propios ajustes. Todo lo demás funciona como siempre.
site-settings-problem-details =
    { $count ->
        [one] Un error, para el equipo del sitio web
       *[other] { $count } errores, para el equipo del sitio web
    }
