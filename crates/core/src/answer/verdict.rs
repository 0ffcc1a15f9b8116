//! What a check says about a typed answer: right, right with a note, or wrong.
//!
//! Verdicts are data, never sentences: the app turns a [`NoteKind`] into words in the learner's
//! language, and shows `expected` beside them.

use serde::{Deserialize, Serialize};

/// The outcome of checking one typed answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Right, as written (give or take case, spacing, punctuation around it and Unicode forms).
    Correct,
    /// Accepted, but not quite as written: the app says why (`kind`) and shows `expected`, the
    /// accepted form closest to what was typed (with its article when the word has one).
    CorrectWithNote { kind: NoteKind, expected: String },
    /// Not accepted; `expected` is the canonical answer (the first one the pack gives), with its
    /// article when the word has one.
    Wrong { expected: String },
}

impl Verdict {
    /// Whether the answer counts as right (with or without a note).
    #[must_use]
    pub fn is_accepted(&self) -> bool {
        !matches!(self, Verdict::Wrong { .. })
    }

    /// The note, when the answer was accepted with one.
    #[must_use]
    pub fn note(&self) -> Option<NoteKind> {
        match self {
            Verdict::CorrectWithNote { kind, .. } => Some(*kind),
            Verdict::Correct | Verdict::Wrong { .. } => None,
        }
    }

    /// The form to show the learner, if any (`None` for [`Verdict::Correct`]).
    #[must_use]
    pub fn expected(&self) -> Option<&str> {
        match self {
            Verdict::CorrectWithNote { expected, .. } | Verdict::Wrong { expected } => {
                Some(expected)
            }
            Verdict::Correct => None,
        }
    }
}

/// Why an accepted answer comes with a note. Ordered from the smallest difference to the largest:
/// when several accepted forms match, the smallest difference wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Differs only in diacritics or their usual replacements: `Munchen`, `Muenchen` or
    /// `Strasse` for `München`/`Straße`, `informacion` for `información`, `اسم` for `إسم`.
    /// Only when the pack accepts missing diacritics.
    MissingDiacritics,
    /// One letter wrong, missing, extra or swapped with its neighbour, in a word of at least
    /// [`super::TYPO_MIN_LETTERS`] letters (diacritics ignored as well, when the pack accepts
    /// their absence). Only when the pack accepts typos.
    Typo,
    /// The word is right but the learner typed an article of another gender (`das Arzt` for
    /// `der Arzt`), on an exercise that does not ask for the article (`ein Arzt` is not noted). When the exercise asks for it, a wrong or
    /// missing article is [`Verdict::Wrong`].
    WrongArticle,
}
