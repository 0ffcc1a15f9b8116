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
size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

## One pack

pack-loading = Loading…
pack-target = Language you learn
pack-translations = Translations
pack-version = Version
pack-not-found-title = Pack not found
pack-not-found-text = This site has no pack with this name:
pack-all = All packs

## An address that names no screen

not-found-title = Page not found
not-found-text = There is no page at this address:
not-found-home = Go to the start
