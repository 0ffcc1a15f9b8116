//! The class overview: import rules, classes from receipts, sorting, CSV.

use super::*;
use crate::classroom::{AssignedPack, PackReport};

const DAY: i64 = 20_513; // 2026-03-01
const T0: Timestamp = Timestamp(DAY * DAY_SECONDS + 9 * 3600); // 09:00 UTC

fn assignment() -> Assignment {
    Assignment {
        class_name: "German A1".into(),
        due: None,
        message: String::new(),
        packs: vec![
            AssignedPack::whole("de-a1"),
            AssignedPack::lessons("de-civics", ["vote"]),
        ],
        catalog: None,
    }
}

fn pack(done: u16, accuracy: Option<u8>, last: Option<i64>) -> PackReport {
    PackReport {
        lessons_done: done,
        lessons_of: 10,
        accuracy,
        last_activity: last,
    }
}

fn receipt(name: &str, minutes: i64, packs: Vec<PackReport>) -> Receipt {
    Receipt {
        assignment: assignment().id(),
        learner: name.into(),
        made_at: Timestamp(T0.0 + minutes * 60),
        packs,
    }
}

fn simple(name: &str, minutes: i64, done: u16) -> Receipt {
    receipt(
        name,
        minutes,
        vec![pack(done, None, None), pack(0, None, None)],
    )
}

fn roster() -> Roster {
    let mut roster = Roster::new();
    assert_eq!(roster.add_class(assignment()), ClassAdded::Added);
    roster
}

#[test]
fn newer_receipts_replace_older_ones_never_the_reverse() {
    let class = assignment().id();
    let mut roster = roster();
    let steps = [
        (simple("Amina", 10, 1), ImportOutcome::Added { class }),
        (simple("Li Wei", 5, 4), ImportOutcome::Added { class }),
        (
            simple("amina", 20, 2),
            ImportOutcome::Updated {
                class,
                previous: Timestamp(T0.0 + 600),
            },
        ),
        (
            simple("AMINA", 15, 9),
            ImportOutcome::OlderIgnored {
                class,
                kept: Timestamp(T0.0 + 1200),
            },
        ),
        (
            simple("amina", 20, 2),
            ImportOutcome::AlreadyThere { class },
        ),
        (
            simple("Li Wei", 5, 5),
            ImportOutcome::Updated {
                class,
                previous: Timestamp(T0.0 + 300),
            },
        ),
    ];
    for (index, (receipt, expected)) in steps.into_iter().enumerate() {
        assert_eq!(roster.import(receipt), expected, "step {index}");
    }
    let rows = roster.class(class).map(Class::receipts).unwrap_or_default();
    let summary: Vec<(&str, u16)> = rows
        .iter()
        .map(|r| (r.learner(), r.packs()[0].lessons_done))
        .collect();
    assert_eq!(summary, [("amina", 2), ("Li Wei", 5)]);
}

#[test]
fn the_order_of_imports_does_not_matter() {
    let receipts = [simple("A", 1, 1), simple("a", 3, 3), simple("A", 2, 2)];
    let orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [1, 2, 0]];
    for order in orders {
        let mut roster = roster();
        for index in order {
            roster.import(receipts[index].clone());
        }
        let rows = roster
            .class(assignment().id())
            .map(Class::receipts)
            .unwrap_or_default();
        assert_eq!(rows, [receipts[1].clone()], "order {order:?}");
    }
}

