//! Slots held in memory, for tests and for running where there is no storage.

use super::{ProgressSlots, Slot, StorageError};

/// Two slots and the set-aside copies, in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemorySlots {
    a: Option<String>,
    b: Option<String>,
    aside: Vec<String>,
}

impl MemorySlots {
    /// The text in `slot`.
    pub fn get(&self, slot: Slot) -> Option<&str> {
        match slot {
            Slot::A => self.a.as_deref(),
            Slot::B => self.b.as_deref(),
        }
    }

    /// Puts `text` in `slot` directly (for setting up a test).
    pub fn put(&mut self, slot: Slot, text: Option<String>) {
        *self.slot_mut(slot) = text;
    }

    /// Every copy set aside, oldest first.
    pub fn set_aside_copies(&self) -> &[String] {
        &self.aside
    }

    fn slot_mut(&mut self, slot: Slot) -> &mut Option<String> {
        match slot {
            Slot::A => &mut self.a,
            Slot::B => &mut self.b,
        }
    }
}

impl ProgressSlots for MemorySlots {
    fn read(&self, slot: Slot) -> Result<Option<String>, StorageError> {
        Ok(self.get(slot).map(str::to_owned))
    }

    fn write(&mut self, slot: Slot, text: &str) -> Result<(), StorageError> {
        *self.slot_mut(slot) = Some(text.to_owned());
        Ok(())
    }

    fn set_aside(&mut self, raw: &str) -> Result<(), StorageError> {
        self.aside.push(raw.to_owned());
        Ok(())
    }

    fn clear(&mut self) -> Result<(), StorageError> {
        *self = Self::default();
        Ok(())
    }
}
