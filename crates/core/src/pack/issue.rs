//! A problem found in a pack: where it is, how serious, and what it is. Structured, so the pack
//! tool can place it at a source line and the app can explain it in the learner's language.

use std::fmt;

/// Errors stop a pack from being used; warnings are shown to authors and let the pack through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Where in a pack a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IssueLocation {
    pub lesson: Option<String>,
    pub item: Option<String>,
    /// The field, as authors write it (`translations`, `options`, `reviewed` ...).
    pub field: String,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    UnsupportedFormat {
        found: u32,
        supported: u32,
    },
    InvalidId {
        id: String,
    },
    DuplicateLesson {
        id: String,
    },
    DuplicateItem {
        id: String,
        first_lesson: String,
    },
    InvalidLanguageTag {
        tag: String,
    },
    NotASupportLanguage {
        tag: String,
    },
    DuplicateLanguage {
        tag: String,
    },
    /// The target language is also listed as a support language.
    TargetAsSupport {
        tag: String,
    },
    Empty,
    MissingText {
        language: String,
    },
    MissingTranslation {
        item: String,
        language: String,
    },
    /// Optional texts (explanations, descriptions) missing in a support language.
    TranslationGaps {
        language: String,
        missing: usize,
        /// The first few places, to start from.
        examples: String,
    },
    UnknownSource {
        id: String,
    },
    DuplicateSource {
        id: String,
    },
    UnsafeLink {
        href: String,
    },
    BidiOverride,
    ControlCharacter,
    LooksLikeMarkup,
    MixedDirection {
        language: String,
    },
    InvalidRegion {
        code: String,
    },
    CorrectOutOfRange {
        index: usize,
        options: usize,
    },
    TooFewOptions {
        found: usize,
        needed: usize,
    },
    DuplicateOption {
        text: String,
    },
    NoBlank,
    EmptyBlank,
    ExamImpossible {
        ask: u32,
        pass: u32,
        questions: usize,
    },
    ReviewedLongAgo {
        months: i32,
    },
    ReviewedInFuture,
    PastValidUntil {
        date: String,
    },
    ValidUntilBeforeReviewed,
    NoRecordings {
        without: usize,
        total: usize,
    },
    WrongIsRight {
        text: String,
    },
}

/// One problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIssue {
    pub severity: Severity,
    pub location: IssueLocation,
    pub kind: IssueKind,
}

impl PackIssue {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for IssueLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(lesson) = &self.lesson {
            parts.push(format!("lesson `{lesson}`"));
        }
        if let Some(item) = &self.item {
            parts.push(format!("item `{item}`"));
        }
        if !self.field.is_empty() {
            parts.push(format!("`{}`", self.field));
        }
        f.write_str(&parts.join(", "))
    }
}

impl fmt::Display for IssueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use IssueKind::*;
        match self {
            UnsupportedFormat { found, supported } => write!(
                f,
                "this pack uses format {found}, but this tool knows formats up to {supported}; update the pack tool"
            ),
            InvalidId { id } => write!(
                f,
                "`{id}` is not a valid id; use lower-case letters, digits and hyphens (at most 64), like `at-the-doctor`"
            ),
            DuplicateLesson { id } => write!(
                f,
                "there are two lessons with the id `{id}`; give each its own id"
            ),
            DuplicateItem { id, first_lesson } => write!(
                f,
                "the id `{id}` is already used in lesson `{first_lesson}`; every item in a pack needs its own id"
            ),
            InvalidLanguageTag { tag } => write!(
                f,
                "`{tag}` is not a language tag; use a BCP 47 tag such as `de`, `ar` or `fa-AF`"
            ),
            NotASupportLanguage { tag } => {
                write!(f, "`{tag}` is not one of the pack's `support_languages`")
            }
            DuplicateLanguage { tag } => write!(f, "`{tag}` is listed twice"),
            TargetAsSupport { tag } => write!(
                f,
                "`{tag}` is the language being learned; list only the learners' languages in `support_languages`"
            ),
            Empty => write!(f, "is empty; write something here"),
            MissingText { language } => {
                write!(f, "has no text in `{language}`, the language being learned")
            }
            MissingTranslation { item, language } => {
                write!(
                    f,
                    "item `{item}` has no translation for support language `{language}`"
                )
            }
            TranslationGaps {
                language,
                missing,
                examples,
            } => write!(
                f,
                "support language `{language}` has gaps: {missing} optional text(s) are not translated, such as {examples}"
            ),
            UnknownSource { id } => write!(
                f,
                "no source has the id `{id}`; add it to `sources` in pack.toml or fix the spelling"
            ),
            DuplicateSource { id } => write!(f, "there are two sources with the id `{id}`"),
            UnsafeLink { href } => write!(
                f,
                "link target `{href}` is not allowed; links must start with https://, http://, mailto: or tel:"
            ),
            BidiOverride => write!(
                f,
                "contains a right-to-left override character (U+202A to U+202E), which can make text show in a misleading order; remove it (use U+2068 and U+2069 to isolate mixed-direction text)"
            ),
            ControlCharacter => write!(f, "contains an invisible control character; remove it"),
            LooksLikeMarkup => write!(
                f,
                "looks like HTML; it will be shown as plain text, tags and all"
            ),
            MixedDirection { language } => write!(
                f,
                "`{language}` text mixes in left-to-right words without isolation; wrap them in U+2068 … U+2069 so punctuation stays in place"
            ),
            InvalidRegion { code } => write!(
                f,
                "`{code}` is not a region code; use a country code such as `DE` or `US`, and a state code such as `DE-BY` or `US-CA`"
            ),
            CorrectOutOfRange { index, options } => write!(
                f,
                "the right answer is option {} but there are only {options} options",
                index + 1
            ),
            TooFewOptions { found, needed } => {
                write!(f, "has {found} option(s); give at least {needed}")
            }
            DuplicateOption { text } => write!(f, "the option `{text}` is there twice"),
            NoBlank => write!(
                f,
                "has no blank; mark each blank as {{answer}}, for example `Ich {{bin}} müde.`"
            ),
            EmptyBlank => write!(
                f,
                "has an empty blank `{{}}`; put the right answer inside the braces"
            ),
            ExamImpossible {
                ask,
                pass,
                questions,
            } => write!(
                f,
                "asks {ask} questions and passes at {pass}, but the lesson has {questions} questions; it needs at least {ask} and `pass` must not be more than `ask`"
            ),
            ReviewedLongAgo { months } => write!(
                f,
                "the facts were last checked {months} months ago; check them again and update `reviewed`"
            ),
            ReviewedInFuture => write!(f, "is a date in the future"),
            PastValidUntil { date } => write!(
                f,
                "the pack was valid until {date}; update its facts and `valid_until`"
            ),
            ValidUntilBeforeReviewed => write!(f, "is before `reviewed`"),
            NoRecordings { without, total } => write!(
                f,
                "{without} of {total} words and phrases have no recording; the app will use the device's speech synthesis where it can"
            ),
            WrongIsRight { text } => {
                write!(f, "the wrong reply `{text}` is the same as the right one")
            }
        }
    }
}

impl fmt::Display for PackIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let location = self.location.to_string();
        if location.is_empty() {
            write!(f, "{severity}: {}", self.kind)
        } else {
            write!(f, "{severity}: {location}: {}", self.kind)
        }
    }
}
