# Passage interface messages, German. Draft: not yet reviewed by a native speaker.
# Learners are addressed with "Sie".

app-name = Passage

## The frame every screen shares

language-picker-label = Sprache
language-loading = Sprache wird geladen…
language-unavailable = Diese Sprache konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
translation-draft = Diese Übersetzung ist ein Entwurf und kann Fehler enthalten.
translation-draft-link = Korrektur vorschlagen
footer-privacy = Kein Konto, keine Überwachung: Ihr Lernstand bleibt auf diesem Gerät.
update-available = Neue Version verfügbar
update-reload = Neu laden
list-separator = {", "}

## Home

home-lead = Lernen Sie die Sprache Ihres neuen Landes und wie das Leben dort funktioniert: Rechte, Gesundheit, Arbeit, Geld, Schule und wo Sie Hilfe bekommen.
home-start = Jetzt lernen
home-offline-title = Funktioniert offline
home-offline-text = Sobald ein Lernpaket auf Ihrem Handy ist, können Sie ohne Internet lernen.
home-private-title = Privat
home-private-text = Kein Konto und keine Überwachung. Ihr Lernstand bleibt auf diesem Gerät.
home-free-title = Kostenlos
home-free-text = Gemacht für Neuangekommene, Lehrkräfte und die Organisationen, die ihnen helfen.

## Lesson packs

packs-title = Lernpakete
packs-loading = Lernpakete werden geladen…
packs-none = Diese Seite bietet noch keine Lernpakete an.
packs-unreachable = Die Liste der Lernpakete konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
packs-missing = Auf dieser Seite fehlt die Liste der Lernpakete. Sagen Sie es den Betreibern der Seite.
packs-damaged = Die Liste der Lernpakete dieser Seite ist beschädigt. Sagen Sie es den Betreibern der Seite.
packs-count =
    { $count ->
        [0] Kein Lernpaket passt zu dieser Auswahl.
        [one] Ein Lernpaket
       *[other] { $count } Lernpakete
    }
pack-learns = Sie lernen: { $language }
learner-language-label = Übersetzungen in Lernpaketen
learner-language-auto = Wie die Oberfläche
pack-no-translation = Dieses Paket hat keine Übersetzungen in dieser Sprache: { $wanted }. Es verwendet: { $used }.
packs-filter-title = Ein Lernpaket finden
packs-filter-learning = Sprache, die Sie lernen
packs-filter-mine = Meine Sprache
packs-filter-kind = Art
packs-filter-level = Niveau
packs-filter-country = Land
packs-filter-any = Alle
packs-filter-clear = Alle Lernpakete zeigen
packs-kind-language = Sprache
packs-kind-civic = Leben und Rechte
packs-kind-mixed = Sprache und Leben
offline-save = Herunterladen und offline nutzen
offline-working = Bitte warten…
offline-saved = Offline auf diesem Handy verfügbar.
offline-remove = Von diesem Handy entfernen
offline-removed = Von diesem Handy entfernt. Ihr Lernstand in diesem Paket bleibt erhalten.
offline-unsupported = Dieser Browser kann hier keine Lernpakete für die Nutzung ohne Internet speichern.
offline-storage-full = Es ist kein Platz mehr frei, um dieses Paket zu speichern. Machen Sie auf dem Handy etwas Platz frei und versuchen Sie es noch einmal.
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = Wird geladen…
pack-target = Sprache, die Sie lernen
pack-translations = Übersetzungen
pack-version = Version
pack-size = Downloadgröße
pack-not-found-title = Paket nicht gefunden
pack-not-found-text = Diese Seite hat kein Paket mit diesem Namen:
pack-all = Alle Lernpakete

## An address that names no screen

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite:
not-found-home = Zum Anfang
