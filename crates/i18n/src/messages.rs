//! Fluent messages: one language's parsed files ([`Messages`]) and the fallback chain the interface
//! reads from ([`Localizer`]: the chosen language, then English).
//!
//! A message missing in the chosen language is taken from English. A message missing everywhere
//! (a bug that the checks over `locales/` catch) shows [`PLACEHOLDER`], never its raw id.

use std::sync::Arc;

use thiserror::Error;

use crate::fluent::{self, FluentArgs, Formatter, Pattern};
use crate::locale::{ENGLISH, Locale};

/// English, compiled into the app so the first screen never waits for a download.
pub const ENGLISH_FILES: &[(&str, &str)] = &[
    ("app.ftl", include_str!("../../../locales/en/app.ftl")),
    ("learn.ftl", include_str!("../../../locales/en/learn.ftl")),
    ("data.ftl", include_str!("../../../locales/en/data.ftl")),
    ("site.ftl", include_str!("../../../locales/en/site.ftl")),
    (
        "packs-sharing.ftl",
        include_str!("../../../locales/en/packs-sharing.ftl"),
    ),
];

/// The teachers' page's English, compiled into that page only (see [`crate::TEACHER_FILES`]).
pub const ENGLISH_TEACHER_FILES: &[(&str, &str)] =
    &[("teach.ftl", include_str!("../../../locales/en/teach.ftl"))];

/// What a message that exists in no language shows: neutral, and never a message id.
pub const PLACEHOLDER: &str = "…";

/// Why a language's messages could not be read.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum MessagesError {
    #[error("{tag}/{file}: {count} Fluent syntax error(s), the first: {first}")]
    Syntax {
        tag: &'static str,
        file: String,
        count: usize,
        first: String,
    },
    #[error("{tag}: the message `{id}` is defined twice")]
    Duplicate { tag: &'static str, id: String },
}

/// One language's messages, ready to format.
pub struct Messages {
    locale: &'static Locale,
    isolating: bool,
    /// By id, sorted.
    messages: Vec<(String, Pattern)>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("locale", &self.locale.tag)
            .finish_non_exhaustive()
    }
}

impl Messages {
    /// Parses a language's Fluent files (`(file name, text)`), refusing any syntax error or
    /// duplicate message. Unicode isolation marks are on (see [`Messages::without_isolation`]).
    pub fn parse(locale: &'static Locale, files: &[(&str, &str)]) -> Result<Self, MessagesError> {
        let mut messages = Self::empty(locale);
        for (file, text) in files {
            let (parsed, errors) = fluent::parse(text);
            if let Some(first) = errors.first() {
                return Err(MessagesError::Syntax {
                    tag: locale.tag,
                    file: (*file).to_owned(),
                    count: errors.len(),
                    first: first.to_string(),
                });
            }
            for (id, pattern) in parsed {
                if let Err(id) = messages.add(id, pattern) {
                    return Err(MessagesError::Duplicate {
                        tag: locale.tag,
                        id,
                    });
                }
            }
        }
        Ok(messages)
    }

    /// Like [`Messages::parse`], but keeps whatever parses: at run time a damaged translation
    /// file still gives its good messages (the rest fall back to English).
    pub fn parse_lenient(locale: &'static Locale, files: &[(&str, &str)]) -> Self {
        let mut messages = Self::empty(locale);
        for (_, text) in files {
            for (id, pattern) in fluent::parse(text).0 {
                // A duplicate keeps its first definition.
                let _ = messages.add(id, pattern);
            }
        }
        messages
    }

    /// The English messages compiled into the app.
    pub fn english() -> Self {
        Self::english_with(&[])
    }

    /// The English messages compiled into the app, and a page's own (`extra`) after them.
    pub fn english_with(extra: &[(&str, &str)]) -> Self {
        let files: Vec<(&str, &str)> = ENGLISH_FILES.iter().chain(extra).copied().collect();
        // Never an error while the host tests pass; else the good messages still show.
        Self::parse_lenient(&ENGLISH, &files)
    }

