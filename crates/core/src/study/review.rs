//! Which items are due for review, across every installed pack.

use super::card_of;
use crate::progress::{ItemKey, Progress};
use crate::schedule::{QueueLimits, Timestamp, due_queue};

/// The items to review now, most urgent first, mixing packs. Only items already studied (with a
/// memory state) are reviewed; new items come through lessons.
pub fn due_items(progress: &Progress, now: Timestamp, max_items: usize) -> Vec<ItemKey> {
    let cards: Vec<(ItemKey, crate::schedule::Card)> = progress
        .items
        .iter()
        .filter(|(key, item)| item.memory.is_some() && progress.packs.contains(&key.pack))
        .map(|(key, item)| (key.clone(), card_of(item)))
        .collect();
    due_queue(
        cards.iter().map(|(key, card)| (key.clone(), card)),
        now,
        QueueLimits {
            max_items,
            new_items: 0,
        },
    )
}

/// How many items are due now (for the home screen).
pub fn due_count(progress: &Progress, now: Timestamp) -> usize {
    due_items(progress, now, usize::MAX).len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::ItemProgress;
    use crate::schedule::MemoryState;

    fn studied(due: i64) -> ItemProgress {
        let mut item = ItemProgress::new(Timestamp(due));
        item.memory = Some(MemoryState {
            stability: 3.0,
            difficulty: 5.0,
        });
        item.last_review = Some(Timestamp(due - 3 * 86_400));
        item.reviews = 1;
        item
    }

    #[test]
    fn due_items_mix_packs_and_leave_out_the_future_and_removed_packs() {
        let mut progress = Progress::default();
        for pack in ["de-a1", "us-civics", "removed"] {
            progress.packs.insert(pack.to_owned());
        }
        progress
            .items
            .insert(ItemKey::new("de-a1", "arzt"), studied(100));
        progress
            .items
            .insert(ItemKey::new("us-civics", "q1"), studied(50));
        progress
            .items
            .insert(ItemKey::new("de-a1", "later"), studied(10_000_000));
        progress
            .items
            .insert(ItemKey::new("gone", "x"), studied(10));
        progress.items.insert(
            ItemKey::new("de-a1", "never-studied"),
            ItemProgress::new(Timestamp(0)),
        );
        let due = due_items(&progress, Timestamp(1_000_000), 10);
        let mut packs: Vec<&str> = due.iter().map(|key| key.pack.as_str()).collect();
        packs.sort_unstable();
        assert_eq!(packs, vec!["de-a1", "us-civics"]);
        assert_eq!(due_count(&progress, Timestamp(1_000_000)), 2);
        assert_eq!(due_items(&progress, Timestamp(1_000_000), 1).len(), 1);
    }
}
