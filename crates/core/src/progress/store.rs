//! The one place that reads and writes stored progress.
//!
//! Progress is kept in two slots, each a whole document with a generation number. Loading takes
//! the good document with the highest generation; saving writes the *other* slot, so a crash
//! half-way through a write leaves the previous generation readable. What cannot be read is set
//! aside byte for byte before its slot is ever written again; if it cannot be set aside, its slot
//! is not written at all. Errors never lose what is already saved: the caller keeps studying with
//! the progress in memory and tells the learner.
//!
//! The store owns the slots, so nothing else writes them while it is open. Two app instances (two
//! tabs) on the same storage would be two writers; the app must let only one of them open a store.

use super::{
    DecodeError, Progress, ProgressSlots, Slot, StorageError,
    format::{CURRENT_VERSION, decode, encode},
};
use crate::schedule::Timestamp;

/// Reads and writes progress through a [`ProgressSlots`].
#[derive(Debug)]
pub struct ProgressStore<S: ProgressSlots> {
    slots: S,
    /// The slot holding the newest good copy, and its generation.
    newest: Option<(Slot, u64)>,
    /// Why a slot must not be written, per slot (A, B).
    blocked: [Option<Blocked>; 2],
    /// The version of newer data found in storage: saving is refused while it is there.
    newer: Option<u32>,
    next_generation: u64,
}

#[derive(Debug, Clone)]
enum Blocked {
    /// The slot could not be read, so what it holds is unknown.
    Unread(StorageError),
    /// The slot holds text that could not be decoded nor set aside yet.
    NotSetAside(String),
    /// The slot holds data of a newer version.
    Newer,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadReport {
    /// The newest good progress, or empty progress when there is none.
    pub progress: Progress,
    /// Where `progress` came from; `None` when it is empty because nothing good was stored.
    pub loaded: Option<Loaded>,
    /// The generation the next save will carry.
    pub next_generation: u64,
    /// What the learner should be told about; empty when all is well.
    pub problems: Vec<LoadProblem>,
}

/// Which document was loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loaded {
    pub slot: Slot,
    pub generation: u64,
    pub saved_at: Timestamp,
    /// The version it was written in; older than [`CURRENT_VERSION`] means it was migrated (the old
    /// copy stays in its slot until the save after next).
    pub version: u32,
}

/// Something wrong with stored progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Storage refused to read the slot (blocked, private browsing). The slot is not written.
    Unreadable { slot: Slot, error: StorageError },
    /// The slot holds something that is not good progress. `raw` is its exact text, for the UI to
    /// offer as a file. When `set_aside_error` is `None` it was set aside and the slot is free to
    /// reuse; otherwise the slot is left alone.
    Damaged {
        slot: Slot,
        error: DecodeError,
        raw: String,
        set_aside_error: Option<StorageError>,
    },
    /// The slot holds progress from a newer app. It is left alone and nothing is saved (a newer
    /// app's progress is never overwritten by an older one); the learner should update the app.
    NewerVersion {
        slot: Slot,
        found: u32,
        supported: u32,
    },
}

/// A save that went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SaveReport {
    pub slot: Slot,
    pub generation: u64,
    /// The size of the document written.
    pub bytes: usize,
}

/// Why progress was not saved. Whatever was saved before is still there.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// Storage refused (full, blocked).
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Storage holds progress from a newer app, which is kept: nothing is saved until the app is
    /// updated (or the learner deletes all data).
    #[error("storage holds progress version {found}, newer than this app ({supported})")]
    NewerVersionKept { found: u32, supported: u32 },
    /// Both slots hold data that could not be read nor set aside, so neither may be written.
    #[error("no slot can be written without losing unreadable data")]
    NoSafeSlot,
}

