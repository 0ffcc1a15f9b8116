//! The class overview in two slots, with the rules the learner's progress follows (see
//! `progress::store`): load the newest copy that reads; set aside, byte for byte, what does not;
//! never overwrite a copy written by a newer app; write each save into the slot not holding the
//! newest good copy, so a save cut short leaves the previous one whole.

use super::roster::Roster;
use super::roster_store::{RosterDecodeError, decode_roster, encode_roster};
use crate::progress::{ProgressSlots, Slot, StorageError};
use crate::schedule::Timestamp;

/// The teacher's stored class overview.
#[derive(Debug)]
pub struct RosterStore<S: ProgressSlots> {
    slots: S,
    /// The slot holding the newest good copy, and its generation.
    newest: Option<(Slot, u64)>,
    /// Slots that must not be written: unread, or holding what could not be set aside or a newer
    /// app's copy.
    blocked: [bool; 2],
    /// The version of a newer app's copy, if a slot holds one.
    newer: Option<u32>,
    next_generation: u64,
}

/// What opening the store found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterLoad {
    pub roster: Roster,
    /// Copies that could not be read; each was set aside unless `set_aside_failed`.
    pub damaged: Vec<RosterDecodeError>,
    pub set_aside_failed: bool,
    /// Storage could not be read at all.
    pub unavailable: Option<StorageError>,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterSaveError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A newer app's copy is kept: nothing is saved until this app is updated.
    #[error("storage holds a class overview of version {found}, newer than this app reads")]
    NewerVersionKept { found: u32 },
    /// Neither slot can be written without losing data that could not be set aside.
    #[error("no slot can be written safely")]
    NoSafeSlot,
}

impl<S: ProgressSlots> RosterStore<S> {
    /// Opens the store and loads the newest class overview that reads.
    pub fn open(mut slots: S) -> (Self, RosterLoad) {
        let mut load = RosterLoad {
            roster: Roster::new(),
            damaged: Vec::new(),
            set_aside_failed: false,
            unavailable: None,
        };
        let mut blocked = [false; 2];
        let mut newer = None;
        let mut newest: Option<(Slot, u64, Timestamp)> = None;
        let mut max_generation = 0;
        for slot in Slot::BOTH {
            let text = match slots.read(slot) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(error) => {
                    blocked[index(slot)] = true;
                    load.unavailable = Some(error);
                    continue;
                }
            };
            match decode_roster(&text) {
                Ok(decoded) => {
                    max_generation = max_generation.max(decoded.generation);
                    if newest.is_none_or(|(_, generation, saved_at)| {
                        (decoded.generation, decoded.saved_at) > (generation, saved_at)
                    }) {
                        newest = Some((slot, decoded.generation, decoded.saved_at));
                        load.roster = decoded.roster;
                    }
                }
                Err(RosterDecodeError::NewerVersion { found, .. }) => {
                    blocked[index(slot)] = true;
                    newer = Some(newer.map_or(found, |seen: u32| seen.max(found)));
                }
                Err(error) => {
                    if slots.set_aside(&text).is_err() {
                        blocked[index(slot)] = true;
                        load.set_aside_failed = true;
                    }
                    load.damaged.push(error);
                }
            }
        }
        let store = Self {
            slots,
            newest: newest.map(|(slot, generation, _)| (slot, generation)),
            blocked,
            newer,
            next_generation: max_generation.saturating_add(1),
        };
        (store, load)
    }

    /// Whether a newer app's copy is kept (the overview shown is then read-only).
    pub fn newer_version(&self) -> Option<u32> {
        self.newer
    }

    /// Saves `roster` as the next generation.
    pub fn save(&mut self, roster: &Roster, now: Timestamp) -> Result<(), RosterSaveError> {
        if let Some(found) = self.newer {
            return Err(RosterSaveError::NewerVersionKept { found });
        }
        let preferred = self.newest.map_or(Slot::A, |(slot, _)| slot.other());
        let target = [preferred, preferred.other()]
            .into_iter()
            .find(|&slot| !self.blocked[index(slot)])
            .ok_or(RosterSaveError::NoSafeSlot)?;
        let generation = self.next_generation;
        if let Err(error) = self
            .slots
            .write(target, &encode_roster(roster, generation, now))
        {
            if self.newest.is_some_and(|(slot, _)| slot == target) {
                self.newest = None;
            }
            return Err(error.into());
        }
        self.newest = Some((target, generation));
        self.next_generation = generation.saturating_add(1);
        Ok(())
    }

    /// The slots, for tests.
    pub fn slots(&self) -> &S {
        &self.slots
    }
}

