# Passage interface messages, English: the source language and the last fallback.
# Every other locale has exactly these message ids (checked by `cargo test -p passage-i18n`).
# Keep sentences plain: many learners read slowly in any language.

app-name = Passage

## The frame every screen shares

language-picker-label = Language
language-loading = Loading the language…
language-unavailable = This language could not be loaded. Check your connection and try again.
# Shown for a translation no native speaker has reviewed yet.
translation-draft = This translation is a draft and may have mistakes.
translation-draft-link = Suggest a correction
footer-privacy = No account, no tracking: your progress stays on this device.
update-available = Update available
update-reload = Reload
# Between the items of a short list, such as language names.
list-separator = {", "}

## Home

home-lead = Learn the language of your new country, and how life there works: rights, health care, work, money, school and where to get help.
home-start = Start learning
home-offline-title = Works offline
home-offline-text = Once a lesson pack is on your phone, you can study with no internet.
home-private-title = Private
home-private-text = No account and no tracking. Your progress stays on this device.
home-free-title = Free
home-free-text = Made for newcomers, teachers and the organisations that help them.

## Lesson packs

packs-title = Lesson packs
packs-loading = Loading packs…
packs-none = This site offers no lesson packs yet.
packs-unreachable = The list of packs could not be loaded. Check your connection and try again.
packs-missing = This site's list of packs is missing. Tell the site's owner.
packs-damaged = This site's list of packs is damaged. Tell the site's owner.
packs-count =
    { $count ->
        [0] No pack matches these choices.
        [one] One lesson pack
       *[other] { $count } lesson packs
    }
# $language is the name of a language, in that language.
pack-learns = Learn: { $language }
# The learner's language for translations inside packs; it can differ from the interface language.
learner-language-label = Translations in lesson packs
learner-language-auto = Same as the interface
# $wanted and $used are language names.
pack-no-translation = This pack has no translations in this language: { $wanted }. It uses: { $used }.
packs-filter-title = Find a pack
packs-filter-learning = Language to learn
packs-filter-mine = My language
packs-filter-kind = Kind
packs-filter-level = Level
packs-filter-country = Country
packs-filter-any = Any
packs-filter-clear = Show all packs
packs-kind-language = Language
packs-kind-civic = Life and rights
packs-kind-mixed = Language and life
offline-save = Download for offline use
offline-working = Please wait…
offline-saved = Available offline on this phone.
offline-remove = Remove from this phone
offline-removed = Removed from this phone. Your progress in this pack is kept.
offline-unsupported = This browser cannot keep packs for offline use here.
offline-storage-full = There is no space left to keep this pack. Free some space on the phone and try again.
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = Loading…
pack-target = Language you learn
pack-translations = Translations
pack-version = Version
pack-size = Download size
pack-not-found-title = Pack not found
pack-not-found-text = This site has no pack with this name:
pack-all = All packs

## An address that names no screen

not-found-title = Page not found
not-found-text = There is no page at this address:
not-found-home = Go to the start
