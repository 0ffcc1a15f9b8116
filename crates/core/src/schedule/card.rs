//! One item's schedule, and what each answer would do to it.

use serde::{Deserialize, Serialize};

use super::config::SchedulerConfig;
use super::fsrs::Parameters;
use super::types::{DAY_SECONDS, MemoryState, Rating, Timestamp};

/// What the scheduler keeps for one item. Keyed by the item's id, not by a pack version, so a
/// pack update leaves it untouched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// `None` until the first review.
    pub memory: Option<MemoryState>,
    /// When the item is next due (for a new item: from when it may be introduced).
    pub due: Timestamp,
    pub last_review: Option<Timestamp>,
    pub reviews: u32,
    /// Times a known item was forgotten (Again after at least one review).
    pub lapses: u32,
}

/// A card as it would be after one answer, with the interval until it is due.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledCard {
    pub card: Card,
    /// Whole days from the review to `card.due`, in [1, maximum interval].
    pub interval_days: u32,
}

/// The four possible outcomes of a review, computed together so the UI can show each interval.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStates {
    pub again: ScheduledCard,
    pub hard: ScheduledCard,
    pub good: ScheduledCard,
    pub easy: ScheduledCard,
}

impl NextStates {
    /// The outcome of answering with `rating`.
    pub fn get(&self, rating: Rating) -> &ScheduledCard {
        match rating {
            Rating::Again => &self.again,
            Rating::Hard => &self.hard,
            Rating::Good => &self.good,
            Rating::Easy => &self.easy,
        }
    }

    /// The outcome of answering with `rating`, by value.
    pub fn into_rating(self, rating: Rating) -> ScheduledCard {
        match rating {
            Rating::Again => self.again,
            Rating::Hard => self.hard,
            Rating::Good => self.good,
            Rating::Easy => self.easy,
        }
    }
}

impl Card {
    /// A new item, which may be introduced from `available_from` on.
    pub fn new(available_from: Timestamp) -> Card {
        Card {
            memory: None,
            due: available_from,
            last_review: None,
            reviews: 0,
            lapses: 0,
        }
    }

    /// True before the first review.
    pub fn is_new(&self) -> bool {
        self.memory.is_none()
    }

    /// Whole days since the last review, 0 for a review the same day (or a clock that went back).
    /// For a state without a review date (imported), assumes it was reviewed on schedule:
    /// stability days before `due`.
    pub fn elapsed_days(&self, now: Timestamp) -> u32 {
        let days = match (self.last_review, self.memory) {
            (Some(last), _) => now.0.saturating_sub(last.0).max(0) / DAY_SECONDS,
            (None, Some(memory)) => {
                let on_schedule = f64::from(memory.stability).max(0.0).round() as i64;
                let overdue = now.0.saturating_sub(self.due.0).max(0) / DAY_SECONDS;
                on_schedule.saturating_add(overdue)
            }
            (None, None) => 0,
        };
        u32::try_from(days).unwrap_or(u32::MAX)
    }

    /// Probability of recalling the item now, or `None` for a new item.
    pub fn retrievability(&self, now: Timestamp, parameters: &Parameters) -> Option<f64> {
        let memory = self.memory?;
        let elapsed = match self.last_review {
            Some(last) => now.0.saturating_sub(last.0).max(0) as f64 / DAY_SECONDS as f64,
            None => f64::from(self.elapsed_days(now)),
        };
        Some(parameters.retrievability(elapsed, f64::from(memory.stability)))
    }

    /// The four outcomes of reviewing now, without fuzz (see [`Card::next_states_fuzzed`]).
    pub fn next_states(&self, now: Timestamp, config: &SchedulerConfig) -> NextStates {
        self.schedule(now, config, None)
    }

    /// The four outcomes of reviewing now, with intervals fuzzed when `config.fuzz` has a seed.
    /// The fuzz is a pure function of that seed, `key` (the item's id) and the review count.
    pub fn next_states_fuzzed(
        &self,
        key: &str,
        now: Timestamp,
        config: &SchedulerConfig,
    ) -> NextStates {
        let fuzz = config
            .fuzz
            .map(|seed| fuzz_fraction(seed, key, self.reviews));
        self.schedule(now, config, fuzz)
    }

    /// The card after answering `rating` now (no fuzz).
    pub fn review(&self, rating: Rating, now: Timestamp, config: &SchedulerConfig) -> Card {
        self.next_states(now, config).into_rating(rating).card
    }

