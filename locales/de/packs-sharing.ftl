# Passage interface messages (de): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = von { $origin }
packs-shared-origin = als Datei geteilt
catalogs-title = Lernpakete von anderen Seiten
catalogs-intro = Fügen Sie die Adresse einer anderen Passage-Seite hinzu, zum Beispiel einer Organisation in Ihrer Region. Ihre Lernpakete werden wie die dieser Seite geprüft.
catalogs-address = Adresse der Seite
catalogs-add = Hinzufügen
catalogs-remove = Entfernen
catalogs-unreachable = Die Lernpakete von { $origin } konnten nicht geladen werden. Die anderen Lernpakete funktionieren weiter.
catalogs-slow = { $origin } antwortet zu langsam. Die anderen Lernpakete funktionieren weiter.
catalogs-missing = { $origin } hat unter dieser Adresse keine Liste von Lernpaketen.
catalogs-damaged = Die Liste der Lernpakete von { $origin } ist beschädigt und wurde übersprungen.
catalogs-error-address = Das ist keine Internetadresse. Schreiben Sie sie so: https://example.org/passage/
catalogs-error-https = Die Adresse muss mit https:// beginnen.
catalogs-error-own = Das ist die Adresse dieser Seite. Ihre Lernpakete sind schon in der Liste.
catalogs-error-listed = Diese Seite ist schon in der Liste.
catalogs-error-too-many = Sie können höchstens { $limit } Seiten hinzufügen. Entfernen Sie zuerst eine.

## Packs shared as files

share-open-title = Lernpaket-Datei öffnen
share-open-intro = Ein Lernpaket, das jemand auf dem Handy als Datei gespeichert hat. Es wird geprüft und funktioniert dann ohne Internet.
share-open-button = Lernpaket-Datei wählen
share-opened = Das Lernpaket wurde hinzugefügt. Es funktioniert ohne Internet.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] Ein Bild oder eine Aufnahme war nicht in der Datei. Das Lernpaket funktioniert trotzdem.
       *[other] { $count } Bilder oder Aufnahmen waren nicht in der Datei. Das Lernpaket funktioniert trotzdem.
    }
share-open-link = Lernpaket öffnen
share-error-empty = Die Datei ist leer. Es wurde nichts hinzugefügt.
share-error-unreadable = Diese Datei ist kein Passage-Lernpaket, oder sie ist unvollständig oder verändert. Es wurde nichts hinzugefügt.
share-error-newer = Dieses Lernpaket braucht eine neuere Version von Passage. Es wurde nichts hinzugefügt.
share-error-invalid = Dieses Lernpaket verletzt die Regeln für Lernpakete. Vielleicht wurde es verändert. Es wurde nichts hinzugefügt.
share-error-media = Ein Bild oder eine Aufnahme in dieser Datei ist beschädigt oder gehört nicht zum Lernpaket. Es wurde nichts hinzugefügt.
share-error-large = Diese Datei ist zu groß für ein Lernpaket. Es wurde nichts hinzugefügt.
share-error-storage = Das Lernpaket konnte auf diesem Handy nicht gespeichert werden. Schaffen Sie Platz und versuchen Sie es noch einmal.
share-save = Als Datei speichern
share-save-hint = Geben Sie die Datei jemandem ohne Internet: Er oder sie öffnet sie in der Liste der Lernpakete.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] Ein Bild oder eine Aufnahme konnte nicht in der Datei gespeichert werden, weil es keine Verbindung gab. Das Lernpaket funktioniert trotzdem.
       *[other] { $count } Bilder oder Aufnahmen konnten nicht in der Datei gespeichert werden, weil es keine Verbindung gab. Das Lernpaket funktioniert trotzdem.
    }
share-save-failed = Das Lernpaket konnte nicht als Datei gespeichert werden. Versuchen Sie es mit Verbindung noch einmal.