    /// Turns the Unicode isolation marks around placed values off, for tests that compare text.
    /// Production keeps them on: they keep a German word or a number inside an Arabic sentence in
    /// its place.
    pub fn without_isolation(mut self) -> Self {
        self.isolating = false;
        self
    }

    pub fn locale(&self) -> &'static Locale {
        self.locale
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.messages
            .binary_search_by(|(known, _)| known.as_str().cmp(id))
    }

    /// Whether this language has a message with a value under `id`.
    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// The message `id` formatted with `args`, and any problem met (a missing variable); `None`
    /// when this language lacks the message.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, Vec<String>)> {
        let (_, pattern) = &self.messages[self.find(id).ok()?];
        let mut formatter = Formatter {
            locale: self.locale,
            isolating: self.isolating,
            args,
            errors: Vec::new(),
        };
        let mut text = String::new();
        formatter.pattern(pattern, &mut text);
        let problems = formatter
            .errors
            .iter()
            .map(|e| format!("{id}: {e}"))
            .collect();
        Some((text, problems))
    }

    fn empty(locale: &'static Locale) -> Self {
        Self {
            locale,
            isolating: true,
            messages: Vec::new(),
        }
    }

    /// Adds a message in id order; a duplicate id is refused (returned).
    fn add(&mut self, id: String, pattern: Pattern) -> Result<(), String> {
        match self.find(&id) {
            Ok(_) => Err(id),
            Err(at) => {
                self.messages.insert(at, (id, pattern));
                Ok(())
            }
        }
    }
}

/// The interface's messages: the chosen language first, then English.
#[derive(Clone, Debug)]
pub struct Localizer {
    locale: &'static Locale,
    chain: Vec<Arc<Messages>>,
}

impl Localizer {
    /// English only.
    pub fn english(english: Arc<Messages>) -> Self {
        Self {
            locale: english.locale(),
            chain: vec![english],
        }
    }

    /// `chosen`, falling back to `english` message by message.
    pub fn new(chosen: Arc<Messages>, english: Arc<Messages>) -> Self {
        if chosen.locale().tag == english.locale().tag {
            return Self::english(english);
        }
        Self {
            locale: chosen.locale(),
            chain: vec![chosen, english],
        }
    }

