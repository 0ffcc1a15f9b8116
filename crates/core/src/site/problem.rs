//! What can be wrong in a site settings file, and where: each problem names the field by its path
//! (`help[2].phone`) so the message can point NGO staff to the exact place to fix.
//!
//! Problems are data, not sentences: the UI words them in the learner's or the host's language.
//! The `Display` texts are English, for logs and tests.

use std::fmt;

use thiserror::Error;

use super::catalog_url::CatalogUrlError;
use super::colour::{ColourError, LowContrast};
use super::contact::{EmailError, PhoneError};
use super::link::{LinkError, SitePathError};

/// The most problems kept for one file; a file with more gets [`SiteProblemKind::MoreProblems`]
/// last, so a badly broken file cannot flood the screen.
pub const MAX_PROBLEMS: usize = 100;

/// Where a problem is: field names and list positions from the top of the file (`help[2].phone`,
/// `name.ar`, `colours.accent`). The empty path is the whole file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct FieldPath(String);

impl FieldPath {
    /// The whole file.
    pub fn root() -> Self {
        Self::default()
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The path of a field inside this one.
    pub fn field(&self, name: &str) -> Self {
        if self.0.is_empty() {
            Self(name.to_owned())
        } else {
            Self(format!("{}.{name}", self.0))
        }
    }

    /// The path of a list element inside this one.
    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kind of JSON value a field should hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Text,
    Number,
    List,
    Object,
    /// Text in one language or an object from language tag to text.
    LocalizedText,
}

/// One thing wrong in the settings file, and where.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}{kind}", if path.is_root() { String::new() } else { format!("{path}: ") })]
pub struct SiteProblem {
    pub path: FieldPath,
    pub kind: SiteProblemKind,
}

/// What is wrong. Every problem means the field (or list entry) was left out and its default used;
/// none stops the app.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SiteProblemKind {
    #[error("the file is {bytes} bytes; the limit is {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the file must hold one JSON object, {{ … }}")]
    NotAnObject,
    #[error(
        "the file has format {found}; this version of Passage reads format {supported}, so it uses its default settings"
    )]
    NewerFormat { found: u64, supported: u32 },
    #[error("format_version must be a whole number (1)")]
    BadFormatVersion,
    #[error("unknown field{}", suggestion.map(|s| format!("; did you mean \"{s}\"?")).unwrap_or_default())]
    UnknownField { suggestion: Option<&'static str> },
    #[error("expected {expected:?}")]
    WrongType { expected: JsonKind },
    #[error("a required field is missing")]
    Missing,
    #[error("this is empty")]
    Empty,
    #[error("this is {chars} characters long; the limit is {limit}")]
    TooLong { chars: usize, limit: usize },
    #[error("this list has {count} entries; only the first {limit} are used")]
    TooMany { count: usize, limit: usize },
    #[error("this text contains control or direction-override characters")]
    UnsafeText,
    #[error("this is not a language tag such as \"de\", \"fa-AF\" or \"sr-Latn\"")]
    BadLanguageTag,
    #[error("Passage has no interface in this language{}", suggestion.as_ref().map(|s| format!("; did you mean \"{s}\"?")).unwrap_or_default())]
    UnknownLocale { suggestion: Option<String> },
    #[error("this is listed twice; the second is ignored")]
    Duplicate,
    #[error("this is not a pack id (lower-case letters, digits and hyphens)")]
    BadPackId,
    #[error("{0}")]
    BadColour(ColourError),
    #[error(
        "contrast {:?} is {}.{:02}:1 ({} on {}); at least 4.5:1 is needed, so the app's own colours are used",
        .0.used_as, .0.ratio_x100 / 100, .0.ratio_x100 % 100, .0.foreground, .0.background
    )]
    LowContrast(LowContrast),
    #[error("{0}")]
    BadSitePath(SitePathError),
    #[error("{0}")]
    BadLink(LinkError),
    #[error("{0}")]
    BadCatalog(CatalogUrlError),
    #[error("{0}")]
    BadPhone(PhoneError),
    #[error("{0}")]
    BadEmail(EmailError),
    #[error("unknown category{}; it is shown under \"other\"", suggestion.map(|s| format!(" (did you mean \"{s}\"?)")).unwrap_or_default())]
    UnknownCategory { suggestion: Option<&'static str> },
    #[error("{omitted} more problems are not listed")]
    MoreProblems { omitted: usize },
}

/// Collects problems up to [`MAX_PROBLEMS`].
#[derive(Debug, Default)]
pub(crate) struct Problems {
    kept: Vec<SiteProblem>,
    omitted: usize,
}

impl Problems {
    pub(crate) fn push(&mut self, path: &FieldPath, kind: SiteProblemKind) {
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(SiteProblem {
                path: path.clone(),
                kind,
            });
        } else {
            self.omitted += 1;
        }
    }

    pub(crate) fn into_vec(mut self) -> Vec<SiteProblem> {
        if self.omitted > 0 {
            self.kept.push(SiteProblem {
                path: FieldPath::root(),
                kind: SiteProblemKind::MoreProblems {
                    omitted: self.omitted,
                },
            });
        }
        self.kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_the_file() {
        let path = FieldPath::root().field("help").index(2).field("phone");
        assert_eq!(path.to_string(), "help[2].phone");
        assert_eq!(
            FieldPath::root().field("name").field("ar").as_str(),
            "name.ar"
        );
        assert!(FieldPath::root().is_root());
    }

    #[test]
    fn messages_name_the_path() {
        let problem = SiteProblem {
            path: FieldPath::root().field("colors"),
            kind: SiteProblemKind::UnknownField {
                suggestion: Some("colours"),
            },
        };
        assert_eq!(
            problem.to_string(),
            "colors: unknown field; did you mean \"colours\"?"
        );
    }

    #[test]
    fn caps_the_number_of_problems() {
        let mut problems = Problems::default();
        for _ in 0..MAX_PROBLEMS + 7 {
            problems.push(&FieldPath::root(), SiteProblemKind::Empty);
        }
        let list = problems.into_vec();
        assert_eq!(list.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            list.last().map(|p| &p.kind),
            Some(&SiteProblemKind::MoreProblems { omitted: 7 })
        );
    }
}
