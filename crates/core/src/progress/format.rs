//! The stored document: progress as JSON text, in an envelope that names the format, its version,
//! which save it is (the generation), when it was saved, and a checksum.
//!
//! ```json
//! {"format":"passage-progress","version":3,"generation":7,"saved_at":1710000000,
//!  "checksum":"fnv1a64:5c7d7f2a0b3e19d4","data":{"daily":{"goal":10},"learner":{"audio":true}}}
//! ```
//!
//! The envelope and the checksum rule (see `checksum`) are the same in every version, so any
//! version can tell a damaged document (checksum mismatch) from one written by a newer app
//! (`NewerVersion`, left alone). Encoded size, measured by `cargo xtask bench` (`crates/core/benches/study.rs`):
//! 10,000 reviewed items with answer counts take 1.12 MB (112 bytes an item); two slots twice that,
//! well within the 5 MB browsers give `localStorage`.

use serde_json::{Map, Value};

use super::checksum::{canonical_json, document_checksum};
use super::migrate::data_to_current;
use super::wire_json::write_v3;
use super::wire_v3::DataV3;
use super::{DecodeError, Progress};
use crate::schedule::Timestamp;

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "passage-progress";

/// The version this app writes; it reads every version from 1 up to this one.
pub const CURRENT_VERSION: u32 = 3;

/// A document read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub progress: Progress,
    /// Which save this was; 0 for exports and version 1 (which had one copy).
    pub generation: u64,
    pub saved_at: Timestamp,
    /// The version it was written in (older ones were migrated to the current one).
    pub version: u32,
}

/// `progress` as a current-version document.
pub fn encode(progress: &Progress, generation: u64, now: Timestamp) -> String {
    let data = write_v3(DataV3::from(progress));
    let version = u64::from(CURRENT_VERSION);
    let checksum = document_checksum(version, generation, now.0, &data);
    format!(
        "{{\"format\":\"{FORMAT_NAME}\",\"version\":{version},\"generation\":{generation},\
         \"saved_at\":{saved_at},\"checksum\":\"{checksum}\",\"data\":{data}}}",
        saved_at = now.0,
        data = canonical_json(&data),
    )
}

/// Reads a document of any version up to [`CURRENT_VERSION`], checking its checksum and bringing
/// it to the current version. A byte-order mark and surrounding white space are allowed (files
/// that went through other apps).
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    let Ok(document) = serde_json::from_str::<Value>(text) else {
        // A cut-off or garbled document of ours still names the format near its start.
        return Err(if text.contains(FORMAT_NAME) {
            DecodeError::Malformed("not valid JSON (cut off or garbled)".to_owned())
        } else {
            DecodeError::NotProgress
        });
    };
    let Value::Object(mut envelope) = document else {
        return Err(DecodeError::NotProgress);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(DecodeError::NotProgress);
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .filter(|&version| version >= 1)
        .ok_or_else(|| malformed("version"))?;
    // Version 1 kept a single copy and had no generation.
    let generation = match envelope.get("generation") {
        None if version == 1 => 0,
        value => value
            .and_then(Value::as_u64)
            .ok_or_else(|| malformed("generation"))?,
    };
    let saved_at = envelope
        .get("saved_at")
        .and_then(Value::as_i64)
        .ok_or_else(|| malformed("saved_at"))?;
    let stored = envelope
        .get("checksum")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed("checksum"))?
        .to_owned();
    let data = envelope.remove("data").ok_or_else(|| malformed("data"))?;
    let computed = document_checksum(version, generation, saved_at, &data);
    if stored != computed {
        return Err(DecodeError::ChecksumMismatch { stored, computed });
    }
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > CURRENT_VERSION {
        return Err(DecodeError::NewerVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    check_envelope_fields(&envelope)?;
    let progress = data_to_current(version, data)?.into_progress()?;
    Ok(Decoded {
        progress,
        generation,
        saved_at: Timestamp(saved_at),
        version,
    })
}

/// Refuses fields the envelope of a known version never had (a sign of a foreign writer).
fn check_envelope_fields(envelope: &Map<String, Value>) -> Result<(), DecodeError> {
    const KNOWN: [&str; 5] = ["format", "version", "generation", "saved_at", "checksum"];
    match envelope.keys().find(|key| !KNOWN.contains(&key.as_str())) {
        Some(key) => Err(DecodeError::Malformed(format!("unknown field `{key}`"))),
        None => Ok(()),
    }
}

fn malformed(field: &str) -> DecodeError {
    DecodeError::Malformed(format!("missing or invalid `{field}`"))
}