    /// The interface language.
    pub fn locale(&self) -> &'static Locale {
        self.locale
    }

    /// The message `id` in the first language of the chain that has it, else [`PLACEHOLDER`].
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_reporting(id, args).0
    }

    /// Like [`Localizer::format`], also returning the problems to report: a message missing
    /// everywhere, or one Fluent could not fully format. A message only missing in the chosen
    /// language is not a problem: translations may lag behind English.
    pub fn format_reporting(&self, id: &str, args: Option<&FluentArgs>) -> (String, Vec<String>) {
        self.chain
            .iter()
            .find_map(|messages| messages.format(id, args))
            .unwrap_or_else(|| {
                (
                    PLACEHOLDER.to_owned(),
                    vec![format!("the message `{id}` exists in no language")],
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::by_tag;

    fn messages(tag: &str, ftl: &str) -> Arc<Messages> {
        let Some(locale) = by_tag(tag) else {
            panic!("no locale {tag}");
        };
        match Messages::parse(locale, &[("test.ftl", ftl)]) {
            Ok(messages) => Arc::new(messages.without_isolation()),
            Err(error) => panic!("{error}"),
        }
    }

    #[test]
    fn falls_back_to_english_and_never_shows_an_id() {
        let english = messages("en", "hello = Hello\nonly-english = Only in English\n");
        let arabic = messages("ar", "hello = مرحبا\n");
        let localizer = Localizer::new(arabic, english);
        assert_eq!(localizer.locale().tag, "ar");
        assert_eq!(localizer.format("hello", None), "مرحبا");
        assert_eq!(localizer.format("only-english", None), "Only in English");
        let (text, problems) = localizer.format_reporting("nowhere-at-all", None);
        assert_eq!(text, PLACEHOLDER);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn keeps_isolation_marks_around_placed_values_in_production() {
        let Some(arabic) = by_tag("ar") else {
            panic!("no Arabic");
        };
        let Ok(messages) = Messages::parse(arabic, &[("t.ftl", "learn = تعلّم { $word }\n")])
        else {
            panic!("parses");
        };
        let mut args = FluentArgs::new();
        args.set("word", "Deutsch");
        let text = messages.format("learn", Some(&args)).map(|(text, _)| text);
        assert_eq!(text.as_deref(), Some("تعلّم \u{2068}Deutsch\u{2069}"));
    }

    #[test]
    fn refuses_syntax_errors_and_duplicates() {
        assert!(matches!(
            Messages::parse(&ENGLISH, &[("bad.ftl", "hello = { $\n")]),
            Err(MessagesError::Syntax { .. })
        ));
        assert!(matches!(
            Messages::parse(&ENGLISH, &[("a.ftl", "x = 1\n"), ("b.ftl", "x = 2\n")]),
            Err(MessagesError::Duplicate { id, .. }) if id == "x"
        ));
        let lenient = Messages::parse_lenient(&ENGLISH, &[("bad.ftl", "good = Good\nbad = {\n")]);
        assert!(lenient.has("good"));
    }

    #[test]
    fn reports_a_missing_variable() {
        let english = messages("en", "size = { $size } KB\n");
        let (_, problems) = Localizer::english(english).format_reporting("size", None);
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    /// Plural forms per language, through Fluent's selectors (Arabic has six).
    #[test]
    fn plural_forms_follow_each_language() {
        let arabic = messages(
            "ar",
            "n = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n",
        );
        let cases = [
            (0, "zero"),
            (1, "one"),
            (2, "two"),
            (3, "few"),
            (10, "few"),
            (11, "many"),
            (99, "many"),
            (100, "other"),
            (102, "other"),
        ];
        for (n, expected) in cases {
            let mut args = FluentArgs::new();
            args.set("n", n);
            assert_eq!(
                arabic.format("n", Some(&args)).map(|(t, _)| t).as_deref(),
                Some(expected),
                "Arabic {n}"
            );
        }
        let selector = "n = { $n ->\n [one] one\n [few] few\n [many] many\n *[other] other\n}\n";
        for (tag, n, expected) in [
            ("uk", 1, "one"),
            ("uk", 3, "few"),
            ("uk", 5, "many"),
            ("uk", 21, "one"),
            ("ru", 11, "many"),
            ("en", 1, "one"),
            ("en", 0, "other"),
            ("fr", 0, "one"),
            ("fa", 0, "one"),
            ("ti", 0, "one"),
            ("ti", 2, "other"),
            ("so", 1, "one"),
            ("ps", 1, "one"),
            ("ps", 2, "other"),
            ("tr", 2, "other"),
        ] {
            let mut args = FluentArgs::new();
            args.set("n", n);
            let formatted = messages(tag, selector).format("n", Some(&args));
            assert_eq!(
                formatted.map(|(t, _)| t).as_deref(),
                Some(expected),
                "{tag} {n}"
            );
        }
    }

    #[test]
    fn numbers_and_dates_in_messages_follow_the_language() {
        let ftl = "size = { $size } KB\nwhen = { DATE($date) }\nfixed = { NUMBER($n, minimumFractionDigits: 1) }\n";
        for (tag, size, date, fixed) in [
            ("en", "1,500 KB", "01/03/2025", "2.0"),
            ("de", "1.500 KB", "01.03.2025", "2,0"),
            ("ar", "١٬٥٠٠ KB", "٠١/٠٣/٢٠٢٥", "٢٫٠"),
        ] {
            let messages = messages(tag, ftl);
            let mut args = FluentArgs::new();
            args.set("size", 1500);
            args.set("date", "2025-03-01");
            args.set("n", 2);
            let format = |id: &str| messages.format(id, Some(&args)).map(|(t, _)| t);
            assert_eq!(format("size").as_deref(), Some(size), "{tag}");
            assert_eq!(format("when").as_deref(), Some(date), "{tag}");
            assert_eq!(format("fixed").as_deref(), Some(fixed), "{tag}");
        }
    }
}
