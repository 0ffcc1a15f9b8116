//! The stored data of every version read from a `serde_json::Value` by hand, and version 3's
//! written as one, field by field.
//!
//! Why not serde's derived readers and writer: they cost about 84 KB of the app's WebAssembly (see
//! [`crate::json_reader`]). These accept exactly what the derived `Deserialize` impls of
//! `DataV1`, `DataV2` and `DataV3` accept, and write exactly what their `Serialize` writes;
//! `tests/wire_json.rs` compares them on many values. Like the derived readers, a struct may also
//! be a list of its fields' values in declaration order.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::inserted;
use super::migrate::{DataV1, ItemV1};
use super::wire_v2::{DailyV2, DataV2, ItemV2, LearnerV2, LessonV2};
use super::wire_v3::{AssignmentV3, DataV3, LearnerV3};
use crate::classroom::AssignmentId;
use crate::json_reader::{Fields, JsonProblem, Read, boolean, list, map, string, unsigned};

pub(super) fn data_v1(value: Value) -> Read<DataV1> {
    let mut fields = Fields::of_struct(value, &["language", "audio", "items"])?;
    let data = DataV1 {
        language: fields.optional("language", string)?,
        audio: fields.or("audio", true, boolean)?,
        items: fields.required("items", |value| list(value, item_v1))?,
    };
    fields.deny_unknown()?;
    Ok(data)
}

fn item_v1(value: Value) -> Read<ItemV1> {
    let names = [
        "pack",
        "item",
        "due",
        "stability",
        "difficulty",
        "reviews",
        "lapses",
        "last_review",
    ];
    let mut fields = Fields::of_struct(value, &names)?;
    let item = ItemV1 {
        pack: fields.required("pack", string)?,
        item: fields.required("item", string)?,
        due: fields.required("due", signed)?,
        stability: fields.required("stability", float)?,
        difficulty: fields.required("difficulty", float)?,
        reviews: fields.or_default("reviews", unsigned)?,
        lapses: fields.or_default("lapses", unsigned)?,
        last_review: fields.optional("last_review", signed)?,
    };
    fields.deny_unknown()?;
    Ok(item)
}

/// Version 2's data is version 3's without `assignments` and `learner.name` (the last field of
/// each, so also a list one value shorter): it is read as version 3's once those are refused,
/// rather than with a reader of its own.
pub(super) fn data_v2(value: Value) -> Read<DataV2> {
    let (learner, beyond_v2) = match &value {
        Value::Object(fields) => (fields.get("learner"), fields.contains_key("assignments")),
        Value::Array(values) => (values.first(), values.len() > 5),
        _ => (None, false),
    };
    let name = match learner {
        Some(Value::Object(fields)) => fields.contains_key("name"),
        Some(Value::Array(values)) => values.len() > 2,
        _ => false,
    };
    if beyond_v2 || name {
        let field = if name { "learner.name" } else { "assignments" };
        return Err(JsonProblem::new(format!(
            "unknown field \"{field}\" in version 2"
        )));
    }
    data_v3(value).map(v2_part)
}

/// The part of version-3 data that version 2 has (version 3 only added fields).
pub(super) fn v2_part(data: DataV3) -> DataV2 {
    DataV2 {
        learner: LearnerV2 {
            lang: data.learner.lang,
            audio: data.learner.audio,
        },
        packs: data.packs,
        items: data.items,
        lessons: data.lessons,
        daily: data.daily,
    }
}

pub(super) fn data_v3(value: Value) -> Read<DataV3> {
    let names = [
        "learner",
        "packs",
        "items",
        "lessons",
        "daily",
        "assignments",
    ];
    let mut fields = Fields::of_struct(value, &names)?;
    let data = DataV3 {
        learner: fields.required("learner", learner_v3)?,
        packs: fields.or_default("packs", string_set)?,
        items: fields.or_default("items", items)?,
        lessons: fields.or_default("lessons", lessons)?,
        daily: fields.required("daily", daily)?,
        assignments: fields.or_default("assignments", assignments)?,
    };
    fields.deny_unknown()?;
    Ok(data)
}

