//! A progress receipt: what a learner chooses to send their teacher about one assignment.
//!
//! It holds a display name the learner types, the assignment's id, when it was made, and per
//! assigned pack (in the assignment's order): lessons done, accuracy and last activity. Nothing
//! else leaves the phone: no answers, no items, no settings, no device data. [`Receipt::contents`]
//! lists exactly what it holds, for the "this is what you will share" screen, and the learner can
//! withhold accuracy or last activity before sharing. Its text code is described in
//! `receipt_code`.

use super::assignment::{Assignment, AssignmentId, AssignmentIssue};
use super::day::utc_day;
use crate::progress::Progress;
use crate::schedule::Timestamp;

/// The longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 32;

/// One assigned pack, as the receipt reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PackReport {
    /// Lessons finished at least once.
    pub lessons_done: u16,
    /// Out of how many: the lessons the teacher named, or, when the teacher named none, the
    /// lessons of the pack the learner has opened (the receipt is made without the pack at hand).
    pub lessons_of: u16,
    /// Answers right, in whole percent rounded down, over every answer given in the pack's items;
    /// `None` when there were no answers or the learner withheld it.
    pub accuracy: Option<u8>,
    /// The UTC day number (days since 1970-01-01) the learner last worked in the pack; `None`
    /// when never, or withheld.
    pub last_activity: Option<i64>,
}

/// What a learner sends back for an assignment. Made by [`Receipt::new`] or read from a code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Receipt {
    pub(super) assignment: AssignmentId,
    pub(super) learner: String,
    pub(super) made_at: Timestamp,
    pub(super) packs: Vec<PackReport>,
}

/// One thing a receipt tells the teacher, for the "this is what you will share" screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SharedField {
    /// The name the learner typed.
    DisplayName(String),
    /// Which assignment it answers (its class and packs are known from the assignment).
    Assignment(AssignmentId),
    /// When the receipt was made, to the minute.
    MadeAt(Timestamp),
    /// For the pack at `position` in the assignment.
    LessonsDone {
        position: usize,
        done: u16,
        of: u16,
    },
    Accuracy {
        position: usize,
        percent: u8,
    },
    /// A UTC day number.
    LastActivity {
        position: usize,
        day: i64,
    },
}

/// Why a receipt cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptIssue {
    #[error("the display name is empty")]
    NameEmpty,
    #[error("the display name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("the display name holds a control character")]
    NameControlCharacter,
    /// The assignment itself is not valid (it was not read from a code).
    #[error("the assignment is not valid: {0:?}")]
    Assignment(Vec<AssignmentIssue>),
}

/// The first minute a receipt can tell: 2024-01-01 00:00 UTC. Earlier times are taken as it.
pub(super) const EPOCH: Timestamp = Timestamp(1_704_067_200);
/// How far back before the receipt a last activity can be, in days (a century); older activity
/// is reported as this old.
pub(super) const MAX_DAYS_BACK: i64 = 36_525;
/// Minutes after [`EPOCH`] a receipt can tell (26 bits: until 2151).
pub(super) const MAX_MINUTES: i64 = (1 << 26) - 1;

impl Receipt {
    /// The receipt for `assignment` from the learner's `progress`, under `name` (white space runs
    /// become one space), made at `now` (kept to the minute).
    pub fn new(
        progress: &Progress,
        assignment: &Assignment,
        name: &str,
        now: Timestamp,
    ) -> Result<Self, ReceiptIssue> {
        let learner = check_name(name)?;
        assignment.check().map_err(ReceiptIssue::Assignment)?;
        let made_at = to_minute(now);
        let packs = assignment
            .packs
            .iter()
            .map(|assigned| {
                let (lessons_done, lessons_of) =
                    lessons(progress, &assigned.pack, &assigned.lessons);
                PackReport {
                    lessons_done,
                    lessons_of,
                    accuracy: accuracy(progress, &assigned.pack),
                    last_activity: last_activity(progress, &assigned.pack).map(|time| {
                        let made_day = utc_day(made_at);
                        utc_day(time).clamp(made_day - MAX_DAYS_BACK, made_day)
                    }),
                }
            })
            .collect();
        Ok(Self {
            assignment: assignment.id(),
            learner,
            made_at,
            packs,
        })
    }

