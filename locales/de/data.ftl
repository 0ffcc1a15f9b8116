# Passage interface messages (de): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Ein Teil des gespeicherten Fortschritts konnte nicht gelesen werden. Er wird sicher auf diesem Gerät aufbewahrt.
storage-damaged-export = Exportieren
storage-not-saved-full = Ihr Fortschritt wird auf diesem Gerät nicht gespeichert: Der Speicher ist voll. Sie können weiterlernen; exportieren Sie Ihren Fortschritt, um ihn zu behalten.
storage-not-saved-blocked = Ihr Fortschritt wird auf diesem Gerät nicht gespeichert: Dieser Browser erlaubt es nicht (privates Surfen oder Speicher ausgeschaltet). Sie können weiterlernen; exportieren Sie Ihren Fortschritt, um ihn zu behalten.
storage-newer = Auf diesem Gerät ist Fortschritt aus einer neueren Version von Passage. Er bleibt, wie er ist, und neuer Fortschritt wird erst gespeichert, wenn Sie die App aktualisieren.
storage-go-to-data = Meine Daten
storage-changed-elsewhere = Ihr Fortschritt wurde aus einem anderen Fenster von Passage aktualisiert.
storage-dismiss = OK

## My data

my-data-link = Meine Daten
teachers-link = Für Lehrkräfte
my-data-title = Meine Daten
my-data-items =
    { $count ->
        [one] Ein Eintrag gelernt
       *[other] { $count } Einträge gelernt
    }
my-data-lessons =
    { $count ->
        [one] Eine Lektion fertig
       *[other] { $count } Lektionen fertig
    }
my-data-storage-title = Speicher auf diesem Gerät
my-data-storage-used-of = Passage belegt { $used } von { $quota } verfügbar.
my-data-storage-used = Passage belegt { $used }.
my-data-storage-unknown = Dieser Browser sagt nicht, wie viel Speicher Passage belegt.
my-data-persistent-yes = Dieser Browser behält Ihre Daten, auch wenn auf dem Telefon der Platz knapp wird.
my-data-persistent-no = Dieser Browser kann Ihre Daten löschen, wenn auf dem Telefon der Platz knapp wird.
my-data-persist = Browser bitten, meine Daten zu behalten
my-data-persist-refused = Der Browser hat nicht zugestimmt. Exportieren Sie Ihren Fortschritt ab und zu, um eine Kopie zu haben.
my-data-export-title = Fortschritt auf ein anderes Telefon bringen
my-data-export-text = Speichern Sie Ihren Fortschritt als Datei. Öffnen Sie auf dem anderen Telefon Passage und importieren Sie die Datei: Was Sie auf beiden Telefonen gelernt haben, bleibt erhalten.
my-data-export = Fortschritt exportieren
my-data-import = Fortschritt aus einer Datei importieren
my-data-imported = Fortschritt importiert. Was Sie auf beiden Telefonen gelernt haben, bleibt erhalten.
my-data-import-not-progress = Diese Datei ist kein Passage-Fortschritt. Nichts wurde geändert.
my-data-import-damaged = Diese Datei ist beschädigt und konnte nicht gelesen werden. Nichts wurde geändert.
my-data-import-newer = Diese Datei stammt aus einer neueren Version von Passage. Aktualisieren Sie die App und importieren Sie die Datei erneut. Nichts wurde geändert.
my-data-import-unreadable = Diese Datei konnte nicht geöffnet werden. Nichts wurde geändert.
my-data-delete-title = Alle meine Daten löschen
my-data-delete-text = Das löscht auf diesem Gerät: Ihren Fortschritt in allen Paketen, Kopien von Fortschritt, der nicht gelesen werden konnte, und Ihre Sprachauswahl. Die Lektionspakete bleiben. Das lässt sich nicht rückgängig machen: Exportieren Sie zuerst Ihren Fortschritt, um eine Kopie zu haben.
my-data-delete = Alle meine Daten löschen
my-data-delete-confirm-question = Alles löschen? Das lässt sich nicht rückgängig machen.
my-data-delete-confirm = Ja, alles löschen
my-data-delete-cancel = Abbrechen
my-data-deleted = Alle Ihre Daten wurden von diesem Gerät gelöscht.
my-data-delete-failed = Ihre Daten konnten nicht gelöscht werden: Der Browser hat es verweigert. Versuchen Sie es noch einmal.
