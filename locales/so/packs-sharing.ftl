# Passage interface messages (so): more catalogs and packs shared as files. Draft translations.

## Packs from other sites

# Beside a pack from another site; $origin is the site's address (ngo.example.org).
packs-from = laga helay { $origin }
packs-shared-origin = fayl ahaan loo wadaagay
catalogs-title = Xirmooyin ka yimid bogag kale
catalogs-intro = Ku dar cinwaanka bog kale oo Passage ah, tusaale ahaan urur gobolkaaga ku yaal. Xirmooyinkiisa waa la hubiyaa sida kuwa boggan.
catalogs-address = Cinwaanka bogga
catalogs-add = Ku dar
catalogs-remove = Ka saar
catalogs-unreachable = Xirmooyinka { $origin } lama soo dejin karin. Xirmooyinka kale weli way shaqeeyaan.
catalogs-slow = { $origin } aad ayuu u daahayaa. Xirmooyinka kale weli way shaqeeyaan.
catalogs-missing = { $origin } ma laha liis xirmooyin cinwaankan.
catalogs-damaged = Liiska xirmooyinka { $origin } waa kharriban yahay waana laga booday.
catalogs-error-address = Kani ma aha cinwaan websaydh. U qor sidan: https://example.org/passage/
catalogs-error-https = Cinwaanku waa inuu ku bilowdaa https://
catalogs-error-own = Kani waa cinwaanka boggan laftiisa. Xirmooyinkiisu horey ayay liiska ugu jiraan.
catalogs-error-listed = Boggani horey ayuu liiska ugu jiraa.
catalogs-error-too-many = Ugu badnaan waxaad ku dari kartaa { $limit } bog. Marka hore mid ka saar.

## Packs shared as files

share-open-title = Fur fayl xirmo
share-open-intro = Xirmo uu qof fayl ahaan ugu kaydiyay taleefankiisa. Waa la hubiyaa, kadibna internet la'aan ayay ku shaqaysaa.
share-open-button = Dooro fayl xirmo
share-opened = Xirmada waa lagu daray. Internet la'aan ayay ku shaqaysaa.
# After opening a file that lacks some of the pack's media; $count is how many.
share-opened-media-missing =
    { $count ->
        [one] Hal sawir ama duubis kuma jirin faylka. Xirmadu weli way shaqaysaa.
       *[other] { $count } sawir ama duubis kuma jirin faylka. Xirmadu weli way shaqaysaa.
    }
share-open-link = Fur xirmada
share-error-empty = Faylku waa madhan yahay. Waxba laguma darin.
share-error-unreadable = Faylkani ma aha xirmo Passage, ama waa la gooyay ama waa la beddelay. Waxba laguma darin.
share-error-newer = Xirmadani waxay u baahan tahay nooc cusub oo Passage ah. Waxba laguma darin.
share-error-invalid = Xirmadani waxay jebisaa xeerarka xirmooyinka. Waxaa laga yaabaa in la beddelay. Waxba laguma darin.
share-error-media = Sawir ama duubis ku jira faylkan waa kharriban yahay, ama kama mid aha xirmada. Waxba laguma darin.
share-error-large = Faylkani aad buu ugu weyn yahay xirmo. Waxba laguma darin.
share-error-storage = Xirmada laguma kaydin karin taleefankan. Meel bannee oo isku day mar kale.
share-save = Fayl ahaan u kaydi
share-save-hint = Faylka sii qof aan internet haysan: wuxuu ka furayaa liiska xirmooyinka.
# After saving, when the phone could not get some of the pack's media; $count is how many.
share-save-media-missing =
    { $count ->
        [one] Hal sawir ama duubis laguma dari karin faylka, sababtoo ah xiriir ma jirin. Xirmadu weli way shaqaysaa.
       *[other] { $count } sawir ama duubis laguma dari karin faylka, sababtoo ah xiriir ma jirin. Xirmadu weli way shaqaysaa.
    }
share-save-failed = Xirmada fayl ahaan looma kaydin karin. Isku day mar kale adigoo xiriir leh.
