//! Every stored version loads into the progress it holds: one fixture per version, in
//! `crates/core/tests/fixtures/progress/`. A new version adds a fixture and a row here; old rows
//! never change.

use super::support::ok;
use crate::classroom::{AssignedPack, Assignment};
use crate::pack::Date;
use crate::progress::{
    AcceptedAssignment, CURRENT_VERSION, DailyActivity, ItemKey, ItemProgress, LearnerSettings,
    LessonKey, LessonProgress, Progress, decode,
};
use crate::schedule::{MemoryState, Timestamp};

const V1: &str = include_str!("../../../tests/fixtures/progress/v1.json");
const V2: &str = include_str!("../../../tests/fixtures/progress/v2.json");
const V3: &str = include_str!("../../../tests/fixtures/progress/v3.json");

fn memory(stability: f32, difficulty: f32) -> Option<MemoryState> {
    Some(MemoryState {
        stability,
        difficulty,
    })
}

fn reviewed(
    memory: Option<MemoryState>,
    due: i64,
    last: i64,
    reviews: u32,
    lapses: u32,
) -> ItemProgress {
    ItemProgress {
        memory,
        due: Timestamp(due),
        last_review: Some(Timestamp(last)),
        reviews,
        lapses,
        ..ItemProgress::new(Timestamp(due))
    }
}

/// Version 1: a flat list of reviewed items, one duplicated (the later review is kept).
fn expected_v1() -> Progress {
    let mut progress = Progress {
        settings: LearnerSettings {
            language: Some("fa-AF".to_owned()),
            audio: false,
            receipt_name: None,
        },
        packs: ["de-a1", "us-civics"].map(str::to_owned).into(),
        ..Progress::default()
    };
    let items = [
        (
            "de-a1",
            "w-hallo",
            reviewed(memory(3.2, 5.1), 1_700_086_400, 1_699_913_600, 3, 1),
        ),
        (
            "de-a1",
            "w-danke",
            reviewed(memory(10.5, 4.25), 1_700_172_800, 1_699_990_000, 5, 0),
        ),
        (
            "us-civics",
            "q-001",
            ItemProgress {
                memory: memory(0.5, 8.0),
                reviews: 1,
                ..ItemProgress::new(Timestamp(1_700_000_000))
            },
        ),
    ];
    for (pack, id, item) in items {
        progress.items.insert(ItemKey::new(pack, id), item);
    }
    progress
}

fn expected_v2() -> Progress {
    let mut progress = Progress {
        settings: LearnerSettings {
            language: Some("ar".to_owned()),
            audio: true,
            receipt_name: None,
        },
        packs: ["de-a1", "us-civics"].map(str::to_owned).into(),
        daily: DailyActivity::from_days(15, [(19_796, 15), (19_797, 22), (19_798, 4)]),
        ..Progress::default()
    };
    let items = [
        (
            "de-a1",
            "w-hallo",
            ItemProgress {
                correct: 9,
                attempts: 11,
                last_answer_ms: Some(2_300),
                ..reviewed(memory(12.75, 4.5), 1_710_086_400, 1_709_913_600, 6, 1)
            },
        ),
        (
            "de-a1",
            "w-removed-in-1.1",
            ItemProgress {
                correct: 2,
                attempts: 2,
                ..reviewed(memory(2.5, 6.0), 1_705_000_000, 1_704_900_000, 2, 0)
            },
        ),
        (
            "de-a1",
            "p-wie-geht-es",
            ItemProgress {
                correct: 1,
                attempts: 2,
                last_answer_ms: Some(5_100),
                ..ItemProgress::new(Timestamp(1_710_000_000))
            },
        ),
        (
            "us-civics",
            "q-001",
            ItemProgress {
                correct: 4,
                attempts: 4,
                ..reviewed(memory(30.0, 3.0), 1_710_500_000, 1_709_990_000, 4, 0)
            },
        ),
    ];
    for (pack, id, item) in items {
        progress.items.insert(ItemKey::new(pack, id), item);
    }
    progress.lessons.insert(
        LessonKey::new("de-a1", "greetings"),
        LessonProgress {
            completions: 2,
            last_completed: Some(Timestamp(1_709_913_600)),
            best_score: Some(95),
            position: 0,
            last_opened: Some(Timestamp(1_709_913_600)),
        },
    );
    progress.lessons.insert(
        LessonKey::new("de-a1", "at-the-doctor"),
        LessonProgress {
            position: 7,
            last_opened: Some(Timestamp(1_709_990_000)),
            ..LessonProgress::default()
        },
    );
    progress
}

