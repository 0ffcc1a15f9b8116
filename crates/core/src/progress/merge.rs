//! Merging progress from two phones (importing an export): nothing either side learned is lost.
//!
//! - Items: per item the record further along is kept whole: the later `last_review`, then more
//!   reviews (see [`ItemProgress::recency_cmp`](super::ItemProgress::recency_cmp)). Records are not
//!   mixed field by field, since a memory state only makes sense with its own review history.
//! - Lessons: per field, the most completions, the latest completion, the best score; the position
//!   comes with the later `last_opened` (ties: the further position).
//! - Daily activity: per day the larger count (not the sum: importing the same file twice must not
//!   double a day; two phones used the same day count as the busier one), bounded as always.
//! - Packs: the union.
//! - Accepted assignments: the union; one accepted on both phones keeps the earlier acceptance.
//! - Settings and the daily goal: this phone's (`mine`) are kept; they are choices about this phone,
//!   and the learner can change them.
//!
//! So merging is idempotent (`merge(a, a) == a`), and commutative and associative except for
//! settings and goal, which come from `mine`.

use super::{AcceptedAssignment, LessonProgress, Progress};

/// `mine` with everything `theirs` adds.
pub fn merge(mine: &Progress, theirs: &Progress) -> Progress {
    let mut merged = mine.clone();
    merged.packs.extend(theirs.packs.iter().cloned());
    for (key, their_item) in &theirs.items {
        merged
            .items
            .entry(key.clone())
            .and_modify(|my_item| {
                if their_item.recency_cmp(my_item).is_gt() {
                    *my_item = *their_item;
                }
            })
            .or_insert(*their_item);
    }
    for (key, their_lesson) in &theirs.lessons {
        merged
            .lessons
            .entry(key.clone())
            .and_modify(|my_lesson| *my_lesson = merge_lesson(my_lesson, their_lesson))
            .or_insert(*their_lesson);
    }
    merged.daily.merge_days(&theirs.daily);
    for (id, their_assignment) in &theirs.assignments {
        merged
            .assignments
            .entry(*id)
            .and_modify(|my_assignment| {
                // The code breaks a tie only if two assignments ever shared an id.
                let key = |kept: &AcceptedAssignment| (kept.accepted_at, kept.code.clone());
                if key(their_assignment) < key(my_assignment) {
                    *my_assignment = their_assignment.clone();
                }
            })
            .or_insert_with(|| their_assignment.clone());
    }
    merged
}

fn merge_lesson(a: &LessonProgress, b: &LessonProgress) -> LessonProgress {
    let (last_opened, position) = (a.last_opened, a.position).max((b.last_opened, b.position));
    LessonProgress {
        completions: a.completions.max(b.completions),
        last_completed: a.last_completed.max(b.last_completed),
        best_score: a.best_score.max(b.best_score),
        position,
        last_opened,
    }
}
