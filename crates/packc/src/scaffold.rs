//! `packc new`: starts a pack folder with a commented example of every item type and question
//! type, which passes `packc check` as it is, for authors to copy from and edit.

use std::path::{Path, PathBuf};

use passage_core::pack::Date;
use passage_core::route::is_pack_id;
use thiserror::Error;

/// Why a pack folder could not be started.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ScaffoldError {
    #[error(
        "`{id}` is not a valid pack id; use lower-case letters, digits and hyphens (at most 64), \
         not starting or ending with a hyphen, like `de-a1-doctor`"
    )]
    InvalidId { id: String },
    #[error("{} already exists; choose another id or move that folder away first", .path.display())]
    Exists { path: PathBuf },
    #[error("cannot write {} ({message})", .path.display())]
    Io { path: PathBuf, message: String },
}

/// The files of a new pack: name, then text with `@ID@` and `@REVIEWED@` to fill in.
const FILES: &[(&str, &str)] = &[
    ("pack.toml", PACK_TOML),
    ("01-words.toml", WORDS_LESSON),
    ("words.csv", WORDS_CSV),
    ("02-doctor.toml", DIALOGUE_LESSON),
    ("03-registering.md", READING_LESSON),
    ("03-registering.en.md", READING_EN),
    ("03-registering.ar.md", READING_AR),
    ("04-questions.toml", QUESTIONS_LESSON),
];

/// Creates `lessons_dir/id/` with an example pack whose facts were `reviewed` on that day.
/// Refuses an invalid id or a folder that already exists; returns the new folder.
pub fn scaffold(lessons_dir: &Path, id: &str, reviewed: Date) -> Result<PathBuf, ScaffoldError> {
    if !is_pack_id(id) {
        return Err(ScaffoldError::InvalidId { id: id.to_owned() });
    }
    let dir = lessons_dir.join(id);
    let io = |path: &Path, error: std::io::Error| ScaffoldError::Io {
        path: path.to_path_buf(),
        message: error.to_string(),
    };
    if dir.exists() {
        return Err(ScaffoldError::Exists { path: dir });
    }
    std::fs::create_dir_all(lessons_dir).map_err(|error| io(lessons_dir, error))?;
    // `create_dir` (not `_all`) fails if the folder appeared meanwhile: nothing is overwritten.
    std::fs::create_dir(&dir).map_err(|error| match error.kind() {
        std::io::ErrorKind::AlreadyExists => ScaffoldError::Exists { path: dir.clone() },
        _ => io(&dir, error),
    })?;
    let reviewed = reviewed.to_string();
    for (name, template) in FILES {
        let path = dir.join(name);
        let text = template
            .replace("@ID@", id)
            .replace("@REVIEWED@", &reviewed);
        std::fs::write(&path, text).map_err(|error| io(&path, error))?;
    }
    Ok(dir)
}

const PACK_TOML: &str = r##"# pack.toml: the details of this pack. Lines starting with # are comments; the tool skips them.
# Every field is explained in lessons/README.md. Required fields are marked "required".

format_version = 1                # required: the version of this file format; leave it at 1
id = "@ID@"  # required: the same as the folder name; never change it once published
version = "0.1.0"                 # required: raise it each time you publish a change
kind = "mixed"                    # required: "language", "civic" or "mixed"
level = "A1"                      # optional: A0, A1, A2, B1, B2 or C1
target_language = "de"            # required: the language being learned (de, en, fr, fa-AF ...)
support_languages = ["en", "ar"]  # required: the learners' languages; words need a translation in each
licence = "CC-BY-SA-4.0"          # required: the licence others may reuse the pack under
authors = ["Your name or organisation"]  # required: at least one author
reviewed = @REVIEWED@             # required: the day you last checked the facts (year-month-day)
# valid_until = 2027-12-31        # optional: after this day the facts (fees, wages) may be out of date

[title]                           # required: the pack's name, in at least one language
de = "Beispielpaket"
en = "Example pack"
ar = "حزمة مثال"

[description]                     # optional: one or two sentences
de = "Jede Art von Übung, zum Abschreiben."
en = "Every kind of item and question, to copy from."
ar = "كل أنواع العناصر والأسئلة، للنسخ منها."

[region]                          # optional: where the pack's civic facts hold
country = "DE"                    # a country code: DE, AT, US ...
subdivision = "DE-BE"             # optional: a state code, starting with the country code
city = "Berlin"                   # optional

[answers]                         # optional: how strictly typed answers are checked
accept_missing_diacritics = true  # accept "Arzte" for "Ärzte" (with a note); true if left out
accept_typos = true               # accept one typo in a longer word (with a note); true if left out

# Optional: the official sources behind the pack's facts. Questions and reading passages name
# them by their id.
[[sources]]
id = "notruf"
title = "Notruf 112"
url = "https://www.bbk.bund.de/"
publisher = "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe"   # optional

[[sources]]
id = "anmeldung"
title = "Anmeldung einer Wohnung"
url = "https://service.berlin.de/dienstleistung/120686/"
"##;

