//! What lessons are made of: vocabulary, phrases, dialogues, reading passages and questions.
//! Every item has an id that is stable across pack versions, so progress survives updates.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Block, Date};
use crate::LocalizedText;

/// A lesson: a titled sequence of items, studied together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    /// When the lesson is a practice test, how it is taken and passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exam: Option<ExamRule>,
    pub items: Vec<Item>,
}

impl Lesson {
    /// Whether the lesson has something to learn from on paper (words, phrases, dialogues or
    /// readings), not only questions.
    pub fn has_study_material(&self) -> bool {
        self.items
            .iter()
            .any(|item| !matches!(item, Item::Question(_)))
    }
}

/// A practice test in the form of a real one (the US civics test asks 10 and passes at 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamRule {
    /// How many of the lesson's questions one sitting asks.
    pub ask: u32,
    /// How many right answers pass.
    pub pass: u32,
}

/// One thing to learn or answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Item {
    Word(Word),
    Phrase(Phrase),
    Dialogue(Dialogue),
    Reading(Reading),
    Question(Question),
}

impl Item {
    pub fn id(&self) -> &str {
        match self {
            Item::Word(word) => &word.id,
            Item::Phrase(phrase) => &phrase.id,
            Item::Dialogue(dialogue) => &dialogue.id,
            Item::Reading(reading) => &reading.id,
            Item::Question(question) => &question.id,
        }
    }

    /// The item's kind as authors write it (`word`, `question` ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Item::Word(_) => "word",
            Item::Phrase(_) => "phrase",
            Item::Dialogue(_) => "dialogue",
            Item::Reading(_) => "reading",
            Item::Question(_) => "question",
        }
    }
}

/// Grammatical gender, for languages that mark it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Masculine,
    Feminine,
    Neuter,
    Common,
}

/// A word of the language being learned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Word {
    pub id: String,
    /// The word in the language being learned, without its article.
    pub text: String,
    /// The article, where the language has them (`der`, `die`, `das`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plural: Option<String>,
    /// Other accepted spellings or synonyms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
    /// Its meaning in each support language.
    pub translations: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub note: LocalizedText,
    /// A media file name in the pack's media folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
}

/// A phrase or sentence of the language being learned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
    pub translations: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub note: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
}

/// A scene (at the doctor's, at the registration office): lines spoken in turn; on the learner's
/// lines the app asks them to choose the right reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dialogue {
    pub id: String,
    pub title: LocalizedText,
    /// Where the scene happens and who speaks, in the support languages.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub scene: LocalizedText,
    pub lines: Vec<DialogueLine>,
}

/// One line of a dialogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DialogueLine {
    /// Who speaks, in the language being learned (`Ärztin`, `Sie`).
    pub speaker: String,
    pub text: String,
    pub translations: LocalizedText,
    /// Wrong replies; when there are some, this line is the learner's turn to choose `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
}

/// A reading passage: civic information in the language being learned, with translations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub id: String,
    pub title: LocalizedText,
    /// The passage per language: the target language and any translations.
    pub body: BTreeMap<String, Vec<Block>>,
    /// Ids of the pack's sources the passage rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// A question, with its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub prompt: LocalizedText,
    pub answer: Answer,
    /// Shown after answering.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub explanation: LocalizedText,
    /// The id of the pack source behind a civic fact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Set when the right answer changes with time or place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub varies: Option<Variation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
}

/// How a question is answered, and what is right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    /// Choose one; `correct` indexes `options`.
    Single {
        options: Vec<Choice>,
        correct: usize,
    },
    /// Choose all that apply; `correct` indexes `options`.
    Multiple {
        options: Vec<Choice>,
        correct: Vec<usize>,
    },
    TrueFalse {
        correct: bool,
    },
    /// Type it; the first is shown as the answer, all are accepted.
    Typed {
        accepted: Vec<String>,
    },
    /// Put in order; `items` are in the right order (the app shuffles them).
    Ordering {
        items: Vec<LocalizedText>,
    },
    /// Match each left to its right.
    Matching {
        pairs: Vec<Pair>,
    },
    /// Fill in the blanks of a sentence in the language being learned.
    Cloze {
        segments: Vec<ClozeSegment>,
        /// Extra wrong words offered beside the right ones, when the blanks are chosen from tiles.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        distractors: Vec<String>,
    },
}

impl Answer {
    /// The name authors use for this kind (`single`, `true-false` ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Answer::Single { .. } => "single",
            Answer::Multiple { .. } => "multiple",
            Answer::TrueFalse { .. } => "true-false",
            Answer::Typed { .. } => "typed",
            Answer::Ordering { .. } => "ordering",
            Answer::Matching { .. } => "matching",
            Answer::Cloze { .. } => "cloze",
        }
    }
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// Two things that belong together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub left: LocalizedText,
    pub right: LocalizedText,
}

/// A piece of a cloze sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum ClozeSegment {
    Text {
        text: String,
    },
    /// A blank; the first answer is shown as right, all are accepted.
    Blank {
        answers: Vec<String>,
    },
}

/// A fact that changes: the learner is told so, with when it was last checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    pub by: VariesBy,
    pub checked: Date,
}

/// What a changing answer depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VariesBy {
    /// Who holds an office now (the President, a state's governor).
    OfficeHolder,
    /// Where the learner lives (their state's senators, capital).
    LearnerRegion,
    /// A figure set again each year (minimum wage, fees).
    Yearly,
}
