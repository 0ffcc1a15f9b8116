//! The class overview as a stored document, kept with the same care as the learner's progress.
//!
//! ```json
//! {"format":"passage-classroom","version":1,"generation":4,"saved_at":1772355600,
//!  "checksum":"fnv1a64:0123456789abcdef",
//!  "data":{"classes":[{"id":"HMASW9","name":"German A1","assignment":"AWgDEUdl…",
//!                      "packs":2,"receipts":["PSG-0W33-8NKR-…"]}]}}
//! ```
//!
//! The envelope is the progress document's (see `progress::format`): a format name, a version, a
//! generation (which save it is, for two slots), the save time, and a checksum (FNV-1a 64 over the
//! version, generation and save time, each on a line, then `data` as compact JSON with its keys
//! sorted), so a changed or cut document is told from one written by a newer app. Classes keep
//! their assignment as its link code (`null` for a class made from a receipt) and their rows as
//! receipt codes, so that reading them back checks each one the way an import does.
//!
//! To store it in two slots, the UI can use the progress store's pattern: implement
//! `progress::ProgressSlots` over two other storage keys and write the slot not holding the newest
//! good copy. To add version 2: freeze `DataV1` as it is, write `DataV2`, a `v1_to_v2`, and a line
//! in `data_to_current`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::assignment::{Assignment, AssignmentId};
use super::receipt::Receipt;
use super::roster::{Class, Roster};
use crate::progress::fnv1a64;
use crate::schedule::Timestamp;

/// The value of the `format` field.
pub const ROSTER_FORMAT: &str = "passage-classroom";
/// The version this app writes; it reads every version up to this one.
pub const ROSTER_VERSION: u32 = 1;

/// A stored class overview read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedRoster {
    pub roster: Roster,
    /// Which save this was (0 for an export).
    pub generation: u64,
    pub saved_at: Timestamp,
    /// The version it was written in (older ones are migrated).
    pub version: u32,
}

/// Why a stored class overview could not be read. The UI words it; the text is for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterDecodeError {
    /// Not a Passage class overview (another file, or empty).
    #[error("not a Passage class overview")]
    NotRoster,
    /// Changed or damaged after it was written.
    #[error("class overview damaged: checksum {stored} stored, {computed} computed")]
    ChecksumMismatch { stored: String, computed: String },
    /// Written by a newer app: left alone, never overwritten by this one.
    #[error("class overview version {found} is newer than this app reads ({supported})")]
    NewerVersion { found: u32, supported: u32 },
    /// Damaged or inconsistent: the text says where.
    #[error("class overview damaged: {0}")]
    Malformed(String),
}

/// Version 1's data.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DataV1 {
    classes: Vec<ClassV1>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassV1 {
    id: AssignmentId,
    name: String,
    assignment: Option<String>,
    packs: usize,
    receipts: Vec<String>,
}

/// `roster` as a current-version document, the `generation`-th save, made at `now`.
pub fn encode_roster(roster: &Roster, generation: u64, now: Timestamp) -> String {
    let data = DataV1 {
        classes: roster
            .classes()
            .iter()
            .map(|class| ClassV1 {
                id: class.id(),
                name: class.name().to_owned(),
                assignment: class.assignment().and_then(|a| a.to_code().ok()),
                packs: class.pack_count(),
                receipts: class.receipts().iter().map(Receipt::to_code).collect(),
            })
            .collect(),
    };
    // Cannot fail: the data has only strings, integers and sequences.
    let data = serde_json::to_value(data).unwrap_or(Value::Null);
    let version = u64::from(ROSTER_VERSION);
    let checksum = checksum(version, generation, now.0, &data);
    format!(
        "{{\"format\":\"{ROSTER_FORMAT}\",\"version\":{version},\"generation\":{generation},\
         \"saved_at\":{saved_at},\"checksum\":\"{checksum}\",\"data\":{data}}}",
        saved_at = now.0,
        data = canonical(&data),
    )
}

