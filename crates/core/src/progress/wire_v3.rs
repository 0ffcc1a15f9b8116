//! The stored form of progress, version 3 (current): version 2 (`wire_v2`, whose item, lesson and
//! daily records it keeps unchanged) plus the teachers' assignments the learner accepted and the
//! name they last put on a receipt.
//!
//! ```json
//! {"assignments":{"3F9K2Q":{"at":1710000000,"code":"AQsAB0dlcm1hbi…"}},
//!  "daily":{"days":{"19800":12},"goal":10},
//!  "items":{"de-a1":{"w-hallo":{"d":5.1,"due":1710000000,"last":1709900000,"n":3,"ok":4,"s":3.2,"tries":5}}},
//!  "learner":{"audio":true,"lang":"ar","name":"Amina"},
//!  "lessons":{"de-a1":{"greetings":{"best":90,"done":1,"done_at":1709900000,"seen":1709900000}}},
//!  "packs":["de-a1"]}
//! ```
//!
//! An assignment is kept by its id, with its code (`code`) and when it was accepted (`at`).
//! `learner.name` is the last receipt name. Any change to these types is a new version with a
//! migration (see `migrate`).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::wire_v2::{DailyV2, ItemV2, LessonV2};
use super::{
    AcceptedAssignment, DailyActivity, DecodeError, ItemKey, ItemProgress, LearnerSettings,
    LessonKey, LessonProgress, Progress, inserted,
};
use crate::classroom::AssignmentId;
use crate::schedule::{MemoryState, Timestamp};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DataV3 {
    pub learner: LearnerV3,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub packs: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub items: BTreeMap<String, BTreeMap<String, ItemV2>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lessons: BTreeMap<String, BTreeMap<String, LessonV2>>,
    pub daily: DailyV2,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assignments: BTreeMap<AssignmentId, AssignmentV3>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LearnerV3 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub audio: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AssignmentV3 {
    pub code: String,
    pub at: i64,
}

/// An `f32` as the `f64` with the same shortest decimal form, so `3.2f32` is stored as `3.2`
/// rather than `3.200000047683716`. `None` for values JSON cannot hold.
///
/// The fewest decimals (up to 12) that read back as the same `f32`, found with integer scaling
/// rather than `value.to_string().parse()`: Rust's float printing costs about 2.5 KB of the wasm.
/// Equal to that for every value a schedule holds (tested below against it).
fn f32_to_stored(value: f32) -> Option<f64> {
    if !value.is_finite() {
        return None;
    }
    let wide = f64::from(value);
    let mut scale = 1.0;
    for _ in 0..=12 {
        let candidate = (wide * scale).round() / scale;
        if candidate as f32 == value {
            return Some(candidate);
        }
        scale *= 10.0;
    }
    Some(wide)
}

impl From<&Progress> for DataV3 {
    fn from(progress: &Progress) -> Self {
        let mut items: BTreeMap<String, BTreeMap<String, ItemV2>> = BTreeMap::new();
        for (key, item) in &progress.items {
            // A memory state JSON cannot hold (not finite) is left out: the item is then new again,
            // which loses one item's schedule rather than making the whole document unreadable.
            let memory = item
                .memory
                .and_then(|m| Some((f32_to_stored(m.stability)?, f32_to_stored(m.difficulty)?)));
            items.entry(key.pack.clone()).or_default().insert(
                key.item.clone(),
                ItemV2 {
                    due: item.due.0,
                    last: item.last_review.map(|t| t.0),
                    s: memory.map(|m| m.0),
                    d: memory.map(|m| m.1),
                    n: item.reviews,
                    lapses: item.lapses,
                    ok: item.correct,
                    tries: item.attempts,
                    ms: item.last_answer_ms,
                },
            );
        }
        let mut lessons: BTreeMap<String, BTreeMap<String, LessonV2>> = BTreeMap::new();
        for (key, lesson) in &progress.lessons {
            lessons.entry(key.pack.clone()).or_default().insert(
                key.lesson.clone(),
                LessonV2 {
                    done: lesson.completions,
                    done_at: lesson.last_completed.map(|t| t.0),
                    best: lesson.best_score,
                    pos: lesson.position,
                    seen: lesson.last_opened.map(|t| t.0),
                },
            );
        }
        DataV3 {
            learner: LearnerV3 {
                lang: progress.settings.language.clone(),
                audio: progress.settings.audio,
                name: progress.settings.receipt_name.clone(),
            },
            packs: progress.packs.clone(),
            items,
            lessons,
            daily: DailyV2 {
                goal: progress.daily.goal,
                days: inserted(progress.daily.days()),
            },
            assignments: inserted(progress.assignments.iter().map(|(id, accepted)| {
                let stored = AssignmentV3 {
                    code: accepted.code.clone(),
                    at: accepted.accepted_at.0,
                };
                (*id, stored)
            })),
        }
    }
}

impl DataV3 {
    /// The progress this data holds, or what is inconsistent in it.
    pub fn into_progress(self) -> Result<Progress, DecodeError> {
        let mut items = BTreeMap::new();
        for (pack, pack_items) in self.items {
            for (id, item) in pack_items {
                let memory = match (item.s, item.d) {
                    (Some(stability), Some(difficulty)) => Some(MemoryState {
                        stability: stability as f32,
                        difficulty: difficulty as f32,
                    }),
                    (None, None) => None,
                    _ => {
                        return Err(DecodeError::Malformed(format!(
                            "item {pack}/{id} has only one of stability and difficulty"
                        )));
                    }
                };
                items.insert(
                    ItemKey::new(pack.clone(), id),
                    ItemProgress {
                        memory,
                        due: Timestamp(item.due),
                        last_review: item.last.map(Timestamp),
                        reviews: item.n,
                        lapses: item.lapses,
                        correct: item.ok,
                        attempts: item.tries,
                        last_answer_ms: item.ms,
                    },
                );
            }
        }
        let mut lessons = BTreeMap::new();
        for (pack, pack_lessons) in self.lessons {
            for (id, lesson) in pack_lessons {
                if lesson.best.is_some_and(|best| best > 100) {
                    return Err(DecodeError::Malformed(format!(
                        "lesson {pack}/{id} has a best score over 100"
                    )));
                }
                lessons.insert(
                    LessonKey::new(pack.clone(), id),
                    LessonProgress {
                        completions: lesson.done,
                        last_completed: lesson.done_at.map(Timestamp),
                        best_score: lesson.best,
                        position: lesson.pos,
                        last_opened: lesson.seen.map(Timestamp),
                    },
                );
            }
        }
        Ok(Progress {
            settings: LearnerSettings {
                language: self.learner.lang,
                audio: self.learner.audio,
                receipt_name: self.learner.name,
            },
            packs: self.packs,
            items,
            lessons,
            daily: DailyActivity::from_days(self.daily.goal, self.daily.days),
            // The code is kept as stored: one this app cannot read is still not dropped.
            assignments: inserted(self.assignments.into_iter().map(|(id, stored)| {
                let accepted = AcceptedAssignment {
                    code: stored.code,
                    accepted_at: Timestamp(stored.at),
                };
                (id, accepted)
            })),
        })
    }
}

#[cfg(test)]
mod f32_tests {
    use proptest::prelude::*;

    use super::f32_to_stored;

    fn by_printing(value: f32) -> f64 {
        value.to_string().parse().unwrap_or(f64::from(value))
    }

    #[test]
    fn stores_the_shortest_decimal_of_schedule_values() {
        for value in [
            0.0f32, 1.0, 3.2, 0.1, 0.01, 2.5, 7.123_456, 36_500.0, 1e-3, 123.456_79,
        ] {
            assert_eq!(f32_to_stored(value), Some(by_printing(value)), "{value}");
        }
        assert_eq!(f32_to_stored(f32::NAN), None);
        assert_eq!(f32_to_stored(f32::INFINITY), None);
    }

    proptest! {
        /// Stability (0.01 to 100 years in days) and difficulty (1 to 10), as stored before.
        #[test]
        fn same_as_printing_and_parsing(value in 0.001f32..40_000.0) {
            prop_assert_eq!(f32_to_stored(value), Some(by_printing(value)));
        }
    }
}
