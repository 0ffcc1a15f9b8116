//! The vocabulary of scheduling, shared with the progress model.

use serde::{Deserialize, Serialize};

/// Seconds since 1970-01-01 UTC. Always passed in; the domain never reads a clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

pub const DAY_SECONDS: i64 = 86_400;

impl Timestamp {
    /// Whole and fractional days from `earlier` to `self` (0 when `earlier` is later).
    pub fn days_since(self, earlier: Timestamp) -> f64 {
        ((self.0 - earlier.0).max(0)) as f64 / DAY_SECONDS as f64
    }

    pub fn plus_days(self, days: f64) -> Timestamp {
        Timestamp(self.0 + (days * DAY_SECONDS as f64).round() as i64)
    }

    /// The day number (days since 1970-01-01) in a time zone `offset_minutes` east of UTC, for
    /// streaks and daily goals that follow the learner's local midnight.
    pub fn local_day(self, offset_minutes: i32) -> i64 {
        (self.0 + i64::from(offset_minutes) * 60).div_euclid(DAY_SECONDS)
    }
}

/// How well the learner remembered an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

/// What FSRS knows of an item in a learner's memory.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MemoryState {
    /// Days until recall probability falls to 90%.
    pub stability: f32,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f32,
}
