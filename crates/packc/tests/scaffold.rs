//! `packc new`: the example pack it writes passes `packc check` and shows every item type and
//! question type; a bad id or an existing folder is refused.

use std::collections::BTreeSet;

use passage_core::pack::{Answer, Date, Item, ValidationContext};
use passage_packc::scaffold::{ScaffoldError, scaffold};

fn day() -> Date {
    Date::new(2026, 11, 24).unwrap_or_else(|| panic!("a valid date"))
}

#[test]
fn the_scaffolded_pack_passes_check_and_shows_every_type() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    let folder = scaffold(dir.path(), "my-pack", day()).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(folder, dir.path().join("my-pack"));
    let context = ValidationContext {
        today: Date::new(2026, 11, 24),
    };
    let report = passage_packc::check(dir.path(), &context)
        .unwrap_or_else(|problems| panic!("{problems:#?}"));
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings.len(),
        1,
        "only the no-recordings warning is expected: {warnings:?}"
    );
    assert!(warnings[0].contains("have no recording"), "{warnings:?}");

    let [source] = report.packs.as_slice() else {
        panic!("one pack expected")
    };
    let pack = &source.pack;
    assert_eq!(pack.meta.id, "my-pack");
    assert_eq!(pack.meta.reviewed, day());
    let mut item_kinds = BTreeSet::new();
    let mut question_kinds = BTreeSet::new();
    for (_, item) in pack.items() {
        item_kinds.insert(item.kind());
        match item {
            Item::Question(question) => {
                question_kinds.insert(question.answer.kind());
            }
            Item::Dialogue(dialogue) => {
                assert!(
                    dialogue.lines.iter().any(|line| !line.wrong.is_empty()),
                    "a learner turn with `wrong` replies"
                );
            }
            Item::Reading(reading) => {
                assert!(!reading.sources.is_empty(), "the reading has sources");
                let languages: Vec<&str> = reading.body.keys().map(String::as_str).collect();
                assert_eq!(languages, ["ar", "de", "en"], "passage and translations");
            }
            Item::Word(_) | Item::Phrase(_) => {}
        }
    }
    assert_eq!(
        item_kinds,
        BTreeSet::from(["word", "phrase", "dialogue", "reading", "question"])
    );
    assert_eq!(
        question_kinds,
        BTreeSet::from([
            "single",
            "multiple",
            "true-false",
            "typed",
            "ordering",
            "matching",
            "cloze"
        ])
    );
    assert!(
        pack.item("termin").is_some(),
        "words from words.csv are read"
    );
    assert!(pack.items().any(|(_, item)| matches!(
        item,
        Item::Question(q) if matches!(&q.answer, Answer::Cloze { distractors, .. } if !distractors.is_empty())
    )));
}

#[test]
fn an_invalid_id_is_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    for id in [
        "My Pack",
        "",
        "-x",
        "x-",
        "über",
        "a/b",
        "..",
        &"a".repeat(65),
    ] {
        assert_eq!(
            scaffold(dir.path(), id, day()),
            Err(ScaffoldError::InvalidId { id: id.to_owned() }),
            "{id:?}"
        );
    }
    let entries = std::fs::read_dir(dir.path())
        .map(Iterator::count)
        .unwrap_or(1);
    assert_eq!(entries, 0, "nothing is written");
}

#[test]
fn an_existing_folder_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    let folder = dir.path().join("taken");
    std::fs::create_dir(&folder).unwrap_or_else(|error| panic!("{error}"));
    std::fs::write(folder.join("pack.toml"), "mine").unwrap_or_else(|error| panic!("{error}"));
    let result = scaffold(dir.path(), "taken", day());
    assert_eq!(
        result,
        Err(ScaffoldError::Exists {
            path: folder.clone()
        })
    );
    let message = result
        .err()
        .map(|error| error.to_string())
        .unwrap_or_default();
    assert!(message.contains("already exists"), "{message}");
    assert_eq!(
        std::fs::read_to_string(folder.join("pack.toml")).unwrap_or_default(),
        "mine"
    );
}
