# Passage interface messages (fr): Learning: lessons, exercises, feedback and review.

## Home, for a returning learner

home-welcome-back = Bon retour
home-due = { $count ->
    [0] Rien à réviser pour le moment.
    [one] { $count } mot ou question à réviser.
   *[other] { $count } mots et questions à réviser.
}
home-review-now = Réviser maintenant
home-goal = Aujourd’hui : { $done } exercices sur { $goal }
home-streak = { $days ->
    [0] Atteignez l’objectif du jour pour commencer une série.
    [one] { $days } jour de suite
   *[other] { $days } jours de suite
}
home-goal-label = Objectif du jour
home-goal-choice = { $count ->
    [one] { $count } exercice par jour
   *[other] { $count } exercices par jour
}
home-continue = Reprendre là où vous en étiez
home-my-packs = Mes paquets
home-all-packs = Tous les paquets

## Pack screen

learn-lessons-title = Leçons
learn-lesson-done = Terminée, meilleur score { $score } %
learn-listening-switch = Exercices d’écoute
print-link = Imprimer une fiche
print-now = Imprimer
print-word = Mot ou phrase
print-meaning = Sens
learn-loading = Chargement de la leçon…
learn-pack-unreachable = Ce paquet n’a pas pu être téléchargé. Connectez-vous une fois à Internet, ensuite il fonctionne hors ligne.
learn-pack-missing = Ce paquet n’est plus sur ce site.
learn-pack-damaged = Ce fichier de paquet est abîmé ou trop récent pour cette version de Passage.
learn-lesson-problem = Impossible d’ouvrir cette leçon
learn-lesson-missing = Ce paquet n’a pas cette leçon. Il a peut-être changé.

## A lesson

learn-progress = Exercice { $done } sur { $total }
learn-again-note = Encore un essai :
learn-check = Vérifier
learn-continue = Continuer
learn-listen = Écouter
learn-your-answer = Votre réponse
learn-flashcard-instruction = Un nouveau mot. Lisez-le, écoutez-le, puis affichez le sens.
learn-reveal = Afficher le sens
learn-rate-question = Le connaissiez-vous bien ?
learn-rate-again = Pas du tout
learn-rate-hard = Un peu
learn-rate-good = Bien
learn-rate-easy = Très bien
learn-choice-single = Choisissez la bonne réponse.
learn-choice-multiple = Choisissez toutes les bonnes réponses, puis appuyez sur Vérifier.
learn-choice-listen = Écoutez, puis choisissez ce que vous avez entendu.
learn-true-false-instruction = Vrai ou faux ?
learn-true = Vrai
learn-false = Faux
learn-type-translate = Écrivez ceci dans la langue que vous apprenez.
learn-type-article = Écrivez ceci dans la langue que vous apprenez, avec l’article.
learn-type-listen = Écoutez, puis écrivez ce que vous avez entendu.
learn-word-bank-instruction = Construisez la phrase : touchez les mots dans l’ordre.
learn-word-bank-built = Votre phrase
learn-word-bank-tiles = Mots à utiliser
learn-match-instruction = Associez les paires : choisissez un élément à gauche, puis son partenaire à droite.
learn-match-pair = paire { $number }
learn-cloze-instruction = Complétez les trous.
learn-blank = Trou { $number }
learn-order-instruction = Mettez ces éléments dans le bon ordre.
learn-move-up = Monter : { $item }
learn-move-down = Descendre : { $item }
learn-dialogue-your-turn = À vous. Que dit cette personne ?
learn-reply-right = Bonne réponse.
learn-reply-wrong = Ce n’est pas la meilleure réponse. La conversation continue avec la bonne.
learn-sources = Sources
learn-reviewed = Vérifié le { DATE($date) }
learn-checked = Vérifié le { DATE($date) }.

## Feedback after an answer

learn-right = Juste !
learn-right-with-note = Juste, avec une petite remarque.
learn-wrong = Pas tout à fait.
learn-right-answer = La bonne réponse :
learn-note-diacritics = Attention aux accents et aux lettres spéciales.
learn-note-typo = Attention à l’orthographe : une lettre est différente.
learn-note-article = Le mot est juste, mais l’article est différent.
learn-source = Source :
learn-varies-office = Cette réponse change quand une nouvelle personne prend la fonction.
learn-varies-region = Cette réponse dépend de l’endroit où vous vivez.
learn-varies-yearly = Cette réponse change chaque année.

## End of a lesson or review