fn learner_v3(value: Value) -> Read<LearnerV3> {
    let mut fields = Fields::of_struct(value, &["lang", "audio", "name"])?;
    let learner = LearnerV3 {
        lang: fields.optional("lang", string)?,
        audio: fields.required("audio", boolean)?,
        name: fields.optional("name", string)?,
    };
    fields.deny_unknown()?;
    Ok(learner)
}

fn string_set(value: Value) -> Read<BTreeSet<String>> {
    list(value, string).map(inserted)
}

fn items(value: Value) -> Read<BTreeMap<String, BTreeMap<String, ItemV2>>> {
    map(value, |pack| map(pack, item_v2))
}

fn item_v2(value: Value) -> Read<ItemV2> {
    let names = ["due", "last", "s", "d", "n", "lapses", "ok", "tries", "ms"];
    let mut fields = Fields::of_struct(value, &names)?;
    let item = ItemV2 {
        due: fields.required("due", signed)?,
        last: fields.optional("last", signed)?,
        s: fields.optional("s", float)?,
        d: fields.optional("d", float)?,
        n: fields.or_default("n", unsigned)?,
        lapses: fields.or_default("lapses", unsigned)?,
        ok: fields.or_default("ok", unsigned)?,
        tries: fields.or_default("tries", unsigned)?,
        ms: fields.optional("ms", unsigned)?,
    };
    fields.deny_unknown()?;
    Ok(item)
}

fn lessons(value: Value) -> Read<BTreeMap<String, BTreeMap<String, LessonV2>>> {
    map(value, |pack| map(pack, lesson_v2))
}

fn lesson_v2(value: Value) -> Read<LessonV2> {
    let names = ["done", "done_at", "best", "pos", "seen"];
    let mut fields = Fields::of_struct(value, &names)?;
    let lesson = LessonV2 {
        done: fields.or_default("done", unsigned)?,
        done_at: fields.optional("done_at", signed)?,
        best: fields.optional("best", unsigned)?,
        pos: fields.or_default("pos", unsigned)?,
        seen: fields.optional("seen", signed)?,
    };
    fields.deny_unknown()?;
    Ok(lesson)
}

fn daily(value: Value) -> Read<DailyV2> {
    let mut fields = Fields::of_struct(value, &["goal", "days"])?;
    let daily = DailyV2 {
        goal: fields.required("goal", unsigned)?,
        days: fields.or_default("days", days)?,
    };
    fields.deny_unknown()?;
    Ok(daily)
}

/// Days by number (`"19800"`), each with its count.
fn days(value: Value) -> Read<BTreeMap<i64, u32>> {
    let mut out = BTreeMap::new();
    for (key, count) in map(value, unsigned)? {
        let day = integer_key(&key)
            .ok_or_else(|| JsonProblem::new(format!("expected a whole number, found \"{key}\"")))?;
        out.insert(day, count);
    }
    Ok(out)
}

/// A map key holding an `i64` as serde_json reads one: a JSON integer alone, so `"-1"` but not
/// `"+1"`, `"01"`, `"-0"`, `"1.0"` or `" 1"`. That is exactly the text `i64`'s `Display` writes.
fn integer_key(key: &str) -> Option<i64> {
    let digits = key.strip_prefix('-').unwrap_or(key);
    let plain = digits.bytes().all(|b| b.is_ascii_digit());
    let canonical = !digits.starts_with('0') || key == "0";
    if !plain || !canonical {
        return None;
    }
    key.parse().ok()
}

fn assignments(value: Value) -> Read<BTreeMap<AssignmentId, AssignmentV3>> {
    let mut out = BTreeMap::new();
    for (key, stored) in map(value, assignment)? {
        let id = key
            .parse()
            .map_err(|error: crate::classroom::AssignmentIdError| JsonProblem::new(error.0))?;
        out.insert(id, stored);
    }
    Ok(out)
}

fn assignment(value: Value) -> Read<AssignmentV3> {
    let mut fields = Fields::of_struct(value, &["code", "at"])?;
    let assignment = AssignmentV3 {
        code: fields.required("code", string)?,
        at: fields.required("at", signed)?,
    };
    fields.deny_unknown()?;
    Ok(assignment)
}

