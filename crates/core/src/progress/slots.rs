//! Where stored progress lives: two slots (two keys of browser storage, say) and a place to keep
//! aside, byte for byte, what could not be read. The app implements [`ProgressSlots`] over browser
//! storage; only [`ProgressStore`](super::ProgressStore) calls it.

/// One of the two copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    A,
    B,
}

impl Slot {
    pub const BOTH: [Slot; 2] = [Slot::A, Slot::B];

    /// The other slot.
    pub fn other(self) -> Slot {
        match self {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        }
    }
}

/// Why storage refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// Storage is full (`QuotaExceededError`).
    #[error("storage is full")]
    QuotaExceeded,
    /// Storage is blocked or missing (private browsing, disabled by the user or the browser).
    #[error("storage is unavailable")]
    Unavailable,
    #[error("storage failed: {0}")]
    Other(String),
}

/// Raw access to the two slots.
pub trait ProgressSlots {
    /// The text in `slot`, or `None` when the slot is empty.
    fn read(&self, slot: Slot) -> Result<Option<String>, StorageError>;

    /// Replaces the text in `slot`. On error the slot may hold the old text, the new text, or (after
    /// a crash) part of it; the store never relies on which.
    fn write(&mut self, slot: Slot, text: &str) -> Result<(), StorageError>;

    /// Keeps `raw` exactly as given, beside every copy kept aside before (never replacing one), so
    /// that the learner can export it later.
    fn set_aside(&mut self, raw: &str) -> Result<(), StorageError>;

    /// Removes both slots and everything set aside: "delete all my data".
    fn clear(&mut self) -> Result<(), StorageError>;
}