/// Reads a stored class overview of any version up to [`ROSTER_VERSION`]. A byte-order mark and
/// white space around it are allowed.
pub fn decode_roster(text: &str) -> Result<DecodedRoster, RosterDecodeError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    let Ok(document) = serde_json::from_str::<Value>(text) else {
        return Err(if text.contains(ROSTER_FORMAT) {
            malformed("not valid JSON (cut off or garbled)")
        } else {
            RosterDecodeError::NotRoster
        });
    };
    let Value::Object(mut envelope) = document else {
        return Err(RosterDecodeError::NotRoster);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(ROSTER_FORMAT) {
        return Err(RosterDecodeError::NotRoster);
    }
    let field = |envelope: &Map<String, Value>, name: &str| -> Result<Value, RosterDecodeError> {
        envelope
            .get(name)
            .cloned()
            .ok_or_else(|| malformed(&format!("missing `{name}`")))
    };
    let version = field(&envelope, "version")?
        .as_u64()
        .filter(|&version| version >= 1)
        .ok_or_else(|| malformed("version"))?;
    let generation = field(&envelope, "generation")?
        .as_u64()
        .ok_or_else(|| malformed("generation"))?;
    let saved_at = field(&envelope, "saved_at")?
        .as_i64()
        .ok_or_else(|| malformed("saved_at"))?;
    let stored = field(&envelope, "checksum")?
        .as_str()
        .ok_or_else(|| malformed("checksum"))?
        .to_owned();
    let data = envelope
        .remove("data")
        .ok_or_else(|| malformed("missing `data`"))?;
    let computed = checksum(version, generation, saved_at, &data);
    if stored != computed {
        return Err(RosterDecodeError::ChecksumMismatch { stored, computed });
    }
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > ROSTER_VERSION {
        return Err(RosterDecodeError::NewerVersion {
            found: version,
            supported: ROSTER_VERSION,
        });
    }
    const KNOWN: [&str; 5] = ["format", "version", "generation", "saved_at", "checksum"];
    if let Some(key) = envelope.keys().find(|key| !KNOWN.contains(&key.as_str())) {
        return Err(malformed(&format!("unknown field `{key}`")));
    }
    let roster = into_roster(data_to_current(version, data)?)?;
    Ok(DecodedRoster {
        roster,
        generation,
        saved_at: Timestamp(saved_at),
        version,
    })
}

/// The migration hook: the `data` of a document of `version`, brought to the current version.
fn data_to_current(version: u32, data: Value) -> Result<DataV1, RosterDecodeError> {
    match version {
        1 => serde_json::from_value(data).map_err(|error| malformed(&format!("data: {error}"))),
        other => Err(malformed(&format!("unknown version {other}"))),
    }
}

fn into_roster(data: DataV1) -> Result<Roster, RosterDecodeError> {
    let mut classes: Vec<Class> = Vec::with_capacity(data.classes.len());
    for stored in data.classes {
        let id = stored.id;
        let problem = |what: &str| malformed(&format!("class {id}: {what}"));
        if classes.iter().any(|class| class.id == id) {
            return Err(problem("listed twice"));
        }
        let assignment = stored
            .assignment
            .map(|code| Assignment::from_code(&code))
            .transpose()
            .map_err(|error| problem(&error.to_string()))?;
        if assignment
            .as_ref()
            .is_some_and(|a| a.id() != id || a.packs.len() != stored.packs)
        {
            return Err(problem("the assignment is another one"));
        }
        if stored.name.trim().is_empty() || stored.packs == 0 {
            return Err(problem("no name or no packs"));
        }
        let mut receipts: Vec<Receipt> = Vec::with_capacity(stored.receipts.len());
        for code in stored.receipts {
            let receipt = Receipt::from_text(&code).map_err(|error| problem(&error.to_string()))?;
            if receipt.assignment() != id || receipt.packs().len() != stored.packs {
                return Err(problem("a receipt is for another assignment"));
            }
            if receipts.iter().any(|kept| kept.same_learner(&receipt)) {
                return Err(problem("a learner is listed twice"));
            }
            receipts.push(receipt);
        }
        classes.push(Class {
            id,
            name: stored.name,
            assignment,
            pack_count: stored.packs,
            receipts,
        });
    }
    Ok(Roster { classes })
}

fn malformed(what: &str) -> RosterDecodeError {
    RosterDecodeError::Malformed(what.to_owned())
}

pub(super) fn checksum(version: u64, generation: u64, saved_at: i64, data: &Value) -> String {
    let text = format!("{version}\n{generation}\n{saved_at}\n{}", canonical(data));
    format!("fnv1a64:{:016x}", fnv1a64(text.as_bytes()))
}

