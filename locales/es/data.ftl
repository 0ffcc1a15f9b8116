# Passage interface messages (es): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Una parte del progreso guardado no se pudo leer. Se conserva de forma segura en este dispositivo.
storage-damaged-export = Exportarla
storage-not-saved-full = Tu progreso no se está guardando en este dispositivo: su almacenamiento está lleno. Puedes seguir estudiando; exporta tu progreso para conservarlo.
storage-not-saved-blocked = Tu progreso no se está guardando en este dispositivo: este navegador no lo permite (navegación privada o almacenamiento desactivado). Puedes seguir estudiando; exporta tu progreso para conservarlo.
storage-newer = Este dispositivo tiene progreso de una versión más nueva de Passage. Se conserva tal cual y el progreso nuevo no se guarda hasta que actualices la aplicación.
storage-go-to-data = Mis datos
storage-changed-elsewhere = Tu progreso se actualizó desde otra ventana de Passage.
storage-dismiss = De acuerdo

## My data

my-data-link = Mis datos
teachers-link = Para docentes
my-data-title = Mis datos
my-data-items =
    { $count ->
        [one] Un elemento estudiado
       *[other] { $count } elementos estudiados
    }
my-data-lessons =
    { $count ->
        [one] Una lección terminada
       *[other] { $count } lecciones terminadas
    }
my-data-storage-title = Espacio en este dispositivo
my-data-storage-used-of = Passage usa { $used } de { $quota } disponibles.
my-data-storage-used = Passage usa { $used }.
my-data-storage-unknown = Este navegador no indica cuánto espacio usa Passage.
my-data-persistent-yes = Este navegador conserva tus datos, incluso cuando al teléfono le falta espacio.
my-data-persistent-no = Este navegador puede borrar tus datos cuando al teléfono le falta espacio.
my-data-persist = Pedir al navegador que conserve mis datos
my-data-persist-refused = El navegador no aceptó. Exporta tu progreso de vez en cuando para tener una copia.
my-data-export-title = Pasar tu progreso a otro teléfono
my-data-export-text = Guarda tu progreso en un archivo. En el otro teléfono, abre Passage e importa el archivo: se conserva lo que aprendiste en los dos teléfonos.
my-data-export = Exportar el progreso
my-data-import = Importar el progreso desde un archivo
my-data-imported = Progreso importado. Se conserva lo que aprendiste en los dos teléfonos.
my-data-import-not-progress = Este archivo no es progreso de Passage. No se cambió nada.
my-data-import-damaged = Este archivo está dañado y no se pudo leer. No se cambió nada.
my-data-import-newer = Este archivo es de una versión más nueva de Passage. Actualiza la aplicación y vuelve a importarlo. No se cambió nada.
my-data-import-unreadable = No se pudo abrir este archivo. No se cambió nada.
my-data-delete-title = Borrar todos mis datos
my-data-delete-text = Esto borra de este dispositivo: tu progreso en todos los paquetes, las copias del progreso que no se pudo leer y tus elecciones de idioma. Los paquetes de lecciones se quedan. No se puede deshacer: exporta primero tu progreso para tener una copia.
my-data-delete = Borrar todos mis datos
my-data-delete-confirm-question = ¿Borrar todo? No se puede deshacer.
my-data-delete-confirm = Sí, borrar todo
my-data-delete-cancel = Cancelar
my-data-deleted = Todos tus datos se borraron de este dispositivo.
my-data-delete-failed = No se pudieron borrar tus datos: el navegador no lo permitió. Inténtalo de nuevo.
