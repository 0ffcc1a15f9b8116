# Passage interface messages (de): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = Willkommen zurück
home-due = { $count ->
    [0] Gerade gibt es nichts zu wiederholen.
    [one] { $count } Wort oder Frage zum Wiederholen.
   *[other] { $count } Wörter und Fragen zum Wiederholen.
}
home-review-now = Jetzt wiederholen
home-goal = Heute: { $done } von { $goal } Übungen
home-streak = { $days ->
    [0] Erreiche dein Tagesziel, um eine Serie zu beginnen.
    [one] { $days } Tag in Folge
   *[other] { $days } Tage in Folge
}
home-goal-label = Tagesziel
home-goal-choice = { $count ->
    [one] { $count } Übung pro Tag
   *[other] { $count } Übungen pro Tag
}
home-continue = Weitermachen, wo du aufgehört hast
home-my-packs = Meine Pakete
home-all-packs = Alle Pakete

## Pack screen

learn-lessons-title = Lektionen
learn-lesson-done = Fertig, bestes Ergebnis { $score } %
learn-listening-switch = Hörübungen
print-link = Arbeitsblatt drucken
print-now = Drucken
print-word = Wort oder Satz
print-meaning = Bedeutung
learn-loading = Die Lektion wird geladen …
learn-pack-unreachable = Dieses Paket konnte nicht geladen werden. Verbinde dich einmal mit dem Internet, dann funktioniert es auch offline.
learn-pack-missing = Dieses Paket gibt es auf dieser Seite nicht mehr.
learn-pack-damaged = Diese Paketdatei ist beschädigt oder zu neu für diese Version von Passage.
learn-lesson-problem = Diese Lektion lässt sich nicht öffnen
learn-lesson-missing = Dieses Paket hat diese Lektion nicht. Vielleicht hat es sich geändert.

## A lesson

learn-progress = Übung { $done } von { $total }
learn-again-note = Noch ein Versuch:
learn-check = Prüfen
learn-continue = Weiter
learn-listen = Anhören
learn-your-answer = Deine Antwort
learn-flashcard-instruction = Ein neues Wort. Lies es, hör es an und zeig dann die Bedeutung.
learn-reveal = Bedeutung zeigen
learn-rate-question = Wie gut wusstest du es?
learn-rate-again = Gar nicht
learn-rate-hard = Ein wenig
learn-rate-good = Gut
learn-rate-easy = Sehr gut
learn-choice-single = Wähle die richtige Antwort.
learn-choice-multiple = Wähle alle richtigen Antworten und drücke dann „Prüfen“.
learn-choice-listen = Hör zu und wähle, was du gehört hast.
learn-true-false-instruction = Ist das richtig oder falsch?
learn-true = Richtig
learn-false = Falsch
learn-type-translate = Schreib das in der Sprache, die du lernst.
learn-type-article = Schreib das in der Sprache, die du lernst, mit Artikel.
learn-type-listen = Hör zu und schreib, was du gehört hast.
learn-word-bank-instruction = Bau den Satz: Tippe die Wörter der Reihe nach an.
learn-word-bank-built = Dein Satz
learn-word-bank-tiles = Wörter zur Auswahl
learn-match-instruction = Ordne die Paare zu: Wähle links etwas und dann rechts das Passende.
learn-match-pair = Paar { $number }
learn-cloze-instruction = Füll die Lücken.
learn-blank = Lücke { $number }
learn-order-instruction = Bring das in die richtige Reihenfolge.
learn-move-up = Nach oben: { $item }
learn-move-down = Nach unten: { $item }
learn-dialogue-your-turn = Du bist dran. Was sagt diese Person?
learn-reply-right = Gute Antwort.
learn-reply-wrong = Nicht die beste Antwort. Das Gespräch geht mit der richtigen weiter.
learn-sources = Quellen
learn-reviewed = Zuletzt geprüft am { DATE($date) }
learn-checked = Zuletzt geprüft am { DATE($date) }.

## Feedback after an answer

learn-right = Richtig!
learn-right-with-note = Richtig, mit einem kleinen Hinweis.
learn-wrong = Nicht ganz.
learn-right-answer = Die richtige Antwort:
learn-note-diacritics = Achte auf Akzente und besondere Buchstaben.
learn-note-typo = Achte auf die Schreibung: Ein Buchstabe ist anders.
learn-note-article = Das Wort stimmt, aber der Artikel ist anders.
learn-source = Quelle:
learn-varies-office = Diese Antwort ändert sich, wenn jemand Neues das Amt übernimmt.
learn-varies-region = Diese Antwort hängt davon ab, wo du wohnst.
learn-varies-yearly = Diese Antwort ändert sich jedes Jahr.

## End of a lesson or review

