//! What the learner has done with one item: its memory state for the scheduler and their answers.

use std::cmp::Ordering;

use crate::schedule::{MemoryState, Timestamp};

/// One item's progress.
///
/// The first five fields are those of the scheduler's `Card`, so the two convert field by field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemProgress {
    /// What FSRS knows of the item; `None` until its first review.
    pub memory: Option<MemoryState>,
    /// When the item is due for review again.
    pub due: Timestamp,
    pub last_review: Option<Timestamp>,
    /// Scheduled reviews.
    pub reviews: u32,
    /// Reviews answered `Again` after the item had been learned.
    pub lapses: u32,
    /// Answers judged right, in reviews and in lessons.
    pub correct: u32,
    /// Answers given, in reviews and in lessons.
    pub attempts: u32,
    /// How long the last answer took, in milliseconds.
    pub last_answer_ms: Option<u32>,
}

impl ItemProgress {
    /// A new item, due at `due` (usually when the learner first meets it).
    pub fn new(due: Timestamp) -> Self {
        Self {
            memory: None,
            due,
            last_review: None,
            reviews: 0,
            lapses: 0,
            correct: 0,
            attempts: 0,
            last_answer_ms: None,
        }
    }

    /// Counts an answer given in a lesson or review.
    pub fn record_answer(&mut self, correct: bool, answer_ms: u32) {
        self.attempts = self.attempts.saturating_add(1);
        if correct {
            self.correct = self.correct.saturating_add(1);
        }
        self.last_answer_ms = Some(answer_ms);
    }

    /// Orders two records of the same item by how far along they are: later `last_review` first,
    /// then more reviews, then more attempts, then the remaining fields, so that the order is total
    /// and merging is commutative. `Greater` means `self` is the one to keep.
    pub fn recency_cmp(&self, other: &Self) -> Ordering {
        self.last_review
            .cmp(&other.last_review)
            .then(self.reviews.cmp(&other.reviews))
            .then(self.attempts.cmp(&other.attempts))
            .then(self.correct.cmp(&other.correct))
            .then(self.lapses.cmp(&other.lapses))
            .then(self.due.cmp(&other.due))
            .then(self.last_answer_ms.cmp(&other.last_answer_ms))
            .then_with(|| memory_cmp(self.memory, other.memory))
    }
}

fn memory_cmp(a: Option<MemoryState>, b: Option<MemoryState>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => a
            .stability
            .total_cmp(&b.stability)
            .then(a.difficulty.total_cmp(&b.difficulty)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_counted() {
        let mut item = ItemProgress::new(Timestamp(0));
        item.record_answer(true, 1200);
        item.record_answer(false, 3400);
        assert_eq!((item.correct, item.attempts), (1, 2));
        assert_eq!(item.last_answer_ms, Some(3400));
    }

    #[test]
    fn the_later_review_wins_then_more_reviews() {
        let mut old = ItemProgress::new(Timestamp(0));
        old.last_review = Some(Timestamp(100));
        old.reviews = 9;
        let mut new = old;
        new.last_review = Some(Timestamp(200));
        new.reviews = 1;
        assert_eq!(new.recency_cmp(&old), Ordering::Greater);
        let mut more = old;
        more.reviews = 10;
        assert_eq!(more.recency_cmp(&old), Ordering::Greater);
        assert_eq!(old.recency_cmp(&old), Ordering::Equal);
    }
}