impl<S: ProgressSlots> ProgressStore<S> {
    /// Opens the store and loads the newest good progress, setting aside what cannot be read.
    pub fn open(mut slots: S) -> (Self, LoadReport) {
        let mut problems = Vec::new();
        let mut blocked = [None, None];
        let mut newer = None;
        let mut best: Option<(Loaded, Progress)> = None;
        let mut max_generation = 0;
        for slot in Slot::BOTH {
            let text = match slots.read(slot) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(error) => {
                    blocked[index(slot)] = Some(Blocked::Unread(error.clone()));
                    problems.push(LoadProblem::Unreadable { slot, error });
                    continue;
                }
            };
            match decode(&text) {
                Ok(decoded) => {
                    max_generation = max_generation.max(decoded.generation);
                    let loaded = Loaded {
                        slot,
                        generation: decoded.generation,
                        saved_at: decoded.saved_at,
                        version: decoded.version,
                    };
                    let newest = best.as_ref().is_none_or(|(kept, _)| {
                        (loaded.generation, loaded.saved_at) > (kept.generation, kept.saved_at)
                    });
                    if newest {
                        best = Some((loaded, decoded.progress));
                    }
                }
                Err(DecodeError::NewerVersion { found, supported }) => {
                    blocked[index(slot)] = Some(Blocked::Newer);
                    newer = Some(newer.map_or(found, |seen: u32| seen.max(found)));
                    problems.push(LoadProblem::NewerVersion {
                        slot,
                        found,
                        supported,
                    });
                }
                Err(error) => {
                    let set_aside_error = slots.set_aside(&text).err();
                    if set_aside_error.is_some() {
                        blocked[index(slot)] = Some(Blocked::NotSetAside(text.clone()));
                    }
                    problems.push(LoadProblem::Damaged {
                        slot,
                        error,
                        raw: text,
                        set_aside_error,
                    });
                }
            }
        }
        let next_generation = max_generation.saturating_add(1);
        let (loaded, progress) = match best {
            Some((loaded, progress)) => (Some(loaded), progress),
            None => (None, Progress::default()),
        };
        let store = Self {
            slots,
            newest: loaded.map(|loaded| (loaded.slot, loaded.generation)),
            blocked,
            newer,
            next_generation,
        };
        let report = LoadReport {
            progress,
            loaded,
            next_generation,
            problems,
        };
        (store, report)
    }

    /// Saves `progress` as the next generation, into the slot not holding the newest good copy
    /// (into that one only when the other holds unreadable data that could not be set aside).
    pub fn save(&mut self, progress: &Progress, now: Timestamp) -> Result<SaveReport, SaveError> {
        if let Some(found) = self.newer {
            return Err(SaveError::NewerVersionKept {
                found,
                supported: CURRENT_VERSION,
            });
        }
        self.retry_set_aside();
        let preferred = self.newest.map_or(Slot::A, |(slot, _)| slot.other());
        let Some(target) = [preferred, preferred.other()]
            .into_iter()
            .find(|&slot| self.blocked[index(slot)].is_none())
        else {
            let unread = self.blocked.iter().find_map(|blocked| match blocked {
                Some(Blocked::Unread(error)) => Some(error.clone()),
                _ => None,
            });
            return Err(unread.map_or(SaveError::NoSafeSlot, SaveError::Storage));
        };
        let generation = self.next_generation;
        let text = encode(progress, generation, now);
        if let Err(error) = self.slots.write(target, &text) {
            if self.newest.is_some_and(|(slot, _)| slot == target) {
                // The only good copy was being replaced; what the slot holds now is unknown.
                self.newest = None;
            }
            return Err(SaveError::Storage(error));
        }
        self.newest = Some((target, generation));
        self.next_generation = generation.saturating_add(1);
        Ok(SaveReport {
            slot: target,
            generation,
            bytes: text.len(),
        })
    }

    /// "Delete all my data": empties both slots and everything set aside, including data of a
    /// newer version. The UI asks the learner to confirm first, and resets its progress in memory
    /// to `Progress::default()` after.
    pub fn delete_all(&mut self) -> Result<(), StorageError> {
        self.slots.clear()?;
        self.newest = None;
        self.blocked = [None, None];
        self.newer = None;
        Ok(())
    }

    /// The slots, to read (the UI's "export the damaged data" reads `LoadProblem::raw` instead).
    pub fn slots(&self) -> &S {
        &self.slots
    }

    /// The slots, to switch faults on and off in tests.
    #[cfg(test)]
    pub(super) fn slots_mut(&mut self) -> &mut S {
        &mut self.slots
    }

    /// Closes the store, giving the slots back.
    pub fn into_slots(self) -> S {
        self.slots
    }

    /// Tries again to set aside damaged data (storage may have room now), freeing its slot.
    fn retry_set_aside(&mut self) {
        for blocked in &mut self.blocked {
            if let Some(Blocked::NotSetAside(raw)) = blocked
                && self.slots.set_aside(raw).is_ok()
            {
                *blocked = None;
            }
        }
    }
}

fn index(slot: Slot) -> usize {
    match slot {
        Slot::A => 0,
        Slot::B => 1,
    }
}
