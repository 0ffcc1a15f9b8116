//! A practice test in the form of the real one: questions are asked until the result is certain,
//! as an officer stops once the applicant has enough right answers (or too many wrong ones to
//! pass). The US civics test of 2025 asks up to 20 and stops at 12 right or 9 wrong.

use crate::pack::ExamRule;

/// How a sitting ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExamOutcome {
    Passed,
    NotPassed,
}

/// The answers so far in one sitting of a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExamTally {
    pub rule: ExamRule,
    pub right: u32,
    pub wrong: u32,
}

impl ExamTally {
    /// A sitting with no answers yet.
    pub fn new(rule: ExamRule) -> Self {
        Self {
            rule,
            right: 0,
            wrong: 0,
        }
    }

    /// Counts one answer; answers after the result is certain are not counted.
    pub fn record(&mut self, accepted: bool) {
        if self.outcome().is_some() {
            return;
        }
        if accepted {
            self.right += 1;
        } else {
            self.wrong += 1;
        }
    }

    /// Questions asked so far.
    pub fn asked(&self) -> u32 {
        self.right + self.wrong
    }

    /// The result, once it cannot change any more: enough right answers to pass, or so many wrong
    /// ones that the remaining questions cannot make up for them. `None` while it is open.
    pub fn outcome(&self) -> Option<ExamOutcome> {
        let ExamRule { ask, pass } = self.rule;
        if self.right >= pass {
            Some(ExamOutcome::Passed)
        } else if self.wrong > ask.saturating_sub(pass) || self.asked() >= ask {
            Some(ExamOutcome::NotPassed)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sitting(answers: &str) -> ExamTally {
        let mut tally = ExamTally::new(ExamRule { ask: 20, pass: 12 });
        for answer in answers.chars() {
            tally.record(answer == 'r');
        }
        tally
    }

    #[test]
    fn the_2025_civics_test_stops_at_twelve_right_or_nine_wrong() {
        let cases = [
            ("", None, 0),
            ("rrrrrrrrrrr", None, 11),
            ("rrrrrrrrrrrr", Some(ExamOutcome::Passed), 12),
            ("wwwwwwwwrrrrrrrrrrrr", Some(ExamOutcome::Passed), 20),
            ("wwwwwwww", None, 8),
            ("wwwwwwwww", Some(ExamOutcome::NotPassed), 9),
            ("rrrrrrrrrrrwwwwwwwww", Some(ExamOutcome::NotPassed), 20),
            // Nothing counts once the result is certain.
            ("rrrrrrrrrrrrwwwww", Some(ExamOutcome::Passed), 12),
            ("wwwwwwwwwrrrr", Some(ExamOutcome::NotPassed), 9),
        ];
        for (answers, outcome, asked) in cases {
            let tally = sitting(answers);
            assert_eq!(tally.outcome(), outcome, "{answers}");
            assert_eq!(tally.asked(), asked, "{answers}");
        }
    }

    #[test]
    fn the_2008_test_asks_ten_and_passes_at_six() {
        let mut tally = ExamTally::new(ExamRule { ask: 10, pass: 6 });
        for _ in 0..4 {
            tally.record(false);
        }
        assert_eq!(tally.outcome(), None);
        tally.record(false);
        assert_eq!(tally.outcome(), Some(ExamOutcome::NotPassed));
    }

    #[test]
    fn a_test_that_needs_every_answer_fails_at_the_first_wrong_one() {
        let mut tally = ExamTally::new(ExamRule { ask: 3, pass: 3 });
        tally.record(true);
        tally.record(false);
        assert_eq!(tally.outcome(), Some(ExamOutcome::NotPassed));
    }
}