const WORDS_LESSON: &str = r##"# A lesson of words and phrases. The lesson's id comes from the file name: "words".
# Lessons are shown in the order of their file names, so start each name with a number.

title.de = "Erste Wörter"         # required: the lesson's name, in at least one language
title.en = "First words"
title.ar = "الكلمات الأولى"
description.en = "Words for a visit to the doctor."   # optional
description.ar = "كلمات لزيارة الطبيب."

# More words, from a spreadsheet in this folder (saved as "CSV UTF-8"). Phrases can come from
# one too: phrases = "phrases.csv".
words = "words.csv"

[[word]]
id = "arzt"                       # required: unique in the pack; never change it (progress is kept by it)
text = "Arzt"                     # required: the word, without its article
article = "der"                   # optional
gender = "masculine"              # optional: masculine, feminine, neuter or common
plural = "Ärzte"                  # optional
alternatives = ["Doktor"]         # optional: other answers accepted when the learner types
en = "doctor"                     # required: the meaning in every support language
ar = "طبيب"
note.en = "A woman doctor is „die Ärztin“."             # optional: a short note
note.ar = "الطبيبة: \u2068die Ärztin\u2069"              # \u2068 … \u2069 keep German words in place in Arabic
# image = "images/arzt.webp"      # optional: a picture in this folder (webp, png, jpg; at most 512 KiB)
# audio = "audio/arzt.mp3"        # optional: a recording (mp3, ogg, opus, m4a; at most 1 MiB)

[[phrase]]
id = "guten-tag"
text = "Guten Tag!"               # required: the phrase in the language being learned
alternatives = ["Hallo!"]         # optional: other answers accepted when the learner types
en = "Hello!"                     # required: the meaning in every support language
ar = "مرحبًا!"
note.en = "Polite: use it with people you do not know."  # optional
note.ar = "مهذبة: استخدمها مع من لا تعرفهم."
# audio = "audio/guten-tag.mp3"   # optional: a recording
"##;

const WORDS_CSV: &str = r##"id,text,article,gender,plural,alternatives,en,ar
termin,Termin,der,masculine,Termine,Arzttermin,appointment,موعد
apotheke,Apotheke,die,feminine,Apotheken,,pharmacy,صيدلية
krankenhaus,Krankenhaus,das,neuter,Krankenhäuser,Klinik|Spital,hospital,مستشفى
"##;

const DIALOGUE_LESSON: &str = r##"# A lesson with a dialogue: lines spoken in turn. On a line with `wrong` replies, the learner
# chooses the right reply (`text`) from among them.

title.de = "Beim Arzt"
title.en = "At the doctor's"
title.ar = "عند الطبيب"

[[dialogue]]
id = "termin-machen"              # required: unique in the pack; never change it
title.de = "Einen Termin machen"  # required: in at least one language
title.en = "Making an appointment"
title.ar = "حجز موعد"
scene.en = "At the reception of a doctor's practice."   # optional: where it happens, who speaks
scene.ar = "في استقبال عيادة طبيب."

[[dialogue.line]]
speaker = "Empfang"               # required: who speaks, in the language being learned
text = "Guten Tag! Wie kann ich Ihnen helfen?"
en = "Hello! How can I help you?" # required: the meaning in every support language
ar = "مرحبًا! كيف يمكنني مساعدتك؟"
# audio = "audio/empfang-1.mp3"   # optional: a recording

[[dialogue.line]]
speaker = "Sie"
text = "Ich brauche einen Termin."                      # the right reply
wrong = ["Ich bin ein Termin.", "Ich habe Hunger."]     # the learner's turn: wrong replies to choose from
en = "I need an appointment."
ar = "أحتاج إلى موعد."

[[dialogue.line]]
speaker = "Empfang"
text = "Haben Sie morgen um neun Uhr Zeit?"
en = "Are you free tomorrow at nine?"
ar = "هل أنت متاح غدًا في الساعة التاسعة؟"
"##;

const READING_LESSON: &str = r##"+++
# A reading passage. Between the two +++ lines: the lesson's details, written like the other
# lesson files. After the second +++ line: the passage, in the language being learned.
# Translations sit beside this file: 03-registering.en.md and 03-registering.ar.md.
title.de = "Die Anmeldung"
title.en = "Registering your address"
title.ar = "تسجيل عنوان السكن"
sources = ["anmeldung"]           # optional: ids of sources in pack.toml the passage rests on

# Questions about the passage go here too.
[[question]]
id = "anmeldung-frist"
type = "true-false"
prompt.de = "Sie müssen sich innerhalb von zwei Wochen anmelden."
prompt.en = "You must register within two weeks."
prompt.ar = "يجب عليك التسجيل خلال أسبوعين."
answer = true
source = "anmeldung"
+++
# Die Anmeldung

Wenn Sie in eine neue Wohnung ziehen, müssen Sie sich **innerhalb von zwei Wochen** anmelden.

Das brauchen Sie:

