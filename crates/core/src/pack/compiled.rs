//! The compiled pack file: reading it back (from this site, another site or another phone) and
//! writing it deterministically.

use serde::Deserialize;
use thiserror::Error;

use super::Pack;

/// The compiled format this build reads and writes.
pub const PACK_FORMAT_VERSION: u32 = 1;

/// A compiled pack larger than this is refused before parsing: no phone should be asked to hold
/// it, and a hostile file cannot exhaust memory.
pub const MAX_COMPILED_PACK_BYTES: usize = 8 * 1024 * 1024;

/// Why a compiled pack could not be read.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum PackError {
    #[error("the pack file is {bytes} bytes; the limit is {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the pack file is not valid: {0}")]
    Malformed(String),
    #[error("the pack has format {found}; this version of Passage reads format {supported}")]
    UnsupportedFormat { found: u32, supported: u32 },
}

impl Pack {
    /// Reads a compiled pack. It still has to pass `validate` before it is used.
    pub fn from_json(text: &str) -> Result<Self, PackError> {
        if text.len() > MAX_COMPILED_PACK_BYTES {
            return Err(PackError::TooLarge {
                bytes: text.len(),
                limit: MAX_COMPILED_PACK_BYTES,
            });
        }
        #[derive(Deserialize)]
        struct FormatOnly {
            format_version: u32,
        }
        let format: FormatOnly =
            serde_json::from_str(text).map_err(|error| PackError::Malformed(error.to_string()))?;
        if format.format_version != PACK_FORMAT_VERSION {
            return Err(PackError::UnsupportedFormat {
                found: format.format_version,
                supported: PACK_FORMAT_VERSION,
            });
        }
        serde_json::from_str(text).map_err(|error| PackError::Malformed(error.to_string()))
    }

    /// The compact JSON form; the same pack always gives the same bytes.
    pub fn to_json(&self) -> String {
        // Plain structs, strings, numbers and ordered maps always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }
}
