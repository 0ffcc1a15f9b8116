//! The stored data read and written by hand (`wire_json`) against serde's derived readers and
//! writer, which stay as the reference: the same values written, the same documents accepted
//! (with the same result) and refused, for every version.

use std::collections::BTreeMap;
use std::fmt::Debug;

use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::support::progress;
use crate::json_reader::Read;
use crate::progress::migrate::DataV1;
use crate::progress::wire_json::{data_v1, data_v2, data_v3, v2_part, write_v3};
use crate::progress::wire_v2::{DailyV2, DataV2, ItemV2, LessonV2};
use crate::progress::wire_v3::{AssignmentV3, DataV3, LearnerV3};

/// What the hand reader and the derived one make of `value`: the same data, or both refuse it.
fn same_reading<T>(value: &Value, by_hand: fn(Value) -> Read<T>) -> Result<bool, TestCaseError>
where
    T: DeserializeOwned + PartialEq + Debug,
{
    let derived = serde_json::from_value::<T>(value.clone());
    let hand = by_hand(value.clone());
    match (&hand, &derived) {
        (Ok(hand), Ok(derived)) => prop_assert_eq!(hand, derived, "{}", value),
        (Err(_), Err(_)) => {}
        _ => prop_assert!(
            false,
            "{value}\n  by hand: {:?}\n  derived: {:?}",
            hand.as_ref().map_err(ToString::to_string),
            derived.as_ref().map_err(ToString::to_string)
        ),
    }
    Ok(hand.is_ok())
}

/// `value` read as the data of every version, each by hand and derived.
fn same_reading_in_every_version(value: &Value) -> Result<[bool; 3], TestCaseError> {
    Ok([
        same_reading::<DataV1>(value, data_v1)?,
        same_reading::<DataV2>(value, data_v2)?,
        same_reading::<DataV3>(value, data_v3)?,
    ])
}

fn check(value: &Value) -> [bool; 3] {
    same_reading_in_every_version(value).unwrap_or_else(|error| panic!("{error}"))
}

fn text() -> impl Strategy<Value = String> + Clone {
    prop_oneof![Just(String::new()), "[a-c]{1,2}", ".{0,4}"]
}

fn count() -> impl Strategy<Value = u32> + Clone {
    prop_oneof![Just(0u32), 1u32..5, any::<u32>()]
}

fn time() -> impl Strategy<Value = i64> + Clone {
    prop_oneof![0i64..2_000_000_000, any::<i64>()]
}

fn number() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![Just(0.0), 0.001f64..40_000.0, any::<f64>()]
}

