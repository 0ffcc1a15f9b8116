# Passage interface messages (so): The learner's data: progress, storage, export and import.

## Notices about saved progress, shown on every screen

storage-damaged = Qayb ka mid ah horumarka la keydiyay lama akhriyi karin. Si ammaan ah ayaa loogu hayaa qalabkan.
storage-damaged-export = Dhoofi
storage-not-saved-full = Horumarkaaga laguma keydinayo qalabkan: kaydkiisu wuu buuxaa. Waxbarashada waad sii wadi kartaa; dhoofi horumarkaaga si aad u hayso.
storage-not-saved-blocked = Horumarkaaga laguma keydinayo qalabkan: browser-kani ma oggola (daalacasho gaar ah, ama kaydka waa la damiyay). Waxbarashada waad sii wadi kartaa; dhoofi horumarkaaga si aad u hayso.
storage-newer = Qalabkan waxaa ku jira horumar ka yimid nooc cusub oo Passage ah. Sidiisa ayaa loo hayaa, horumar cusubna lama keydinayo ilaa aad barnaamijka cusboonaysiiso.
storage-go-to-data = Xogtayda
storage-changed-elsewhere = Horumarkaaga waxaa laga cusboonaysiiyay daaqad kale oo Passage ah.
storage-dismiss = Hagaag

## My data

my-data-link = Xogtayda
teachers-link = Macallimiinta
my-data-title = Xogtayda
my-data-items =
    { $count ->
        [one] Hal shay oo la bartay
       *[other] { $count } shay oo la bartay
    }
my-data-lessons =
    { $count ->
        [one] Hal cashar oo la dhammeeyay
       *[other] { $count } cashar oo la dhammeeyay
    }
my-data-storage-title = Meesha qalabkan
my-data-storage-used-of = Passage wuxuu isticmaalaa { $used } oo ka mid ah { $quota } la heli karo.
my-data-storage-used = Passage wuxuu isticmaalaa { $used }.
my-data-storage-unknown = Browser-kani ma sheego inta meel ee Passage isticmaalo.
my-data-persistent-yes = Browser-kani wuu hayaa xogtaada, xitaa marka taleefanku meel yar leeyahay.
my-data-persistent-no = Browser-kani wuu tirtiri karaa xogtaada marka taleefanku meel yar leeyahay.
my-data-persist = Browser-ka ka codso inuu xogtayda hayo
my-data-persist-refused = Browser-ku ma oggolaan. Marmar dhoofi horumarkaaga si aad nuqul u haysato.
my-data-export-title = Horumarkaaga u guuri taleefan kale
my-data-export-text = Horumarkaaga ku keydi fayl. Taleefanka kale, fur Passage oo soo geli faylka: waxa aad ku baratay labada taleefan waa la hayaa.
my-data-export = Dhoofi horumarka
my-data-import = Horumarka ka soo geli fayl
my-data-imported = Horumarka waa la soo geliyay. Waxa aad ku baratay labada taleefan waa la hayaa.
my-data-import-not-progress = Faylkani ma aha horumar Passage. Waxba lama beddelin.
my-data-import-damaged = Faylkani waa xumaaday lamana akhriyi karin. Waxba lama beddelin.
my-data-import-newer = Faylkani wuxuu ka yimid nooc cusub oo Passage ah. Cusboonaysii barnaamijka, kadibna mar kale soo geli. Waxba lama beddelin.
my-data-import-unreadable = Faylkan lama furi karin. Waxba lama beddelin.
my-data-delete-title = Tirtir dhammaan xogtayda
my-data-delete-text = Tani waxay qalabkan ka tirtirtaa: horumarkaaga xirmo kasta, nuqullada horumarka aan la akhriyi karin, iyo doorashadaada luqadda. Xirmooyinka casharrada way harayaan. Dib looma celin karo: marka hore dhoofi horumarkaaga si aad nuqul u haysato.
my-data-delete = Tirtir dhammaan xogtayda
my-data-delete-confirm-question = Wax walba ma la tirtiraa? Dib looma celin karo.
my-data-delete-confirm = Haa, tirtir wax walba
my-data-delete-cancel = Jooji
my-data-deleted = Dhammaan xogtaada waa laga tirtiray qalabkan.
my-data-delete-failed = Xogtaada lama tirtiri karin: browser-ku wuu diiday. Isku day mar kale.