#[test]
fn a_receipt_for_an_unknown_class_can_create_it() {
    let mut roster = Roster::new();
    let receipt = simple("Amina", 0, 3);
    let outcome = roster.import(receipt.clone());
    assert_eq!(
        outcome,
        ImportOutcome::UnknownClass {
            receipt: receipt.clone()
        }
    );
    assert!(roster.classes().is_empty());
    assert_eq!(
        roster.add_class_from_receipt(receipt.clone(), " "),
        Err(AssignmentIssue::ClassNameEmpty)
    );
    let id = assignment().id();
    assert_eq!(
        roster.add_class_from_receipt(receipt, " Tuesday "),
        Ok(ImportOutcome::Added { class: id })
    );
    let class = roster.class(id).unwrap_or_else(|| panic!("the class"));
    assert_eq!(
        (class.name(), class.pack_count(), class.pack_id(0)),
        ("Tuesday", 2, None)
    );
    // The assignment arrives later: the packs get their names, the teacher's name stays.
    assert_eq!(roster.add_class(assignment()), ClassAdded::Completed);
    assert_eq!(roster.add_class(assignment()), ClassAdded::AlreadyThere);
    let mut invalid = assignment();
    invalid.packs.clear();
    assert_eq!(
        roster.add_class(invalid),
        ClassAdded::Invalid(vec![AssignmentIssue::NoPacks])
    );
    let class = roster.class(id).unwrap_or_else(|| panic!("the class"));
    assert_eq!(
        (class.name(), class.pack_id(1)),
        ("Tuesday", Some("de-civics"))
    );
    assert_eq!(class.receipts().len(), 1);
}

#[test]
fn receipts_of_another_shape_do_not_fit() {
    let mut roster = roster();
    let odd = receipt("Amina", 0, vec![pack(1, None, None)]);
    assert_eq!(
        roster.import(odd.clone()),
        ImportOutcome::DoesNotFit {
            class: assignment().id(),
            packs: 2,
            found: 1,
        }
    );
    let mut other = Roster::new();
    assert!(other.add_class_from_receipt(odd, "X").is_ok());
    assert_eq!(other.add_class(assignment()), ClassAdded::DoesNotFit);
}

#[test]
fn classes_and_learners_can_be_renamed_and_removed() {
    let id = assignment().id();
    let mut roster = roster();
    roster.import(simple("Amina", 0, 1));
    roster.import(simple("Li", 0, 1));
    assert_eq!(roster.rename_class(id, "B1"), Ok(()));
    assert_eq!(
        roster.rename_class(id, &"x".repeat(MAX_CLASS_NAME_CHARS + 1)),
        Err(AssignmentIssue::TooLong {
            field: AssignmentField::ClassName,
            max: MAX_CLASS_NAME_CHARS
        })
    );
    assert!(roster.remove_learner(id, "AMINA"));
    assert!(!roster.remove_learner(id, "AMINA"));
    let class = roster.class(id).unwrap_or_else(|| panic!("the class"));
    assert_eq!((class.name(), class.receipts().len()), ("B1", 1));
    assert!(roster.remove_class(id).is_some());
    assert!(roster.classes().is_empty());
}

#[test]
fn pasted_text_imports_every_code_in_it() {
    let mut roster = roster();
    let class = assignment().id();
    let a = simple("Amina", 0, 1).to_code();
    let b = simple("Li", 0, 1).to_code();
    let text = format!("Amina: {a}\nLi: {b}\nLi again: {b}");
    assert_eq!(
        roster.import_text(&text),
        vec![
            Ok(ImportOutcome::Added { class }),
            Ok(ImportOutcome::Added { class }),
            Ok(ImportOutcome::AlreadyThere { class }),
        ]
    );
    assert_eq!(
        roster.import_text("hello"),
        vec![Err(ReceiptError::NotFound)]
    );
    let bare = a.trim_start_matches("PSG-").to_owned();
    assert_eq!(
        roster.import_text(&bare),
        vec![Ok(ImportOutcome::AlreadyThere { class })]
    );
}

fn sortable() -> Roster {
    let mut roster = roster();
    for (name, minutes, done, accuracy, last) in [
        ("bea", 3, 2, Some(90), Some(DAY - 1)),
        ("Amina", 1, 5, None, Some(DAY - 3)),
        ("Carl", 2, 2, Some(40), None),
        ("dana", 4, 0, Some(90), Some(DAY)),
    ] {
        roster.import(receipt(
            name,
            minutes,
            vec![pack(done, accuracy, last), pack(0, None, None)],
        ));
    }
    roster
}

