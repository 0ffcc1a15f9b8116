//! What one answer and one finished lesson change in the learner's progress.

use super::{apply_card, card_of};
use crate::exercise::Feedback;
use crate::progress::{ItemKey, ItemProgress, LessonKey, Progress};
use crate::schedule::{SchedulerConfig, Timestamp};

/// Records an answer: the item's schedule moves by the feedback's rating, its answer counts grow,
/// and today's activity counts one more exercise. `local_day` is today's day number in the
/// learner's time zone (see `Timestamp::local_day`).
pub fn record_feedback(
    progress: &mut Progress,
    key: &ItemKey,
    feedback: &Feedback,
    answer_ms: u32,
    now: Timestamp,
    local_day: i64,
    config: &SchedulerConfig,
) {
    progress.daily.record(local_day, 1);
    let Some(rating) = feedback.rating else {
        return;
    };
    progress.packs.insert(key.pack.clone());
    let item = progress
        .items
        .entry(key.clone())
        .or_insert_with(|| ItemProgress::new(now));
    let card = card_of(item).review(rating, now, config);
    apply_card(item, &card);
    item.record_answer(feedback.verdict.is_accepted(), answer_ms);
}

/// A lesson's score in percent, from its answers' verdicts.
pub fn lesson_score(right: usize, answered: usize) -> u8 {
    if answered == 0 {
        return 100;
    }
    let percent = (right.min(answered) * 100 + answered / 2) / answered;
    u8::try_from(percent).unwrap_or(100)
}

/// Marks a lesson as finished with its score.
pub fn finish_lesson(progress: &mut Progress, key: &LessonKey, score: u8, now: Timestamp) {
    progress.packs.insert(key.pack.clone());
    progress
        .lessons
        .entry(key.clone())
        .or_default()
        .complete(score, now);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Verdict;
    use crate::schedule::{DAY_SECONDS, Rating};

    fn feedback(verdict: Verdict, rating: Option<Rating>) -> Feedback {
        Feedback {
            verdict,
            rating,
            parts: vec![],
        }
    }

    #[test]
    fn a_right_answer_schedules_the_item_later_and_counts() {
        let mut progress = Progress::default();
        let key = ItemKey::new("de-a1", "arzt");
        let now = Timestamp(1_800_000_000);
        let config = SchedulerConfig::default();
        record_feedback(
            &mut progress,
            &key,
            &feedback(Verdict::Correct, Some(Rating::Good)),
            2_000,
            now,
            20_833,
            &config,
        );
        let Some(item) = progress.item("de-a1", "arzt") else {
            panic!("not recorded")
        };
        assert!(item.due.0 > now.0 + DAY_SECONDS, "due {:?}", item.due);
        assert_eq!((item.reviews, item.correct, item.attempts), (1, 1, 1));
        assert!(progress.packs.contains("de-a1"));
        assert_eq!(progress.daily.on(20_833), 1);

        let later = Timestamp(item.due.0 + 60);
        let wrong = feedback(
            Verdict::Wrong {
                expected: "der Arzt".into(),
            },
            Some(Rating::Again),
        );
        record_feedback(&mut progress, &key, &wrong, 5_000, later, 20_840, &config);
        let Some(item) = progress.item("de-a1", "arzt") else {
            panic!("not recorded")
        };
        assert_eq!(
            (item.reviews, item.lapses, item.correct, item.attempts),
            (2, 1, 1, 2)
        );
        assert!(
            item.due.0 <= later.0 + 2 * DAY_SECONDS,
            "a lapse comes back soon"
        );
    }

    #[test]
    fn reading_counts_as_activity_but_schedules_nothing() {
        let mut progress = Progress::default();
        let key = ItemKey::new("de-leben", "anmeldung");
        record_feedback(
            &mut progress,
            &key,
            &feedback(Verdict::Correct, None),
            0,
            Timestamp(0),
            1,
            &SchedulerConfig::default(),
        );
        assert!(progress.item("de-leben", "anmeldung").is_none());
        assert_eq!(progress.daily.on(1), 1);
    }

    #[test]
    fn scores_round_to_whole_percent() {
        assert_eq!(lesson_score(2, 3), 67);
        assert_eq!(lesson_score(0, 4), 0);
        assert_eq!(lesson_score(5, 5), 100);
        assert_eq!(lesson_score(0, 0), 100);
    }

    #[test]
    fn finishing_a_lesson_keeps_the_best_score() {
        let mut progress = Progress::default();
        let key = LessonKey::new("de-a1", "doctor");
        finish_lesson(&mut progress, &key, 80, Timestamp(10));
        finish_lesson(&mut progress, &key, 60, Timestamp(20));
        let Some(lesson) = progress.lesson("de-a1", "doctor") else {
            panic!("not recorded")
        };
        assert_eq!(lesson.best_score, Some(80));
        assert_eq!(lesson.completions, 2);
    }
}
