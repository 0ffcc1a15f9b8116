//! Which items to review now, across every pack the learner follows.

use std::cmp::Ordering;

use super::card::Card;
use super::fsrs::Parameters;
use super::types::Timestamp;

/// How many items one session may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueLimits {
    /// Items in the session, reviews and new items together.
    pub max_items: usize,
    /// New items the learner may still meet today (the daily allowance minus those already met).
    pub new_items: usize,
}

/// The keys of the items to review now, in order.
///
/// Due items (reviewed before, `due <= now`) come first, whatever their pack: the lowest
/// retrievability first, then the earliest due date, then the smallest key, so the order is
/// total and does not depend on the iteration order. Then, while room is left, new items whose
/// `due` (the moment they become available) has passed, earliest first, at most
/// `limits.new_items` of them. Items due later are left out.
///
/// Retrievability is computed with the default FSRS-6 parameters: with any parameters it is a
/// decreasing function of elapsed time over stability, so the order is the same.
///
/// Runs in O(n) plus sorting the selected items; the keys are moved, never cloned.
pub fn due_queue<'a, K: Ord>(
    cards: impl IntoIterator<Item = (K, &'a Card)>,
    now: Timestamp,
    limits: QueueLimits,
) -> Vec<K> {
    let parameters = Parameters::default();
    let mut reviews: Vec<(f64, Timestamp, K)> = Vec::new();
    let mut new: Vec<(Timestamp, K)> = Vec::new();
    for (key, card) in cards {
        if card.due > now {
            continue;
        }
        match card.retrievability(now, &parameters) {
            Some(r) => reviews.push((r, card.due, key)),
            None => new.push((card.due, key)),
        }
    }

    let by_urgency = |a: &(f64, Timestamp, K), b: &(f64, Timestamp, K)| -> Ordering {
        a.0.total_cmp(&b.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(&b.2))
    };
    take_smallest(&mut reviews, limits.max_items, by_urgency);

    let room = limits
        .max_items
        .saturating_sub(reviews.len())
        .min(limits.new_items);
    take_smallest(&mut new, room, |a, b| a.cmp(b));

    reviews
        .into_iter()
        .map(|(_, _, key)| key)
        .chain(new.into_iter().map(|(_, key)| key))
        .collect()
}

/// Keeps the `limit` smallest elements of `items`, sorted.
fn take_smallest<T>(items: &mut Vec<T>, limit: usize, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() > limit {
        if limit == 0 {
            items.clear();
            return;
        }
        items.select_nth_unstable_by(limit, &compare);
        items.truncate(limit);
    }
    items.sort_unstable_by(compare);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{DAY_SECONDS, MemoryState};

    const NOW: Timestamp = Timestamp(1_800_000_000);

    fn days_ago(days: i64) -> Timestamp {
        Timestamp(NOW.0 - days * DAY_SECONDS)
    }

    /// A card last reviewed `elapsed` days ago with the given stability, due `overdue` days ago.
    fn reviewed(stability: f32, elapsed: i64, overdue: i64) -> Card {
        Card {
            memory: Some(MemoryState {
                stability,
                difficulty: 5.0,
            }),
            due: days_ago(overdue),
            last_review: Some(days_ago(elapsed)),
            reviews: 2,
            lapses: 0,
        }
    }

    const ALL: QueueLimits = QueueLimits {
        max_items: usize::MAX,
        new_items: usize::MAX,
    };

    #[test]
    fn mixes_packs_most_overdue_first() {
        let cards = [
            (("spanish", "hola"), reviewed(10.0, 11, 1)),
            (("arabic", "salam"), reviewed(2.0, 10, 8)),
            (("spanish", "gracias"), reviewed(100.0, 50, -50)),
            (("arabic", "shukran"), reviewed(5.0, 10, 5)),
            (("spanish", "adios"), Card::new(days_ago(1))),
        ];
        let queue = due_queue(cards.iter().map(|(k, c)| (*k, c)), NOW, ALL);
        assert_eq!(
            queue,
            [
                ("arabic", "salam"),
                ("arabic", "shukran"),
                ("spanish", "hola"),
                ("spanish", "adios"),
            ]
        );
    }

    #[test]
    fn respects_limits_and_new_item_allowance() {
        let mut cards: Vec<(u32, Card)> = (0..10).map(|i| (i, reviewed(1.0, 3, 1))).collect();
        cards.extend((10..20).map(|i| (i, Card::new(days_ago(i64::from(i))))));
        cards.push((99, Card::new(Timestamp(NOW.0 + 1))));
        let queue = |max_items, new_items| {
            due_queue(
                cards.iter().map(|(k, c)| (*k, c)),
                NOW,
                QueueLimits {
                    max_items,
                    new_items,
                },
            )
        };
        assert_eq!(queue(5, 10), [0, 1, 2, 3, 4]);
        assert_eq!(queue(12, 10), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 19, 18]);
        assert_eq!(queue(100, 3), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 19, 18, 17]);
        assert_eq!(queue(100, 100).len(), 20, "the future item is left out");
        assert!(queue(0, 10).is_empty());
    }

    #[test]
    fn order_does_not_depend_on_input_order() {
        let cards: Vec<(String, Card)> = (0..200)
            .map(|i| {
                let card = reviewed((i % 7 + 1) as f32, i % 5 + 1, 0);
                (format!("item-{i}"), card)
            })
            .collect();
        let forward = due_queue(cards.iter().map(|(k, c)| (k.as_str(), c)), NOW, ALL);
        let backward = due_queue(cards.iter().rev().map(|(k, c)| (k.as_str(), c)), NOW, ALL);
        assert_eq!(forward, backward);
        let top = due_queue(
            cards.iter().rev().map(|(k, c)| (k.as_str(), c)),
            NOW,
            QueueLimits {
                max_items: 17,
                new_items: 0,
            },
        );
        assert_eq!(top, forward.get(..17).unwrap_or_default());
    }

    #[test]
    fn ten_thousand_items() {
        // Built quickly (no timing assertion here; benchmarks live elsewhere).
        let cards: Vec<(u32, Card)> = (0..10_000u32)
            .map(|i| {
                let card = if i % 10 == 0 {
                    Card::new(days_ago(i64::from(i % 30)))
                } else {
                    let stability = (i % 97 + 1) as f32;
                    reviewed(stability, i64::from(i % 61), i64::from(i % 31) - 10)
                };
                (i, card)
            })
            .collect();
        let limits = QueueLimits {
            max_items: 10_000,
            new_items: 20,
        };
        let queue = due_queue(cards.iter().map(|(k, c)| (*k, c)), NOW, limits);
        let due_reviews = cards
            .iter()
            .filter(|(_, c)| !c.is_new() && c.due <= NOW)
            .count();
        assert_eq!(queue.len(), due_reviews + 20);
        let parameters = Parameters::default();
        let r = |key: u32| {
            cards
                .get(key as usize)
                .and_then(|(_, c)| c.retrievability(NOW, &parameters))
        };
        let review_part = queue.get(..due_reviews).unwrap_or_default();
        assert!(review_part.windows(2).all(|w| match w {
            [a, b] => r(*a) <= r(*b),
            _ => true,
        }));
    }
}
