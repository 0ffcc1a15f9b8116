# Passage interface messages (fr): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Une partie de la progression enregistrée n’a pas pu être lue. Elle est conservée en sécurité sur cet appareil.
storage-damaged-export = L’exporter
storage-not-saved-full = Votre progression n’est pas enregistrée sur cet appareil : son stockage est plein. Vous pouvez continuer à apprendre ; exportez votre progression pour la garder.
storage-not-saved-blocked = Votre progression n’est pas enregistrée sur cet appareil : ce navigateur ne le permet pas (navigation privée ou stockage désactivé). Vous pouvez continuer à apprendre ; exportez votre progression pour la garder.
storage-newer = Cet appareil contient une progression d’une version plus récente de Passage. Elle est gardée telle quelle, et aucune nouvelle progression n’est enregistrée tant que vous n’avez pas mis l’application à jour.
storage-go-to-data = Mes données
storage-changed-elsewhere = Votre progression a été mise à jour depuis une autre fenêtre de Passage.
storage-dismiss = D’accord

## My data

my-data-link = Mes données
teachers-link = Pour les enseignants
my-data-title = Mes données
my-data-items =
    { $count ->
        [one] { $count } élément étudié
       *[other] { $count } éléments étudiés
    }
my-data-lessons =
    { $count ->
        [one] { $count } leçon terminée
       *[other] { $count } leçons terminées
    }
my-data-storage-title = Espace sur cet appareil
my-data-storage-used-of = Passage utilise { $used } sur { $quota } disponibles.
my-data-storage-used = Passage utilise { $used }.
my-data-storage-unknown = Ce navigateur n’indique pas combien d’espace Passage utilise.
my-data-persistent-yes = Ce navigateur garde vos données, même quand le téléphone manque d’espace.
my-data-persistent-no = Ce navigateur peut effacer vos données quand le téléphone manque d’espace.
my-data-persist = Demander au navigateur de garder mes données
my-data-persist-refused = Le navigateur n’a pas accepté. Exportez votre progression de temps en temps pour en garder une copie.
my-data-export-title = Passer votre progression sur un autre téléphone
my-data-export-text = Enregistrez votre progression dans un fichier. Sur l’autre téléphone, ouvrez Passage et importez le fichier : ce que vous avez appris sur les deux téléphones est gardé.
my-data-export = Exporter la progression
my-data-import = Importer la progression depuis un fichier
my-data-imported = Progression importée. Ce que vous avez appris sur les deux téléphones est gardé.
my-data-import-not-progress = Ce fichier n’est pas une progression Passage. Rien n’a été changé.
my-data-import-damaged = Ce fichier est abîmé et n’a pas pu être lu. Rien n’a été changé.
my-data-import-newer = Ce fichier vient d’une version plus récente de Passage. Mettez l’application à jour, puis importez-le de nouveau. Rien n’a été changé.
my-data-import-unreadable = Ce fichier n’a pas pu être ouvert. Rien n’a été changé.
my-data-delete-title = Supprimer toutes mes données
my-data-delete-text = Cela supprime de cet appareil : votre progression dans tous les paquets, les copies de progression qui n’ont pas pu être lues et vos choix de langue. Les paquets de leçons restent. C’est définitif : exportez d’abord votre progression pour en garder une copie.
my-data-delete = Supprimer toutes mes données
my-data-delete-confirm-question = Tout supprimer ? C’est définitif.
my-data-delete-confirm = Oui, tout supprimer
my-data-delete-cancel = Annuler
my-data-deleted = Toutes vos données ont été supprimées de cet appareil.
my-data-delete-failed = Vos données n’ont pas pu être supprimées : le navigateur a refusé. Réessayez.
