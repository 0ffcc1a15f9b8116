//! `pack.toml`: a pack's metadata, as its author writes it.

use std::collections::BTreeMap;
use std::path::Path;

use passage_core::pack::{
    AnswerRules, CefrLevel, Date, PACK_FORMAT_VERSION, PackMeta, Region, Source,
};
use passage_core::{LocalizedText, PackKind};
use serde::Deserialize;

use super::{read_limited, toml_problem};
use crate::PackProblem;

/// The newest source format this tool understands.
pub const SOURCE_FORMAT_VERSION: u32 = PACK_FORMAT_VERSION;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    format_version: u32,
    id: String,
    version: String,
    kind: PackKind,
    #[serde(default)]
    level: Option<CefrLevel>,
    target_language: String,
    support_languages: Vec<String>,
    title: BTreeMap<String, String>,
    #[serde(default)]
    description: BTreeMap<String, String>,
    #[serde(default)]
    region: Option<Region>,
    licence: String,
    authors: Vec<String>,
    #[serde(default)]
    sources: Vec<Source>,
    reviewed: toml::Value,
    #[serde(default)]
    valid_until: Option<toml::Value>,
    #[serde(default)]
    answers: Option<AnswerRules>,
    #[serde(default)]
    translations_reviewed: Vec<String>,
}

/// Reads `dir/pack.toml`. A newer `format_version` is reported alone, before anything else is
/// read, since the rest of the file may follow rules this tool does not know.
pub fn read(dir: &Path) -> Result<(PackMeta, String), Vec<PackProblem>> {
    let path = dir.join("pack.toml");
    let text = read_limited(&path)?;
    let table: toml::Table = text
        .parse()
        .map_err(|error: toml::de::Error| vec![toml_problem(&path, &text, &error)])?;
    if let Some(found) = table
        .get("format_version")
        .and_then(toml::Value::as_integer)
        && found > i64::from(SOURCE_FORMAT_VERSION)
    {
        let line = super::line_index::LineIndex::new(&text, 0).field_line("format_version", None);
        return Err(vec![
            PackProblem::new(
                &path,
                format!(
                    "this pack uses format {found}, but this pack tool knows formats up to \
                 {SOURCE_FORMAT_VERSION}; use a newer pack tool"
                ),
            )
            .at_line(line)
            .in_field("format_version"),
        ]);
    }
    let file: PackFile =
        toml::from_str(&text).map_err(|error| vec![toml_problem(&path, &text, &error)])?;
    let date = |field: &str, value: &toml::Value| -> Result<Date, PackProblem> {
        let written = match value {
            toml::Value::String(text) => text.clone(),
            toml::Value::Datetime(datetime) => datetime.to_string(),
            other => other.to_string(),
        };
        written
            .parse()
            .map_err(|error: passage_core::pack::DateError| {
                let line = super::line_index::LineIndex::new(&text, 0).field_line(field, None);
                PackProblem::new(&path, error.to_string())
                    .at_line(line)
                    .in_field(field)
            })
    };
    let mut problems = Vec::new();
    let reviewed = date("reviewed", &file.reviewed)
        .map_err(|p| problems.push(p))
        .ok();
    let valid_until = match &file.valid_until {
        Some(value) => date("valid_until", value)
            .map_err(|p| problems.push(p))
            .ok(),
        None => None,
    };
    let Some(reviewed) = reviewed else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let meta = PackMeta {
        id: file.id,
        version: file.version,
        title: LocalizedText(file.title),
        description: LocalizedText(file.description),
        target_language: file.target_language,
        support_languages: file.support_languages,
        kind: file.kind,
        level: file.level,
        region: file.region,
        licence: file.licence,
        authors: file.authors,
        sources: file.sources,
        reviewed,
        valid_until,
        answers: file.answers.unwrap_or_default(),
        translations_reviewed: file.translations_reviewed,
    };
    let _ = file.format_version;
    Ok((meta, text))
}