    /// Which assignment this receipt answers.
    pub fn assignment(&self) -> AssignmentId {
        self.assignment
    }

    /// The display name the learner typed.
    pub fn learner(&self) -> &str {
        &self.learner
    }

    /// When it was made, to the minute; of two receipts of a learner, the later one wins.
    pub fn made_at(&self) -> Timestamp {
        self.made_at
    }

    /// Per assigned pack, in the assignment's order.
    pub fn packs(&self) -> &[PackReport] {
        &self.packs
    }

    /// Leaves accuracy out of the receipt (the learner's choice).
    pub fn withhold_accuracy(&mut self) {
        for pack in &mut self.packs {
            pack.accuracy = None;
        }
    }

    /// Leaves last activity out of the receipt (the learner's choice).
    pub fn withhold_last_activity(&mut self) {
        for pack in &mut self.packs {
            pack.last_activity = None;
        }
    }

    /// Everything the receipt tells, in order: name, assignment, time, then per pack lessons done,
    /// accuracy and last activity (those two only when present).
    pub fn contents(&self) -> Vec<SharedField> {
        let mut fields = vec![
            SharedField::DisplayName(self.learner.clone()),
            SharedField::Assignment(self.assignment),
            SharedField::MadeAt(self.made_at),
        ];
        for (position, pack) in self.packs.iter().enumerate() {
            fields.push(SharedField::LessonsDone {
                position,
                done: pack.lessons_done,
                of: pack.lessons_of,
            });
            if let Some(percent) = pack.accuracy {
                fields.push(SharedField::Accuracy { position, percent });
            }
            if let Some(day) = pack.last_activity {
                fields.push(SharedField::LastActivity { position, day });
            }
        }
        fields
    }

    /// Whether this receipt and `other` are from the same learner for the same assignment: same
    /// assignment, and the same display name ignoring case.
    pub fn same_learner(&self, other: &Receipt) -> bool {
        self.assignment == other.assignment && name_key(&self.learner) == name_key(&other.learner)
    }
}

/// The name as compared: case folded.
pub(super) fn name_key(name: &str) -> String {
    name.to_lowercase()
}

/// The name as kept: white space runs made one space, no space around it; or why not.
pub(super) fn check_name(name: &str) -> Result<String, ReceiptIssue> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(ReceiptIssue::NameEmpty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ReceiptIssue::NameTooLong {
            max: MAX_NAME_CHARS,
        });
    }
    if name.chars().any(char::is_control) {
        return Err(ReceiptIssue::NameControlCharacter);
    }
    Ok(name)
}

/// `time` to the minute, within what a receipt can tell.
pub(super) fn to_minute(time: Timestamp) -> Timestamp {
    let minutes = (time.0.saturating_sub(EPOCH.0) / 60).clamp(0, MAX_MINUTES);
    Timestamp(EPOCH.0 + minutes * 60)
}

fn lessons(progress: &Progress, pack: &str, named: &[String]) -> (u16, u16) {
    let (done, of) = if named.is_empty() {
        progress
            .lessons
            .iter()
            .filter(|(key, _)| key.pack == pack)
            .fold((0usize, 0usize), |(done, of), (_, lesson)| {
                (done + usize::from(lesson.completions > 0), of + 1)
            })
    } else {
        let done = named
            .iter()
            .filter(|lesson| {
                progress
                    .lesson(pack, lesson)
                    .is_some_and(|lesson| lesson.completions > 0)
            })
            .count();
        (done, named.len())
    };
    let clamp = |count: usize| u16::try_from(count).unwrap_or(u16::MAX);
    (clamp(done), clamp(of))
}

