//! Assignments: round trips, every error kind, limits, ids.

use proptest::prelude::*;

use super::*;

fn sample() -> Assignment {
    Assignment {
        class_name: "German A1 Tuesday".to_owned(),
        due: Date::new(2026, 3, 1),
        message: "Please do lesson 1 and 2 before class.".to_owned(),
        packs: vec![
            AssignedPack::lessons("de-a1", ["greetings", "at-the-doctor"]),
            AssignedPack::whole("de-civics"),
        ],
        catalog: None,
    }
}

fn code(assignment: &Assignment) -> String {
    assignment
        .to_code()
        .unwrap_or_else(|issues| panic!("{issues:?}"))
}

#[test]
fn a_code_reads_back_as_the_same_assignment() {
    let minimal = Assignment {
        class_name: "B".to_owned(),
        due: None,
        message: String::new(),
        packs: vec![AssignedPack::whole("x")],
        catalog: None,
    };
    let mut full = sample();
    full.catalog = Some("https://ngo.example/passage/packs/index.json".to_owned());
    full.message = "Bis Freitag!\nمرحبا 👋".to_owned();
    for assignment in [sample(), minimal, full] {
        let code = code(&assignment);
        assert!(code.len() <= MAX_CODE_CHARS);
        assert_eq!(Assignment::from_code(&code), Ok(assignment.clone()));
        let link = format!(
            "  https://example.org/passage/{}\n",
            assignment
                .route()
                .unwrap_or_else(|issues| panic!("{issues:?}"))
                .fragment()
        );
        assert_eq!(Assignment::from_code(&link), Ok(assignment.clone()));
        let (start, end) = link.split_at(link.len() / 2);
        let chat = format!("Homework: ({start}\n{end}).");
        assert_eq!(Assignment::from_code(&chat), Ok(assignment));
    }
}

#[test]
fn overdue_only_after_the_due_day() {
    let due = sample();
    let due_day = day_of_date(Date::new(2026, 3, 1).unwrap_or_else(|| panic!("a date")));
    assert!(!due.is_overdue(due_day - 1));
    assert!(!due.is_overdue(due_day), "due today is not overdue yet");
    assert!(due.is_overdue(due_day + 1));
    let open = Assignment {
        due: None,
        ..sample()
    };
    assert!(!open.is_overdue(due_day + 1000));
}