- Ihren Pass oder Personalausweis
- die *Wohnungsgeberbestätigung* von Ihrem Vermieter

Einen Termin bekommen Sie beim [Bürgeramt](https://service.berlin.de/dienstleistung/120686/).
"##;

const READING_EN: &str = r##"# Registering your address

When you move into a new flat, you must register **within two weeks**.

You need:

- your passport or identity card
- the *landlord's confirmation* from your landlord

You can book an appointment at the [citizens' office](https://service.berlin.de/dienstleistung/120686/).
"##;

const READING_AR: &str = r##"# تسجيل عنوان السكن

عندما تنتقل إلى شقة جديدة، يجب عليك التسجيل **خلال أسبوعين**.

تحتاج إلى:

- جواز سفرك أو بطاقة هويتك
- *تأكيد المؤجر* من صاحب الشقة

يمكنك حجز موعد في [مكتب المواطنين](https://service.berlin.de/dienstleistung/120686/).
"##;

const QUESTIONS_LESSON: &str = r##"# A lesson of questions, one of each type. Every question needs an `id`, a `type` and a
# `prompt`; `explanation` (shown after answering), `source` (an id from pack.toml),
# `image` and `audio` are optional.

title.de = "Fragen"
title.en = "Questions"
title.ar = "أسئلة"
# exam = { ask = 5, pass = 3 }    # optional: a practice test that asks 5 of these questions and passes at 3

# Choose one answer: mark it with `correct = true`.
[[question]]
id = "notruf-nummer"
type = "single"
prompt.de = "Welche Nummer rufen Sie bei einem Notfall?"
prompt.en = "Which number do you call in an emergency?"
prompt.ar = "ما الرقم الذي تتصل به في حالة الطوارئ؟"
options = [
  { de = "112", correct = true },
  { de = "115" },
  { de = "118" },
]
explanation.en = "112 calls the fire brigade and an ambulance, free of charge."
explanation.ar = "الرقم 112 يطلب الإطفاء والإسعاف مجانًا."
source = "notruf"
# image = "images/telefon.webp"   # optional: a picture shown with the question

# Choose every right answer: mark each with `correct = true`.
[[question]]
id = "anmeldung-papiere"
type = "multiple"
prompt.de = "Was brauchen Sie für die Anmeldung?"
prompt.en = "What do you need to register your address? Choose all that are right."
prompt.ar = "ماذا تحتاج لتسجيل عنوانك؟ اختر كل الإجابات الصحيحة."
options = [
  { de = "Pass oder Personalausweis", correct = true },
  { de = "Wohnungsgeberbestätigung", correct = true },
  { de = "Führerschein" },
]
source = "anmeldung"

# True or false.
[[question]]
id = "apotheke-sonntag"
type = "true-false"
prompt.de = "Eine Apotheke hat immer Notdienst, auch am Sonntag."
prompt.en = "There is always a pharmacy on emergency duty, even on Sunday."
prompt.ar = "هناك دائمًا صيدلية مناوبة، حتى يوم الأحد."
answer = true

# Type the answer: one text, or a list of accepted answers (the first is shown as right).
[[question]]
id = "arzt-mehrzahl"
type = "typed"
prompt.de = "Wie heißt die Mehrzahl von „der Arzt“?"
prompt.en = "What is the plural of „der Arzt“?"
prompt.ar = "ما جمع كلمة \u2068der Arzt\u2069؟"
answer = ["die Ärzte", "Ärzte"]

# Put in order: write the items in the right order; the app shuffles them.
[[question]]
id = "anmeldung-schritte"
type = "ordering"
prompt.de = "Was kommt zuerst?"
prompt.en = "Put the steps in order."
prompt.ar = "رتب الخطوات."
items = [
  { de = "einen Termin machen", en = "make an appointment", ar = "احجز موعدًا" },
  { de = "zum Bürgeramt gehen", en = "go to the citizens' office", ar = "اذهب إلى مكتب المواطنين" },
  { de = "die Meldebescheinigung bekommen", en = "get the registration certificate", ar = "احصل على شهادة التسجيل" },
]

# Match each left to its right.
[[question]]
id = "woerter-paare"
type = "matching"
prompt.de = "Was passt zusammen?"
prompt.en = "Match the words."
prompt.ar = "صل الكلمات."
pairs = [
  { left = { de = "der Arzt" }, right = { en = "doctor", ar = "طبيب" } },
  { left = { de = "die Apotheke" }, right = { en = "pharmacy", ar = "صيدلية" } },
  { left = { de = "der Termin" }, right = { en = "appointment", ar = "موعد" } },
]

# Fill in the blanks: put each blank's answer in braces; `|` separates other accepted answers.
[[question]]
id = "termin-luecken"
type = "cloze"
prompt.de = "Ergänzen Sie."
prompt.en = "Fill in the gaps."
prompt.ar = "أكمل الفراغات."
text = "Ich {brauche} einen {Termin|Arzttermin}."
distractors = ["braucht", "Hunger"]   # optional: wrong words offered beside the right ones
"##;