learn-summary-title = Gut gemacht! Du bist fertig.
learn-summary-score = Dein Ergebnis: { $score } %
learn-summary-right = { $total ->
    [one] { $right } von { $total } Antwort war beim ersten Mal richtig.
   *[other] { $right } von { $total } Antworten waren beim ersten Mal richtig.
}
learn-summary-back = Zurück
learn-summary-home = Startseite
learn-review-title = Wiederholen
learn-review-nothing = Gerade gibt es nichts zu wiederholen. Komm später wieder oder beginne eine neue Lektion.
learn-review-some-missing = Einige Pakete konnten nicht geladen werden; ihre Wörter fehlen.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Ein Übungstest wie der echte Test: bis zu { $ask } Fragen. Mit { $pass } richtigen Antworten bestehst du. Der Test endet, sobald das Ergebnis feststeht.
learn-exam-passed = Du hast diesen Übungstest bestanden.
learn-exam-not-passed = Diesmal nicht bestanden. Übe die Lektionen und versuche es noch einmal.
learn-exam-tally = { $right } richtig, { $wrong } falsch. Du brauchst { $pass } von { $ask } Antworten richtig.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Deine Aufgaben
assign-broken-title = Dieser Aufgaben-Link funktioniert nicht
assign-error-empty = Der Link ist abgeschnitten: Es steht keine Aufgabe darin. Bitte deine Lehrkraft, ihn noch einmal zu schicken.
assign-error-too-long = Dieser Link ist zu lang für eine Aufgabe. Bitte deine Lehrkraft, ihn noch einmal zu schicken.
assign-error-truncated = Ein Teil des Links fehlt. Kopiere den ganzen Link oder bitte deine Lehrkraft, ihn noch einmal zu schicken.
assign-error-damaged = Der Link wurde verändert oder beschädigt. Bitte deine Lehrkraft, ihn noch einmal zu schicken.
assign-error-newer = Diese Aufgabe wurde mit einer neueren Version von Passage erstellt. Aktualisiere die App und öffne den Link dann noch einmal.
assign-error-not-assignment = Das ist kein Aufgaben-Link. Bitte deine Lehrkraft, ihn noch einmal zu schicken.
assign-nothing-changed = Nichts wurde geändert.
assign-from-teacher = Eine Aufgabe von deiner Lehrkraft
assign-due = Fällig am { DATE($date) }
assign-overdue = Überfällig: Sie war am { DATE($date) } fällig
assign-packs-title = Was du lernen sollst
assign-lessons = Lektionen:
assign-pack-missing = Diese Seite hat dieses Paket nicht.
assign-other-catalog = Die Pakete dieser Aufgabe kommen von einer anderen Website. Passage kann Pakete von anderen Websites noch nicht öffnen, deshalb kann diese Aufgabe hier nicht angenommen werden.
assign-accept = Aufgabe annehmen
assign-accepted = Du hast diese Aufgabe angenommen. Ihre Pakete sind in deiner Liste.
assign-start = Mit dem Lernen beginnen
assign-send-progress = Deinen Fortschritt an deine Lehrkraft schicken
receipt-title = Deinen Fortschritt schicken
receipt-not-here = Diese Aufgabe ist nicht auf diesem Handy. Öffne den Link, den deine Lehrkraft dir geschickt hat, und nimm die Aufgabe zuerst an.
receipt-name-label = Dein Name, so wie deine Lehrkraft dich kennt
receipt-name-empty = Gib deinen Namen ein, um deine Bestätigung zu erstellen.
receipt-name-too-long = Dein Name ist zu lang: Verwende höchstens { $max } Zeichen.
receipt-name-control = Dein Name enthält ein Zeichen, das nicht gesendet werden kann. Gib ihn noch einmal ein.
receipt-leave-out-accuracy = Nicht mitschicken, wie viele Antworten richtig waren
receipt-leave-out-activity = Nicht mitschicken, wann ich zuletzt gelernt habe
receipt-shares-title = Das wirst du teilen
receipt-field-name = Dein Name: { $name }
receipt-field-assignment = Die Aufgabe: { $class }
receipt-field-made = Erstellt am { DATE($date) }
receipt-field-lessons = { $pack }: erledigte Lektionen: { $done } von { $of }
receipt-field-accuracy = { $pack }: { $percent } % der Antworten richtig
receipt-field-activity = { $pack }: zuletzt gelernt am { DATE($date) }
receipt-nothing-else = Nichts anderes verlässt dein Handy: nicht deine Antworten, nicht deine anderen Pakete, nicht deine Einstellungen.
receipt-code-label = Deine Bestätigung: Schicke diesen Code an deine Lehrkraft, zum Beispiel in einer Chat-Nachricht.
receipt-qr = QR-Code deiner Bestätigung, zum Scannen für deine Lehrkraft
receipt-save = Als Datei speichern

## Copy and share buttons (also on the teachers' page)

share-copy = Kopieren
share-copied = Kopiert.
share-copy-failed = Kopieren nicht möglich: Markieren Sie den Text und kopieren Sie ihn von Hand.
share-share = Teilen…
