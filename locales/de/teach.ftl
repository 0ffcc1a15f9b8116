## Die Seite für Lehrkräfte (teach.html): Aufgaben erstellen und die Klassenübersicht.
# Lehrkräfte werden mit „Sie“ angesprochen.

teach-page-name = Für Lehrkräfte
teach-nav-label = Bereiche für Lehrkräfte
teach-nav-assign = Aufgabe erstellen
teach-nav-class = Klassenübersicht
teach-nav-learner = Lern-App öffnen
teach-privacy = Nichts verlässt dieses Gerät, außer Sie teilen es. Es gibt keine Konten und keinen Server: Aufgaben werden als Links weitergegeben, der Lernstand als Lernnachweise, die Lernende Ihnen selbst schicken.

## Making an assignment

make-title = Aufgabe erstellen
make-intro = Wählen Sie Lernpakete, geben Sie der Klasse einen Namen und fügen Sie ein Fälligkeitsdatum oder eine kurze Nachricht hinzu. Sie bekommen einen Link und einen QR-Code für Ihre Klasse.
make-packs = Lernpakete
make-packs-loading = Lernpakete werden geladen…
make-packs-failed = Die Lernpakete konnten nicht geladen werden. Prüfen Sie die Verbindung und laden Sie die Seite neu.
make-some-lessons = Nur einige Lektionen
make-lessons-hint = Lassen Sie alles leer, um das ganze Paket aufzugeben.
make-lessons-loading = Lektionen werden geladen…
make-lessons-failed = Die Lektionen dieses Pakets konnten nicht geladen werden.
make-class-name = Name der Klasse
make-class-name-hint = Lernende sehen ihn, und er benennt die Klasse in Ihrer Übersicht.
make-due = Fällig am (freiwillig)
make-message = Nachricht an die Klasse (freiwillig)
make-make = Link erstellen
make-problems = Bitte prüfen Sie:
make-ready = An Ihre Klasse weitergeben
make-ready-note = Lernende öffnen den Link (oder scannen den Code) auf ihrem Handy. Diese Klasse ist jetzt in Ihrer Klassenübersicht und bereit für die Lernnachweise.
make-link-label = Link für die Klasse
make-qr-caption = Mit der Kamera des Handys scannen, um die Aufgabe zu öffnen.
make-print = Drucken
make-new = Noch eine Aufgabe erstellen

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Geben Sie der Klasse einen Namen.
make-issue-class-long = Der Name der Klasse ist zu lang (höchstens { $max } Zeichen).
make-issue-message-long = Die Nachricht ist zu lang (höchstens { $max } Zeichen).
make-issue-too-long = Der Text ist zu lang (höchstens { $max } Zeichen).
make-issue-control = Der Name der Klasse darf keine Zeilenumbrüche und keine besonderen Steuerzeichen enthalten.
make-issue-no-packs = Wählen Sie mindestens ein Lernpaket.
make-issue-too-many-packs = Wählen Sie höchstens { $max } Lernpakete.
make-issue-too-many-lessons = Wählen Sie höchstens { $max } Lektionen aus einem Paket, oder keine, um das ganze Paket aufzugeben.
make-issue-bad-id = Im Katalog dieser Seite hat ein Paket oder eine Lektion einen Namen, den der Link nicht übertragen kann. Sagen Sie es den Betreibern der Seite.
make-issue-code-long = Zusammen ist das zu viel für einen Link: Wählen Sie weniger Pakete oder Lektionen, oder kürzen Sie die Nachricht.

## Class overview