/// `value` as compact JSON with object keys sorted, whatever the map order of the JSON library.
fn canonical(value: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Array(values) => Value::Array(values.iter().map(sorted).collect()),
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(key, value)| (key.clone(), sorted(value)))
                        .collect(),
                )
            }
            other => other.clone(),
        }
    }
    sorted(value).to_string()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::classroom::{AssignedPack, PackReport};

    const NOW: Timestamp = Timestamp(1_772_355_600);

    fn assignment() -> Assignment {
        Assignment {
            class_name: "German A1".into(),
            due: None,
            message: "Bis Freitag".into(),
            packs: vec![AssignedPack::whole("de-a1"), AssignedPack::whole("de-b1")],
            catalog: None,
        }
    }

    fn receipt(name: &str, assignment: AssignmentId, packs: usize) -> Receipt {
        Receipt {
            assignment,
            learner: name.into(),
            made_at: NOW,
            packs: vec![
                PackReport {
                    lessons_done: 1,
                    lessons_of: 2,
                    accuracy: Some(75),
                    last_activity: Some(20_512),
                };
                packs
            ],
        }
    }

    fn sample() -> Roster {
        let mut roster = Roster::new();
        roster.add_class(assignment());
        roster.import(receipt("Amina", assignment().id(), 2));
        roster.import(receipt("محمد", assignment().id(), 2));
        let other = AssignmentId::from_value(12_345).unwrap_or_else(|| panic!("an id"));
        let _ = roster.add_class_from_receipt(receipt("Li", other, 1), "Evening class");
        roster
    }

    #[test]
    fn a_roster_reads_back_as_it_was() {
        for roster in [Roster::new(), sample()] {
            let text = encode_roster(&roster, 4, NOW);
            let decoded = decode_roster(&format!("\u{feff}{text}\n"));
            assert_eq!(
                decoded,
                Ok(DecodedRoster {
                    roster,
                    generation: 4,
                    saved_at: NOW,
                    version: ROSTER_VERSION,
                })
            );
        }
    }

    #[test]
    fn the_checksum_ignores_layout_and_key_order() {
        let text = encode_roster(&sample(), 1, NOW);
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
        assert_eq!(
            decode_roster(&pretty).map(|decoded| decoded.roster),
            Ok(sample())
        );
    }

    /// A document with `data` and a good checksum.
    fn sealed(version: u64, data: &Value) -> String {
        let checksum = checksum(version, 1, NOW.0, data);
        format!(
            "{{\"format\":\"{ROSTER_FORMAT}\",\"version\":{version},\"generation\":1,\
             \"saved_at\":{},\"checksum\":\"{checksum}\",\"data\":{data}}}",
            NOW.0
        )
    }

    #[test]
    fn damaged_newer_and_foreign_documents_are_told_apart() {
        let good = encode_roster(&sample(), 1, NOW);
        let changed = good.replace("German A1", "German B1");
        let assignment_code = assignment().to_code().unwrap_or_default();
        let id = assignment().id().to_string();
        let receipt_code = receipt("A", assignment().id(), 2).to_code();
        let one_pack = receipt("A", assignment().id(), 1).to_code();
        let class = |assignment: Value, packs: usize, receipts: Vec<String>| {
            serde_json::json!({"classes": [{
                "id": id, "name": "X", "assignment": assignment, "packs": packs,
                "receipts": receipts,
            }]})
        };
        let cases = [
            ("", RosterDecodeError::NotRoster),
            ("[1,2]", RosterDecodeError::NotRoster),
            (
                "{\"format\":\"passage-progress\"}",
                RosterDecodeError::NotRoster,
            ),
            (
                &good[..good.len() / 2],
                malformed("not valid JSON (cut off or garbled)"),
            ),
            (
                &sealed(2, &serde_json::json!({"whatever": 1})),
                RosterDecodeError::NewerVersion {
                    found: 2,
                    supported: ROSTER_VERSION,
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(decode_roster(text), Err(expected), "{text:?}");
        }
        assert!(matches!(
            decode_roster(&changed),
            Err(RosterDecodeError::ChecksumMismatch { .. })
        ));
        let bad_data = [
            serde_json::json!({"classes": [], "extra": 1}),
            serde_json::json!({"classes": [{"id": "nope"}]}),
            class(Value::String("garbage".into()), 2, vec![]),
            class(Value::String(assignment_code.clone()), 3, vec![]),
            class(Value::Null, 0, vec![]),
            class(Value::Null, 2, vec![one_pack]),
            class(Value::Null, 2, vec!["PSG-0000".into()]),
            class(
                Value::String(assignment_code),
                2,
                vec![receipt_code.clone(), receipt_code],
            ),
        ];
        for data in bad_data {
            assert!(
                matches!(
                    decode_roster(&sealed(1, &data)),
                    Err(RosterDecodeError::Malformed(_))
                ),
                "{data}"
            );
        }
        let with_extra_field = good.replacen("{", "{\"x\":1,", 1);
        assert!(matches!(
            decode_roster(&with_extra_field),
            Err(RosterDecodeError::Malformed(_))
        ));
    }

    proptest! {
        #[test]
        fn reading_anything_never_panics(text in "\\PC{0,300}") {
            let _ = decode_roster(&text);
        }

        #[test]
        fn reading_a_changed_document_never_panics(at in any::<usize>(), with in any::<char>()) {
            let good = encode_roster(&sample(), 1, NOW);
            let mut chars: Vec<char> = good.chars().collect();
            let at = at % chars.len();
            chars[at] = with;
            let changed: String = chars.into_iter().collect();
            let _ = decode_roster(&changed);
        }
    }
}
