//! Grading a response against an exercise's answer key, and what the learner is shown after.

use serde::{Deserialize, Serialize};

use super::{AnswerKey, Exercise};
use crate::answer::{CheckRules, Expected, NoteKind, UnicodeForms, Verdict, check_typed};
use crate::schedule::Rating;

/// What the learner did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "response", rename_all = "snake_case")]
pub enum Response {
    /// A flashcard, rated by the learner.
    Rated {
        rating: Rating,
    },
    /// Chosen options, by index.
    Chosen {
        options: Vec<usize>,
    },
    TrueFalse {
        answer: bool,
    },
    Typed {
        text: String,
    },
    /// Word-bank tiles, by index, in the order placed.
    Tiles {
        tiles: Vec<usize>,
    },
    /// For each left item, the right item the learner matched it with.
    Pairs {
        right_of_left: Vec<usize>,
    },
    /// What the learner put in each blank.
    Blanks {
        answers: Vec<String>,
    },
    /// The shown items' indices in the order the learner put them.
    Sequence {
        order: Vec<usize>,
    },
    /// The option chosen at each reply step.
    Replies {
        chosen: Vec<usize>,
    },
    /// A passage read to the end.
    Read,
}

/// The result of one answer: the verdict, the rating it gives the item's schedule, and which
/// steps were right (dialogue replies, blanks) so the app can mark them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub verdict: Verdict,
    /// `None` for what is not scheduled (reading).
    pub rating: Option<Rating>,
    /// Per blank, reply or pair: whether it was right (empty when not applicable).
    pub parts: Vec<bool>,
}

/// How a verdict moves an item's schedule: right is Good, right with a note is Hard, wrong is
/// Again.
pub fn rating_for(verdict: &Verdict) -> Rating {
    match verdict {
        Verdict::Correct => Rating::Good,
        Verdict::CorrectWithNote { .. } => Rating::Hard,
        Verdict::Wrong { .. } => Rating::Again,
    }
}

/// Grades a response. A response of the wrong shape for the exercise is wrong, never a panic.
pub fn grade(
    exercise: &Exercise,
    response: &Response,
    rules: CheckRules,
    forms: &dyn UnicodeForms,
) -> Feedback {
    let language = exercise_language(exercise);
    let graded = |verdict: Verdict, parts: Vec<bool>| Feedback {
        rating: Some(rating_for(&verdict)),
        verdict,
        parts,
    };
    match (&exercise.key, response) {
        (AnswerKey::None, Response::Rated { rating }) => Feedback {
            verdict: if *rating == Rating::Again {
                Verdict::Wrong {
                    expected: String::new(),
                }
            } else {
                Verdict::Correct
            },
            rating: Some(*rating),
            parts: vec![],
        },
        (AnswerKey::None, Response::Read) => Feedback {
            verdict: Verdict::Correct,
            rating: None,
            parts: vec![],
        },
        (AnswerKey::Choice { correct }, Response::Chosen { options }) => {
            let mut chosen = options.clone();
            chosen.sort_unstable();
            chosen.dedup();
            let mut right = correct.clone();
            right.sort_unstable();
            graded(verdict(chosen == right, ""), vec![])
        }
        (AnswerKey::TrueFalse { correct }, Response::TrueFalse { answer }) => {
            graded(verdict(answer == correct, ""), vec![])
        }
        (
            AnswerKey::Typed {
                answers,
                article,
                require_article,
            },
            Response::Typed { text },
        ) => {
            let Some(mut expected) = Expected::from_accepted(answers, &language) else {
                return graded(verdict(false, ""), vec![]);
            };
            if let Some(article) = article {
                expected = expected.with_article(article);
            }
            let rules = rules.requiring_article(*require_article);
            graded(check_typed(text, &expected, rules, forms), vec![])
        }
        (AnswerKey::Sentence { answers }, Response::Tiles { tiles }) => {
            let shown = tiles_of(exercise);
            let built: Vec<&str> = tiles
                .iter()
                .filter_map(|index| shown.get(*index).map(String::as_str))
                .collect();
            let Some(expected) = Expected::from_accepted(answers, &language) else {
                return graded(verdict(false, ""), vec![]);
            };
            // Tiles cannot have typos: only an exact sentence (give or take case and
            // punctuation) is right.
            let result = check_typed(&built.join(" "), &expected, CheckRules::STRICT, forms);
            graded(result, vec![])
        }
        (
            AnswerKey::Pairs { right_of_left },
            Response::Pairs {
                right_of_left: given,
            },
        ) => {
            let parts: Vec<bool> = right_of_left
                .iter()
                .enumerate()
                .map(|(left, right)| given.get(left) == Some(right))
                .collect();
            let all = !parts.is_empty() && parts.iter().all(|right| *right);
            graded(verdict(all, ""), parts)
        }
        (AnswerKey::Blanks { answers }, Response::Blanks { answers: given }) => {
            let mut parts = Vec::new();
            let mut note: Option<(NoteKind, String)> = None;
            let mut shown = Vec::new();
            for (at, accepted) in answers.iter().enumerate() {
                let typed = given.get(at).map_or("", String::as_str);
                let result = match Expected::from_accepted(accepted, &language) {
                    Some(expected) => check_typed(typed, &expected, rules, forms),
                    None => verdict(false, ""),
                };
                if let Verdict::CorrectWithNote { kind, expected } = &result
                    && note.is_none()
                {
                    note = Some((*kind, expected.clone()));
                }
                shown.push(accepted.first().cloned().unwrap_or_default());
                parts.push(result.is_accepted());
            }
            let all = !parts.is_empty() && parts.iter().all(|right| *right);
            let verdict = match (all, note) {
                (true, None) => Verdict::Correct,
                (true, Some((kind, _))) => Verdict::CorrectWithNote {
                    kind,
                    expected: shown.join(" … "),
                },
                (false, _) => Verdict::Wrong {
                    expected: shown.join(" … "),
                },
            };
            graded(verdict, parts)
        }
        (AnswerKey::Sequence { order }, Response::Sequence { order: given }) => {
            graded(verdict(given == order, ""), vec![])
        }
        (AnswerKey::Replies { correct }, Response::Replies { chosen }) => {
            let parts: Vec<bool> = correct
                .iter()
                .enumerate()
                .map(|(at, right)| chosen.get(at) == Some(right))
                .collect();
            let all = parts.iter().all(|right| *right);
            graded(verdict(all, ""), parts)
        }
        _ => graded(verdict(false, ""), vec![]),
    }
}

