# Passage interface messages (en): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Some saved progress could not be read. It is kept safely on this device.
storage-damaged-export = Export it
storage-not-saved-full = Your progress is not being saved on this device: its storage is full. You can keep studying; export your progress to keep it.
storage-not-saved-blocked = Your progress is not being saved on this device: this browser does not allow it (private browsing, or storage turned off). You can keep studying; export your progress to keep it.
storage-newer = This device has progress from a newer version of Passage. It is kept as it is, and new progress is not saved until you update the app.
storage-go-to-data = My data
storage-changed-elsewhere = Your progress was updated from another window of Passage.
storage-dismiss = OK

## My data

my-data-link = My data
teachers-link = For teachers
my-data-title = My data
my-data-items =
    { $count ->
        [one] One item studied
       *[other] { $count } items studied
    }
my-data-lessons =
    { $count ->
        [one] One lesson done
       *[other] { $count } lessons done
    }
my-data-storage-title = Space on this device
# $used and $quota are sizes, such as "12 KB".
my-data-storage-used-of = Passage uses { $used } of { $quota } available.
my-data-storage-used = Passage uses { $used }.
my-data-storage-unknown = This browser does not say how much space Passage uses.
my-data-persistent-yes = This browser keeps your data, even when the phone is short of space.
my-data-persistent-no = This browser may delete your data when the phone is short of space.
my-data-persist = Ask the browser to keep my data
my-data-persist-refused = The browser did not agree. Export your progress from time to time to keep a copy.
my-data-export-title = Move your progress to another phone
my-data-export-text = Save your progress as a file. On the other phone, open Passage and import the file: what you learned on both phones is kept.
my-data-export = Export progress
my-data-import = Import progress from a file
my-data-imported = Progress imported. What you learned on both phones is kept.
my-data-import-not-progress = This file is not Passage progress. Nothing was changed.
my-data-import-damaged = This file is damaged and could not be read. Nothing was changed.
my-data-import-newer = This file comes from a newer version of Passage. Update the app, then import it again. Nothing was changed.
my-data-import-unreadable = This file could not be opened. Nothing was changed.
my-data-delete-title = Delete all my data
my-data-delete-text = This deletes from this device: your progress in every pack, copies of progress that could not be read, and your language choices. Lesson packs stay. This cannot be undone: export your progress first to keep a copy.
my-data-delete = Delete all my data
my-data-delete-confirm-question = Delete everything? This cannot be undone.
my-data-delete-confirm = Yes, delete everything
my-data-delete-cancel = Cancel
my-data-deleted = All your data was deleted from this device.
my-data-delete-failed = Your data could not be deleted: the browser refused. Try again.
