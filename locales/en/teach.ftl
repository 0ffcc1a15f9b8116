## The teachers' page (teach.html): making assignments and the class overview.

teach-page-name = For teachers
teach-nav-label = Teachers' screens
teach-nav-assign = Make an assignment
teach-nav-class = Class overview
teach-nav-learner = Open the learner app
teach-privacy = Nothing leaves this device unless you share it. There are no accounts and no server: assignments travel as links, progress as receipts that learners choose to send you.

## Making an assignment

make-title = Make an assignment
make-intro = Choose lesson packs, name the class and add a due date or a short message. You get a link and a QR code for your class.
make-packs = Lesson packs
make-packs-loading = Loading the lesson packs…
make-packs-failed = The lesson packs could not be loaded. Check the connection and reload the page.
make-some-lessons = Only some lessons
make-lessons-hint = Leave all unticked to assign the whole pack.
make-lessons-loading = Loading the lessons…
make-lessons-failed = The lessons of this pack could not be loaded.
make-class-name = Class name
make-class-name-hint = Learners see it, and it names the class in your overview.
make-due = Due date (optional)
make-message = Message to the class (optional)
make-make = Make the link
make-problems = Please check:
make-ready = Hand it to your class
make-ready-note = Learners open the link (or scan the code) on their phone. This class is now in your class overview, ready for their receipts.
make-link-label = Link for the class
make-qr-caption = Scan with the phone's camera to open the assignment.
make-print = Print
make-new = Make another assignment

## Problems with an assignment (the teacher's form)

make-issue-class-empty = Give the class a name.
make-issue-class-long = The class name is too long (at most { $max } characters).
make-issue-message-long = The message is too long (at most { $max } characters).
make-issue-too-long = The text is too long (at most { $max } characters).
make-issue-control = The class name cannot contain line breaks or special control characters.
make-issue-no-packs = Choose at least one lesson pack.
make-issue-too-many-packs = Choose at most { $max } lesson packs.
make-issue-too-many-lessons = Choose at most { $max } lessons of one pack, or none to assign the whole pack.
make-issue-bad-id = This site's catalog has a pack or lesson name the link cannot carry. Tell the site's host.
make-issue-code-long = Together this is too much for one link: choose fewer packs or lessons, or shorten the message.

## Class overview

class-title = Class overview
class-intro = Learners send you receipts of their progress: paste them here (several at once is fine) or import the files. Only what they chose to share is shown, and it stays on this device.
class-paste = Paste receipts
class-paste-hint = Receipts start with PSG-. Other text around them is ignored.
class-add = Add receipts
class-import-files = Import receipt files
class-none = No classes yet. Make an assignment, or add a receipt: its class appears here.
class-result-added = { $name }: added to { $class }.
class-result-updated = { $name }: updated in { $class }.
class-result-older = { $name }: a newer receipt is already in { $class }; kept that one.
class-result-same = { $name }: this receipt is already in { $class }.
class-result-new-class = { $name }: added to a new class for an assignment made on another device. Rename it below.
class-result-does-not-fit = { $name }: this receipt does not match { $class } (another number of packs); nothing changed.
class-error-not-found = No receipt found in this text. Receipts start with PSG-.
class-error-too-long = This receipt is longer than any receipt: part of another text was probably copied with it.
class-error-truncated = This receipt is cut short. Ask the learner to send it again, or copy all of it.
class-error-checksum = This receipt has a typing or copying mistake (a wrong or swapped character). Ask the learner to send it again.
class-error-newer = This receipt was made by a newer version of Passage. Reload this page to update it.
class-error-malformed = This is not a receipt Passage can read.
class-learners = { $count ->
    [one] { $count } learner
   *[other] { $count } learners
}
class-due = Due { DATE($date) }
class-table-caption = Progress of { $class }
class-col-name = Name
class-col-lessons = Lessons done
class-col-accuracy = Accuracy
class-col-last = Last active
class-col-made = Receipt made
class-lessons-value = { $done } of { $of }
class-accuracy-value = { $percent } %
class-not-shared = not shared
class-no-receipts = No receipts yet.
class-export-csv = Download as CSV
class-print = Print
class-rename = Class name
class-rename-save = Rename
class-remove = Remove this class
class-remove-confirm = Remove { $class } and all its receipts from this device?
class-remove-yes = Yes, remove
class-remove-no = Keep it
class-remove-learner = Remove { $name }
class-csv-name = Name
class-csv-pack = Pack
class-csv-lessons-done = lessons done
class-csv-lessons-of = lessons
class-csv-accuracy = accuracy %
class-csv-last = last activity
class-csv-made = Receipt made (UTC)

## Storing the class overview

classes-damaged = A damaged copy of your class overview was found and kept aside; the newest readable copy is shown.
classes-newer = Your class overview was saved by a newer version of Passage. It is shown, but changes cannot be saved until this page is updated (reload it).
classes-unavailable = This browser does not let Passage store data (private browsing, or storage turned off): the class overview will be lost when you close the page.
classes-not-saved = The class overview could not be saved: the browser's storage is full or blocked. Export it as CSV to keep a copy.
class-unnamed = Class { $id }
class-date = { DATE($date) }
