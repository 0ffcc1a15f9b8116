# Passage interface messages (es): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = de { $origin }
packs-shared-origin = compartido como archivo
catalogs-title = Paquetes de otros sitios
catalogs-intro = Añade la dirección de otro sitio de Passage, por ejemplo de una organización de tu región. Sus paquetes se comprueban como los de este sitio.
catalogs-address = Dirección del sitio
catalogs-add = Añadir
catalogs-remove = Quitar
catalogs-unreachable = No se pudieron cargar los paquetes de { $origin }. Los demás paquetes siguen funcionando.
catalogs-slow = { $origin } tarda demasiado en responder. Los demás paquetes siguen funcionando.
catalogs-missing = { $origin } no tiene una lista de paquetes en esta dirección.
catalogs-damaged = La lista de paquetes de { $origin } está dañada y se omitió.
catalogs-error-address = Esto no es una dirección web. Escríbela así: https://example.org/passage/
catalogs-error-https = La dirección debe empezar con https://
catalogs-error-own = Esta es la dirección de este sitio. Sus paquetes ya están en la lista.
catalogs-error-listed = Este sitio ya está en la lista.
catalogs-error-too-many = Puedes añadir como máximo { $limit } sitios. Quita uno primero.

## Packs shared as files

share-open-title = Abrir un archivo de paquete
share-open-intro = Un paquete que alguien guardó como archivo en su teléfono. Se comprueba y luego funciona sin internet.
share-open-button = Elegir un archivo de paquete
share-opened = Se añadió el paquete. Funciona sin internet.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] Una imagen o grabación no estaba en el archivo. El paquete funciona sin ella.
       *[other] { $count } imágenes o grabaciones no estaban en el archivo. El paquete funciona sin ellas.
    }
share-open-link = Abrir el paquete
share-error-empty = El archivo está vacío. No se añadió nada.
share-error-unreadable = Este archivo no es un paquete de Passage, o está incompleto o modificado. No se añadió nada.
share-error-newer = Este paquete necesita una versión más nueva de Passage. No se añadió nada.
share-error-invalid = Este paquete no cumple las reglas de los paquetes. Puede que lo hayan modificado. No se añadió nada.
share-error-media = Una imagen o grabación de este archivo está dañada, o no es parte del paquete. No se añadió nada.
share-error-large = Este archivo es demasiado grande para ser un paquete. No se añadió nada.
share-error-storage = No se pudo guardar el paquete en este teléfono. Libera espacio e inténtalo de nuevo.
share-save = Guardar como archivo
share-save-hint = Da el archivo a alguien sin internet: lo abre en la lista de paquetes.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] Una imagen o grabación no se pudo añadir al archivo, porque no había conexión. El paquete funciona sin ella.
       *[other] { $count } imágenes o grabaciones no se pudieron añadir al archivo, porque no había conexión. El paquete funciona sin ellas.
    }
share-save-failed = No se pudo guardar el paquete como archivo. Inténtalo de nuevo con conexión.
