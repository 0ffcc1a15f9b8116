//! Why a stored or imported progress document could not be read.

/// What is wrong with a progress document. The UI words it for the learner; the text here is for
/// logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not a Passage progress document at all (another file, or empty).
    #[error("not Passage progress")]
    NotProgress,
    /// The document was changed or damaged after it was written.
    #[error("progress damaged: checksum {stored} stored, {computed} computed")]
    ChecksumMismatch { stored: String, computed: String },
    /// Written by a newer app; this one must not read or overwrite it.
    #[error("progress version {found} is newer than this app reads ({supported})")]
    NewerVersion { found: u32, supported: u32 },
    /// Damaged or inconsistent: the message says where.
    #[error("progress damaged: {0}")]
    Malformed(String),
}
