//! The learner's progress, from the page's side: one signal holding `passage_core::Progress`,
//! provided at the root, changed only through `LearnerContext::update`, which then saves it.
//!
//! Saving goes through `passage_core::progress::ProgressStore` over `localStorage`
//! ([`LocalSlots`]), the one place that writes. When storage is full or blocked, studying
//! continues in memory and `save_status` says so; what could not be read at start is kept aside by
//! the store and listed in `problems`, for the notice that offers it as a file.
//!
//! One writer per browser: every save is a whole document in the slot the store did not load
//! from, so two tabs writing blindly could each think the other's slot is theirs to reuse. When
//! another tab saves (the browser's `storage` event, which fires in every *other* tab of the
//! origin), this tab re-opens the store, so its next save continues from the newest generation
//! and never overwrites the other tab's copy with an older one, and takes the progress stored
//! there (merged with its own when its own could not be saved). The learner is told. This is
//! simpler than Web Locks (not in every browser the learners use) and enough for a learner who
//! opens Passage twice: two tabs saving within the same few milliseconds can still race, and
//! then the later save wins whole, which loses at most that one answer.

use std::cell::RefCell;

use leptos::prelude::*;
use passage_core::progress::{
    self, DecodeError, LoadProblem, Progress, ProgressStore, SaveError, StorageError,
};
use wasm_bindgen::prelude::*;

use crate::storage::LocalSlots;
use crate::storage::local_slots::{ASIDE_PREFIX, SLOT_A_KEY, SLOT_B_KEY, local_storage};
use crate::storage::persistence::ASKED_KEY;

/// Whether the learner's progress is safely stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved on this device.
    Saved,
    /// The last change could not be saved; studying goes on in memory.
    NotSaved(NotSavedReason),
}

/// Why progress could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSavedReason {
    /// The browser's storage is full.
    StorageFull,
    /// Storage is blocked (private browsing, or turned off).
    StorageBlocked,
    /// A newer version of Passage saved this progress; this version does not overwrite it.
    NewerVersion,
}

impl From<&SaveError> for NotSavedReason {
    fn from(error: &SaveError) -> Self {
        match error {
            SaveError::Storage(StorageError::QuotaExceeded) => Self::StorageFull,
            // Both slots hold unreadable data that could not be set aside for want of room.
            SaveError::NoSafeSlot => Self::StorageFull,
            SaveError::Storage(_) => Self::StorageBlocked,
            SaveError::NewerVersionKept { .. } => Self::NewerVersion,
        }
    }
}

thread_local! {
    /// The open store: only [`LearnerContext`] reads and writes it.
    static STORE: RefCell<Option<ProgressStore<LocalSlots>>> = const { RefCell::new(None) };
}

/// The learner's progress and whether it is saved, provided once at the root.
#[derive(Clone, Copy)]
pub struct LearnerContext {
    pub progress: RwSignal<Progress>,
    pub save_status: RwSignal<SaveStatus>,
    /// What was wrong with stored progress at start (damaged data kept aside, a newer version,
    /// unreadable storage); empty when all is well.
    pub problems: RwSignal<Vec<LoadProblem>>,
    /// Set when another tab saved progress and this tab took it over; the notice clears it.
    pub changed_elsewhere: RwSignal<bool>,
}

impl LearnerContext {
    fn in_memory() -> Self {
        Self {
            progress: RwSignal::new(Progress::default()),
            save_status: RwSignal::new(SaveStatus::Saved),
            problems: RwSignal::new(Vec::new()),
            changed_elsewhere: RwSignal::new(false),
        }
    }