class-title = Klassenübersicht
class-intro = Lernende schicken Ihnen Lernnachweise über ihren Fortschritt: Fügen Sie sie hier ein (auch mehrere auf einmal) oder importieren Sie die Dateien. Gezeigt wird nur, was die Lernenden teilen wollten, und es bleibt auf diesem Gerät.
class-paste = Lernnachweise einfügen
class-paste-hint = Lernnachweise beginnen mit PSG-. Anderer Text darum herum wird nicht beachtet.
class-add = Lernnachweise hinzufügen
class-import-files = Dateien mit Lernnachweisen importieren
class-none = Noch keine Klassen. Erstellen Sie eine Aufgabe oder fügen Sie einen Lernnachweis hinzu: Seine Klasse erscheint dann hier.
class-result-added = { $name }: zu { $class } hinzugefügt.
class-result-updated = { $name }: in { $class } aktualisiert.
class-result-older = { $name }: In { $class } ist schon ein neuerer Lernnachweis; dieser bleibt erhalten.
class-result-same = { $name }: Dieser Lernnachweis ist schon in { $class }.
class-result-new-class = { $name }: zu einer neuen Klasse hinzugefügt, für eine Aufgabe, die auf einem anderen Gerät erstellt wurde. Benennen Sie sie unten um.
class-result-does-not-fit = { $name }: Dieser Lernnachweis passt nicht zu { $class } (andere Zahl von Paketen); nichts wurde geändert.
class-error-not-found = In diesem Text wurde kein Lernnachweis gefunden. Lernnachweise beginnen mit PSG-.
class-error-too-long = Dieser Lernnachweis ist länger als jeder mögliche Lernnachweis: Wahrscheinlich wurde ein Teil eines anderen Textes mitkopiert.
class-error-truncated = Dieser Lernnachweis ist unvollständig. Bitten Sie die lernende Person, ihn noch einmal zu schicken, oder kopieren Sie ihn ganz.
class-error-checksum = Dieser Lernnachweis hat einen Tipp- oder Kopierfehler (ein falsches oder vertauschtes Zeichen). Bitten Sie die lernende Person, ihn noch einmal zu schicken.
class-error-newer = Dieser Lernnachweis stammt aus einer neueren Version von Passage. Laden Sie diese Seite neu, um sie zu aktualisieren.
class-error-malformed = Das ist kein Lernnachweis, den Passage lesen kann.
class-learners = { $count ->
    [one] { $count } lernende Person
   *[other] { $count } Lernende
}
class-due = Fällig am { DATE($date) }
class-table-caption = Fortschritt von { $class }
class-col-name = Name
class-col-lessons = Lektionen fertig
class-col-accuracy = Trefferquote
class-col-last = Zuletzt aktiv
class-col-made = Nachweis erstellt
class-lessons-value = { $done } von { $of }
class-accuracy-value = { $percent } %
class-not-shared = nicht geteilt
class-no-receipts = Noch keine Lernnachweise.
class-export-csv = Als CSV herunterladen
class-print = Drucken
class-rename = Name der Klasse
class-rename-save = Umbenennen
class-remove = Diese Klasse entfernen
class-remove-confirm = { $class } und alle Lernnachweise dieser Klasse von diesem Gerät entfernen?
class-remove-yes = Ja, entfernen
class-remove-no = Behalten
class-remove-learner = { $name } entfernen
class-csv-name = Name
class-csv-pack = Paket
class-csv-lessons-done = Lektionen fertig
class-csv-lessons-of = Lektionen
class-csv-accuracy = Trefferquote %
class-csv-last = letzte Aktivität
class-csv-made = Nachweis erstellt (UTC)

## Storing the class overview

classes-damaged = Eine beschädigte Kopie Ihrer Klassenübersicht wurde gefunden und zur Seite gelegt; gezeigt wird die neueste lesbare Kopie.
classes-newer = Ihre Klassenübersicht wurde von einer neueren Version von Passage gespeichert. Sie wird gezeigt, aber Änderungen können erst gespeichert werden, wenn diese Seite aktualisiert ist (laden Sie sie neu).
classes-unavailable = Dieser Browser lässt Passage keine Daten speichern (privates Surfen oder Speicher ausgeschaltet): Die Klassenübersicht geht verloren, wenn Sie die Seite schließen.
classes-not-saved = Die Klassenübersicht konnte nicht gespeichert werden: Der Speicher des Browsers ist voll oder gesperrt. Exportieren Sie sie als CSV, um eine Kopie zu behalten.
class-unnamed = Klasse { $id }
class-date = { DATE($date) }