#[test]
fn rows_sort_by_any_column_with_missing_values_last() {
    use SortKey::*;
    use SortOrder::*;
    let roster = sortable();
    let class = roster
        .class(assignment().id())
        .unwrap_or_else(|| panic!("the class"));
    let cases = [
        (Name, Ascending, ["Amina", "bea", "Carl", "dana"]),
        (Name, Descending, ["dana", "Carl", "bea", "Amina"]),
        // Ties keep import order: bea before Carl both ways.
        (LessonsDone(0), Ascending, ["dana", "bea", "Carl", "Amina"]),
        (LessonsDone(0), Descending, ["Amina", "bea", "Carl", "dana"]),
        (Accuracy(0), Ascending, ["Carl", "bea", "dana", "Amina"]),
        (Accuracy(0), Descending, ["bea", "dana", "Carl", "Amina"]),
        (LastActivity(0), Ascending, ["Amina", "bea", "dana", "Carl"]),
        (
            LastActivity(0),
            Descending,
            ["dana", "bea", "Amina", "Carl"],
        ),
        (Accuracy(1), Descending, ["bea", "Amina", "Carl", "dana"]),
        (Accuracy(7), Ascending, ["bea", "Amina", "Carl", "dana"]),
        (MadeAt, Ascending, ["Amina", "Carl", "bea", "dana"]),
        (MadeAt, Descending, ["dana", "bea", "Carl", "Amina"]),
    ];
    for (key, order, expected) in cases {
        let names: Vec<&str> = class
            .sorted(key, order)
            .into_iter()
            .map(Receipt::learner)
            .collect();
        assert_eq!(names, expected, "{key:?} {order:?}");
    }
}

#[test]
fn the_table_exports_as_csv() {
    let mut roster = sortable();
    roster.import(receipt(
        "=cmd|' /C calc'!A0",
        9,
        vec![pack(1, Some(100), Some(DAY)), pack(0, None, None)],
    ));
    let class = roster
        .class(assignment().id())
        .unwrap_or_else(|| panic!("the class"));
    let csv = class.to_csv(&CsvLabels::default(), SortKey::Name, SortOrder::Ascending);
    let expected = [
        "Name,de-a1: lessons done,de-a1: lessons,de-a1: accuracy %,de-a1: last activity,\
         de-civics: lessons done,de-civics: lessons,de-civics: accuracy %,\
         de-civics: last activity,Receipt made (UTC)",
        "'=cmd|' /C calc'!A0,1,10,100,2026-03-01,0,10,,,2026-03-01 09:09",
        "Amina,5,10,,2026-02-26,0,10,,,2026-03-01 09:01",
        "bea,2,10,90,2026-02-28,0,10,,,2026-03-01 09:03",
        "Carl,2,10,40,,0,10,,,2026-03-01 09:02",
        "dana,0,10,90,2026-03-01,0,10,,,2026-03-01 09:04",
    ];
    assert_eq!(csv, expected.map(|line| format!("{line}\r\n")).concat());

    let mut unnamed = Roster::new();
    let receipt = simple("Amina", 0, 1);
    assert!(unnamed.add_class_from_receipt(receipt.clone(), "X").is_ok());
    let csv =
        unnamed.classes()[0].to_csv(&CsvLabels::default(), SortKey::Name, SortOrder::Ascending);
    assert!(csv.starts_with("Name,Pack 1: lessons done,"), "{csv}");
}

#[test]
fn pasted_receipts_name_their_learner_and_unknown_assignments_get_a_class() {
    let mut roster = Roster::new();
    let amina = simple("Amina", 0, 1).to_code();
    let li = simple("Li", 0, 2).to_code();
    let text = format!("{amina}\n{li} and a broken one PSG-0000-0000");
    let results = roster.import_text_adding_classes(&text, |id| format!("Class {id}"));
    let class = assignment().id();
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(matches!(
        &results[0],
        Ok(Imported { learner, new_class: true, outcome: ImportOutcome::Added { .. }, .. })
            if learner == "Amina"
    ));
    assert!(matches!(
        &results[1],
        Ok(Imported { learner, new_class: false, outcome: ImportOutcome::Added { .. }, .. })
            if learner == "Li"
    ));
    assert!(results[2].is_err());
    let made = roster.class(class).map(Class::name);
    assert_eq!(made, Some(format!("Class {class}").as_str()));
    assert_eq!(
        roster.class(class).map(|class| class.receipts().len()),
        Some(2)
    );
    // The teacher's own class for the same assignment, made later, completes it.
    assert_eq!(roster.add_class(assignment()), ClassAdded::Completed);
}
