//! [`ProgressSlots`] over `window.localStorage`: two keys for the two slots, and a new key for each
//! copy set aside (`passage.progress.aside.0`, `.1`, …), never one already taken.
//!
//! Errors are mapped so the learner can be told what happened: a `QuotaExceededError` is
//! [`StorageError::QuotaExceeded`]; no `localStorage`, or one that throws when touched (private
//! browsing, storage turned off, a `SecurityError`) is [`StorageError::Unavailable`].

use passage_core::progress::{ProgressSlots, Slot, StorageError};
use wasm_bindgen::{JsCast, JsValue};

/// The key of slot A.
pub const SLOT_A_KEY: &str = "passage.progress.a";
/// The key of slot B.
pub const SLOT_B_KEY: &str = "passage.progress.b";
/// The prefix of the keys of copies set aside; a number follows.
pub const ASIDE_PREFIX: &str = "passage.progress.aside.";

/// The keys of a document kept in two slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotKeys {
    pub a: &'static str,
    pub b: &'static str,
    /// The prefix of the keys of copies set aside; a number follows.
    pub aside_prefix: &'static str,
}

/// The learner's progress.
pub const PROGRESS_KEYS: SlotKeys = SlotKeys {
    a: SLOT_A_KEY,
    b: SLOT_B_KEY,
    aside_prefix: ASIDE_PREFIX,
};

/// The teacher's class overview (on the teachers' page).
pub const CLASSES_KEYS: SlotKeys = SlotKeys {
    a: "passage.classes.a",
    b: "passage.classes.b",
    aside_prefix: "passage.classes.aside.",
};

/// The key of a progress slot.
pub fn slot_key(slot: Slot) -> &'static str {
    PROGRESS_KEYS.key(slot)
}

impl SlotKeys {
    /// The key of a slot.
    pub fn key(self, slot: Slot) -> &'static str {
        match slot {
            Slot::A => self.a,
            Slot::B => self.b,
        }
    }
}

/// Two slots in `localStorage` (or nowhere, when the browser gives none).
#[derive(Debug, Clone)]
pub struct LocalSlots {
    storage: Option<web_sys::Storage>,
    keys: SlotKeys,
}

impl LocalSlots {
    /// The progress slots of the page's `localStorage`; when it is missing or throws, every call
    /// answers `Unavailable`.
    pub fn open() -> Self {
        Self::open_with(PROGRESS_KEYS)
    }

    /// The slots under other keys.
    pub fn open_with(keys: SlotKeys) -> Self {
        Self {
            storage: local_storage(),
            keys,
        }
    }

    fn storage(&self) -> Result<&web_sys::Storage, StorageError> {
        self.storage.as_ref().ok_or(StorageError::Unavailable)
    }

    /// Every key of a copy set aside, in the order they were set aside.
    pub fn aside_keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = self.storage()?;
        let length = storage.length().map_err(storage_error)?;
        // Each key put in its place by its number (then its text) rather than sorted after: there
        // are few, and the wasm then holds no sort for them.
        let mut keys: Vec<(u64, String)> = Vec::new();
        for key in (0..length).filter_map(|index| storage.key(index).ok().flatten()) {
            let Some(number) = key
                .strip_prefix(self.keys.aside_prefix)
                .and_then(|number| number.parse().ok())
            else {
                continue;
            };
            let entry = (number, key);
            let at = keys.partition_point(|other| *other < entry);
            keys.insert(at, entry);
        }
        Ok(keys.into_iter().map(|(_, key)| key).collect())
    }

    /// Every copy set aside, oldest first.
    pub fn set_aside_copies(&self) -> Result<Vec<String>, StorageError> {
        let storage = self.storage()?;
        self.aside_keys()?
            .iter()
            .map(|key| {
                storage
                    .get_item(key)
                    .map(Option::unwrap_or_default)
                    .map_err(storage_error)
            })
            .collect()
    }
}

impl ProgressSlots for LocalSlots {
    fn read(&self, slot: Slot) -> Result<Option<String>, StorageError> {
        self.storage()?
            .get_item(self.keys.key(slot))
            .map_err(storage_error)
    }

    fn write(&mut self, slot: Slot, text: &str) -> Result<(), StorageError> {
        self.storage()?
            .set_item(self.keys.key(slot), text)
            .map_err(storage_error)
    }

    fn set_aside(&mut self, raw: &str) -> Result<(), StorageError> {
        let storage = self.storage()?;
        let next = self
            .aside_keys()?
            .last()
            .and_then(|key| {
                key.strip_prefix(self.keys.aside_prefix)?
                    .parse::<u64>()
                    .ok()
            })
            .map_or(0, |last| last.saturating_add(1));
        // Never replace a copy: skip any key already taken (another tab, a gap in the numbers).
        for number in next..next.saturating_add(1_000) {
            let key = format!("{}{number}", self.keys.aside_prefix);
            if storage.get_item(&key).map_err(storage_error)?.is_none() {
                return storage.set_item(&key, raw).map_err(storage_error);
            }
        }
        Err(StorageError::Other("no free key to set aside".to_owned()))
    }

    fn clear(&mut self) -> Result<(), StorageError> {
        let storage = self.storage()?;
        for key in self.aside_keys()? {
            storage.remove_item(&key).map_err(storage_error)?;
        }
        for slot in Slot::BOTH {
            storage
                .remove_item(self.keys.key(slot))
                .map_err(storage_error)?;
        }
        Ok(())
    }
}

/// The page's `localStorage`, or `None` when there is none or touching it throws.
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What a storage call's exception means.
pub fn storage_error(error: JsValue) -> StorageError {
    let Some(exception) = error.dyn_ref::<web_sys::DomException>() else {
        return StorageError::Other(format!("{error:?}"));
    };
    let name = exception.name();
    match name.as_str() {
        // Firefox once named it NS_ERROR_DOM_QUOTA_REACHED; code 22 is the legacy code.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => StorageError::Unavailable,
        _ if exception.code() == 22 => StorageError::QuotaExceeded,
        _ => StorageError::Other(format!("{name}: {}", exception.message())),
    }
}
