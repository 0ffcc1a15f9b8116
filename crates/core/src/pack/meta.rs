//! What a pack is: its identity, languages, jurisdiction, licence and sources.

use serde::{Deserialize, Serialize};

use super::Date;
use crate::{LocalizedText, PackKind};

/// A pack's metadata, from `pack.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    /// Stable id: lower-case letters, digits, hyphens. Progress is keyed by it.
    pub id: String,
    pub version: String,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    /// The language being learned (BCP 47).
    pub target_language: String,
    /// The learners' languages, in the order the app falls back through them.
    pub support_languages: Vec<String>,
    pub kind: PackKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<CefrLevel>,
    /// Where the pack's civic facts hold; `None` for packs that hold anywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    pub licence: String,
    pub authors: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// When the facts were last checked.
    pub reviewed: Date,
    /// After this date the pack's facts (fees, wages) may be out of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    #[serde(default)]
    pub answers: AnswerRules,
    /// Support languages whose translations a native speaker has checked; the app shows the
    /// others as drafts and invites corrections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations_reviewed: Vec<String>,
}

/// Common European Framework levels, plus A0 for complete beginners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CefrLevel {
    A0,
    A1,
    A2,
    B1,
    B2,
    C1,
}

/// A jurisdiction: a country (ISO 3166-1 alpha-2, `DE`), optionally a state (ISO 3166-2, `DE-BY`)
/// and a city.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdivision: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

/// An official source behind the pack's facts, referred to by `id` from questions and readings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

/// How strictly typed answers are checked in this pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRules {
    /// Accept `Strasse` for `Straße` and `Munchen` for `München`, with a note.
    #[serde(default = "yes")]
    pub accept_missing_diacritics: bool,
    /// Accept one typo in a longer word, with a note.
    #[serde(default = "yes")]
    pub accept_typos: bool,
}

fn yes() -> bool {
    true
}

impl Default for AnswerRules {
    fn default() -> Self {
        Self {
            accept_missing_diacritics: true,
            accept_typos: true,
        }
    }
}
