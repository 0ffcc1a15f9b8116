# Passage interface messages (de): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Wo Sie Hilfe bekommen
help-title = Wo Sie Hilfe bekommen
help-lead = Organisationen vor Ort, die Neuangekommenen helfen, aufgelistet von { $site }. Wenden Sie sich direkt an sie: Passage schickt ihnen nichts.
help-offline = Diese Liste ist auf diesem Gerät gespeichert. Sie funktioniert also auch ohne Internet.
help-empty = Diese Seite nennt noch keine Organisationen vor Ort.
help-filter-category = Art der Hilfe
help-filter-language = Gesprochene Sprache
help-none-match = Keine Organisation passt. Versuchen Sie eine andere Art von Hilfe oder eine andere Sprache.
help-count =
    { $count ->
        [one] Eine Organisation
       *[other] { $count } Organisationen
    }
help-languages = Gesprochene Sprachen: { $languages }
help-address = Adresse
help-phone = Telefon
help-email = E-Mail
help-hours = Öffnungszeiten
help-website = Website
help-map = Auf der Karte zeigen
help-category-emergency = Notfall
help-category-legal-advice = Rechtsberatung
help-category-health = Gesundheit
help-category-housing = Wohnen
help-category-work = Arbeit
help-category-language-courses = Sprachkurse
help-category-family = Familie
help-category-other = Weitere Hilfe

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = Die Einstellungsdatei dieser Website hat Fehler. Wo etwas falsch ist, nutzt Passage seine eigenen Einstellungen. Alles andere funktioniert wie gewohnt.
site-settings-problem-details =
    { $count ->
        [one] Ein Fehler, für das Team der Website
       *[other] { $count } Fehler, für das Team der Website
    }
