//! What the learner has done with one lesson: completions, best score, and where they stopped.

use crate::schedule::Timestamp;

/// One lesson's progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LessonProgress {
    /// How many times the lesson was finished.
    pub completions: u32,
    pub last_completed: Option<Timestamp>,
    /// The best score, in percent (0 to 100).
    pub best_score: Option<u8>,
    /// The index of the next step to do, for "continue where you left off".
    pub position: u32,
    /// When the learner last worked in the lesson; the most recent one is where to continue.
    pub last_opened: Option<Timestamp>,
}

impl LessonProgress {
    /// Records that the learner finished the lesson with `score` percent (capped at 100); the
    /// position goes back to the start.
    pub fn complete(&mut self, score: u8, now: Timestamp) {
        let score = score.min(100);
        self.completions = self.completions.saturating_add(1);
        self.last_completed = Some(now);
        self.best_score = Some(self.best_score.map_or(score, |best| best.max(score)));
        self.position = 0;
        self.last_opened = Some(now);
    }

    /// Records where the learner is in the lesson.
    pub fn reached(&mut self, position: u32, now: Timestamp) {
        self.position = position;
        self.last_opened = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completing_keeps_the_best_score_and_resets_the_position() {
        let mut lesson = LessonProgress::default();
        lesson.reached(4, Timestamp(10));
        lesson.complete(80, Timestamp(20));
        lesson.complete(60, Timestamp(30));
        assert_eq!(lesson.completions, 2);
        assert_eq!(lesson.best_score, Some(80));
        assert_eq!(lesson.last_completed, Some(Timestamp(30)));
        assert_eq!(lesson.position, 0);
        lesson.complete(250, Timestamp(40));
        assert_eq!(lesson.best_score, Some(100));
    }
}
