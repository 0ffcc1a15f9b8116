# Passage interface messages, French. Draft: not yet reviewed by a native speaker.

app-name = Passage

## The frame every screen shares

language-picker-label = Langue
language-loading = Chargement de la langue…
language-unavailable = Impossible de charger cette langue. Vérifiez votre connexion et réessayez.
translation-draft = Cette traduction est un brouillon et peut contenir des erreurs.
translation-draft-link = Proposer une correction
footer-privacy = Pas de compte, pas de pistage : votre progression reste sur cet appareil.
update-available = Mise à jour disponible
update-reload = Recharger
list-separator = {", "}

## Home

home-lead = Apprenez la langue de votre nouveau pays et comment la vie y fonctionne : droits, santé, travail, argent, école et où trouver de l’aide.
home-start = Commencer à apprendre
home-offline-title = Fonctionne hors ligne
home-offline-text = Une fois qu’un pack de leçons est sur votre téléphone, vous pouvez étudier sans internet.
home-private-title = Confidentiel
home-private-text = Pas de compte ni de pistage. Votre progression reste sur cet appareil.
home-free-title = Gratuit
home-free-text = Conçu pour les personnes nouvellement arrivées, le personnel enseignant et les organisations qui les aident.

## Lesson packs

packs-title = Packs de leçons
packs-loading = Chargement des packs…
packs-none = Ce site ne propose encore aucun pack de leçons.
packs-unreachable = Impossible de charger la liste des packs. Vérifiez votre connexion et réessayez.
packs-missing = La liste des packs de ce site est introuvable. Prévenez la personne qui gère le site.
packs-damaged = La liste des packs de ce site est endommagée. Prévenez la personne qui gère le site.
packs-count =
    { $count ->
        [0] Aucun pack ne correspond à ces choix.
        [one] { $count } pack de leçons
       *[other] { $count } packs de leçons
    }
pack-learns = Langue apprise : { $language }
learner-language-label = Traductions dans les packs de leçons
learner-language-auto = Comme l’interface
pack-no-translation = Ce pack n’a pas de traduction dans cette langue : { $wanted }. Il utilise : { $used }.
packs-filter-title = Trouver un pack
packs-filter-learning = Langue à apprendre
packs-filter-mine = Ma langue
packs-filter-kind = Type
packs-filter-level = Niveau
packs-filter-country = Pays
packs-filter-any = Peu importe
packs-filter-clear = Voir tous les packs
packs-kind-language = Langue
packs-kind-civic = Vie et droits
packs-kind-mixed = Langue et vie
offline-save = Télécharger pour utiliser hors ligne
offline-working = Veuillez patienter…
offline-saved = Disponible hors ligne sur ce téléphone.
offline-remove = Retirer de ce téléphone
offline-removed = Retiré de ce téléphone. Votre progression dans ce pack est conservée.
offline-unsupported = Ici, ce navigateur ne peut pas garder les packs pour une utilisation hors ligne.
offline-storage-full = Il n’y a plus de place pour garder ce pack. Libérez de la place sur le téléphone et réessayez.
size-bytes = { $size } o
size-kb = { $size } Ko
size-mb = { $size } Mo

## One pack

pack-loading = Chargement…
pack-target = Langue que vous apprenez
pack-translations = Traductions
pack-version = Version
pack-size = Taille du téléchargement
pack-not-found-title = Pack introuvable
pack-not-found-text = Ce site n’a aucun pack portant ce nom :
pack-all = Tous les packs

## An address that names no screen

not-found-title = Page introuvable
not-found-text = Il n’y a aucune page à cette adresse :
not-found-home = Retour à l’accueil