#[test]
fn the_code_is_short_and_url_safe() {
    let code = code(&sample());
    assert!(code.len() <= 150, "{} characters: {code}", code.len());
    assert!(
        code.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
}

#[test]
fn the_id_follows_the_content() {
    let a = sample();
    assert_eq!(a.id(), sample().id());
    let mut b = sample();
    b.message.push('!');
    assert_ne!(a.id(), b.id());
    let mut c = sample();
    c.packs.reverse();
    assert_ne!(a.id(), c.id());
    let text = a.id().to_string();
    assert_eq!(text.len(), 6);
    assert_eq!(text.parse(), Ok(a.id()));
    assert_eq!(text.to_lowercase().parse(), Ok(a.id()));
    for bad in ["", "12345", "1234567", "U00000", "12-456"] {
        assert!(bad.parse::<AssignmentId>().is_err(), "{bad:?}");
    }
    assert_eq!(AssignmentId::from_value(1 << 30), None);
}

#[test]
fn every_problem_of_a_form_is_reported() {
    type Change = Box<dyn Fn(&mut Assignment)>;
    let cases: Vec<(Change, Vec<AssignmentIssue>)> = vec![
        (
            Box::new(|a| a.class_name = "  ".into()),
            vec![AssignmentIssue::ClassNameEmpty],
        ),
        (
            Box::new(|a| a.class_name = "x".repeat(MAX_CLASS_NAME_CHARS + 1)),
            vec![AssignmentIssue::TooLong {
                field: AssignmentField::ClassName,
                max: MAX_CLASS_NAME_CHARS,
            }],
        ),
        (
            Box::new(|a| a.class_name = "A\nB".into()),
            vec![AssignmentIssue::ControlCharacter(
                AssignmentField::ClassName,
            )],
        ),
        (
            Box::new(|a| a.message = "é".repeat(MAX_MESSAGE_CHARS)),
            vec![],
        ),
        (
            Box::new(|a| a.message = "é".repeat(MAX_MESSAGE_CHARS + 1)),
            vec![AssignmentIssue::TooLong {
                field: AssignmentField::Message,
                max: MAX_MESSAGE_CHARS,
            }],
        ),
        (
            Box::new(|a| a.message = "a\u{7}".into()),
            vec![AssignmentIssue::ControlCharacter(AssignmentField::Message)],
        ),
        (
            Box::new(|a| a.packs.clear()),
            vec![AssignmentIssue::NoPacks],
        ),
        (
            Box::new(|a| {
                a.packs = (0..=MAX_PACKS)
                    .map(|n| AssignedPack::whole(format!("p{n}")))
                    .collect();
            }),
            vec![AssignmentIssue::TooManyPacks { max: MAX_PACKS }],
        ),
        (
            Box::new(|a| a.packs[1].pack = "De".into()),
            vec![AssignmentIssue::BadPackId("De".into())],
        ),
        (
            Box::new(|a| a.packs[1].pack = "de-a1".into()),
            vec![AssignmentIssue::DuplicatePack("de-a1".into())],
        ),
        (
            Box::new(|a| {
                a.packs[0].lessons = (0..=MAX_LESSONS_PER_PACK)
                    .map(|n| format!("l{n}"))
                    .collect();
            }),
            vec![AssignmentIssue::TooManyLessons {
                pack: "de-a1".into(),
                max: MAX_LESSONS_PER_PACK,
            }],
        ),
        (
            Box::new(|a| a.packs[0].lessons.push("a b".into())),
            vec![AssignmentIssue::BadLessonId {
                pack: "de-a1".into(),
                lesson: "a b".into(),
            }],
        ),
        (
            Box::new(|a| a.packs[0].lessons.push("greetings".into())),
            vec![AssignmentIssue::DuplicateLesson {
                pack: "de-a1".into(),
                lesson: "greetings".into(),
            }],
        ),
        (
            Box::new(|a| a.catalog = Some("ftp://x".into())),
            vec![AssignmentIssue::BadCatalogUrl],
        ),
        (
            Box::new(|a| a.catalog = Some("https://a b".into())),
            vec![AssignmentIssue::BadCatalogUrl],
        ),
        (
            Box::new(|a| a.catalog = Some("http://192.168.1.10:8080/packs/index.json".into())),
            vec![],
        ),
        (
            Box::new(|a| {
                a.catalog = Some(format!("https://x/{}", "a".repeat(MAX_CATALOG_URL_BYTES)));
            }),
            vec![AssignmentIssue::TooLong {
                field: AssignmentField::Catalog,
                max: MAX_CATALOG_URL_BYTES,
            }],
        ),
        (
            Box::new(|a| {
                a.packs = (0..MAX_PACKS)
                    .map(|n| {
                        let pack = format!("pack-{n}-{}", "x".repeat(50));
                        AssignedPack::lessons(pack, (0..10).map(|l| format!("l{l}")))
                    })
                    .collect();
            }),
            vec![AssignmentIssue::CodeTooLong {
                length: 1519,
                max: MAX_CODE_CHARS,
            }],
        ),
    ];
    for (index, (change, expected)) in cases.into_iter().enumerate() {
        let mut assignment = sample();
        change(&mut assignment);
        let result = assignment.check();
        if expected.is_empty() {
            assert_eq!(result, Ok(()), "case {index}");
        } else {
            assert_eq!(result, Err(expected.clone()), "case {index}");
            assert_eq!(assignment.to_code(), Err(expected), "case {index}");
        }
    }
}

#[test]
fn damaged_codes_are_told_apart() {
    let good = code(&sample());
    let mut changed_char = good.clone().into_bytes();
    changed_char[20] = if changed_char[20] == b'A' { b'B' } else { b'A' };
    let changed_char = String::from_utf8(changed_char).unwrap_or_default();
    let mut swapped = good.clone().into_bytes();
    let at = (10..swapped.len() - 1)
        .find(|&i| swapped[i] != swapped[i + 1])
        .unwrap_or(10);
    swapped.swap(at, at + 1);
    let swapped = String::from_utf8(swapped).unwrap_or_default();
    let cases = [
        ("".to_owned(), AssignmentError::Empty),
        ("https://x.org/#/assign/".to_owned(), AssignmentError::Empty),
        (
            good[..good.len() - 1].to_owned(),
            AssignmentError::Truncated,
        ),
        (
            good[..good.len() - 3].to_owned(),
            AssignmentError::Truncated,
        ),
        (
            good[..good.len() / 2].to_owned(),
            AssignmentError::Truncated,
        ),
        (good[..1].to_owned(), AssignmentError::Truncated),
        (changed_char, AssignmentError::ChecksumMismatch),
        (swapped, AssignmentError::ChecksumMismatch),
        (
            "A".repeat(MAX_CODE_CHARS + 1),
            AssignmentError::TooLong {
                length: MAX_CODE_CHARS + 1,
                max: MAX_CODE_CHARS,
            },
        ),
        (
            format!("{good}%20"),
            AssignmentError::Malformed(format!("character {} is not of a code", good.len() + 1)),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(Assignment::from_code(&text), Err(expected), "{text:?}");
    }
    // Something after a complete code.
    let longer = base64url::encode(&[sample().to_bytes(), vec![0, 0, 0]].concat());
    assert!(matches!(
        Assignment::from_code(&longer),
        Err(AssignmentError::Malformed(_))
    ));
}

/// A code with a given version and body, sealed with a good checksum.
fn sealed(version: u8, body: &[u8]) -> String {
    let mut bytes = vec![version];
    put_number(&mut bytes, body.len() as u64);
    bytes.extend_from_slice(body);
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum);
    base64url::encode(&bytes)
}

#[test]
fn newer_and_nonsensical_codes() {
    let body = sample().body();
    assert_eq!(Assignment::from_code(&sealed(1, &body)), Ok(sample()));
    assert_eq!(
        Assignment::from_code(&sealed(2, b"anything at all")),
        Err(AssignmentError::NewerVersion {
            found: 2,
            supported: ASSIGNMENT_VERSION
        })
    );
    for body in [
        &b""[..],
        &[0b1000, 1, b'a', 0],
        &[0, 1, b'a', 1, 1, b'x', 0, 7],
        &[0, 1, 0xff, 1, 1, b'x', 0],
        &[0, 1, b'a', 13],
        &[0b10, 1, b'a', 0, 1, 1, b'x', 0],
    ] {
        assert!(
            matches!(
                Assignment::from_code(&sealed(1, body)),
                Err(AssignmentError::Malformed(_))
            ),
            "{body:?}"
        );
    }
    assert!(matches!(
        Assignment::from_code(&sealed(0, &body)),
        Err(AssignmentError::Malformed(_))
    ));
    // Well formed, but the pack id is not one.
    let bad_pack = [0, 1, b'a', 1, 2, b'X', b'Y', 0];
    assert_eq!(
        Assignment::from_code(&sealed(1, &bad_pack)),
        Err(AssignmentError::Invalid(vec![AssignmentIssue::BadPackId(
            "XY".into()
        )]))
    );
}

fn assignment_strategy() -> impl Strategy<Value = Assignment> {
    let id = "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?";
    let pack =
        (id, proptest::collection::btree_set(id, 0..4)).prop_map(|(pack, lessons)| AssignedPack {
            pack,
            lessons: lessons.into_iter().collect(),
        });
    (
        "[^\\p{C}]{1,20}",
        proptest::option::of((2000u16..2100, 1u8..13, 1u8..29)),
        "[^\\p{C}]{0,40}",
        proptest::collection::vec(pack, 1..4),
        proptest::option::of("https://[a-z.]{1,20}/[a-z/.]{0,20}"),
    )
        .prop_map(|(class_name, due, message, packs, catalog)| Assignment {
            class_name: format!("c{class_name}"),
            due: due.and_then(|(y, m, d)| Date::new(y, m, d)),
            message,
            packs,
            catalog,
        })
        .prop_filter("valid", |a| a.check().is_ok())
}

proptest! {
    #[test]
    fn codes_round_trip(assignment in assignment_strategy()) {
        let code = assignment.to_code().unwrap_or_default();
        prop_assert_eq!(Assignment::from_code(&code), Ok(assignment));
    }

    #[test]
    fn a_changed_character_is_caught(assignment in assignment_strategy(), at in any::<usize>(), with in "[A-Za-z0-9_-]") {
        let code = assignment.to_code().unwrap_or_default();
        let at = at % code.len();
        prop_assume!(code[at..=at] != with);
        let changed = format!("{}{}{}", &code[..at], with, &code[at + 1..]);
        prop_assert!(Assignment::from_code(&changed).is_err());
    }

    #[test]
    fn reading_anything_never_panics(text in "\\PC{0,300}") {
        let _ = Assignment::from_code(&text);
    }

    #[test]
    fn reading_any_base64_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = Assignment::from_code(&base64url::encode(&bytes));
    }
}