    /// The card after answering `rating` now, fuzzed as [`Card::next_states_fuzzed`].
    pub fn review_fuzzed(
        &self,
        key: &str,
        rating: Rating,
        now: Timestamp,
        config: &SchedulerConfig,
    ) -> Card {
        self.next_states_fuzzed(key, now, config)
            .into_rating(rating)
            .card
    }

    fn schedule(&self, now: Timestamp, config: &SchedulerConfig, fuzz: Option<f64>) -> NextStates {
        let elapsed = self.elapsed_days(now);
        let maximum = config.effective_maximum_interval();
        let retention = config.effective_retention();
        let outcome = |rating: Rating| {
            let memory = config.parameters.next_state(self.memory, elapsed, rating);
            let days = config
                .parameters
                .interval_days(f64::from(memory.stability), retention)
                .round();
            let days = if days >= f64::from(maximum) {
                maximum
            } else {
                (days as u32).max(1)
            };
            let days = match fuzz {
                Some(fraction) => fuzzed_interval(days, fraction, maximum),
                None => days,
            };
            (memory, days)
        };
        let again = outcome(Rating::Again);
        let mut hard = outcome(Rating::Hard);
        let mut good = outcome(Rating::Good);
        let mut easy = outcome(Rating::Easy);
        // Fuzz must not reorder the answers.
        hard.1 = hard.1.max(again.1);
        good.1 = good.1.max(hard.1);
        easy.1 = easy.1.max(good.1);
        let build = |rating: Rating, (memory, interval_days): (MemoryState, u32)| ScheduledCard {
            card: Card {
                memory: Some(memory),
                due: Timestamp(
                    now.0
                        .saturating_add(i64::from(interval_days).saturating_mul(DAY_SECONDS)),
                ),
                last_review: Some(now),
                reviews: self.reviews.saturating_add(1),
                lapses: if rating == Rating::Again && self.memory.is_some() {
                    self.lapses.saturating_add(1)
                } else {
                    self.lapses
                },
            },
            interval_days,
        };
        NextStates {
            again: build(Rating::Again, again),
            hard: build(Rating::Hard, hard),
            good: build(Rating::Good, good),
            easy: build(Rating::Easy, easy),
        }
    }
}

