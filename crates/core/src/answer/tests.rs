//! The table of answer-checking cases, and checks that nothing panics or takes long.

use std::time::{Duration, Instant};

use unicode_normalization::UnicodeNormalization;

use super::*;

/// Normalisation on the host, as the browser's `String.prototype.normalize` does it in the app.
struct HostForms;

impl UnicodeForms for HostForms {
    fn nfc(&self, text: &str) -> String {
        text.nfc().collect()
    }

    fn nfkc(&self, text: &str) -> String {
        text.nfkc().collect()
    }

    fn nfd(&self, text: &str) -> String {
        text.nfd().collect()
    }
}

/// The pack defaults: missing diacritics and typos accepted with a note.
const PACK: CheckRules = CheckRules {
    accept_missing_diacritics: true,
    accept_typos: true,
    require_article: false,
};
/// The pack defaults, on an exercise that asks for the article.
const ARTICLE: CheckRules = CheckRules {
    require_article: true,
    ..PACK
};
/// A pack that wants diacritics (typos still accepted).
const DIACRITICS: CheckRules = CheckRules {
    accept_missing_diacritics: false,
    ..PACK
};
/// A pack that accepts no typos (missing diacritics still accepted).
const NO_TYPOS: CheckRules = CheckRules {
    accept_typos: false,
    ..PACK
};
const STRICT: CheckRules = CheckRules::STRICT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Correct,
    Note(NoteKind, &'static str),
    Wrong(&'static str),
}
use Want::{Correct, Note, Wrong};

const DIA: NoteKind = NoteKind::MissingDiacritics;
const TYPO: NoteKind = NoteKind::Typo;
const ARTICLE_NOTE: NoteKind = NoteKind::WrongArticle;

/// `(typed, accepted answers (first is canonical), article, language, rules, verdict)`.
type Case = (
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    &'static str,
    CheckRules,
    Want,
);

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Exact, case, spaces and punctuation.
    ("Apotheke", &["Apotheke"], None, "de", PACK, Correct),
    ("apotheke", &["Apotheke"], None, "de", STRICT, Correct),
    ("APOTHEKE", &["Apotheke"], None, "de", STRICT, Correct),
    ("  Apotheke.  ", &["Apotheke"], None, "de", STRICT, Correct),
    ("Apotheke?!", &["Apotheke"], None, "de", STRICT, Correct),
    ("Guten   Morgen", &["Guten Morgen"], None, "de", STRICT, Correct),
    ("\tGuten\u{a0}Morgen\n", &["Guten Morgen"], None, "de", STRICT, Correct),
    ("Guten Tag, Frau Müller.", &["Guten Tag Frau Müller"], None, "de", STRICT, Correct),
    ("„Guten Tag“", &["Guten Tag"], None, "de", STRICT, Correct),
    ("«Bonjour»", &["Bonjour"], None, "fr", STRICT, Correct),
    ("¿Dónde está el baño?", &["¿Dónde está el baño?"], None, "es", STRICT, Correct),
    ("donde esta el bano", &["¿Dónde está el baño?"], None, "es", PACK, Note(DIA, "¿Dónde está el baño?")),
    ("geht’s", &["geht's"], None, "de", STRICT, Correct),
    ("gehts", &["geht's"], None, "de", STRICT, Wrong("geht's")),
    ("E–Mail", &["E-Mail"], None, "de", STRICT, Correct),
    ("E Mail", &["E-Mail"], None, "de", PACK, Note(TYPO, "E-Mail")),
    ("3,50 €", &["3,50 €"], None, "de", STRICT, Correct),
    ("3.50 €", &["3,50 €"], None, "de", PACK, Wrong("3,50 €")),
    ("Apotheke", &["  Apotheke "], None, "de", STRICT, Correct),
    // Unicode forms: NFD input, NFKC (full-width, ligatures).
    ("Mu\u{308}nchen", &["München"], None, "de", STRICT, Correct),
    ("München", &["Mu\u{308}nchen"], None, "de", STRICT, Correct),
    ("ｈｅｌｌｏ", &["hello"], None, "en", STRICT, Correct),
    ("ﬁsh", &["fish"], None, "en", STRICT, Correct),
    ("５０", &["50"], None, "de", STRICT, Correct),
    // Alternatives, and which one is shown.
    ("Tschüs", &["Tschüss", "Tschüs"], None, "de", STRICT, Correct),
    ("Grüß Gott", &["Hallo", "Guten Tag", "Grüß Gott"], None, "de", STRICT, Correct),
    ("Gruss Gott", &["Hallo", "Guten Tag", "Grüß Gott"], None, "de", PACK, Note(DIA, "Grüß Gott")),
    ("Strasse", &["Straße", "Strasse"], None, "de", PACK, Correct),
    ("Tschus", &["Tschüss", "Tschüs"], None, "de", PACK, Note(DIA, "Tschüs")),
    ("Tschuss", &["Tschüs", "Tschüss"], None, "de", PACK, Note(DIA, "Tschüss")),
    ("Auf Wiedersehn", &["Tschüss", "Auf Wiedersehen"], None, "de", PACK, Note(TYPO, "Auf Wiedersehen")),
    ("Bis bald", &["Tschüss", "Auf Wiedersehen"], None, "de", PACK, Wrong("Tschüss")),
    // Typos: one edit in a word of five letters or more.
    ("Apoteke", &["Apotheke"], None, "de", PACK, Note(TYPO, "Apotheke")),
    ("Apothkee", &["Apotheke"], None, "de", PACK, Note(TYPO, "Apotheke")),
    ("Apothekr", &["Apotheke"], None, "de", PACK, Note(TYPO, "Apotheke")),
    ("Apothekee", &["Apotheke"], None, "de", PACK, Note(TYPO, "Apotheke")),
    ("Apotek", &["Apotheke"], None, "de", PACK, Wrong("Apotheke")),
    ("Aptoheek", &["Apotheke"], None, "de", PACK, Wrong("Apotheke")),
    ("Tisch", &["Tiscj"], None, "de", PACK, Note(TYPO, "Tiscj")),
    ("Tich", &["Tisch"], None, "de", PACK, Note(TYPO, "Tisch")),
    ("Hand", &["Hund"], None, "de", PACK, Wrong("Hund")),
    ("Auot", &["Auto"], None, "de", PACK, Wrong("Auto")),
    ("Gutem Morgen", &["Guten Morgen"], None, "de", PACK, Note(TYPO, "Guten Morgen")),
    ("Guten Morgn", &["Guten Morgen"], None, "de", PACK, Note(TYPO, "Guten Morgen")),
    ("Gutn Morgn", &["Guten Morgen"], None, "de", PACK, Wrong("Guten Morgen")),
    ("GutenMorgen", &["Guten Morgen"], None, "de", PACK, Note(TYPO, "Guten Morgen")),
    ("Der Hand bellt", &["Der Hund bellt"], None, "de", PACK, Wrong("Der Hund bellt")),
    ("Apoteke", &["Apotheke"], None, "de", NO_TYPOS, Wrong("Apotheke")),
    ("1777", &["1776"], None, "en", PACK, Wrong("1776")),
    ("July 4 1777", &["July 4 1776"], None, "en", PACK, Wrong("July 4 1776")),
    ("Музеи", &["музей"], None, "ru", PACK, Note(TYPO, "музей")),
    // Typo and missing diacritics together: the note is the typo.
    ("Munchn", &["München"], None, "de", PACK, Note(TYPO, "München")),
    ("Munchn", &["München"], None, "de", DIACRITICS, Wrong("München")),
    ("Munchn", &["München"], None, "de", NO_TYPOS, Wrong("München")),
    ("Münchn", &["München"], None, "de", DIACRITICS, Note(TYPO, "München")),
    // Missing diacritics.
    ("Strasse", &["Straße"], None, "de", PACK, Note(DIA, "Straße")),
    ("STRASSE", &["Straße"], None, "de", NO_TYPOS, Note(DIA, "Straße")),
    ("STRAẞE", &["Straße"], None, "de", STRICT, Correct),
    ("Munchen", &["München"], None, "de", NO_TYPOS, Note(DIA, "München")),
    ("Muenchen", &["München"], None, "de", NO_TYPOS, Note(DIA, "München")),
    ("MUENCHEN", &["München"], None, "de", PACK, Note(DIA, "München")),
    ("Munchen", &["München"], None, "de", DIACRITICS, Wrong("München")),
    ("Strasse", &["Straße"], None, "de", DIACRITICS, Wrong("Straße")),
    ("Strasse", &["Straße"], None, "de", STRICT, Wrong("Straße")),
    ("Strasse", &["Straße"], None, "de-CH", STRICT, Correct),
    ("informacion", &["información"], None, "es", PACK, Note(DIA, "información")),
    ("informacion", &["información"], None, "es", DIACRITICS, Wrong("información")),
    ("eleve", &["élève"], None, "fr", PACK, Note(DIA, "élève")),
    ("Élève", &["élève"], None, "fr", STRICT, Correct),
    ("elève", &["élève"], None, "fr", STRICT, Wrong("élève")),
    ("cafe", &["café"], None, "fr", NO_TYPOS, Note(DIA, "café")),
    ("Lodz", &["Łódź"], None, "pl", PACK, Note(DIA, "Łódź")),
    ("Aero", &["Ærø"], None, "da", PACK, Note(DIA, "Ærø")),
    ("Uskudar", &["Üsküdar"], None, "tr", PACK, Note(DIA, "Üsküdar")),
    ("Ueskuedar", &["Üsküdar"], None, "tr", PACK, Wrong("Üsküdar")),
    ("ΟΔΟΣ", &["οδός"], None, "el", PACK, Note(DIA, "οδός")),
    // Arabic: tashkeel and tatweel never matter; hamza, ى and ة are noted.
    ("مرحبا", &["مَرْحَبًا"], None, "ar", STRICT, Correct),
    ("مَرْحَبًا", &["مرحبا"], None, "ar", STRICT, Correct),
    ("مـرحبا", &["مرحبا"], None, "ar", STRICT, Correct),
    ("مرحبا!", &["مرحبا"], None, "ar", STRICT, Correct),
    ("كيف حالك؟", &["كيف حالك"], None, "ar", STRICT, Correct),
    ("انا", &["أنا"], None, "ar", PACK, Note(DIA, "أنا")),
    ("انا", &["أنا"], None, "ar", STRICT, Wrong("أنا")),
    ("مدرسه", &["مدرسة"], None, "ar", NO_TYPOS, Note(DIA, "مدرسة")),
    ("٥٠", &["50"], None, "ar", STRICT, Correct),
    // Persian: ZWNJ, and Persian/Arabic letter variants, silently.
    ("میخواهم", &["می\u{200c}خواهم"], None, "fa", STRICT, Correct),
    ("می\u{200c}خواهم", &["میخواهم"], None, "fa", STRICT, Correct),
    ("می خواهم", &["می\u{200c}خواهم"], None, "fa", PACK, Note(TYPO, "می\u{200c}خواهم")),
    ("ايران", &["ایران"], None, "fa", STRICT, Correct),
    ("كتاب", &["کتاب"], None, "fa", STRICT, Correct),
    // Hebrew points.
    ("שלום", &["שָׁלוֹם"], None, "he", STRICT, Correct),
    // Turkish dotted and dotless i.
    ("istanbul", &["İstanbul"], None, "tr", STRICT, Correct),
    ("İSTANBUL", &["İstanbul"], None, "tr", STRICT, Correct),
    ("ISTANBUL", &["İstanbul"], None, "tr", PACK, Note(DIA, "İstanbul")),
    ("ISTANBUL", &["İstanbul"], None, "tr", STRICT, Wrong("İstanbul")),
    ("ISPARTA", &["Isparta"], None, "tr", STRICT, Correct),
    ("ısparta", &["Isparta"], None, "tr", STRICT, Correct),
    ("isparta", &["Isparta"], None, "tr", PACK, Note(DIA, "Isparta")),
    ("istanbul", &["İstanbul"], None, "en", STRICT, Correct),
    // Cyrillic: case; Russian ё optional; й and ї letters of their own; stress marks ignored.
    ("київ", &["Київ"], None, "uk", STRICT, Correct),
    ("КИЇВ", &["Київ"], None, "uk", STRICT, Correct),
    ("Киів", &["Київ"], None, "uk", PACK, Wrong("Київ")),
    ("елка", &["ёлка"], None, "ru", STRICT, Correct),
    ("Ёлка", &["елка"], None, "ru", STRICT, Correct),
    ("мои", &["мой"], None, "ru", PACK, Wrong("мой")),
    ("молоко", &["моло\u{301}ко"], None, "ru", STRICT, Correct),
    // Articles asked for.
    ("die Apotheke", &["Apotheke"], Some("die"), "de", ARTICLE, Correct),
    ("Die apotheke.", &["Apotheke"], Some("die"), "de", ARTICLE, Correct),
    ("Apotheke", &["Apotheke"], Some("die"), "de", ARTICLE, Wrong("die Apotheke")),
    ("der Apotheke", &["Apotheke"], Some("die"), "de", ARTICLE, Wrong("die Apotheke")),
    ("eine Apotheke", &["Apotheke"], Some("die"), "de", ARTICLE, Wrong("die Apotheke")),
    ("dieApotheke", &["Apotheke"], Some("die"), "de", ARTICLE, Wrong("die Apotheke")),
    ("die Apoteke", &["Apotheke"], Some("die"), "de", ARTICLE, Note(TYPO, "die Apotheke")),
    ("der Hunt", &["Hund"], Some("der"), "de", ARTICLE, Wrong("der Hund")),
    ("die Strasse", &["Straße"], Some("die"), "de", ARTICLE, Note(DIA, "die Straße")),
    ("l'école", &["école"], Some("l'"), "fr", ARTICLE, Correct),
    ("L’école", &["école"], Some("l'"), "fr", ARTICLE, Correct),
    ("école", &["école"], Some("l'"), "fr", ARTICLE, Wrong("l'école")),
    ("la école", &["école"], Some("l'"), "fr", ARTICLE, Wrong("l'école")),
    ("Apotheke", &["Apotheke"], None, "de", ARTICLE, Correct),
    // Articles not asked for: ignored, unless they name another gender.
    ("Apotheke", &["Apotheke"], Some("die"), "de", PACK, Correct),
    ("die Apotheke", &["Apotheke"], Some("die"), "de", PACK, Correct),
    ("der Arzt", &["Arzt"], None, "de", PACK, Correct),
    ("der Arzt", &["Arzt"], Some("der"), "de", STRICT, Correct),
    ("ein Arzt", &["Arzt"], Some("der"), "de", PACK, Correct),
    ("das Arzt", &["Arzt"], Some("der"), "de", PACK, Note(ARTICLE_NOTE, "der Arzt")),
    ("an apple", &["apple"], None, "en", STRICT, Correct),
    ("the Apple", &["apple"], None, "en", STRICT, Correct),
    ("Das ist gut", &["Das ist gut"], None, "de", STRICT, Correct),
    // Nothing typed.
    ("", &["Apotheke"], None, "de", PACK, Wrong("Apotheke")),
    ("   ", &["Apotheke"], None, "de", PACK, Wrong("Apotheke")),
    ("...?", &["Apotheke"], None, "de", PACK, Wrong("Apotheke")),
    ("\u{200c}\u{200d}", &["Apotheke"], None, "de", PACK, Wrong("Apotheke")),
    ("", &["Apotheke"], Some("die"), "de", ARTICLE, Wrong("die Apotheke")),
    ("Apotheke", &[""], None, "de", PACK, Wrong("")),
];