learn-summary-title = Bravo ! Vous avez terminé.
learn-summary-score = Votre score : { $score } %
learn-summary-right = { $total ->
    [one] { $right } réponse sur { $total } était juste du premier coup.
   *[other] { $right } réponses sur { $total } étaient justes du premier coup.
}
learn-summary-back = Retour
learn-summary-home = Accueil
learn-review-title = Révision
learn-review-nothing = Rien à réviser pour le moment. Revenez plus tard ou commencez une nouvelle leçon.
learn-review-some-missing = Certains paquets n’ont pas pu être chargés ; leurs mots sont laissés de côté.

## Practice tests (a lesson in the form of a real test)

learn-exam-intro = Un test d’entraînement comme le vrai : jusqu’à { $ask } questions, et vous réussissez avec { $pass } bonnes réponses. Il s’arrête dès que le résultat est sûr.
learn-exam-passed = Vous avez réussi ce test d’entraînement.
learn-exam-not-passed = Pas réussi cette fois. Entraînez-vous avec les leçons et réessayez.
learn-exam-tally = Justes : { $right }. Fausses : { $wrong }. Il faut { $pass } bonnes réponses sur { $ask }.

## A teacher's assignment, opened from its link, and the receipt the learner sends back

home-assignments = Vos devoirs
assign-broken-title = Ce lien de devoir ne fonctionne pas
assign-error-empty = Le lien est coupé : il ne contient aucun devoir. Demandez à votre enseignant de le renvoyer.
assign-error-too-long = Ce lien est trop long pour être un devoir. Demandez à votre enseignant de le renvoyer.
assign-error-truncated = Une partie du lien manque. Copiez le lien en entier, ou demandez à votre enseignant de le renvoyer.
assign-error-damaged = Le lien a été modifié ou abîmé. Demandez à votre enseignant de le renvoyer.
assign-error-newer = Ce devoir a été créé avec une version plus récente de Passage. Mettez l’application à jour, puis ouvrez de nouveau le lien.
assign-error-not-assignment = Ce n’est pas un lien de devoir. Demandez à votre enseignant de le renvoyer.
assign-nothing-changed = Rien n’a été changé.
assign-from-teacher = Un devoir de votre enseignant
assign-due = À rendre le { DATE($date) }
assign-overdue = En retard : il était à rendre le { DATE($date) }
assign-packs-title = Ce qu’il faut étudier
assign-lessons = Leçons :
assign-pack-missing = Ce site n’a pas ce pack.
assign-other-catalog = Les packs de ce devoir viennent d’un autre site. Passage ne peut pas encore ouvrir les packs d’autres sites : ce devoir ne peut donc pas être accepté ici.
assign-accept = Accepter le devoir
assign-accepted = Vous avez accepté ce devoir. Ses packs sont dans votre liste.
assign-start = Commencer à étudier
assign-send-progress = Envoyer vos progrès à votre enseignant
receipt-title = Envoyer vos progrès
receipt-not-here = Ce devoir n’est pas sur ce téléphone. Ouvrez le lien envoyé par votre enseignant et acceptez-le d’abord.
receipt-name-label = Votre nom, tel que votre enseignant le connaît
receipt-name-empty = Tapez votre nom pour créer votre reçu.
receipt-name-too-long = Votre nom est trop long : utilisez au plus { $max } caractères.
receipt-name-control = Votre nom contient un caractère qui ne peut pas être envoyé. Tapez-le de nouveau.
receipt-leave-out-accuracy = Ne pas indiquer combien de réponses étaient justes
receipt-leave-out-activity = Ne pas indiquer quand j’ai étudié pour la dernière fois
receipt-shares-title = Voici ce que vous allez partager
receipt-field-name = Votre nom : { $name }
receipt-field-assignment = Le devoir : { $class }
receipt-field-made = Créé le { DATE($date) }
receipt-field-lessons = { $pack } : leçons terminées : { $done } sur { $of }
receipt-field-accuracy = { $pack } : { $percent } % de réponses justes
receipt-field-activity = { $pack } : dernière étude le { DATE($date) }
receipt-nothing-else = Rien d’autre ne quitte votre téléphone : ni vos réponses, ni vos autres packs, ni vos réglages.
receipt-code-label = Votre reçu : envoyez ce code à votre enseignant, par exemple dans un message.
receipt-qr = Code QR de votre reçu, que votre enseignant peut scanner
receipt-save = Enregistrer comme fichier

## Copy and share buttons (also on the teachers' page)

share-copy = Copier
share-copied = Copié.
share-copy-failed = Impossible de copier : sélectionnez le texte et copiez-le vous-même.
share-share = Partager…
