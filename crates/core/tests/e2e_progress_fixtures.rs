//! The progress files the browser tests import (`tests/e2e/fixtures/`), as two phones would have
//! exported them. They are exactly `export` of the progress built here: if the format changes,
//! regenerate them with `PASSAGE_WRITE_FIXTURES=1 cargo test -p passage-core --test e2e_progress_fixtures`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use passage_core::progress::{
    ItemKey, ItemProgress, LessonKey, LessonProgress, Progress, export, import,
};
use passage_core::schedule::Timestamp;

fn phone(items: &[(&str, &str)], lesson: (&str, &str), at: i64) -> Progress {
    let mut progress = Progress::default();
    for (pack, item) in items {
        progress.packs.insert((*pack).to_owned());
        let mut record = ItemProgress::new(Timestamp(at));
        record.record_answer(true, 2_000);
        progress.items.insert(ItemKey::new(*pack, *item), record);
    }
    let mut done = LessonProgress::default();
    done.complete(90, Timestamp(at));
    progress
        .lessons
        .insert(LessonKey::new(lesson.0, lesson.1), done);
    progress
}

fn fixtures() -> Vec<(&'static str, Progress, i64)> {
    vec![
        (
            "phone-a.json",
            phone(
                &[("de-a1", "w-hallo"), ("de-a1", "w-danke")],
                ("de-a1", "greetings"),
                1_760_000_000,
            ),
            1_760_000_100,
        ),
        (
            "phone-b.json",
            phone(
                &[
                    ("de-a1", "w-tschuess"),
                    ("us-civics", "q1"),
                    ("us-civics", "q2"),
                ],
                ("us-civics", "government"),
                1_760_100_000,
            ),
            1_760_100_100,
        ),
    ]
}

#[test]
fn the_browser_tests_import_what_export_writes() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures");
    for (name, progress, now) in fixtures() {
        let text = export(&progress, Timestamp(now));
        let path = folder.join(name);
        if std::env::var_os("PASSAGE_WRITE_FIXTURES").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let stored = std::fs::read_to_string(&path).unwrap();
        assert_eq!(stored, text, "{name} is out of date: see this file's notes");
        assert_eq!(import(&stored).unwrap(), progress);
    }
}

/// `newer-version.json` is what a future Passage (format version 4) might store: its checksum is
/// right, so this version must see it as newer, not as damaged.
#[test]
fn the_newer_version_fixture_is_newer_not_damaged() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/e2e/fixtures/newer-version.json");
    let text = std::fs::read_to_string(path).expect("fixture");
    assert_eq!(
        passage_core::progress::decode(&text),
        Err(passage_core::progress::DecodeError::NewerVersion {
            found: 4,
            supported: 3
        })
    );
}
