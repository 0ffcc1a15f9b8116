//! The stored document: round trips, what every kind of damage decodes to, and its size.

use proptest::prelude::*;
use serde_json::{Value, json};

use super::support::{ok, progress, sample};
use crate::progress::checksum::document_checksum;
use crate::progress::{
    CURRENT_VERSION, DecodeError, ItemKey, ItemProgress, Progress, decode, encode, export, import,
};
use crate::schedule::{MemoryState, Timestamp};

/// A document with a right checksum around any `data`, as any version would write it.
fn document(version: u64, generation: u64, saved_at: i64, data: Value) -> String {
    let checksum = document_checksum(version, generation, saved_at, &data);
    json!({
        "format": "passage-progress",
        "version": version,
        "generation": generation,
        "saved_at": saved_at,
        "checksum": checksum,
        "data": data,
    })
    .to_string()
}

type Outcome = Result<crate::progress::Decoded, DecodeError>;

/// A case name, the text to decode, and whether the outcome is the expected one.
type DamageCase = (&'static str, String, fn(Outcome) -> bool);

fn is_malformed(result: Outcome) -> bool {
    matches!(result, Err(DecodeError::Malformed(_)))
}

#[test]
fn round_trip() {
    let progress = sample();
    let text = encode(&progress, 7, Timestamp(1_710_000_000));
    let decoded = ok(decode(&text));
    assert_eq!(decoded.progress, progress);
    assert_eq!(decoded.generation, 7);
    assert_eq!(decoded.saved_at, Timestamp(1_710_000_000));
    assert_eq!(decoded.version, CURRENT_VERSION);
}

#[test]
fn the_document_is_compact_and_readable() {
    let text = encode(&sample(), 7, Timestamp(1_710_000_000));
    assert!(
        text.starts_with(
            "{\"format\":\"passage-progress\",\"version\":3,\"generation\":7,\"saved_at\":1710000000,\"checksum\":\"fnv1a64:"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\"w-hallo\":{\"d\":5.1,\"due\":1710000000,\"lapses\":1,\"last\":1709900000,\"ms\":2300,\"n\":3,\"ok\":4,\"s\":3.2,\"tries\":5}"
        ),
        "{text}"
    );
    // An accepted assignment is its code and when; the receipt name sits with the settings.
    assert!(text.contains("\"assignments\":{\""), "{text}");
    assert!(
        text.contains("\"learner\":{\"audio\":false,\"lang\":\"ar\",\"name\":\"Amina K.\"}"),
        "{text}"
    );
    // A new item stores only when it is due.
    assert!(
        text.contains("\"w-tschuess\":{\"due\":1709900000}"),
        "{text}"
    );
}

#[test]
fn empty_progress_round_trips() {
    let text = encode(&Progress::default(), 1, Timestamp(0));
    assert_eq!(ok(decode(&text)).progress, Progress::default());
}

#[test]
fn layout_and_byte_order_mark_do_not_matter() {
    let text = encode(&sample(), 3, Timestamp(5));
    let value: Value = ok(serde_json::from_str(&text));
    let pretty = format!("\u{feff}\n{}\n", ok(serde_json::to_string_pretty(&value)));
    assert_eq!(ok(decode(&pretty)).progress, sample());
}

#[test]
fn damage_is_told_apart() {
    let good = encode(&sample(), 7, Timestamp(1_710_000_000));
    let good_data = || -> Value {
        let value: Value = ok(serde_json::from_str(&good));
        value.get("data").cloned().unwrap_or(Value::Null)
    };
    let mut unknown_item_field = good_data();
    unknown_item_field["items"]["de-a1"]["w-hallo"]["x"] = json!(1);
    let mut half_memory = good_data();
    if let Some(item) = half_memory["items"]["de-a1"]["w-hallo"].as_object_mut() {
        item.remove("d");
    }
    let mut score_over_100 = good_data();
    score_over_100["lessons"]["de-a1"]["greetings"]["best"] = json!(101);
    let mut bad_assignment_id = good_data();
    bad_assignment_id["assignments"] = json!({"not an id": {"code": "AQ", "at": 1}});
    let mut extra_envelope_field: Value = ok(serde_json::from_str(&good));
    extra_envelope_field["note"] = json!("hi");

    let cases: Vec<DamageCase> = vec![
        ("empty", String::new(), |r| {
            r == Err(DecodeError::NotProgress)
        }),
        ("other text", "hello".to_owned(), |r| {
            r == Err(DecodeError::NotProgress)
        }),
        ("other JSON", "[1, 2]".to_owned(), |r| {
            r == Err(DecodeError::NotProgress)
        }),
        ("other format", "{\"format\":\"anki\"}".to_owned(), |r| {
            r == Err(DecodeError::NotProgress)
        }),
        (
            "cut off",
            good.get(..good.len() / 2).unwrap_or("").to_owned(),
            is_malformed,
        ),
        (
            "a digit changed in the data",
            good.replacen("\"n\":3", "\"n\":4", 1),
            |r| matches!(r, Err(DecodeError::ChecksumMismatch { .. })),
        ),
        (
            "generation changed",
            good.replacen("\"generation\":7", "\"generation\":8", 1),
            |r| matches!(r, Err(DecodeError::ChecksumMismatch { .. })),
        ),
        (
            "version changed",
            good.replacen("\"version\":3", "\"version\":4", 1),
            |r| matches!(r, Err(DecodeError::ChecksumMismatch { .. })),
        ),
        ("version 0", document(0, 1, 0, good_data()), is_malformed),
        (
            "no version",
            good.replacen("\"version\":3,", "", 1),
            is_malformed,
        ),
        (
            "no checksum",
            good.replacen("\"checksum\"", "\"sum\"", 1),
            is_malformed,
        ),
        (
            "newer version",
            document(4, 9, 0, json!({"anything": [1]})),
            |r| {
                r == Err(DecodeError::NewerVersion {
                    found: 4,
                    supported: 3,
                })
            },
        ),
        (
            "unknown item field",
            document(3, 1, 0, unknown_item_field),
            is_malformed,
        ),
        (
            "stability without difficulty",
            document(3, 1, 0, half_memory),
            is_malformed,
        ),
        (
            "best score over 100",
            document(3, 1, 0, score_over_100),
            is_malformed,
        ),
        (
            "an assignment kept under something not an id",
            document(3, 1, 0, bad_assignment_id),
            is_malformed,
        ),
        (
            "unknown envelope field",
            extra_envelope_field.to_string(),
            is_malformed,
        ),
        (
            "v3 without generation",
            document(3, 0, 0, good_data()).replacen("\"generation\":0,", "", 1),
            |r| {
                // The checksum covers the generation, so this reads as damaged either way.
                matches!(
                    r,
                    Err(DecodeError::Malformed(_) | DecodeError::ChecksumMismatch { .. })
                )
            },
        ),
    ];
    for (name, text, expected) in cases {
        let result = decode(&text);
        assert!(expected(result.clone()), "{name}: {result:?}");
    }
}

#[test]
fn a_memory_state_json_cannot_hold_is_dropped_not_the_document() {
    let mut progress = sample();
    let key = ItemKey::new("de-a1", "nan");
    progress.items.insert(
        key.clone(),
        ItemProgress {
            memory: Some(MemoryState {
                stability: f32::NAN,
                difficulty: 5.0,
            }),
            ..ItemProgress::new(Timestamp(9))
        },
    );
    let decoded = ok(decode(&encode(&progress, 1, Timestamp(0)))).progress;
    assert_eq!(
        decoded.items.get(&key),
        Some(&ItemProgress::new(Timestamp(9)))
    );
}

#[test]
fn export_then_import() {
    let text = export(&sample(), Timestamp(1_710_000_000));
    assert!(text.contains("\"generation\":0,"));
    assert_eq!(import(&text), Ok(sample()));
    assert_eq!(import("not a file of ours"), Err(DecodeError::NotProgress));
}

proptest! {
    #[test]
    fn any_progress_round_trips(progress in progress(), generation in 0u64..1_000_000, now in 0i64..2_000_000_000) {
        let decoded = decode(&encode(&progress, generation, Timestamp(now)));
        prop_assert_eq!(decoded.map(|d| (d.progress, d.generation)), Ok((progress, generation)));
    }

    #[test]
    fn decoding_never_panics(text in "\\PC{0,200}") {
        let _ = decode(&text);
    }

    /// One character changed anywhere: the document is refused, or (if the change meant nothing)
    /// reads as the same progress. Never different progress.
    #[test]
    fn one_changed_character_never_gives_other_progress(position in any::<prop::sample::Index>(), c in any::<char>()) {
        let progress = sample();
        let good = encode(&progress, 5, Timestamp(1));
        let chars: Vec<char> = good.chars().collect();
        let at = position.index(chars.len());
        let damaged: String = chars
            .iter()
            .enumerate()
            .map(|(index, &original)| if index == at { c } else { original })
            .collect();
        if let Ok(decoded) = decode(&damaged) {
            prop_assert_eq!(decoded.progress, progress);
        }
    }
}