/// Whether one reply of a dialogue is right, for feedback at each turn.
pub fn is_right_reply(exercise: &Exercise, step: usize, chosen: usize) -> bool {
    match &exercise.key {
        AnswerKey::Replies { correct } => correct.get(step) == Some(&chosen),
        _ => false,
    }
}

fn verdict(right: bool, expected: &str) -> Verdict {
    if right {
        Verdict::Correct
    } else {
        Verdict::Wrong {
            expected: expected.to_owned(),
        }
    }
}

fn tiles_of(exercise: &Exercise) -> &[String] {
    match &exercise.kind {
        super::ExerciseKind::WordBank { tiles, .. } | super::ExerciseKind::Cloze { tiles, .. } => {
            tiles
        }
        _ => &[],
    }
}

fn exercise_language(exercise: &Exercise) -> String {
    use super::ExerciseKind::*;
    match &exercise.kind {
        Type { language, .. }
        | WordBank { language, .. }
        | Cloze { language, .. }
        | Dialogue { language, .. } => language.clone(),
        Flashcard { audio, .. } => audio.language.clone(),
        _ => String::new(),
    }
}

/// What the right answer was, for the feedback after a wrong answer, where the verdict does not
/// carry it (choices, true/false, pairs, order). The app shows it in the learner's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RightAnswer {
    /// Nothing to show beyond the verdict (typed answers carry theirs in the verdict).
    None,
    /// The right options' texts.
    Options(Vec<crate::LocalizedText>),
    TrueFalse(bool),
    /// Left item with its right item, for each pair.
    Pairs(Vec<(crate::LocalizedText, crate::LocalizedText)>),
    /// The items in the right order.
    Sequence(Vec<crate::LocalizedText>),
    /// The right replies of a dialogue, in order.
    Replies(Vec<String>),
}

/// The right answer of an exercise, as shown after a wrong answer.
pub fn right_answer(exercise: &Exercise) -> RightAnswer {
    use super::{DialogueStep, ExerciseKind};
    match (&exercise.key, &exercise.kind) {
        (AnswerKey::Choice { correct }, ExerciseKind::Choice { options, .. }) => {
            RightAnswer::Options(
                correct
                    .iter()
                    .filter_map(|index| options.get(*index))
                    .map(|option| option.text.clone())
                    .collect(),
            )
        }
        (AnswerKey::TrueFalse { correct }, _) => RightAnswer::TrueFalse(*correct),
        (AnswerKey::Pairs { right_of_left }, ExerciseKind::Match { left, right, .. }) => {
            RightAnswer::Pairs(
                left.iter()
                    .zip(right_of_left)
                    .filter_map(|(left, index)| {
                        right.get(*index).map(|right| (left.clone(), right.clone()))
                    })
                    .collect(),
            )
        }
        (AnswerKey::Sequence { order }, ExerciseKind::Order { items, .. }) => {
            RightAnswer::Sequence(
                order
                    .iter()
                    .filter_map(|index| items.get(*index))
                    .cloned()
                    .collect(),
            )
        }
        (AnswerKey::Replies { correct }, ExerciseKind::Dialogue { steps, .. }) => {
            let replies = steps.iter().filter_map(|step| match step {
                DialogueStep::Reply { options, .. } => Some(options),
                DialogueStep::Line { .. } => None,
            });
            RightAnswer::Replies(
                replies
                    .zip(correct)
                    .filter_map(|(options, index)| options.get(*index).cloned())
                    .collect(),
            )
        }
        _ => RightAnswer::None,
    }
}