/// A whole number from `i64::MIN` to `i64::MAX`.
fn signed(value: Value) -> Read<i64> {
    value
        .as_i64()
        .ok_or_else(|| JsonProblem::new("expected a whole number"))
}

/// Any number.
fn float(value: Value) -> Read<f64> {
    value
        .as_f64()
        .ok_or_else(|| JsonProblem::new("expected a number"))
}

/// `data` as the derived `Serialize` writes it: fields at their default are left out.
pub(super) fn write_v3(data: DataV3) -> Value {
    let mut out = Map::new();
    let mut learner = Map::new();
    put_some(&mut learner, "lang", data.learner.lang.map(Value::from));
    learner.insert("audio".to_owned(), Value::Bool(data.learner.audio));
    put_some(&mut learner, "name", data.learner.name.map(Value::from));
    out.insert("learner".to_owned(), Value::Object(learner));
    if !data.packs.is_empty() {
        let packs = data.packs.into_iter().map(Value::from).collect();
        out.insert("packs".to_owned(), Value::Array(packs));
    }
    put_map(&mut out, "items", data.items, |pack| {
        object(pack, |item| {
            let mut out = Map::new();
            out.insert("due".to_owned(), Value::from(item.due));
            put_some(&mut out, "last", item.last.map(Value::from));
            put_some(&mut out, "s", item.s.map(Value::from));
            put_some(&mut out, "d", item.d.map(Value::from));
            put_count(&mut out, "n", item.n);
            put_count(&mut out, "lapses", item.lapses);
            put_count(&mut out, "ok", item.ok);
            put_count(&mut out, "tries", item.tries);
            put_some(&mut out, "ms", item.ms.map(Value::from));
            Value::Object(out)
        })
    });
    put_map(&mut out, "lessons", data.lessons, |pack| {
        object(pack, |lesson| {
            let mut out = Map::new();
            put_count(&mut out, "done", lesson.done);
            put_some(&mut out, "done_at", lesson.done_at.map(Value::from));
            put_some(&mut out, "best", lesson.best.map(Value::from));
            put_count(&mut out, "pos", lesson.pos);
            put_some(&mut out, "seen", lesson.seen.map(Value::from));
            Value::Object(out)
        })
    });
    let mut daily = Map::new();
    daily.insert("goal".to_owned(), Value::from(data.daily.goal));
    if !data.daily.days.is_empty() {
        let days = data.daily.days.into_iter();
        let days = days.map(|(day, count)| (day.to_string(), Value::from(count)));
        daily.insert("days".to_owned(), Value::Object(inserted(days)));
    }
    out.insert("daily".to_owned(), Value::Object(daily));
    if !data.assignments.is_empty() {
        let assignments = data.assignments.into_iter().map(|(id, stored)| {
            let mut out = Map::new();
            out.insert("code".to_owned(), Value::from(stored.code));
            out.insert("at".to_owned(), Value::from(stored.at));
            (id.to_string(), Value::Object(out))
        });
        out.insert(
            "assignments".to_owned(),
            Value::Object(inserted(assignments)),
        );
    }
    Value::Object(out)
}

/// An object from key to value, each value written with `write`.
fn object<T>(entries: BTreeMap<String, T>, write: fn(T) -> Value) -> Value {
    Value::Object(inserted(
        entries.into_iter().map(|(key, value)| (key, write(value))),
    ))
}

/// `entries` as the field `name`, left out when empty.
fn put_map<T>(
    out: &mut Map<String, Value>,
    name: &str,
    entries: BTreeMap<String, T>,
    write: fn(T) -> Value,
) {
    if !entries.is_empty() {
        out.insert(name.to_owned(), object(entries, write));
    }
}

fn put_some(out: &mut Map<String, Value>, name: &str, value: Option<Value>) {
    if let Some(value) = value {
        out.insert(name.to_owned(), value);
    }
}

fn put_count(out: &mut Map<String, Value>, name: &str, count: u32) {
    if count != 0 {
        out.insert(name.to_owned(), Value::from(count));
    }
}