fn accuracy(progress: &Progress, pack: &str) -> Option<u8> {
    let (correct, attempts) =
        progress
            .items_of(pack)
            .fold((0u64, 0u64), |(correct, attempts), (_, item)| {
                (
                    correct + u64::from(item.correct.min(item.attempts)),
                    attempts + u64::from(item.attempts),
                )
            });
    (attempts > 0).then(|| u8::try_from(correct * 100 / attempts).unwrap_or(100))
}

fn last_activity(progress: &Progress, pack: &str) -> Option<Timestamp> {
    let lessons = progress
        .lessons
        .iter()
        .filter(|(key, _)| key.pack == pack)
        .flat_map(|(_, lesson)| [lesson.last_opened, lesson.last_completed]);
    let items = progress.items_of(pack).map(|(_, item)| item.last_review);
    lessons.chain(items).flatten().max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::AssignedPack;
    use crate::progress::{ItemKey, ItemProgress, LessonKey, LessonProgress};
    use crate::schedule::DAY_SECONDS;

    const NOW: Timestamp = Timestamp(1_772_323_230); // 2026-03-01 00:00:30 UTC

    fn assignment() -> Assignment {
        Assignment {
            class_name: "German A1".into(),
            due: None,
            message: String::new(),
            packs: vec![
                AssignedPack::lessons("de-a1", ["l1", "l2", "l3"]),
                AssignedPack::whole("de-civics"),
                AssignedPack::whole("untouched"),
            ],
            catalog: None,
        }
    }

    fn progress() -> Progress {
        let mut progress = Progress::default();
        let lesson = |completions: u32, opened: i64| LessonProgress {
            completions,
            last_opened: Some(Timestamp(opened)),
            ..LessonProgress::default()
        };
        let day = |n: i64| NOW.0 - n * DAY_SECONDS;
        for (pack, id, done, opened) in [
            ("de-a1", "l1", 2, day(3)),
            ("de-a1", "l2", 0, day(1)),
            ("de-a1", "other", 1, day(0)),
            ("de-civics", "c1", 1, day(10)),
            ("de-civics", "c2", 0, day(12)),
            ("de-civics", "c3", 0, day(11)),
        ] {
            progress
                .lessons
                .insert(LessonKey::new(pack, id), lesson(done, opened));
        }
        for (pack, item, correct, attempts) in [
            ("de-a1", "a", 3, 4),
            ("de-a1", "b", 0, 2),
            ("de-civics", "q", 0, 0),
        ] {
            let mut record = ItemProgress::new(Timestamp(0));
            record.correct = correct;
            record.attempts = attempts;
            progress.items.insert(ItemKey::new(pack, item), record);
        }
        progress
    }

    #[test]
    fn a_receipt_reports_each_assigned_pack() {
        let receipt = Receipt::new(&progress(), &assignment(), "  Amina   K. ", NOW)
            .unwrap_or_else(|issue| panic!("{issue}"));
        assert_eq!(receipt.learner(), "Amina K.");
        assert_eq!(receipt.assignment(), assignment().id());
        assert_eq!(receipt.made_at(), Timestamp(1_772_323_200));
        let today = utc_day(NOW);
        assert_eq!(
            receipt.packs(),
            [
                // Two of the three named lessons opened, one done; the pack's last activity counts
                // a lesson that was not named.
                PackReport {
                    lessons_done: 1,
                    lessons_of: 3,
                    accuracy: Some(50),
                    last_activity: Some(today),
                },
                // No lessons named: of the three opened.
                PackReport {
                    lessons_done: 1,
                    lessons_of: 3,
                    accuracy: None,
                    last_activity: Some(today - 10),
                },
                PackReport {
                    lessons_done: 0,
                    lessons_of: 0,
                    accuracy: None,
                    last_activity: None,
                },
            ]
        );
    }

    #[test]
    fn the_receipt_lists_what_it_shares() {
        let mut receipt = Receipt::new(&progress(), &assignment(), "Amina", NOW)
            .unwrap_or_else(|issue| panic!("{issue}"));
        let today = utc_day(NOW);
        let id = assignment().id();
        assert_eq!(
            receipt.contents(),
            vec![
                SharedField::DisplayName("Amina".into()),
                SharedField::Assignment(id),
                SharedField::MadeAt(Timestamp(1_772_323_200)),
                SharedField::LessonsDone {
                    position: 0,
                    done: 1,
                    of: 3
                },
                SharedField::Accuracy {
                    position: 0,
                    percent: 50
                },
                SharedField::LastActivity {
                    position: 0,
                    day: today
                },
                SharedField::LessonsDone {
                    position: 1,
                    done: 1,
                    of: 3
                },
                SharedField::LastActivity {
                    position: 1,
                    day: today - 10
                },
                SharedField::LessonsDone {
                    position: 2,
                    done: 0,
                    of: 0
                },
            ]
        );
        receipt.withhold_accuracy();
        receipt.withhold_last_activity();
        assert!(receipt.contents().iter().all(|field| !matches!(
            field,
            SharedField::Accuracy { .. } | SharedField::LastActivity { .. }
        )));
    }

    #[test]
    fn accuracy_is_rounded_down() {
        let mut progress = Progress::default();
        let mut record = ItemProgress::new(Timestamp(0));
        record.correct = 2;
        record.attempts = 3;
        progress
            .items
            .insert(ItemKey::new("de-civics", "q"), record);
        let receipt = Receipt::new(&progress, &assignment(), "A", NOW)
            .unwrap_or_else(|issue| panic!("{issue}"));
        assert_eq!(receipt.packs()[1].accuracy, Some(66));
    }

    #[test]
    fn activity_in_the_future_counts_as_now() {
        let mut progress = Progress::default();
        let mut lesson = LessonProgress::default();
        lesson.reached(1, Timestamp(NOW.0 + 5 * DAY_SECONDS));
        progress
            .lessons
            .insert(LessonKey::new("de-civics", "c1"), lesson);
        let receipt = Receipt::new(&progress, &assignment(), "A", NOW)
            .unwrap_or_else(|issue| panic!("{issue}"));
        assert_eq!(receipt.packs()[1].last_activity, Some(utc_day(NOW)));
    }

    #[test]
    fn names_and_assignments_are_checked() {
        let cases = [
            ("", Err(ReceiptIssue::NameEmpty)),
            ("  \n ", Err(ReceiptIssue::NameEmpty)),
            ("a\u{0}b", Err(ReceiptIssue::NameControlCharacter)),
            (
                &"x".repeat(MAX_NAME_CHARS + 1),
                Err(ReceiptIssue::NameTooLong {
                    max: MAX_NAME_CHARS,
                }),
            ),
            (&"م".repeat(MAX_NAME_CHARS), Ok("م".repeat(MAX_NAME_CHARS))),
            ("Li\tWei", Ok("Li Wei".to_owned())),
        ];
        for (name, expected) in cases {
            assert_eq!(check_name(name), expected, "{name:?}");
        }
        let mut bad = assignment();
        bad.packs.clear();
        assert_eq!(
            Receipt::new(&progress(), &bad, "A", NOW),
            Err(ReceiptIssue::Assignment(vec![AssignmentIssue::NoPacks]))
        );
    }

    #[test]
    fn times_are_kept_to_the_minute_within_range() {
        assert_eq!(to_minute(Timestamp(0)), EPOCH);
        assert_eq!(to_minute(Timestamp(EPOCH.0 + 119)), Timestamp(EPOCH.0 + 60));
        assert_eq!(
            to_minute(Timestamp(i64::MAX)),
            Timestamp(EPOCH.0 + MAX_MINUTES * 60)
        );
    }

    #[test]
    fn the_same_learner_ignores_case() {
        let a = Receipt::new(&progress(), &assignment(), "Amina", NOW);
        let b = Receipt::new(&Progress::default(), &assignment(), "AMINA", NOW);
        let c = Receipt::new(&progress(), &assignment(), "Amira", NOW);
        let (Ok(a), Ok(b), Ok(c)) = (a, b, c) else {
            panic!("receipts");
        };
        assert!(a.same_learner(&b));
        assert!(!a.same_learner(&c));
    }
}
