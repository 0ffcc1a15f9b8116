# Passage interface messages (fr): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Où trouver de l’aide
help-title = Où trouver de l’aide
help-lead = Des organisations locales qui aident les personnes nouvellement arrivées, listées par { $site }. Contactez-les directement : Passage ne leur envoie rien.
help-offline = Cette liste est enregistrée sur cet appareil : elle fonctionne donc aussi sans internet.
help-empty = Ce site ne liste encore aucune organisation locale.
help-filter-category = Type d’aide
help-filter-language = Langue parlée
help-none-match = Aucune organisation ne correspond. Essayez un autre type d’aide ou une autre langue.
help-count =
    { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
help-languages = Langues parlées : { $languages }
help-address = Adresse
help-phone = Téléphone
help-email = E-mail
help-hours = Horaires d’ouverture
help-website = Site web
help-map = Voir sur une carte
help-category-emergency = Urgence
help-category-legal-advice = Conseil juridique
help-category-health = Santé
help-category-housing = Logement
help-category-work = Travail
help-category-language-courses = Cours de langue
help-category-family = Famille
help-category-other = Autre aide

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = Le fichier de réglages de ce site contient des erreurs. Là où il y a une erreur, Passage utilise ses propres réglages. Tout le reste fonctionne comme d’habitude.
site-settings-problem-details =
    { $count ->
        [one] { $count } erreur, pour l’équipe du site
       *[other] { $count } erreurs, pour l’équipe du site
    }
