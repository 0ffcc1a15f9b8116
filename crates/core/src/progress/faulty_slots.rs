//! Slots that fail on demand, to test that no fault loses saved progress: full storage, blocked
//! storage, damaged slots, and a crash half-way through a write.

use super::{MemorySlots, ProgressSlots, Slot, StorageError};

/// [`MemorySlots`] with faults switched on by its public fields.
#[derive(Debug, Clone, Default)]
pub struct FaultySlots {
    pub inner: MemorySlots,
    /// Every read fails with this.
    pub read_error: Option<StorageError>,
    /// Every write fails with this, leaving the slot as it was (as `localStorage.setItem` does).
    pub write_error: Option<StorageError>,
    /// Setting aside fails with this.
    pub set_aside_error: Option<StorageError>,
    /// The next write stores only the first half of the text and fails, as if the app died.
    pub crash_next_write: bool,
    /// Writes attempted, failed ones included.
    pub writes: usize,
}

impl FaultySlots {
    /// Slots holding what `inner` holds, with no faults yet.
    pub fn new(inner: MemorySlots) -> Self {
        Self {
            inner,
            ..Self::default()
        }
    }

    /// Damages the text in `slot`: one character in its middle becomes `#`.
    pub fn corrupt(&mut self, slot: Slot) {
        if let Some(text) = self.inner.get(slot) {
            let middle = text.chars().count() / 2;
            let damaged: String = text
                .chars()
                .enumerate()
                .map(|(index, c)| if index == middle { '#' } else { c })
                .collect();
            self.inner.put(slot, Some(damaged));
        }
    }
}

impl ProgressSlots for FaultySlots {
    fn read(&self, slot: Slot) -> Result<Option<String>, StorageError> {
        match &self.read_error {
            Some(error) => Err(error.clone()),
            None => self.inner.read(slot),
        }
    }

    fn write(&mut self, slot: Slot, text: &str) -> Result<(), StorageError> {
        self.writes += 1;
        if let Some(error) = &self.write_error {
            return Err(error.clone());
        }
        if self.crash_next_write {
            self.crash_next_write = false;
            let mut half = text.len() / 2;
            while !text.is_char_boundary(half) {
                half -= 1;
            }
            self.inner.put(slot, text.get(..half).map(str::to_owned));
            return Err(StorageError::Other("crashed mid-write".to_owned()));
        }
        self.inner.write(slot, text)
    }

    fn set_aside(&mut self, raw: &str) -> Result<(), StorageError> {
        match &self.set_aside_error {
            Some(error) => Err(error.clone()),
            None => self.inner.set_aside(raw),
        }
    }

    fn clear(&mut self) -> Result<(), StorageError> {
        self.inner.clear()
    }
}
