//! Where a piece of progress belongs: an item or a lesson of a pack, named by ids that stay the
//! same across pack versions, so progress survives pack updates.

/// An item of a pack (`de-a1`, `w-hallo`).
///
/// Progress is kept for every key it was ever recorded under, even when the pack no longer has the
/// item: it may come back in a later version of the pack.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemKey {
    pub pack: String,
    pub item: String,
}

impl ItemKey {
    pub fn new(pack: impl Into<String>, item: impl Into<String>) -> Self {
        Self {
            pack: pack.into(),
            item: item.into(),
        }
    }
}

/// A lesson of a pack (`de-a1`, `at-the-doctor`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LessonKey {
    pub pack: String,
    pub lesson: String,
}

impl LessonKey {
    pub fn new(pack: impl Into<String>, lesson: impl Into<String>) -> Self {
        Self {
            pack: pack.into(),
            lesson: lesson.into(),
        }
    }
}
