## La page des enseignants (teach.html) : créer des devoirs et suivre les classes.

teach-page-name = Pour les enseignants
teach-nav-label = Écrans pour les enseignants
teach-nav-assign = Créer un devoir
teach-nav-class = Suivi des classes
teach-nav-learner = Ouvrir l’application des élèves
teach-privacy = Rien ne quitte cet appareil, sauf si vous le partagez. Il n’y a ni compte ni serveur : les devoirs circulent sous forme de liens, la progression sous forme de reçus que les élèves choisissent de vous envoyer.

## Making an assignment

make-title = Créer un devoir
make-intro = Choisissez des packs de leçons, donnez un nom à la classe et ajoutez une date limite ou un court message. Vous obtenez un lien et un code QR pour votre classe.
make-packs = Packs de leçons
make-packs-loading = Chargement des packs de leçons…
make-packs-failed = Impossible de charger les packs de leçons. Vérifiez la connexion et rechargez la page.
make-some-lessons = Seulement certaines leçons
make-lessons-hint = Ne cochez rien pour donner le pack entier.
make-lessons-loading = Chargement des leçons…
make-lessons-failed = Impossible de charger les leçons de ce pack.
make-class-name = Nom de la classe
make-class-name-hint = Les élèves le voient, et il nomme la classe dans votre suivi.
make-due = Date limite (facultatif)
make-message = Message à la classe (facultatif)
make-make = Créer le lien
make-problems = Veuillez vérifier :
make-ready = À transmettre à votre classe
make-ready-note = Les élèves ouvrent le lien (ou scannent le code) sur leur téléphone. Cette classe est maintenant dans votre suivi des classes, prête à recevoir leurs reçus.
make-link-label = Lien pour la classe
make-qr-caption = Scannez avec l’appareil photo du téléphone pour ouvrir le devoir.
make-print = Imprimer
make-new = Créer un autre devoir

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Donnez un nom à la classe.
make-issue-class-long = Le nom de la classe est trop long ({ $max } caractères au maximum).
make-issue-message-long = Le message est trop long ({ $max } caractères au maximum).
make-issue-too-long = Le texte est trop long ({ $max } caractères au maximum).
make-issue-control = Le nom de la classe ne peut pas contenir de retour à la ligne ni de caractères de contrôle spéciaux.
make-issue-no-packs = Choisissez au moins un pack de leçons.
make-issue-too-many-packs = Choisissez au maximum { $max } packs de leçons.
make-issue-too-many-lessons = Choisissez au maximum { $max } leçons d’un même pack, ou aucune pour donner le pack entier.
make-issue-bad-id = Le catalogue de ce site contient un nom de pack ou de leçon que le lien ne peut pas transmettre. Prévenez la personne qui gère le site.
make-issue-code-long = Tout cela est trop long pour un seul lien : choisissez moins de packs ou de leçons, ou raccourcissez le message.

## Class overview

class-title = Suivi des classes
class-intro = Les élèves vous envoient des reçus de leur progression : collez-les ici (plusieurs à la fois, c’est possible) ou importez les fichiers. Seul ce que les élèves ont choisi de partager s’affiche, et cela reste sur cet appareil.
class-paste = Coller des reçus
class-paste-hint = Les reçus commencent par PSG-. Le texte autour est ignoré.
class-add = Ajouter les reçus
class-import-files = Importer des fichiers de reçus
class-none = Pas encore de classe. Créez un devoir ou ajoutez un reçu : sa classe apparaîtra ici.
class-result-added = { $name } : reçu ajouté à la classe { $class }.
class-result-updated = { $name } : reçu mis à jour dans la classe { $class }.
class-result-older = { $name } : un reçu plus récent est déjà dans { $class } ; il est conservé.
class-result-same = { $name } : ce reçu est déjà dans { $class }.
class-result-new-class = { $name } : reçu ajouté à une nouvelle classe, pour un devoir créé sur un autre appareil. Renommez-la ci-dessous.
class-result-does-not-fit = { $name } : ce reçu ne correspond pas à { $class } (nombre de packs différent) ; rien n’a été changé.
class-error-not-found = Aucun reçu trouvé dans ce texte. Les reçus commencent par PSG-.
class-error-too-long = Ce reçu est plus long que tout reçu possible : une partie d’un autre texte a sans doute été copiée avec.
class-error-truncated = Ce reçu est coupé. Demandez à l’élève de le renvoyer, ou copiez-le en entier.
class-error-checksum = Ce reçu contient une faute de frappe ou de copie (un caractère faux ou inversé). Demandez à l’élève de le renvoyer.
class-error-newer = Ce reçu a été créé par une version plus récente de Passage. Rechargez cette page pour la mettre à jour.
class-error-malformed = Ce n’est pas un reçu que Passage peut lire.
class-learners = { $count ->
    [one] { $count } élève
   *[other] { $count } élèves
}
class-due = À rendre le { DATE($date) }
class-table-caption = Progression de { $class }
class-col-name = Nom
class-col-lessons = Leçons terminées
class-col-accuracy = Réussite
class-col-last = Dernière activité
class-col-made = Reçu créé le
class-lessons-value = { $done } sur { $of }
class-accuracy-value = { $percent } %
class-not-shared = non partagé
class-no-receipts = Pas encore de reçu.
class-export-csv = Télécharger en CSV
class-print = Imprimer
class-rename = Nom de la classe
class-rename-save = Renommer
class-remove = Supprimer cette classe
class-remove-confirm = Supprimer { $class } et tous ses reçus de cet appareil ?
class-remove-yes = Oui, supprimer
class-remove-no = La garder
class-remove-learner = Retirer { $name }
class-csv-name = Nom
class-csv-pack = Pack
class-csv-lessons-done = leçons terminées
class-csv-lessons-of = leçons
class-csv-accuracy = réussite %
class-csv-last = dernière activité
class-csv-made = Reçu créé le (UTC)

## Storing the class overview

classes-damaged = Une copie abîmée de votre suivi des classes a été trouvée et mise de côté ; la copie lisible la plus récente est affichée.
classes-newer = Votre suivi des classes a été enregistré par une version plus récente de Passage. Il est affiché, mais les changements ne peuvent pas être enregistrés tant que cette page n’est pas à jour (rechargez-la).
classes-unavailable = Ce navigateur ne permet pas à Passage d’enregistrer des données (navigation privée ou stockage désactivé) : le suivi des classes sera perdu quand vous fermerez la page.
classes-not-saved = Le suivi des classes n’a pas pu être enregistré : le stockage du navigateur est plein ou bloqué. Exportez-le en CSV pour en garder une copie.
class-unnamed = Classe { $id }
class-date = { DATE($date) }
