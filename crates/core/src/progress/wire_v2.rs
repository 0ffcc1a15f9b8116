//! The stored form of progress, version 2: the `data` of a document, grouped by pack so that pack
//! ids are not repeated, with short keys and default values left out. Frozen: version 3
//! (`wire_v3`) adds to it and reuses its item, lesson and daily records unchanged.
//!
//! ```json
//! {"daily":{"days":{"19800":12},"goal":10},
//!  "items":{"de-a1":{"w-hallo":{"d":5.1,"due":1710000000,"last":1709900000,"n":3,"ok":4,"s":3.2,"tries":5}}},
//!  "learner":{"audio":true,"lang":"ar"},
//!  "lessons":{"de-a1":{"greetings":{"best":90,"done":1,"done_at":1709900000,"seen":1709900000}}},
//!  "packs":["de-a1"]}
//! ```
//!
//! Item fields: `due`, `last` (last review), `s`/`d` (FSRS stability and difficulty, both or
//! neither), `n` (reviews), `lapses`, `ok` (right answers), `tries` (answers), `ms` (last answer
//! time). Lesson fields: `done` (completions), `done_at`, `best` (percent), `pos`, `seen` (last
//! opened). Any change to these types is a new version with a migration (see `migrate`).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DataV2 {
    pub learner: LearnerV2,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub packs: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub items: BTreeMap<String, BTreeMap<String, ItemV2>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lessons: BTreeMap<String, BTreeMap<String, LessonV2>>,
    pub daily: DailyV2,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LearnerV2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub audio: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ItemV2 {
    pub due: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<f64>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub n: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lapses: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub ok: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tries: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ms: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LessonV2 {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub done: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best: Option<u8>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pos: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DailyV2 {
    pub goal: u32,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub days: BTreeMap<i64, u32>,
}

pub(super) fn is_zero(value: &u32) -> bool {
    *value == 0
}