fn check_case(case: &Case, forms: &dyn UnicodeForms) -> Verdict {
    let (typed, answers, article, language, rules, _) = *case;
    let alternatives: Vec<String> = answers.iter().skip(1).map(|a| (*a).to_owned()).collect();
    let expected = Expected {
        canonical: answers.first().copied().unwrap_or(""),
        alternatives: &alternatives,
        article,
        language,
    };
    check_typed(typed, &expected, rules, forms)
}

fn verdict_of(want: Want) -> Verdict {
    match want {
        Correct => Verdict::Correct,
        Note(kind, expected) => Verdict::CorrectWithNote {
            kind,
            expected: expected.to_owned(),
        },
        Wrong(expected) => Verdict::Wrong {
            expected: expected.to_owned(),
        },
    }
}

#[test]
fn table_of_cases() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let failures: Vec<String> = CASES
        .iter()
        .enumerate()
        .filter_map(|(row, case)| {
            let got = check_case(case, &HostForms);
            let want = verdict_of(case.5);
            (got != want).then(|| {
                format!(
                    "row {row}: {:?} against {:?} (article {:?}, {}, {:?})\n    want {want:?}\n    got  {got:?}",
                    case.0, case.1, case.2, case.3, case.4
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn without_normalisation_plain_text_still_checks() {
    let forms = NoNormalization;
    let check =
        |typed: &str, answer: &str| check_typed(typed, &Expected::new(answer, "de"), PACK, &forms);
    assert_eq!(check(" apotheke! ", "Apotheke"), Verdict::Correct);
    assert_eq!(check("München", "München"), Verdict::Correct);
    assert_eq!(check("Apoteke", "Apotheke").note(), Some(NoteKind::Typo));
    assert_eq!(
        check("Muenchen", "München").note(),
        Some(NoteKind::MissingDiacritics)
    );
    // Decomposed input is no longer the same text, though close enough for a note.
    assert_ne!(check("Mu\u{308}nchen", "München"), Verdict::Correct);
}

#[test]
fn builds_from_pack_items() {
    let word: crate::pack::Word = serde_json::from_value(serde_json::json!({
        "id": "apotheke",
        "text": "Apotheke",
        "article": "die",
        "alternatives": ["Pharmazie"],
        "translations": {"en": "pharmacy"},
    }))
    .unwrap_or_else(|error| panic!("word: {error}"));
    let expected = Expected::word(&word, "de");
    let asked = CheckRules::from_pack(crate::pack::AnswerRules::default()).requiring_article(true);
    assert_eq!(
        check_typed("die Pharmazie", &expected, asked, &HostForms),
        Verdict::Correct
    );
    assert_eq!(
        check_typed("Pharmazie", &expected, asked, &HostForms),
        Verdict::Wrong {
            expected: "die Apotheke".to_owned()
        }
    );
    assert_eq!(
        check_typed("Pharmazie", &expected, CheckRules::default(), &HostForms),
        Verdict::Correct
    );

    let accepted = vec!["Berlin".to_owned(), "Bundeshauptstadt Berlin".to_owned()];
    let typed = Expected::from_accepted(&accepted, "de");
    assert!(typed.is_some_and(|expected| {
        check_typed("berlin.", &expected, CheckRules::STRICT, &HostForms) == Verdict::Correct
    }));
    assert_eq!(Expected::from_accepted(&[], "de"), None);
}

#[test]
fn verdict_helpers() {
    let note = Verdict::CorrectWithNote {
        kind: NoteKind::Typo,
        expected: "Apotheke".to_owned(),
    };
    assert!(note.is_accepted() && Verdict::Correct.is_accepted());
    assert_eq!(note.note(), Some(NoteKind::Typo));
    assert_eq!(note.expected(), Some("Apotheke"));
    let wrong = Verdict::Wrong {
        expected: "Hund".to_owned(),
    };
    assert!(!wrong.is_accepted());
    assert_eq!(wrong.expected(), Some("Hund"));
    assert_eq!(Verdict::Correct.expected(), None);
    assert!(NoteKind::MissingDiacritics < NoteKind::Typo);
}

#[test]
fn very_long_input_is_wrong_and_fast() {
    let long = "Apotheke ".repeat(10 * 1024 / 9);
    let started = Instant::now();
    let verdict = check_typed(&long, &Expected::new("Apotheke", "de"), PACK, &HostForms);
    assert_eq!(
        verdict,
        Verdict::Wrong {
            expected: "Apotheke".to_owned()
        }
    );
    // A long expected answer lets the same input through to the full comparison.
    let sentence = "Die Würde des Menschen ist unantastbar. ".repeat(40);
    let verdict = check_typed(&long, &Expected::new(&sentence, "de"), PACK, &HostForms);
    assert!(!verdict.is_accepted());
    let almost = sentence.replacen("Würde", "Wurde", 1);
    let verdict = check_typed(&almost, &Expected::new(&sentence, "de"), PACK, &HostForms);
    assert_eq!(verdict.note(), Some(NoteKind::MissingDiacritics));
    // Generous for unoptimised test builds; a release build takes well under a millisecond.
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_thousand_ordinary_checks_are_quick() {
    let alternatives = vec!["Strasse".to_owned(), "Gasse".to_owned()];
    let expected = Expected::new("Straße", "de")
        .with_alternatives(&alternatives)
        .with_article("die");
    let started = Instant::now();
    for typed in [
        "die Strase",
        "Strasse",
        "Gase",
        "Weg",
        "die Straße",
        "das Strase",
    ]
    .iter()
    .cycle()
    .take(1000)
    {
        let _ = check_typed(typed, &expected, ARTICLE, &HostForms);
    }
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
}

/// A small deterministic generator (xorshift), so the loop needs no new dependency.
struct Generator(u64);

impl Generator {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n).unwrap_or(1)).unwrap_or(0)
    }

    fn pick<'p, T>(&mut self, from: &'p [T]) -> Option<&'p T> {
        let index = self.below(from.len().max(1));
        from.get(index)
    }

    fn text(&mut self, max_chars: usize) -> String {
        const PIECES: &[&str] = &[
            "a",
            "e",
            "i",
            "I",
            "İ",
            "ı",
            "s",
            "ß",
            "ẞ",
            "ü",
            "u\u{308}",
            "\u{308}",
            "\u{301}",
            "é",
            "Æ",
            "ø",
            "ł",
            " ",
            "  ",
            "\t",
            ".",
            ",",
            ":",
            "'",
            "’",
            "-",
            "–",
            "!",
            "¿",
            "«",
            "»",
            "(",
            "1",
            "7",
            "٣",
            "۳",
            "ﬁ",
            "ｈ",
            "ё",
            "Ё",
            "й",
            "ї",
            "ς",
            "Σ",
            "م",
            "ـ",
            "َ",
            "ٰ",
            "أ",
            "ى",
            "ة",
            "ی",
            "ک",
            "\u{200c}",
            "\u{200d}",
            "\u{feff}",
            "\u{2067}",
            "ש",
            "ָ",
            "‎",
            "😀",
            "\u{0}",
            "der ",
            "die ",
            "l'",
            "Straße",
            "München",
            "\u{10FFFF}",
            "\u{301}\u{301}",
        ];
        let pieces = self.below(max_chars + 1);
        (0..pieces)
            .filter_map(|_| self.pick(PIECES).copied())
            .collect()
    }
}

#[test]
fn never_panics_and_keeps_its_promises() {
    const LANGUAGES: &[&str] = &[
        "de", "de-CH", "tr", "ru", "uk", "ar", "fa", "fr", "en", "", "x-",
    ];
    const ARTICLES: &[Option<&str>] = &[None, Some("die"), Some("l'"), Some(""), Some(" . ")];
    let mut generator = Generator(0x9E37_79B9_7F4A_7C15);
    let forms: [&dyn UnicodeForms; 2] = [&HostForms, &NoNormalization];
    for round in 0..4000 {
        let forms = forms.get(round % 2).copied().unwrap_or(&NoNormalization);
        let canonical = generator.text(8);
        let alternatives: Vec<String> =
            (0..generator.below(3)).map(|_| generator.text(6)).collect();
        let language = generator.pick(LANGUAGES).copied().unwrap_or("de");
        let article = generator.pick(ARTICLES).copied().flatten();
        let bits = generator.next();
        let rules = CheckRules {
            accept_missing_diacritics: bits & 1 == 0,
            accept_typos: bits & 2 == 0,
            require_article: bits & 4 == 0,
        };
        let expected = Expected {
            canonical: &canonical,
            alternatives: &alternatives,
            article,
            language,
        };
        let typed = if round % 5 == 0 {
            canonical.clone()
        } else {
            generator.text(10)
        };
        let verdict = check_typed(&typed, &expected, rules, forms);
        // Wrong always shows the canonical answer.
        if let Verdict::Wrong { expected: shown } = &verdict {
            let bare = forms.nfc(canonical.trim());
            assert!(
                shown.ends_with(&bare),
                "{typed:?} / {canonical:?}: {verdict:?}"
            );
        }
        // A note shows one of the accepted answers.
        if let Verdict::CorrectWithNote {
            expected: shown, ..
        } = &verdict
        {
            let shows_an_answer = std::iter::once(&canonical)
                .chain(&alternatives)
                .any(|answer| shown.ends_with(&forms.nfc(answer.trim())));
            assert!(shows_an_answer, "{typed:?} / {canonical:?}: {verdict:?}");
        }
        // An answer typed exactly as the pack gives it is right (unless it has no letters, or
        // the exercise asks for an article it lacks).
        let asks_article = rules.require_article && article.is_some_and(|a| !a.trim().is_empty());
        if article.is_none() || !asks_article {
            let exact = check_typed(&canonical, &expected, rules, forms);
            let empty = exact == check_typed("", &expected, rules, forms);
            assert!(
                exact == Verdict::Correct || empty,
                "{canonical:?}: {exact:?}"
            );
        }
    }
}
