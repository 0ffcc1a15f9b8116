//! One exercise, as the app shows it: everything a component needs to draw it, already shuffled,
//! with nothing to decide. Components render these; `grade` decides what is right.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::LocalizedText;
use crate::pack::{Block, ClozeSegment, Date, Source, Variation};

/// An exercise about one item of a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    /// The pack item it practises; progress is recorded against it.
    pub item_id: String,
    pub kind: ExerciseKind,
    /// What is right. Components never read it: `grade` does, and its `Feedback` says what to
    /// show.
    pub key: AnswerKey,
    /// Shown after answering.
    pub explanation: LocalizedText,
    /// The official source behind a civic fact, shown after answering.
    pub source: Option<Source>,
    /// Set when the right answer changes with time or place.
    pub varies: Option<Variation>,
}

/// Something to hear: the pack's recording, else the device's speech synthesis of `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audio {
    /// A media file name of the pack, when it has a recording.
    pub recording: Option<String>,
    pub text: String,
    /// The language to speak `text` in (BCP 47).
    pub language: String,
}

/// What kind of exercise, with its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ExerciseKind {
    /// Meet a word or phrase, reveal its meaning, then say how well you knew it.
    Flashcard {
        text: String,
        article: Option<String>,
        meaning: LocalizedText,
        note: LocalizedText,
        image: Option<String>,
        audio: Audio,
    },
    /// Choose one (or, when `multiple`, every right) option.
    Choice {
        prompt: LocalizedText,
        /// Something to hear before choosing (listening exercises).
        audio: Option<Audio>,
        image: Option<String>,
        options: Vec<ChoiceOption>,
        multiple: bool,
    },
    TrueFalse {
        prompt: LocalizedText,
    },
    /// Type the answer in the language being learned (translate, or write what you heard).
    Type {
        prompt: LocalizedText,
        audio: Option<Audio>,
        /// Shown greyed as a hint of what to type (the article, when asked for).
        asks_article: bool,
        language: String,
    },
    /// Build the sentence from tiles.
    WordBank {
        meaning: LocalizedText,
        tiles: Vec<String>,
        language: String,
    },
    /// Match each item on the left with one on the right.
    Match {
        prompt: LocalizedText,
        left: Vec<LocalizedText>,
        right: Vec<LocalizedText>,
    },
    /// Fill in the blanks, typing or choosing from tiles.
    Cloze {
        prompt: LocalizedText,
        /// The sentence; blanks carry no answer here (`answers` is empty): grading knows them.
        segments: Vec<ClozeSegment>,
        /// Words to choose from; empty when the blanks are typed.
        tiles: Vec<String>,
        language: String,
    },
    /// Put the items in order.
    Order {
        prompt: LocalizedText,
        items: Vec<LocalizedText>,
    },
    /// A scene played line by line; on the learner's turns, choose the right reply.
    Dialogue {
        title: LocalizedText,
        scene: LocalizedText,
        steps: Vec<DialogueStep>,
        language: String,
    },
    /// A reading passage, with its sources and when its facts were last checked.
    Read {
        title: LocalizedText,
        body: BTreeMap<String, Vec<Block>>,
        sources: Vec<Source>,
        reviewed: Date,
    },
}

/// What is right, for `grade`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "key", rename_all = "snake_case")]
pub enum AnswerKey {
    /// Self-rated (flashcards) or not graded (reading).
    None,
    /// The right options, by index.
    Choice {
        correct: Vec<usize>,
    },
    TrueFalse {
        correct: bool,
    },
    /// Accepted answers, the first shown; the article when the word has one.
    Typed {
        answers: Vec<String>,
        article: Option<String>,
        require_article: bool,
    },
    /// The sentence the tiles must build, and other accepted sentences.
    Sentence {
        answers: Vec<String>,
    },
    /// For each left item, the index of its right item.
    Pairs {
        right_of_left: Vec<usize>,
    },
    /// Accepted answers per blank.
    Blanks {
        answers: Vec<Vec<String>>,
    },
    /// The shown items' indices in the right order.
    Sequence {
        order: Vec<usize>,
    },
    /// The right option of each reply step, in order.
    Replies {
        correct: Vec<usize>,
    },
}

/// An option of a choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub text: LocalizedText,
    pub image: Option<String>,
}

/// A moment of a dialogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum DialogueStep {
    /// Someone says something.
    Line {
        speaker: String,
        text: String,
        meaning: LocalizedText,
        audio: Audio,
    },
    /// The learner's turn: choose what to say.
    Reply {
        speaker: String,
        options: Vec<String>,
    },
}

impl ExerciseKind {
    /// The name of the kind, as tests and the UI's component table use it.
    pub fn name(&self) -> &'static str {
        match self {
            ExerciseKind::Flashcard { .. } => "flashcard",
            ExerciseKind::Choice { audio: Some(_), .. } => "listen-choice",
            ExerciseKind::Choice { multiple: true, .. } => "multiple-choice",
            ExerciseKind::Choice { .. } => "choice",
            ExerciseKind::TrueFalse { .. } => "true-false",
            ExerciseKind::Type { audio: Some(_), .. } => "listen-type",
            ExerciseKind::Type { .. } => "type",
            ExerciseKind::WordBank { .. } => "word-bank",
            ExerciseKind::Match { .. } => "match",
            ExerciseKind::Cloze { .. } => "cloze",
            ExerciseKind::Order { .. } => "order",
            ExerciseKind::Dialogue { .. } => "dialogue",
            ExerciseKind::Read { .. } => "read",
        }
    }

    /// Whether the exercise is answered (and graded); reading is not.
    pub fn is_graded(&self) -> bool {
        !matches!(self, ExerciseKind::Read { .. })
    }
}
