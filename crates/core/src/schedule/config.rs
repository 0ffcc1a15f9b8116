//! The learner's scheduling settings.

use serde::{Deserialize, Serialize};

use super::fsrs::Parameters;

/// How the scheduler turns memory states into due dates.
///
/// Degenerate values are tolerated: the retention is used within [0.7, 0.99] and the maximum
/// interval is at least one day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SchedulerConfig {
    /// The recall probability at which an item comes due again (0.9 = 90%).
    pub desired_retention: f64,
    /// The longest interval, in days.
    pub maximum_interval_days: u32,
    /// Seed for interval fuzz, or `None` for none. Fuzz spreads items introduced together over
    /// neighbouring days; it is a pure function of this seed, the item's key and its review count.
    pub fuzz: Option<u64>,
    /// The FSRS-6 weights (the defaults unless optimised for this learner).
    pub parameters: Parameters,
}

impl Default for SchedulerConfig {
    fn default() -> Self {
        SchedulerConfig {
            desired_retention: 0.9,
            maximum_interval_days: 36_500,
            fuzz: None,
            parameters: Parameters::default(),
        }
    }
}

impl SchedulerConfig {
    /// The retention actually used: within [0.7, 0.99], 0.9 if not a number.
    pub fn effective_retention(&self) -> f64 {
        if self.desired_retention.is_nan() {
            0.9
        } else {
            self.desired_retention.clamp(0.7, 0.99)
        }
    }

    /// The maximum interval actually used: at least one day.
    pub fn effective_maximum_interval(&self) -> u32 {
        self.maximum_interval_days.max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_degenerate_values() {
        let config = SchedulerConfig::default();
        assert_eq!(config.effective_retention(), 0.9);
        assert_eq!(config.effective_maximum_interval(), 36_500);
        let odd = SchedulerConfig {
            desired_retention: f64::NAN,
            maximum_interval_days: 0,
            ..config
        };
        assert_eq!(odd.effective_retention(), 0.9);
        assert_eq!(odd.effective_maximum_interval(), 1);
    }

    #[test]
    fn missing_fields_take_defaults() {
        let config: Result<SchedulerConfig, _> = serde_json::from_str(r#"{"fuzz": 7}"#);
        assert_eq!(
            config.ok(),
            Some(SchedulerConfig {
                fuzz: Some(7),
                ..SchedulerConfig::default()
            })
        );
    }
}
