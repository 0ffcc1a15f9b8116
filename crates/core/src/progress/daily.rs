//! Daily activity: the learner's daily goal and how many exercises they did each day, for the goal
//! ring and streaks. Days are day numbers from `Timestamp::local_day`, so they follow the learner's
//! local midnight.

use std::collections::BTreeMap;

use super::inserted;

/// How many days of history are kept; older days are dropped, so the record stays small. A streak
/// therefore counts at most this many days.
pub const HISTORY_DAYS: i64 = 400;

/// The daily goal, in exercises, until the learner sets one.
pub const DEFAULT_GOAL: u32 = 10;

/// The daily goals a learner can pick, in exercises: from a few minutes on a bus to a long
/// evening.
pub const GOAL_CHOICES: [u32; 5] = [5, 10, 20, 30, 50];

/// The largest goal a stored or imported document may carry; more is read as this.
pub const MAX_GOAL: u32 = 500;

/// The daily goal and the exercises done per day over the last [`HISTORY_DAYS`] days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyActivity {
    /// Exercises per day the learner aims for (0 is treated as 1).
    pub goal: u32,
    days: BTreeMap<i64, u32>,
}

impl Default for DailyActivity {
    fn default() -> Self {
        Self {
            goal: DEFAULT_GOAL,
            days: BTreeMap::new(),
        }
    }
}

impl DailyActivity {
    /// A record from stored days (days with no exercises are left out), keeping the last
    /// [`HISTORY_DAYS`] before the newest one.
    pub fn from_days(goal: u32, days: impl IntoIterator<Item = (i64, u32)>) -> Self {
        let mut activity = Self {
            goal,
            days: inserted(days.into_iter().filter(|&(_, count)| count > 0)),
        };
        activity.trim();
        activity
    }

    /// Sets the daily goal, kept between 1 and [`MAX_GOAL`].
    pub fn set_goal(&mut self, goal: u32) {
        self.goal = goal.clamp(1, MAX_GOAL);
    }

    /// The goals to offer: [`GOAL_CHOICES`], with the current goal among them in order when it is
    /// another (set on another phone or by an older version).
    pub fn goal_choices(&self) -> Vec<u32> {
        let mut choices = GOAL_CHOICES.to_vec();
        let current = self.goal.max(1);
        if !choices.contains(&current) {
            choices.push(current);
            choices.sort_unstable();
        }
        choices
    }

    /// Adds `exercises` done on `day`.
    pub fn record(&mut self, day: i64, exercises: u32) {
        if exercises == 0 {
            return;
        }
        let count = self.days.entry(day).or_insert(0);
        *count = count.saturating_add(exercises);
        self.trim();
    }

    /// Exercises done on `day`.
    pub fn on(&self, day: i64) -> u32 {
        self.days.get(&day).copied().unwrap_or(0)
    }

    /// Every day with exercises, oldest first.
    pub fn days(&self) -> impl Iterator<Item = (i64, u32)> + '_ {
        self.days.iter().map(|(&day, &count)| (day, count))
    }

    /// Whether the goal was met on `day`.
    pub fn goal_met(&self, day: i64) -> bool {
        self.on(day) >= self.goal.max(1)
    }

    /// Days in a row, up to `today`, on which the goal was met. While today's goal is not met yet
    /// the streak is not broken: it counts up to yesterday.
    pub fn streak(&self, today: i64) -> u32 {
        let mut day = if self.goal_met(today) {
            today
        } else {
            today - 1
        };
        let mut streak = 0;
        while self.goal_met(day) {
            streak += 1;
            day -= 1;
        }
        streak
    }

    /// Keeps the larger count of each day from both records (merging progress from two phones).
    pub(crate) fn merge_days(&mut self, other: &Self) {
        for (&day, &count) in &other.days {
            let mine = self.days.entry(day).or_insert(0);
            *mine = (*mine).max(count);
        }
        self.trim();
    }

    /// Drops the days more than [`HISTORY_DAYS`] before the newest one.
    fn trim(&mut self) {
        if let Some((&newest, _)) = self.days.last_key_value() {
            self.days = self.days.split_off(&(newest - HISTORY_DAYS + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(goal: u32, days: &[(i64, u32)]) -> DailyActivity {
        DailyActivity::from_days(goal, days.iter().copied())
    }

    #[test]
    fn a_new_goal_changes_what_counts_as_met_and_stays_in_range() {
        let mut record = activity(10, &[(100, 6), (101, 6)]);
        assert_eq!(record.streak(101), 0);
        record.set_goal(5);
        assert_eq!(record.goal, 5);
        assert_eq!(
            record.streak(101),
            2,
            "a smaller goal counts the days already done"
        );
        record.set_goal(0);
        assert_eq!(record.goal, 1);
        record.set_goal(u32::MAX);
        assert_eq!(record.goal, MAX_GOAL);
        assert!(GOAL_CHOICES.contains(&DEFAULT_GOAL));
        record.set_goal(15);
        assert_eq!(record.goal_choices(), [5, 10, 15, 20, 30, 50]);
        record.set_goal(20);
        assert_eq!(record.goal_choices(), GOAL_CHOICES);
    }

    /// Name, goal, days done, today, expected streak.
    type StreakCase = (&'static str, u32, &'static [(i64, u32)], i64, u32);

    #[test]
    fn streaks() {
        let cases: &[StreakCase] = &[
            ("nothing done", 5, &[], 100, 0),
            ("today only", 5, &[(100, 5)], 100, 1),
            (
                "today not yet, yesterday met",
                5,
                &[(99, 5), (100, 2)],
                100,
                1,
            ),
            ("three days", 5, &[(98, 9), (99, 5), (100, 6)], 100, 3),
            ("a gap breaks it", 5, &[(97, 9), (99, 5), (100, 6)], 100, 2),
            (
                "under the goal breaks it",
                5,
                &[(98, 4), (99, 5), (100, 6)],
                100,
                2,
            ),
            ("two days ago is over", 5, &[(98, 5)], 100, 0),
            ("goal 0 counts as 1", 0, &[(99, 1), (100, 1)], 100, 2),
        ];
        for (name, goal, days, today, expected) in cases {
            assert_eq!(activity(*goal, days).streak(*today), *expected, "{name}");
        }
    }

    #[test]
    fn history_is_bounded() {
        let mut activity = DailyActivity::default();
        for day in 0..1000 {
            activity.record(day, 10);
        }
        assert_eq!(activity.days().count(), HISTORY_DAYS as usize);
        assert_eq!(activity.days().next(), Some((1000 - HISTORY_DAYS, 10)));
        assert_eq!(activity.streak(999), HISTORY_DAYS as u32);
    }

    #[test]
    fn recording_adds_up() {
        let mut activity = DailyActivity::default();
        activity.record(7, 3);
        activity.record(7, 4);
        activity.record(8, 0);
        assert_eq!(activity.on(7), 7);
        assert_eq!(activity.days().count(), 1);
    }
}
