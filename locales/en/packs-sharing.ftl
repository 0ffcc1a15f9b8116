# Passage interface messages, English: more catalogs and packs shared as files (issue 7).
# Every other locale has exactly these message ids (checked by `cargo test -p passage-i18n`).

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = from { $origin }
packs-shared-origin = shared as a file
catalogs-title = Packs from other sites
catalogs-intro = Add the address of another Passage site, for example an organisation in your region. Its packs are checked like this site's packs.
catalogs-address = Address of the site
catalogs-add = Add
catalogs-remove = Remove
catalogs-unreachable = The packs from { $origin } could not be loaded. The other packs still work.
catalogs-slow = { $origin } is taking too long to answer. The other packs still work.
catalogs-missing = { $origin } has no list of packs at this address.
catalogs-damaged = The list of packs from { $origin } is damaged and was skipped.
catalogs-error-address = This is not a web address. Write it like https://example.org/passage/
catalogs-error-https = The address must start with https://
catalogs-error-own = This is this site's own address. Its packs are already listed.
catalogs-error-listed = This site is already on the list.
catalogs-error-too-many = You can add at most { $limit } sites. Remove one first.

## Packs shared as files

share-open-title = Open a pack file
share-open-intro = A pack that someone saved as a file on their phone. It is checked, then it works without internet.
share-open-button = Choose a pack file
share-opened = The pack was added. It works without internet.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] One picture or recording was not in the file. The pack works without it.
       *[other] { $count } pictures or recordings were not in the file. The pack works without them.
    }
share-open-link = Open the pack
share-error-empty = The file is empty. Nothing was added.
share-error-unreadable = This file is not a Passage pack, or it was cut short or changed. Nothing was added.
share-error-newer = This pack needs a newer version of Passage. Nothing was added.
share-error-invalid = This pack breaks the rules for packs. It may have been changed. Nothing was added.
share-error-media = A picture or recording in this file is damaged, or is not part of the pack. Nothing was added.
share-error-large = This file is too large to be a pack. Nothing was added.
share-error-storage = The pack could not be stored on this phone. Free some space and try again.
share-save = Save as a file
share-save-hint = Give the file to someone without internet: they open it on the list of packs.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] One picture or recording could not be added to the file, because there was no connection. The pack works without it.
       *[other] { $count } pictures or recordings could not be added to the file, because there was no connection. The pack works without them.
    }
share-save-failed = The pack could not be saved as a file. Try again with a connection.
