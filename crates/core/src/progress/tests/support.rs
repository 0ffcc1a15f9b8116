//! Sample progress and generators of random progress, shared by the tests.

use proptest::prelude::*;

use crate::classroom::{AssignedPack, Assignment};
use crate::progress::{
    AcceptedAssignment, DailyActivity, ItemKey, ItemProgress, LearnerSettings, LessonKey,
    LessonProgress, Progress,
};
use crate::schedule::{MemoryState, Timestamp};

/// A small progress with something in every part.
pub fn sample() -> Progress {
    let mut progress = Progress {
        settings: LearnerSettings {
            language: Some("ar".to_owned()),
            audio: false,
            receipt_name: Some("Amina K.".to_owned()),
        },
        daily: DailyActivity::from_days(15, [(19_800, 12), (19_801, 20)]),
        ..Progress::default()
    };
    ok(progress.accept_assignment(&class("German A1"), Timestamp(1_709_800_000)));
    progress.packs.insert("de-a1".to_owned());
    progress.items.insert(
        ItemKey::new("de-a1", "w-hallo"),
        ItemProgress {
            memory: Some(MemoryState {
                stability: 3.2,
                difficulty: 5.1,
            }),
            due: Timestamp(1_710_000_000),
            last_review: Some(Timestamp(1_709_900_000)),
            reviews: 3,
            lapses: 1,
            correct: 4,
            attempts: 5,
            last_answer_ms: Some(2_300),
        },
    );
    progress.items.insert(
        ItemKey::new("de-a1", "w-tschuess"),
        ItemProgress::new(Timestamp(1_709_900_000)),
    );
    progress.lessons.insert(
        LessonKey::new("de-a1", "greetings"),
        LessonProgress {
            completions: 1,
            last_completed: Some(Timestamp(1_709_900_000)),
            best_score: Some(90),
            position: 2,
            last_opened: Some(Timestamp(1_709_950_000)),
        },
    );
    progress
}

/// A small assignment of this site's packs for the class `name`.
pub fn class(name: &str) -> Assignment {
    Assignment {
        class_name: name.to_owned(),
        due: None,
        message: String::new(),
        packs: vec![AssignedPack::lessons("de-a1", ["greetings"])],
        catalog: None,
    }
}

/// Accepted assignments over a few classes, accepted at a few times, so that two phones share some.
fn assignments() -> impl Strategy<Value = Vec<(String, i64)>> {
    proptest::collection::vec(
        (
            prop_oneof![Just("A"), Just("B"), Just("C")].prop_map(str::to_owned),
            0i64..3,
        ),
        0..3,
    )
}

/// Unwraps in tests, where the workspace forbids `unwrap`.
pub fn ok<T, E: std::fmt::Debug>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|error| panic!("unexpected error: {error:?}"))
}

fn memory() -> impl Strategy<Value = Option<MemoryState>> {
    proptest::option::of(
        (0.001f32..36_500.0, 1.0f32..10.0).prop_map(|(stability, difficulty)| MemoryState {
            stability,
            difficulty,
        }),
    )
}

fn item() -> impl Strategy<Value = ItemProgress> {
    (
        memory(),
        0i64..2_000_000_000,
        proptest::option::of(0i64..4),
        0u32..4,
        0u32..3,
        (0u32..20, 0u32..20),
        proptest::option::of(0u32..60_000),
    )
        .prop_map(
            |(memory, due, last, reviews, lapses, (correct, attempts), last_answer_ms)| {
                ItemProgress {
                    memory,
                    due: Timestamp(due),
                    // Few distinct values, so that ties between two phones' records happen.
                    last_review: last.map(|l| Timestamp(1_700_000_000 + l)),
                    reviews,
                    lapses,
                    correct,
                    attempts,
                    last_answer_ms,
                }
            },
        )
}

fn lesson() -> impl Strategy<Value = LessonProgress> {
    (
        0u32..5,
        proptest::option::of(0i64..4),
        proptest::option::of(0u8..=100),
        0u32..10,
        proptest::option::of(0i64..4),
    )
        .prop_map(
            |(completions, completed, best_score, position, opened)| LessonProgress {
                completions,
                last_completed: completed.map(Timestamp),
                best_score,
                position,
                last_opened: opened.map(Timestamp),
            },
        )
}

/// Random progress over a few packs and ids, so that two of them share keys.
pub fn progress() -> impl Strategy<Value = Progress> {
    let pack = prop_oneof![Just("de-a1"), Just("us-civics"), Just("ar \"β\"\n")];
    let id = "[a-c]{1,2}";
    (
        proptest::option::of("[a-z]{2}"),
        any::<bool>(),
        proptest::collection::btree_set(pack.clone().prop_map(str::to_owned), 0..3),
        proptest::collection::btree_map((pack.clone(), id), item(), 0..12),
        proptest::collection::btree_map((pack, id), lesson(), 0..6),
        (
            0u32..30,
            proptest::collection::btree_map(19_000i64..19_900, 1u32..50, 0..20),
        ),
        (proptest::option::of("[A-Z][a-z]{0,5}"), assignments()),
    )
        .prop_map(
            |(language, audio, packs, items, lessons, (goal, days), (receipt_name, accepted))| {
                Progress {
                    settings: LearnerSettings {
                        language,
                        audio,
                        receipt_name,
                    },
                    packs,
                    items: items
                        .into_iter()
                        .map(|((pack, id), item)| (ItemKey::new(pack, id), item))
                        .collect(),
                    lessons: lessons
                        .into_iter()
                        .map(|((pack, id), lesson)| (LessonKey::new(pack, id), lesson))
                        .collect(),
                    daily: DailyActivity::from_days(goal, days),
                    assignments: accepted
                        .into_iter()
                        .map(|(name, at)| {
                            let assignment = class(&name);
                            let kept = AcceptedAssignment {
                                code: ok(assignment.to_code()),
                                accepted_at: Timestamp(1_700_000_000 + at),
                            };
                            (assignment.id(), kept)
                        })
                        .collect(),
                }
            },
        )
}
