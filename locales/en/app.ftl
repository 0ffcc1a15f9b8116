# Passage interface messages, English (the source language).

app-name = Passage
home-lead = Learn the language of your new country, and how life there works: rights, health care, work, money, school and where to get help.
home-start = Start learning
home-offline-title = Works offline
home-offline-text = Once a lesson pack is on your phone, you can study with no internet.
home-private-title = Private
home-private-text = No account and no tracking. Your progress stays on this device.
home-free-title = Free
home-free-text = Made for newcomers, teachers and the organisations that help them.
footer-privacy = No account, no tracking: your progress stays on this device.
language-picker-label = Language
language-picker-more = More languages are coming.
update-available = Update available
update-reload = Reload
packs-title = Lesson packs
packs-loading = Loading packs…
packs-none = This site offers no lesson packs yet.
packs-unreachable = The list of packs could not be loaded. Check your connection and try again.
packs-missing = This site's list of packs is missing. Tell the site's owner.
packs-damaged = This site's list of packs is damaged. Tell the site's owner.
not-found-title = Page not found
not-found-home = Go to the start