/// A number in [0, 1) from the seed, the key and the review count (FNV-1a, then SplitMix64).
fn fuzz_fraction(seed: u64, key: &str, reviews: u32) -> f64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let mut x = seed ^ hash ^ u64::from(reviews).rotate_left(32);
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// The interval moved within the FSRS fuzz range (±15% of the part between 2.5 and 7 days, ±10%
/// between 7 and 20, ±5% above, plus one day; as in `py-fsrs`); intervals under 3 days are kept.
fn fuzzed_interval(days: u32, fraction: f64, maximum: u32) -> u32 {
    if days < 3 {
        return days;
    }
    let d = f64::from(days);
    let delta = 1.0
        + 0.15 * (d.min(7.0) - 2.5).max(0.0)
        + 0.10 * (d.min(20.0) - 7.0).max(0.0)
        + 0.05 * (d - 20.0).max(0.0);
    let high = ((d + delta).round() as u32).min(maximum);
    let low = ((d - delta).round() as u32).max(2).min(high);
    let span = f64::from(high - low + 1);
    let offset = (fraction.clamp(0.0, 1.0) * span).floor() as u32;
    low.saturating_add(offset).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATINGS: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];
    const START: Timestamp = Timestamp(1_700_000_000);

    fn at_day(days: f64) -> Timestamp {
        START.plus_days(days)
    }

    fn intervals(states: &NextStates) -> [u32; 4] {
        RATINGS.map(|rating| states.get(rating).interval_days)
    }

    #[test]
    fn new_card_intervals_with_default_parameters() {
        // S0 = w0..w3 = 0.212, 1.2931, 2.3065, 8.2956 (fsrs-rs DEFAULT_PARAMETERS); at 90% the
        // interval equals stability, rounded and at least a day.
        let config = SchedulerConfig::default();
        let states = Card::new(START).next_states(START, &config);
        assert_eq!(intervals(&states), [1, 1, 2, 8]);
        assert_eq!(states.good.card.due, at_day(2.0));
        assert_eq!(states.good.card.reviews, 1);
        assert_eq!(
            states.again.card.lapses, 0,
            "failing a new item is no lapse"
        );
    }

    #[test]
    fn reference_sequence_through_cards() {
        // fsrs-rs `test_memory_state` / py-fsrs `test_memo_state`, replayed with timestamps.
        let config = SchedulerConfig::default();
        let mut card = Card::new(START);
        let mut now = START;
        for (rating, days) in [
            (Rating::Again, 0.0),
            (Rating::Good, 0.0),
            (Rating::Good, 1.0),
            (Rating::Good, 3.0),
            (Rating::Good, 8.0),
            (Rating::Good, 21.0),
        ] {
            now = now.plus_days(days);
            card = card.review(rating, now, &config);
        }
        let memory = card.memory.unwrap_or(MemoryState {
            stability: 0.0,
            difficulty: 0.0,
        });
        assert!((memory.stability - 53.62691).abs() < 1e-3, "{memory:?}");
        assert!((memory.difficulty - 6.3574867).abs() < 1e-3, "{memory:?}");
        assert_eq!(card.reviews, 6);
        assert_eq!(card.last_review, Some(now));
        let states = card.next_states(now.plus_days(54.0), &config);
        assert!(states.good.interval_days > 54);
    }

    #[test]
    fn answers_are_ordered_and_successful_reviews_grow_stability() {
        let config = SchedulerConfig::default();
        let mut card = Card::new(START);
        let mut now = START;
        for step in 0..40 {
            let rating = RATINGS.get(step * 7 % 4).copied().unwrap_or(Rating::Good);
            let states = card.next_states(now, &config);
            let [again, hard, good, easy] = intervals(&states);
            assert!(again <= hard && hard <= good && good <= easy, "{step}");
            if let Some(before) = card.memory
                && card.elapsed_days(now) > 0
            {
                for rating in [Rating::Hard, Rating::Good, Rating::Easy] {
                    let after = states.get(rating).card.memory.map(|m| m.stability);
                    assert!(after >= Some(before.stability), "{step} {rating:?}");
                }
            }
            for rating in RATINGS {
                let scheduled = states.get(rating);
                let difficulty = scheduled.card.memory.map_or(0.0, |m| m.difficulty);
                assert!((1.0..=10.0).contains(&difficulty));
                assert!(scheduled.interval_days >= 1);
                assert!(scheduled.interval_days <= config.maximum_interval_days);
            }
            card = states.into_rating(rating).card;
            now = card.due;
        }
    }

    #[test]
    fn interval_never_exceeds_the_maximum() {
        let config = SchedulerConfig {
            maximum_interval_days: 100,
            ..SchedulerConfig::default()
        };
        let mut card = Card::new(START);
        let mut now = START;
        for _ in 0..20 {
            let states = card.next_states_fuzzed(
                "word-1",
                now,
                &SchedulerConfig {
                    fuzz: Some(3),
                    ..config
                },
            );
            assert!(
                intervals(&states)
                    .iter()
                    .all(|&days| (1..=100).contains(&days))
            );
            card = states.into_rating(Rating::Easy).card;
            now = card.due;
        }
        assert_eq!(card.next_states(now, &config).easy.interval_days, 100);
    }

    #[test]
    fn reviewed_twice_the_same_day() {
        let config = SchedulerConfig::default();
        let card = Card::new(START).review(Rating::Good, START, &config);
        let later = at_day(0.25);
        assert_eq!(card.elapsed_days(later), 0);
        let states = card.next_states(later, &config);
        let before = card.memory.map_or(0.0, |m| m.stability);
        let stability =
            |rating: Rating| states.get(rating).card.memory.map_or(0.0, |m| m.stability);
        // Same-day formula: Again lowers stability, a success never does.
        assert!(stability(Rating::Again) < before);
        assert!(stability(Rating::Good) >= before);
        assert!(stability(Rating::Easy) > before);
        assert_eq!(states.again.card.lapses, 1);
        // A clock that went backwards counts as the same day, not as negative time.
        let earlier = Timestamp(START.0 - DAY_SECONDS);
        assert_eq!(card.elapsed_days(earlier), 0);
        let backwards = card.next_states(earlier, &config);
        for rating in RATINGS {
            let (a, b) = (backwards.get(rating), states.get(rating));
            assert_eq!(a.card.memory, b.card.memory);
            assert_eq!(a.interval_days, b.interval_days);
        }
    }

    #[test]
    fn degenerate_cards_do_not_panic_or_produce_nan() {
        let config = SchedulerConfig {
            desired_retention: f64::NAN,
            maximum_interval_days: 0,
            fuzz: Some(u64::MAX),
            ..SchedulerConfig::default()
        };
        let card = Card {
            memory: Some(MemoryState {
                stability: 0.0,
                difficulty: f32::NAN,
            }),
            due: Timestamp(i64::MAX),
            last_review: None,
            reviews: u32::MAX,
            lapses: u32::MAX,
        };
        for now in [Timestamp(i64::MIN), Timestamp(0), Timestamp(i64::MAX)] {
            let states = card.next_states_fuzzed("", now, &config);
            for rating in RATINGS {
                let scheduled = states.get(rating);
                assert_eq!(scheduled.interval_days, 1);
                let memory = scheduled.card.memory;
                assert!(
                    memory.is_some_and(|m| m.stability.is_finite() && m.difficulty.is_finite())
                );
            }
            assert!(
                card.retrievability(now, &config.parameters)
                    .is_some_and(f64::is_finite)
            );
        }
    }

    #[test]
    fn fuzz_is_deterministic_and_bounded() {
        let config = SchedulerConfig {
            fuzz: Some(42),
            ..SchedulerConfig::default()
        };
        let card = Card {
            memory: Some(MemoryState {
                stability: 30.0,
                difficulty: 5.0,
            }),
            due: at_day(30.0),
            last_review: Some(START),
            reviews: 3,
            lapses: 0,
        };
        let now = at_day(30.0);
        let plain = card.next_states(now, &config).good.interval_days;
        let mut seen = std::collections::BTreeSet::new();
        for key in ["a", "b", "c", "d", "e", "f", "g", "h"] {
            let first = card.next_states_fuzzed(key, now, &config);
            assert_eq!(first, card.next_states_fuzzed(key, now, &config));
            let fuzzed = first.good.interval_days;
            assert!(fuzzed.abs_diff(plain) <= 1 + plain / 10, "{plain} {fuzzed}");
            seen.insert(fuzzed);
        }
        assert!(seen.len() > 1, "fuzz spreads keys: {seen:?}");
        let off = SchedulerConfig {
            fuzz: None,
            ..config
        };
        assert_eq!(
            card.next_states_fuzzed("a", now, &off),
            card.next_states(now, &off)
        );
        // Short intervals are never fuzzed.
        assert_eq!(fuzzed_interval(2, 0.99, 100), 2);
        assert_eq!(fuzzed_interval(3, 0.0, 100), 2);
    }

    #[test]
    fn card_serde_round_trip() {
        let card = Card::new(START).review(Rating::Good, START, &SchedulerConfig::default());
        let json = serde_json::to_string(&card).unwrap_or_default();
        assert!(json.contains(r#""memory":{"stability":"#), "{json}");
        let back: Result<Card, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(card));
    }

    proptest::proptest! {
        /// Any history of ratings and gaps (including same-day and backwards clocks) keeps the
        /// answers ordered, the difficulty in [1, 10], the interval within [1, maximum] and no NaN.
        #[test]
        fn any_history_keeps_the_invariants(
            history in proptest::collection::vec((0usize..4, -2i64..400, 0u32..5), 1..30),
            maximum in 1u32..40_000,
            seed in proptest::option::of(proptest::prelude::any::<u64>()),
        ) {
            let config = SchedulerConfig {
                maximum_interval_days: maximum,
                fuzz: seed,
                ..SchedulerConfig::default()
            };
            let mut card = Card::new(START);
            let mut now = START;
            for (rating, gap_days, gap_hours) in history {
                now = Timestamp(now.0 + gap_days * DAY_SECONDS + i64::from(gap_hours) * 3_600);
                let states = card.next_states_fuzzed("item", now, &config);
                let [again, hard, good, easy] = intervals(&states);
                proptest::prop_assert!(again <= hard && hard <= good && good <= easy);
                for scheduled in RATINGS.map(|r| states.get(r)) {
                    proptest::prop_assert!((1..=maximum).contains(&scheduled.interval_days));
                    let memory = scheduled.card.memory;
                    let sane = memory.is_some_and(|m| {
                        m.stability.is_finite()
                            && m.stability > 0.0
                            && (1.0..=10.0).contains(&m.difficulty)
                    });
                    proptest::prop_assert!(sane, "{:?}", memory);
                }
                let rating = RATINGS.get(rating).copied().unwrap_or(Rating::Good);
                card = states.into_rating(rating).card;
            }
        }
    }
}
