//! The pack catalog (`packs/index.json`): which lesson packs a site offers, written by the pack
//! tool at build time and read by the app (and precached by the service worker) so the list of
//! packs is there offline.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::LocalizedText;
use crate::json_reader::{
    self, Fields, JsonProblem, Read, list, localized, string, strings, unsigned,
};
use crate::pack::read_compiled::{cefr_level, pack_kind, region};

/// The catalog format this build reads and writes. A newer one is refused rather than guessed at.
pub const CATALOG_FORMAT_VERSION: u32 = 1;

/// Every pack a site offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub format_version: u32,
    pub packs: Vec<CatalogEntry>,
}

/// What the app needs to list a pack and fetch it, without loading the pack itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    pub id: String,
    pub version: String,
    pub title: LocalizedText,
    pub description: LocalizedText,
    /// The language being learned (BCP 47).
    pub target_language: String,
    /// The learners' languages the pack gives translations in.
    pub support_languages: Vec<String>,
    pub kind: PackKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<crate::pack::CefrLevel>,
    /// Where the pack's civic facts hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<crate::pack::Region>,
    /// The compiled pack's file name, relative to the catalog; content-addressed.
    pub file: String,
    /// Size of the compiled file in bytes, shown before a learner downloads it.
    pub size_bytes: u64,
    /// Size of the pictures and recordings the pack uses, in bytes (each counted once).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub media_bytes: u64,
    /// Hex SHA-256 of the compiled file.
    pub sha256: String,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

impl CatalogEntry {
    /// Whether a downloaded file is the one this entry lists, given its SHA-256 digest. An entry
    /// without a digest (a pack opened from a file) lists no particular bytes.
    pub fn lists_digest(&self, sha256: &[u8]) -> bool {
        // Written in lower case by the pack tool; other tools may use upper case.
        self.sha256.is_empty() || crate::hex::is_hex_of(&self.sha256.to_ascii_lowercase(), sha256)
    }

    /// The entry of a compiled pack, from its metadata and where and how big its file is (the pack
    /// tool lists compiled packs with it, the app packs opened from a file).
    pub fn for_pack(
        meta: &crate::pack::PackMeta,
        file: String,
        size_bytes: u64,
        media_bytes: u64,
        sha256: String,
    ) -> Self {
        Self {
            id: meta.id.clone(),
            version: meta.version.clone(),
            title: meta.title.clone(),
            description: meta.description.clone(),
            target_language: meta.target_language.clone(),
            support_languages: meta.support_languages.clone(),
            kind: meta.kind,
            level: meta.level,
            region: meta.region.clone(),
            file,
            size_bytes,
            media_bytes,
            sha256,
        }
    }

    /// What downloading the pack for offline use costs: the pack and its media.
    pub fn download_bytes(&self) -> u64 {
        self.size_bytes.saturating_add(self.media_bytes)
    }
}

/// What a pack teaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PackKind {
    Language,
    Civic,
    Mixed,
}

#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum CatalogError {
    #[error("the pack catalog is not valid: {0}")]
    Malformed(String),
    #[error(
        "the pack catalog has format {found}; this version of Passage reads format {supported}"
    )]
    UnsupportedFormat { found: u32, supported: u32 },
}

impl Catalog {
    /// An empty catalog of the current format.
    pub fn empty() -> Self {
        Self {
            format_version: CATALOG_FORMAT_VERSION,
            packs: Vec::new(),
        }
    }

    /// Reads a catalog, refusing formats newer than this build knows.
    pub fn from_json(text: &str) -> Result<Self, CatalogError> {
        let malformed = |problem: JsonProblem| CatalogError::Malformed(problem.to_string());
        let value = json_reader::parse(text).map_err(malformed)?;
        let format_version = json_reader::format_version(&value).map_err(malformed)?;
        if format_version != CATALOG_FORMAT_VERSION {
            return Err(CatalogError::UnsupportedFormat {
                found: format_version,
                supported: CATALOG_FORMAT_VERSION,
            });
        }
        read_catalog(value).map_err(malformed)
    }