/// Version 3: an accepted assignment and the last receipt name.
fn expected_v3() -> Progress {
    let mut progress = Progress {
        settings: LearnerSettings {
            language: Some("uk".to_owned()),
            audio: true,
            receipt_name: Some("Olena".to_owned()),
        },
        packs: ["de-a1", "us-civics"].map(str::to_owned).into(),
        daily: DailyActivity::from_days(10, [(19_798, 4)]),
        ..Progress::default()
    };
    progress.items.insert(
        ItemKey::new("de-a1", "w-hallo"),
        ItemProgress {
            correct: 9,
            attempts: 11,
            last_answer_ms: Some(2_300),
            ..reviewed(memory(12.75, 4.5), 1_711_086_400, 1_710_913_600, 6, 1)
        },
    );
    progress.lessons.insert(
        LessonKey::new("de-a1", "greetings"),
        LessonProgress {
            completions: 1,
            last_completed: Some(Timestamp(1_710_913_600)),
            best_score: Some(80),
            position: 0,
            last_opened: Some(Timestamp(1_710_913_600)),
        },
    );
    let assignment = Assignment {
        class_name: "German A1 Tuesday".to_owned(),
        due: Date::new(2024, 3, 15),
        message: "Lessons 1 and 2, please.".to_owned(),
        packs: vec![
            AssignedPack::lessons("de-a1", ["greetings"]),
            AssignedPack::whole("us-civics"),
        ],
        catalog: None,
    };
    progress.assignments.insert(
        assignment.id(),
        AcceptedAssignment {
            code: ok(assignment.to_code()),
            accepted_at: Timestamp(1_710_900_000),
        },
    );
    progress
}

#[test]
fn every_version_loads_into_the_expected_progress() {
    let cases: [(&str, &str, u32, u64, i64, Progress); 3] = [
        ("v1.json", V1, 1, 0, 1_700_000_000, expected_v1()),
        ("v2.json", V2, 2, 41, 1_710_000_000, expected_v2()),
        ("v3.json", V3, 3, 12, 1_711_000_000, expected_v3()),
    ];
    assert_eq!(
        cases.len(),
        CURRENT_VERSION as usize,
        "one fixture per version"
    );
    for (name, text, version, generation, saved_at, expected) in cases {
        let decoded = decode(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(decoded.version, version, "{name}");
        assert_eq!(decoded.generation, generation, "{name}");
        assert_eq!(decoded.saved_at, Timestamp(saved_at), "{name}");
        assert_eq!(decoded.progress, expected, "{name}");
    }
}

#[test]
fn a_migrated_document_is_written_back_in_the_current_version() {
    for old in [V1, V2] {
        let progress = ok(decode(old)).progress;
        let again = ok(decode(&crate::progress::encode(&progress, 1, Timestamp(0))));
        assert_eq!(again.version, CURRENT_VERSION);
        assert_eq!(again.progress, progress);
    }
}

#[test]
fn the_accepted_assignment_of_version_3_reads_back() {
    let progress = ok(decode(V3)).progress;
    let accepted = progress.accepted_assignments();
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0].class_name, "German A1 Tuesday");
    assert_eq!(accepted[0].id().to_string(), "T7NHH5");
}
