//! Reading every earlier version of the stored data: each version's `data` is read with its own
//! types and brought forward one step at a time to the current one.
//!
//! Version 1 (app 0.1) kept one copy, with no generation, and only the scheduler's state of the
//! items reviewed, as a flat list:
//!
//! ```json
//! {"language":"ar","audio":true,
//!  "items":[{"pack":"de-a1","item":"w-hallo","due":1700000000,"stability":3.2,
//!            "difficulty":5.1,"reviews":3,"lapses":1,"last_review":1699990000}]}
//! ```
//!
//! Version 2 is described in `wire_v2`, version 3 (current) in `wire_v3`. To add version 4: freeze
//! `DataV3` as it is, write `DataV4` with its reader and writer in `wire_json` (and their
//! comparison with the derived ones in `tests/wire_json.rs`), a `v3_to_v4`, a fixture `v4.json`,
//! and a line in [`data_to_current`].

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use super::DecodeError;
use super::daily::DEFAULT_GOAL;
use super::inserted;
use super::wire_json;
use super::wire_v2::{DailyV2, DataV2, ItemV2, LearnerV2};
use super::wire_v3::{DataV3, LearnerV3};
use crate::json_reader::Read;

/// The `data` of a document of `version`, brought to the current version.
pub(super) fn data_to_current(version: u32, data: Value) -> Result<DataV3, DecodeError> {
    match version {
        1 => Ok(v2_to_v3(v1_to_v2(parse(data, wire_json::data_v1)?))),
        2 => Ok(v2_to_v3(parse(data, wire_json::data_v2)?)),
        3 => parse(data, wire_json::data_v3),
        other => Err(DecodeError::Malformed(format!("unknown version {other}"))),
    }
}

/// Reads `data` by hand (see `wire_json`), as the derived `Deserialize` of `T` would.
fn parse<T>(data: Value, read: fn(Value) -> Read<T>) -> Result<T, DecodeError> {
    read(data).map_err(|problem| DecodeError::Malformed(format!("data: {problem}")))
}

/// Version 1's data. The derived `Deserialize` is the reference `wire_json::data_v1` is tested
/// against.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DataV1 {
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default = "yes")]
    pub audio: bool,
    pub items: Vec<ItemV1>,
}

/// Version 1's record of a reviewed item.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ItemV1 {
    pub pack: String,
    pub item: String,
    pub due: i64,
    pub stability: f64,
    pub difficulty: f64,
    #[serde(default)]
    pub reviews: u32,
    #[serde(default)]
    pub lapses: u32,
    #[serde(default)]
    pub last_review: Option<i64>,
}

fn yes() -> bool {
    true
}

/// Version 1 to 2: the flat list becomes a map per pack; every pack with progress is taken as
/// installed (version 1 had no list of packs); answer counts start at 0 (version 1 did not count
/// answers); daily activity starts empty with the default goal. Should the list hold an item
/// twice, the record with the later review (then more reviews) is kept, as `merge` would.
fn v1_to_v2(v1: DataV1) -> DataV2 {
    let mut items: BTreeMap<String, BTreeMap<String, ItemV2>> = BTreeMap::new();
    for old in v1.items {
        let new = ItemV2 {
            due: old.due,
            last: old.last_review,
            s: Some(old.stability),
            d: Some(old.difficulty),
            n: old.reviews,
            lapses: old.lapses,
            ok: 0,
            tries: 0,
            ms: None,
        };
        let pack = items.entry(old.pack).or_default();
        let keep_old = pack
            .get(&old.item)
            .is_some_and(|kept| (kept.last, kept.n) >= (new.last, new.n));
        if !keep_old {
            pack.insert(old.item, new);
        }
    }
    DataV2 {
        learner: LearnerV2 {
            lang: v1.language,
            audio: v1.audio,
        },
        packs: inserted(items.keys().cloned()),
        items,
        lessons: BTreeMap::new(),
        daily: DailyV2 {
            goal: DEFAULT_GOAL,
            days: BTreeMap::new(),
        },
    }
}

/// Version 2 to 3: no assignment accepted yet, no receipt name yet; everything else as it was.
fn v2_to_v3(v2: DataV2) -> DataV3 {
    DataV3 {
        learner: LearnerV3 {
            lang: v2.learner.lang,
            audio: v2.learner.audio,
            name: None,
        },
        packs: v2.packs,
        items: v2.items,
        lessons: v2.lessons,
        daily: v2.daily,
        assignments: BTreeMap::new(),
    }
}
