//! Moving progress to another phone: export to a file, import it there, merge with what is there.

use super::format::{decode, encode};
use super::{DecodeError, Progress};
use crate::schedule::Timestamp;

/// `progress` as a file's text: the stored document format (self-checking, versioned), with
/// generation 0, since generations only order the saves of one phone.
pub fn export(progress: &Progress, now: Timestamp) -> String {
    encode(progress, 0, now)
}

/// The progress in an exported file (or a copy of a slot) of any version up to the current one.
/// Combine it with this phone's progress through [`merge`](super::merge), never in its place.
pub fn import(text: &str) -> Result<Progress, DecodeError> {
    decode(text).map(|decoded| decoded.progress)
}