    /// The catalog as JSON; the same catalog always gives the same bytes.
    pub fn to_json(&self) -> String {
        // Serialising plain structs, strings and maps cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn pack(&self, id: &str) -> Option<&CatalogEntry> {
        self.packs.iter().find(|pack| pack.id == id)
    }
}

/// Reads the catalog by hand (see [`crate::json_reader`] for why), as the derived `Serialize`
/// writes it.
fn read_catalog(value: Value) -> Read<Catalog> {
    let mut fields = Fields::of(value)?;
    let catalog = Catalog {
        format_version: fields.required("format_version", unsigned)?,
        packs: fields.required("packs", |value| list(value, read_entry))?,
    };
    fields.deny_unknown()?;
    Ok(catalog)
}

fn read_entry(value: Value) -> Read<CatalogEntry> {
    let mut fields = Fields::of(value)?;
    let entry = CatalogEntry {
        id: fields.required("id", string)?,
        version: fields.required("version", string)?,
        title: fields.required("title", localized)?,
        description: fields.required("description", localized)?,
        target_language: fields.required("target_language", string)?,
        support_languages: fields.required("support_languages", strings)?,
        kind: fields.required("kind", pack_kind)?,
        level: fields.optional("level", cefr_level)?,
        region: fields.optional("region", region)?,
        file: fields.required("file", string)?,
        size_bytes: fields.required("size_bytes", unsigned)?,
        media_bytes: fields.or_default("media_bytes", unsigned)?,
        sha256: fields.required("sha256", string)?,
    };
    fields.deny_unknown()?;
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> CatalogEntry {
        CatalogEntry {
            id: "de-a1".into(),
            version: "1.0.0".into(),
            title: LocalizedText::single("en", "German first steps"),
            description: LocalizedText::single("en", "Greetings, numbers, appointments."),
            target_language: "de".into(),
            support_languages: vec!["en".into(), "ar".into()],
            kind: PackKind::Language,
            level: None,
            region: None,
            file: "de-a1.0123abcd.json".into(),
            size_bytes: 1234,
            media_bytes: 0,
            sha256: "00".repeat(32),
        }
    }

    #[test]
    fn a_download_must_have_the_listed_digest() {
        let entry = entry();
        assert!(entry.lists_digest(&[0; 32]));
        let mut changed = [0; 32];
        changed[31] = 1;
        assert!(!entry.lists_digest(&changed));
        assert!(!entry.lists_digest(&[0; 31]));
        let upper = CatalogEntry {
            sha256: format!("{}0A", "00".repeat(31)),
            ..entry.clone()
        };
        let mut digest = [0; 32];
        digest[31] = 0x0a;
        assert!(upper.lists_digest(&digest), "upper-case hex");
        let unlisted = CatalogEntry {
            sha256: String::new(),
            ..entry
        };
        assert!(unlisted.lists_digest(&changed), "no digest listed");
    }

    #[test]
    fn round_trips_through_json() {
        let catalog = Catalog {
            format_version: CATALOG_FORMAT_VERSION,
            packs: vec![entry()],
        };
        assert_eq!(Catalog::from_json(&catalog.to_json()), Ok(catalog));
    }

    #[test]
    fn refuses_a_newer_format_instead_of_guessing() {
        let text = r#"{"format_version": 2, "packs": [], "future": true}"#;
        assert_eq!(
            Catalog::from_json(text),
            Err(CatalogError::UnsupportedFormat {
                found: 2,
                supported: 1
            })
        );
    }

    #[test]
    fn reports_malformed_catalogs() {
        for text in [
            "",
            "[]",
            "{\"format_version\": 1}",
            "{\"format_version\": 1, \"packs\": [{}]}",
        ] {
            assert!(
                matches!(Catalog::from_json(text), Err(CatalogError::Malformed(_))),
                "{text:?} should be malformed"
            );
        }
    }
}
