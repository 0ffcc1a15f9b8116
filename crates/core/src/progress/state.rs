//! The learner's whole progress: what the app keeps, saves, exports and merges.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    AcceptedAssignment, DailyActivity, ItemKey, ItemProgress, LearnerSettings, LessonKey,
    LessonProgress,
};
use crate::classroom::AssignmentId;

/// Everything the learner has done and chosen.
///
/// Items and lessons are keyed by pack and id. Nothing here is removed when a pack changes: an
/// item dropped from a pack keeps its record (it may come back), and the other items are untouched.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Progress {
    pub settings: LearnerSettings,
    /// Ids of the packs the learner has installed or been assigned.
    pub packs: BTreeSet<String>,
    pub items: BTreeMap<ItemKey, ItemProgress>,
    pub lessons: BTreeMap<LessonKey, LessonProgress>,
    pub daily: DailyActivity,
    /// The teachers' assignments the learner accepted, by id.
    pub assignments: BTreeMap<AssignmentId, AcceptedAssignment>,
}

impl Progress {
    /// The progress of one item, if the learner has met it.
    pub fn item(&self, pack: &str, item: &str) -> Option<&ItemProgress> {
        self.items.get(&ItemKey::new(pack, item))
    }

    /// The progress of one lesson, if the learner has opened it.
    pub fn lesson(&self, pack: &str, lesson: &str) -> Option<&LessonProgress> {
        self.lessons.get(&LessonKey::new(pack, lesson))
    }

    /// Every item record of one pack, including items the pack no longer has.
    pub fn items_of<'a>(
        &'a self,
        pack: &'a str,
    ) -> impl Iterator<Item = (&'a ItemKey, &'a ItemProgress)> + 'a {
        self.items.iter().filter(move |(key, _)| key.pack == pack)
    }

    /// The lesson worked in most recently, for "continue where you left off".
    pub fn last_lesson(&self) -> Option<(&LessonKey, &LessonProgress)> {
        self.lessons
            .iter()
            .filter(|(_, lesson)| lesson.last_opened.is_some())
            .max_by_key(|(_, lesson)| lesson.last_opened)
    }

    /// Whether there is nothing to save (a fresh install).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Timestamp;

    #[test]
    fn items_of_a_pack_and_the_last_lesson() {
        let mut progress = Progress::default();
        assert!(progress.is_empty());
        for (pack, item) in [("de-a1", "a"), ("de-a1", "gone"), ("us-civics", "q1")] {
            progress
                .items
                .insert(ItemKey::new(pack, item), ItemProgress::new(Timestamp(0)));
        }
        assert_eq!(progress.items_of("de-a1").count(), 2);
        assert!(progress.item("de-a1", "gone").is_some());

        let mut first = LessonProgress::default();
        first.reached(3, Timestamp(10));
        let mut second = LessonProgress::default();
        second.reached(5, Timestamp(20));
        progress
            .lessons
            .insert(LessonKey::new("de-a1", "l2"), second);
        progress
            .lessons
            .insert(LessonKey::new("de-a1", "l1"), first);
        let (key, lesson) = progress.last_lesson().unwrap_or_else(|| panic!("a lesson"));
        assert_eq!((key.lesson.as_str(), lesson.position), ("l2", 5));
        assert!(!progress.is_empty());
    }
}