fn item_v2() -> impl Strategy<Value = ItemV2> + Clone {
    (
        time(),
        proptest::option::of(time()),
        proptest::option::of(number()),
        proptest::option::of(number()),
        (count(), count(), count(), count()),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(|(due, last, s, d, (n, lapses, ok, tries), ms)| ItemV2 {
            due,
            last,
            s,
            d,
            n,
            lapses,
            ok,
            tries,
            ms,
        })
}

fn lesson_v2() -> impl Strategy<Value = LessonV2> + Clone {
    (
        count(),
        proptest::option::of(time()),
        proptest::option::of(any::<u8>()),
        count(),
        proptest::option::of(time()),
    )
        .prop_map(|(done, done_at, best, pos, seen)| LessonV2 {
            done,
            done_at,
            best,
            pos,
            seen,
        })
}

fn by_pack<T: Debug>(
    record: impl Strategy<Value = T> + Clone,
) -> impl Strategy<Value = BTreeMap<String, BTreeMap<String, T>>> {
    proptest::collection::btree_map(
        text(),
        proptest::collection::btree_map(text(), record, 0..3),
        0..3,
    )
}

fn daily() -> impl Strategy<Value = DailyV2> {
    (
        count(),
        proptest::collection::btree_map(time(), count(), 0..4),
    )
        .prop_map(|(goal, days)| DailyV2 { goal, days })
}

/// Any version 3 data, with values no app writes too (negative times, huge counts, odd floats).
fn data_v3_values() -> impl Strategy<Value = DataV3> {
    (
        (
            proptest::option::of(text()),
            any::<bool>(),
            proptest::option::of(text()),
        ),
        proptest::collection::btree_set(text(), 0..3),
        by_pack(item_v2()),
        by_pack(lesson_v2()),
        daily(),
        proptest::collection::btree_map(
            (0u32..1 << 30).prop_map(assignment_id),
            (text(), time()).prop_map(|(code, at)| AssignmentV3 { code, at }),
            0..3,
        ),
    )
        .prop_map(
            |((lang, audio, name), packs, items, lessons, daily, assignments)| DataV3 {
                learner: LearnerV3 { lang, audio, name },
                packs,
                items,
                lessons,
                daily,
                assignments,
            },
        )
}

fn assignment_id(number: u32) -> crate::classroom::AssignmentId {
    let text: String = (0..6)
        .rev()
        .map(|shift| {
            let symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
            let at = ((number >> (5 * shift)) & 31) as usize;
            symbols[at..].chars().next().unwrap_or('0')
        })
        .collect();
    text.parse()
        .unwrap_or_else(|error| panic!("{text}: {error:?}"))
}

fn to_json<T: serde::Serialize>(data: &T) -> Value {
    serde_json::to_value(data).unwrap_or_else(|error| panic!("{error}"))
}

/// Version 1 data as JSON, written by hand (version 1 has no writer any more).
fn data_v1_values() -> impl Strategy<Value = Value> {
    let item = (
        (text(), text(), time(), number(), number()),
        (
            proptest::option::of(count()),
            proptest::option::of(count()),
            proptest::option::of(time()),
        ),
    )
        .prop_map(
            |((pack, item, due, stability, difficulty), (reviews, lapses, last_review))| {
                let mut out = json!({
                    "pack": pack, "item": item, "due": due,
                    "stability": stability, "difficulty": difficulty,
                });
                let optional = [
                    ("reviews", reviews.map(Value::from)),
                    ("lapses", lapses.map(Value::from)),
                    ("last_review", last_review.map(Value::from)),
                ];
                for (name, value) in optional {
                    if let (Some(value), Value::Object(map)) = (value, &mut out) {
                        map.insert(name.to_owned(), value);
                    }
                }
                out
            },
        );
    (
        proptest::option::of(proptest::option::of(text())),
        proptest::option::of(any::<bool>()),
        proptest::collection::vec(item, 0..4),
    )
        .prop_map(|(language, audio, items)| {
            let mut out = Map::new();
            if let Some(language) = language {
                out.insert("language".to_owned(), json!(language));
            }
            if let Some(audio) = audio {
                out.insert("audio".to_owned(), json!(audio));
            }
            out.insert("items".to_owned(), Value::Array(items));
            Value::Object(out)
        })
}

/// Every struct's fields in declaration order: a list in this order is that struct to serde.
const STRUCT_FIELDS: [&[&str]; 10] = [
    &[
        "learner",
        "packs",
        "items",
        "lessons",
        "daily",
        "assignments",
    ],
    &["lang", "audio", "name"],
    &["due", "last", "s", "d", "n", "lapses", "ok", "tries", "ms"],
    &["done", "done_at", "best", "pos", "seen"],
    &["goal", "days"],
    &["code", "at"],
    &["language", "audio", "items"],
    &[
        "pack",
        "item",
        "due",
        "stability",
        "difficulty",
        "reviews",
        "lapses",
        "last_review",
    ],
    &["learner", "packs", "items", "lessons", "daily"],
    &["lang", "audio"],
];

/// Keys and values that are almost right: numbers at the edges of their types, keys that look
/// like numbers, and values of every JSON type.
const ODD_KEYS: [&str; 18] = [
    "0",
    "-0",
    "01",
    "+1",
    " 1",
    "1 ",
    "1.0",
    "1e2",
    "-",
    "",
    "-17",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "3F9K2Q",
    "3f9k2q",
    "extra",
];

fn odd_value(which: usize) -> Value {
    match which % 16 {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(0),
        3 => json!(-1),
        4 => json!(1.5),
        5 => json!(256),
        6 => json!(4_294_967_296u64),
        7 => json!(u64::MAX),
        8 => json!(i64::MIN),
        9 => json!("x"),
        10 => json!([]),
        11 => json!({}),
        12 => json!(["x"]),
        13 => json!({"goal": 3}),
        14 => json!(100),
        _ => json!(2.0),
    }
}

/// One change to a document, at its `at`-th node (in pre-order).
#[derive(Debug, Clone)]
enum Change {
    /// The node becomes another value.
    Replace(usize),
    /// An object loses one of its fields.
    Remove(usize),
    /// An object gets a field (or a key that reads as a number or an assignment id).
    Add(usize, usize),
    /// An object's key is renamed to an odd one.
    Rename(usize, usize),
    /// An object becomes the list of its fields' values, as one of the structs lays them out
    /// (`null` where a field is left out), perhaps with one value too many.
    ToList(usize, bool),
}

fn changes() -> impl Strategy<Value = Vec<(usize, Change)>> {
    let change = prop_oneof![
        any::<usize>().prop_map(Change::Replace),
        any::<usize>().prop_map(Change::Remove),
        (any::<usize>(), any::<usize>()).prop_map(|(key, value)| Change::Add(key, value)),
        (any::<usize>(), any::<usize>()).prop_map(|(at, key)| Change::Rename(at, key)),
        (any::<usize>(), any::<bool>()).prop_map(|(at, extra)| Change::ToList(at, extra)),
    ];
    proptest::collection::vec((any::<usize>(), change), 1..4)
}

fn node_count(value: &Value) -> usize {
    1 + match value {
        Value::Array(values) => values.iter().map(node_count).sum(),
        Value::Object(map) => map.values().map(node_count).sum(),
        _ => 0,
    }
}

/// The `at`-th node of `value` in pre-order.
fn node(value: &mut Value, at: usize) -> Option<&mut Value> {
    if at == 0 {
        return Some(value);
    }
    let mut at = at - 1;
    let children: Vec<&mut Value> = match value {
        Value::Array(values) => values.iter_mut().collect(),
        Value::Object(map) => map.values_mut().collect(),
        _ => return None,
    };
    for child in children {
        let size = node_count(child);
        if at < size {
            return node(child, at);
        }
        at -= size;
    }
    None
}

fn apply(value: &mut Value, at: usize, change: &Change) {
    let at = at % node_count(value);
    let Some(target) = node(value, at) else {
        return;
    };
    match (change, target) {
        (Change::Replace(which), target) => *target = odd_value(*which),
        (Change::Remove(which), Value::Object(map)) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(which % map.len())
                .cloned()
                .unwrap_or_default();
            map.remove(&key);
        }
        (Change::Add(key, which), Value::Object(map)) => {
            map.insert(ODD_KEYS[key % ODD_KEYS.len()].to_owned(), odd_value(*which));
        }
        (Change::Rename(which, key), Value::Object(map)) if !map.is_empty() => {
            let old = map
                .keys()
                .nth(which % map.len())
                .cloned()
                .unwrap_or_default();
            if let Some(moved) = map.remove(&old) {
                map.insert(ODD_KEYS[key % ODD_KEYS.len()].to_owned(), moved);
            }
        }
        (Change::ToList(which, extra), target @ Value::Object(_)) => {
            let Value::Object(map) = target else {
                return;
            };
            let fitting: Vec<&[&str]> = STRUCT_FIELDS
                .into_iter()
                .filter(|names| map.keys().all(|key| names.contains(&key.as_str())))
                .collect();
            let Some(names) = fitting.get(which % fitting.len().max(1)) else {
                return;
            };
            let mut values: Vec<Value> = names
                .iter()
                .map(|name| map.get(*name).cloned().unwrap_or(Value::Null))
                .collect();
            while values.last() == Some(&Value::Null) && !map.contains_key(names[values.len() - 1])
            {
                values.pop();
            }
            if *extra {
                values.push(json!(0));
            }
            *target = Value::Array(values);
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// The hand writer writes what the derived `Serialize` writes, for any data.
    #[test]
    fn writes_what_serde_writes(data in data_v3_values()) {
        prop_assert_eq!(write_v3(data.clone()), to_json(&data));
    }

    /// ... and for any progress (what the app writes).
    #[test]
    fn writes_progress_as_serde_does(progress in progress()) {
        let data = DataV3::from(&progress);
        prop_assert_eq!(write_v3(data.clone()), to_json(&data));
    }

    /// Good data of every version reads the same by hand and derived.
    #[test]
    fn reads_good_data_as_serde_does(data in data_v3_values(), v1 in data_v1_values()) {
        // Version 3 data without a receipt name nor assignments is version 2 data too.
        prop_assert!(same_reading_in_every_version(&to_json(&data))?[2]);
        prop_assert_eq!(same_reading_in_every_version(&to_json(&v2_part(data)))?, [false, true, true]);
        same_reading_in_every_version(&v1)?;
    }

    /// Damaged data is refused, or read to the same data, by both readers.
    #[test]
    fn reads_damaged_data_as_serde_does(
        data in data_v3_values(),
        v1 in data_v1_values(),
        changes in changes(),
    ) {
        for mut value in [to_json(&data), to_json(&v2_part(data)), v1] {
            for (at, change) in &changes {
                apply(&mut value, *at, change);
                same_reading_in_every_version(&value)?;
            }
        }
    }
}

/// A version 3 document with `data` changed at `path` (a field name or a list index per step).
fn v3_with(path: &[&str], new: Value) -> Value {
    let mut value = json!({
        "learner": {"audio": true, "lang": "ar", "name": "Amina"},
        "packs": ["de-a1"],
        "items": {"de-a1": {"w-hallo": {"due": 1, "last": 0, "s": 3.2, "d": 5, "n": 3, "ms": 20}}},
        "lessons": {"de-a1": {"greetings": {"done": 1, "best": 90, "pos": 2, "seen": 4}}},
        "daily": {"goal": 10, "days": {"19800": 12}},
        "assignments": {"3F9K2Q": {"code": "AQsAB0", "at": 1_710_000_000}},
    });
    let mut at = &mut value;
    for step in path {
        at = match at {
            Value::Object(map) => map.entry((*step).to_owned()).or_insert(Value::Null),
            Value::Array(values) => {
                let index: usize = step.parse().unwrap_or(0);
                &mut values[index]
            }
            _ => panic!("no {step} in {at}"),
        };
    }
    *at = new;
    value
}

/// The edges, named: each is read (or refused) the same by hand and derived, and the outcome is
/// the one written here, so a change in serde or in the reader shows.
#[test]
fn edge_cases_read_as_serde_does() {
    let day = |key: &str| v3_with(&["daily", "days"], json!({ key: 1 }));
    let assignment = |key: &str| {
        v3_with(
            &["assignments"],
            json!({ key: {"code": "AQsAB0", "at": 1} }),
        )
    };
    let cases = [
        ("as written", v3_with(&[], json!(null)), false),
        ("the sample", v3_with(&["packs"], json!(["de-a1"])), true),
        ("day 0", day("0"), true),
        ("day -17", day("-17"), true),
        ("day i64::MAX", day("9223372036854775807"), true),
        ("day i64::MIN", day("-9223372036854775808"), true),
        ("day -0", day("-0"), false),
        ("day 01", day("01"), false),
        ("day +1", day("+1"), false),
        ("day with a space before", day(" 1"), false),
        ("day with a space after", day("1 "), false),
        ("day 1.0", day("1.0"), false),
        ("day 1e2", day("1e2"), false),
        ("day -", day("-"), false),
        ("day empty", day(""), false),
        ("day over i64::MAX", day("9223372036854775808"), false),
        ("day under i64::MIN", day("-9223372036854775809"), false),
        ("day in Arabic digits", day("١٢"), false),
        ("assignment id", assignment("3F9K2Q"), true),
        ("assignment id in lower case", assignment("3f9k2q"), true),
        ("assignment id too short", assignment("3F9K2"), false),
        ("assignment id with a U", assignment("3F9K2U"), false),
        (
            "best 100",
            v3_with(&["lessons", "de-a1", "greetings", "best"], json!(100)),
            true,
        ),
        (
            "best 256",
            v3_with(&["lessons", "de-a1", "greetings", "best"], json!(256)),
            false,
        ),
        (
            "best null",
            v3_with(&["lessons", "de-a1", "greetings", "best"], json!(null)),
            true,
        ),
        (
            "done null",
            v3_with(&["lessons", "de-a1", "greetings", "done"], json!(null)),
            false,
        ),
        (
            "done 1.0",
            v3_with(&["lessons", "de-a1", "greetings", "done"], json!(1.0)),
            false,
        ),
        (
            "done -1",
            v3_with(&["lessons", "de-a1", "greetings", "done"], json!(-1)),
            false,
        ),
        (
            "done u32::MAX",
            v3_with(&["lessons", "de-a1", "greetings", "done"], json!(u32::MAX)),
            true,
        ),
        (
            "done over u32::MAX",
            v3_with(
                &["lessons", "de-a1", "greetings", "done"],
                json!(1u64 << 32),
            ),
            false,
        ),
        (
            "due u64::MAX",
            v3_with(&["items", "de-a1", "w-hallo", "due"], json!(u64::MAX)),
            false,
        ),
        (
            "due 1.5",
            v3_with(&["items", "de-a1", "w-hallo", "due"], json!(1.5)),
            false,
        ),
        (
            "due null",
            v3_with(&["items", "de-a1", "w-hallo", "due"], json!(null)),
            false,
        ),
        (
            "s an integer",
            v3_with(&["items", "de-a1", "w-hallo", "s"], json!(-3)),
            true,
        ),
        (
            "s huge",
            v3_with(&["items", "de-a1", "w-hallo", "s"], json!(u64::MAX)),
            true,
        ),
        (
            "s a string",
            v3_with(&["items", "de-a1", "w-hallo", "s"], json!("3.2")),
            false,
        ),
        (
            "audio null",
            v3_with(&["learner", "audio"], json!(null)),
            false,
        ),
        (
            "lang null",
            v3_with(&["learner", "lang"], json!(null)),
            true,
        ),
        ("packs null", v3_with(&["packs"], json!(null)), false),
        (
            "packs twice",
            v3_with(&["packs"], json!(["b", "a", "b"])),
            true,
        ),
        (
            "packs an object",
            v3_with(&["packs"], json!({"a": 1})),
            false,
        ),
        ("items null", v3_with(&["items"], json!(null)), false),
        ("items a list", v3_with(&["items"], json!([])), false),
        ("unknown field", v3_with(&["more"], json!(1)), false),
        (
            "unknown item field",
            v3_with(&["items", "de-a1", "w-hallo", "x"], json!(1)),
            false,
        ),
        (
            "daily as a list",
            v3_with(&["daily"], json!([10, {"5": 1}])),
            true,
        ),
        (
            "daily as a short list",
            v3_with(&["daily"], json!([10])),
            true,
        ),
        (
            "daily as an empty list",
            v3_with(&["daily"], json!([])),
            false,
        ),
        (
            "daily as a long list",
            v3_with(&["daily"], json!([10, {}, 1])),
            false,
        ),
        (
            "learner as a list",
            v3_with(&["learner"], json!([null, false])),
            true,
        ),
        (
            "learner as a list without audio",
            v3_with(&["learner"], json!(["ar"])),
            false,
        ),
        (
            "item as a list",
            v3_with(&["items", "de-a1", "w-hallo"], json!([5, null, 1, 2, 0])),
            true,
        ),
        (
            "item as a list, count null",
            v3_with(&["items", "de-a1", "w-hallo"], json!([5, null, 1, 2, null])),
            false,
        ),
        (
            "assignment as a list",
            v3_with(&["assignments", "3F9K2Q"], json!(["c", 1])),
            true,
        ),
        (
            "data as a list",
            json!([{"audio": true}, [], {}, {}, {"goal": 1}]),
            true,
        ),
        ("data a string", json!("data"), false),
    ];
    for (name, value, accepted) in cases {
        assert_eq!(check(&value)[2], accepted, "{name}: {value}");
    }
    // Version 1: `audio` defaults to true, not to false.
    let v1 =
        json!({"items": [{"pack": "p", "item": "i", "due": 1, "stability": 1, "difficulty": 2.5}]});
    assert_eq!(check(&v1), [true, false, false]);
    assert_eq!(data_v1(v1).map(|data| data.audio), Ok(true));
    let v1_list = json!([null, false, [["p", "i", 1, 1.0, 2.0, 3, 0, null]]]);
    assert_eq!(check(&v1_list), [true, false, false]);
    let v1_null_audio = json!({"audio": null, "items": []});
    assert_eq!(check(&v1_null_audio), [false, false, false]);
    // Version 2 refuses what only version 3 has.
    let v2_with_name = v3_with(&["assignments"], json!({}));
    assert_eq!(check(&v2_with_name), [false, false, true]);
}
