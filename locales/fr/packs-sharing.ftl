# Passage interface messages (fr): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = de { $origin }
packs-shared-origin = partagé en fichier
catalogs-title = Packs d'autres sites
catalogs-intro = Ajoutez l'adresse d'un autre site Passage, par exemple d'une association de votre région. Ses packs sont vérifiés comme ceux de ce site.
catalogs-address = Adresse du site
catalogs-add = Ajouter
catalogs-remove = Retirer
catalogs-unreachable = Les packs de { $origin } n'ont pas pu être chargés. Les autres packs fonctionnent toujours.
catalogs-slow = { $origin } met trop de temps à répondre. Les autres packs fonctionnent toujours.
catalogs-missing = { $origin } n'a pas de liste de packs à cette adresse.
catalogs-damaged = La liste de packs de { $origin } est abîmée et a été ignorée.
catalogs-error-address = Ce n'est pas une adresse web. Écrivez-la comme https://example.org/passage/
catalogs-error-https = L'adresse doit commencer par https://
catalogs-error-own = C'est l'adresse de ce site. Ses packs sont déjà dans la liste.
catalogs-error-listed = Ce site est déjà dans la liste.
catalogs-error-too-many = Vous pouvez ajouter au plus { $limit } sites. Retirez-en un d'abord.

## Packs shared as files

share-open-title = Ouvrir un fichier de pack
share-open-intro = Un pack que quelqu'un a enregistré en fichier sur son téléphone. Il est vérifié, puis il marche sans internet.
share-open-button = Choisir un fichier de pack
share-opened = Le pack a été ajouté. Il marche sans internet.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] { $count } image ou enregistrement n'était pas dans le fichier. Le pack marche quand même.
       *[other] { $count } images ou enregistrements n'étaient pas dans le fichier. Le pack marche quand même.
    }
share-open-link = Ouvrir le pack
share-error-empty = Le fichier est vide. Rien n'a été ajouté.
share-error-unreadable = Ce fichier n'est pas un pack Passage, ou il est incomplet ou modifié. Rien n'a été ajouté.
share-error-newer = Ce pack demande une version plus récente de Passage. Rien n'a été ajouté.
share-error-invalid = Ce pack ne respecte pas les règles des packs. Il a peut-être été modifié. Rien n'a été ajouté.
share-error-media = Une image ou un enregistrement de ce fichier est abîmé, ou ne fait pas partie du pack. Rien n'a été ajouté.
share-error-large = Ce fichier est trop gros pour être un pack. Rien n'a été ajouté.
share-error-storage = Le pack n'a pas pu être gardé sur ce téléphone. Libérez de la place et réessayez.
share-save = Enregistrer en fichier
share-save-hint = Donnez le fichier à quelqu'un sans internet : il l'ouvre dans la liste des packs.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] { $count } image ou enregistrement n'a pas pu être ajouté au fichier, car il n'y avait pas de connexion. Le pack marche quand même.
       *[other] { $count } images ou enregistrements n'ont pas pu être ajoutés au fichier, car il n'y avait pas de connexion. Le pack marche quand même.
    }
share-save-failed = Le pack n'a pas pu être enregistré en fichier. Réessayez avec une connexion.
