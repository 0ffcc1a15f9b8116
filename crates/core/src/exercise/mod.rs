//! Exercises: what a lesson or a review session shows, generated from a pack's items, and how each
//! answer is graded. The UI draws an `Exercise` and sends back a `Response`; every rule about what
//! is right lives here.

mod grade;
mod model;
mod plan;
mod rng;

pub use grade::{Feedback, Response, RightAnswer, grade, is_right_reply, rating_for, right_answer};
pub use model::{AnswerKey, Audio, ChoiceOption, DialogueStep, Exercise, ExerciseKind};
pub use plan::{PlanOptions, plan_exam, plan_lesson, review_exercise, sentence_words};
pub use rng::Shuffler;

#[cfg(test)]
pub(crate) mod tests;
