# Passage interface messages (en): what the hosting organisation sets in its settings file
# (site.json): the local help directory, and the notice when the file has mistakes.

## The local help directory

help-link = Where to get help
help-title = Where to get help
# $site is the name of the website (the organisation's, or "Passage").
help-lead = Local organisations that help newcomers, listed by { $site }. Contact them directly: Passage does not send them anything.
help-offline = This list is saved on this device, so it also works without internet.
help-empty = This site does not list any local organisations yet.
help-filter-category = Kind of help
help-filter-language = Language spoken
help-none-match = No organisation matches. Try another kind of help or another language.
help-count =
    { $count ->
        [one] One organisation
       *[other] { $count } organisations
    }
# $languages is a list of language names, such as "العربية, Українська".
help-languages = Languages spoken: { $languages }
help-address = Address
help-phone = Phone
help-email = E-mail
help-hours = Opening hours
help-website = Website
help-map = Show on a map
help-category-emergency = Emergency
help-category-legal-advice = Legal advice
help-category-health = Health
help-category-housing = Housing
help-category-work = Work
help-category-language-courses = Language courses
help-category-family = Family
help-category-other = Other help

## When the site's settings file has mistakes (shown on the first screen)

site-settings-problem = This website's settings file has mistakes, so Passage uses its own settings where they are wrong. Everything else works as usual.
# Shown to the people who run the website; the details below it are in English.
site-settings-problem-details =
    { $count ->
        [one] One mistake, for the website's staff
       *[other] { $count } mistakes, for the website's staff
    }