    /// Changes the progress and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.save();
    }

    /// Saves the current progress; on failure it stays in memory and `save_status` says why.
    pub fn save(&self) {
        let result = self.progress.with_untracked(|progress| {
            STORE.with(|store| match store.borrow_mut().as_mut() {
                Some(store) => store.save(progress, crate::clock::now()).map(|_| ()),
                None => Err(SaveError::Storage(StorageError::Unavailable)),
            })
        });
        let status = match &result {
            Ok(()) => SaveStatus::Saved,
            Err(error) => SaveStatus::NotSaved(error.into()),
        };
        if self.save_status.get_untracked() != status {
            self.save_status.set(status);
        }
    }

    /// The progress as the text of an export file.
    pub fn export_text(&self) -> String {
        self.progress
            .with_untracked(|progress| progress::export(progress, crate::clock::now()))
    }

    /// Merges the progress in an exported file into this device's, and saves. A damaged or
    /// foreign file changes nothing.
    pub fn import_text(&self, text: &str) -> Result<(), DecodeError> {
        let theirs = progress::import(text)?;
        self.update(|mine| *mine = progress::merge(mine, &theirs));
        Ok(())
    }

    /// "Delete all my data": both slots, every copy set aside, the language choices, the catalogs
    /// the learner added and the note that persistence was asked for; then starts afresh in
    /// memory.
    pub fn delete_all(&self) -> Result<(), StorageError> {
        let result = STORE.with(|store| match store.borrow_mut().as_mut() {
            Some(store) => store.delete_all(),
            None => Err(StorageError::Unavailable),
        });
        if let Some(storage) = local_storage() {
            for key in [
                crate::i18n::INTERFACE_KEY,
                crate::i18n::LEARNER_KEY,
                crate::catalogs::LEARNER_CATALOGS_KEY,
                ASKED_KEY,
            ] {
                let _ = storage.remove_item(key);
            }
        }
        // Without storage nothing was kept, so there is nothing left to delete.
        if matches!(result, Ok(()) | Err(StorageError::Unavailable)) {
            self.progress.set(Progress::default());
            self.problems.set(Vec::new());
            self.save_status.set(SaveStatus::Saved);
            self.changed_elsewhere.set(false);
            if result.is_err() {
                self.save();
            }
            return Ok(());
        }
        result
    }

    /// Takes over what another tab saved (see the module's notes).
    fn reload_from_storage(&self) {
        let (store, report) = ProgressStore::open(LocalSlots::open());
        STORE.with(|slot| *slot.borrow_mut() = Some(store));
        let unsaved = matches!(self.save_status.get_untracked(), SaveStatus::NotSaved(_));
        let stored = report.progress;
        let _ = self.progress.try_update(|mine| {
            *mine = if unsaved {
                progress::merge(&stored, mine)
            } else {
                stored
            };
        });
        let _ = self.changed_elsewhere.try_set(true);
    }
}

/// The save status the problems found at start imply.
fn status_at_start(problems: &[LoadProblem]) -> SaveStatus {
    let newer = problems
        .iter()
        .any(|problem| matches!(problem, LoadProblem::NewerVersion { .. }));
    let unreadable = problems
        .iter()
        .any(|problem| matches!(problem, LoadProblem::Unreadable { .. }));
    if newer {
        SaveStatus::NotSaved(NotSavedReason::NewerVersion)
    } else if unreadable || local_storage().is_none() {
        SaveStatus::NotSaved(NotSavedReason::StorageBlocked)
    } else {
        SaveStatus::Saved
    }
}

/// Loads the learner's progress and provides it to every component below.
pub fn provide_learner() -> LearnerContext {
    let (store, report) = ProgressStore::open(LocalSlots::open());
    STORE.with(|slot| *slot.borrow_mut() = Some(store));
    let context = LearnerContext {
        progress: RwSignal::new(report.progress),
        save_status: RwSignal::new(status_at_start(&report.problems)),
        problems: RwSignal::new(report.problems),
        changed_elsewhere: RwSignal::new(false),
    };
    follow_other_tabs(context);
    provide_context(context);
    context
}

/// Re-opens the store when another tab of this site writes progress or clears storage.
fn follow_other_tabs(context: LearnerContext) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_storage =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            let ours = match event.key() {
                // `clear()` in another tab.
                None => true,
                Some(key) => {
                    key == SLOT_A_KEY || key == SLOT_B_KEY || key.starts_with(ASIDE_PREFIX)
                }
            };
            if ours {
                context.reload_from_storage();
            }
        });
    // The listener lives as long as the page.
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    on_storage.forget();
}

/// The learner's progress (a fresh in-memory one outside the app, as in component tests).
pub fn use_learner() -> LearnerContext {
    use_context::<LearnerContext>().unwrap_or_else(LearnerContext::in_memory)
}
