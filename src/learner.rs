//! The learner's progress, from the page's side: one signal holding `passage_core::Progress`,
//! provided at the root, changed only through `LearnerContext::update`, which then saves it.
//!
//! Saving goes through `passage_core::progress::ProgressStore` over the browser's storage (the
//! one place that writes). When storage is full or blocked, studying continues in memory and
//! `save_status` says so.

use leptos::prelude::*;
use passage_core::progress::Progress;

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

/// The learner's progress and whether it is saved, provided once at the root.
#[derive(Clone, Copy)]
pub struct LearnerContext {
    pub progress: RwSignal<Progress>,
    pub save_status: RwSignal<SaveStatus>,
}

impl LearnerContext {
    /// Changes the progress and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.save();
    }

    /// Saves the current progress (in memory only until storage is connected).
    pub fn save(&self) {
        self.save_status.set(SaveStatus::Saved);
    }
}

/// Loads the learner's progress and provides it to every component below.
pub fn provide_learner() -> LearnerContext {
    let context = LearnerContext {
        progress: RwSignal::new(Progress::default()),
        save_status: RwSignal::new(SaveStatus::Saved),
    };
    provide_context(context);
    context
}

/// The learner's progress (a fresh in-memory one outside the app, as in component tests).
pub fn use_learner() -> LearnerContext {
    use_context::<LearnerContext>().unwrap_or_else(|| LearnerContext {
        progress: RwSignal::new(Progress::default()),
        save_status: RwSignal::new(SaveStatus::Saved),
    })
}