fn index(slot: Slot) -> usize {
    match slot {
        Slot::A => 0,
        Slot::B => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::{AssignedPack, Assignment};
    use crate::progress::MemorySlots;

    fn roster_with(class_name: &str) -> Roster {
        let mut roster = Roster::new();
        roster.add_class(Assignment {
            class_name: class_name.into(),
            due: None,
            message: String::new(),
            packs: vec![AssignedPack::whole("de-a1")],
            catalog: None,
        });
        roster
    }

    fn names(roster: &Roster) -> Vec<String> {
        roster
            .classes()
            .iter()
            .map(|class| class.name().to_owned())
            .collect()
    }

    #[test]
    fn saves_alternate_slots_and_the_newest_is_loaded() {
        let (mut store, load) = RosterStore::open(MemorySlots::default());
        assert!(load.roster.classes().is_empty());
        assert_eq!(store.save(&roster_with("Monday"), Timestamp(100)), Ok(()));
        assert_eq!(store.save(&roster_with("Tuesday"), Timestamp(200)), Ok(()));
        let slots = store.slots().clone();
        assert!(slots.get(Slot::A).is_some() && slots.get(Slot::B).is_some());
        let (_, load) = RosterStore::open(slots);
        assert_eq!(names(&load.roster), ["Tuesday"]);
    }

    #[test]
    fn a_damaged_copy_is_set_aside_and_the_other_one_is_loaded() {
        let (mut store, _) = RosterStore::open(MemorySlots::default());
        let _ = store.save(&roster_with("Monday"), Timestamp(100));
        let _ = store.save(&roster_with("Tuesday"), Timestamp(200));
        let mut slots = store.slots().clone();
        let newest = slots.get(Slot::B).unwrap_or_default().to_owned();
        let cut = &newest[..newest.len() / 2];
        slots.put(Slot::B, Some(cut.to_owned()));
        let (mut store, load) = RosterStore::open(slots);
        assert_eq!(names(&load.roster), ["Monday"]);
        assert_eq!(load.damaged.len(), 1);
        assert_eq!(store.slots().set_aside_copies(), [cut.to_owned()]);
        // The next save goes into the damaged slot (its text is safe aside), keeping Monday's.
        assert_eq!(
            store.save(&roster_with("Wednesday"), Timestamp(300)),
            Ok(())
        );
        let (_, load) = RosterStore::open(store.slots().clone());
        assert_eq!(names(&load.roster), ["Wednesday"]);
    }

    #[test]
    fn a_newer_apps_copy_is_never_overwritten() {
        let (mut store, _) = RosterStore::open(MemorySlots::default());
        let _ = store.save(&roster_with("Monday"), Timestamp(100));
        let mut slots = store.slots().clone();
        let data = serde_json::json!({"classes": [], "more": true});
        let newer = format!(
            "{{\"format\":\"passage-classroom\",\"version\":9,\"generation\":5,\
             \"saved_at\":150,\"checksum\":\"{}\",\"data\":{data}}}",
            super::super::roster_store::checksum(9, 5, 150, &data)
        );
        slots.put(Slot::A, Some(newer.clone()));
        let (mut store, _) = RosterStore::open(slots);
        assert_eq!(store.newer_version(), Some(9));
        assert_eq!(
            store.save(&roster_with("Tuesday"), Timestamp(200)),
            Err(RosterSaveError::NewerVersionKept { found: 9 })
        );
        assert_eq!(store.slots().get(Slot::A), Some(newer.as_str()));
    }
}
