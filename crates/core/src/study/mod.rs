//! Studying, end to end in the domain: what an answer does to a learner's progress (the item's
//! schedule, its counts, today's activity), finishing a lesson, and which items are due for
//! review across every pack. The app calls these with the time; nothing here reads a clock.

mod exam;
mod record;
mod review;

pub use exam::{ExamOutcome, ExamTally};
pub use record::{finish_lesson, lesson_score, record_feedback};
pub use review::{due_count, due_items};

use crate::progress::ItemProgress;
use crate::schedule::Card;

/// The scheduler's view of an item's progress.
pub fn card_of(item: &ItemProgress) -> Card {
    Card {
        memory: item.memory,
        due: item.due,
        last_review: item.last_review,
        reviews: item.reviews,
        lapses: item.lapses,
    }
}

/// Writes a scheduled card back into the item's progress, keeping its answer counts.
pub fn apply_card(item: &mut ItemProgress, card: &Card) {
    item.memory = card.memory;
    item.due = card.due;
    item.last_review = card.last_review;
    item.reviews = card.reviews;
    item.lapses = card.lapses;
}
