//! The teacher's class overview, from the page's side: loaded from its two slots at start,
//! changed through [`ClassesContext::update`], saved at once, followed across tabs.

use std::cell::RefCell;

use leptos::prelude::*;
use passage_core::classroom::{Roster, RosterSaveError, RosterStore};
use wasm_bindgen::prelude::*;

use crate::storage::local_slots::{CLASSES_KEYS, LocalSlots};

thread_local! {
    static STORE: RefCell<Option<RosterStore<LocalSlots>>> = const { RefCell::new(None) };
}

/// What is wrong with the stored overview, if anything, for the notice on the class screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassesNotice {
    /// A damaged copy was kept aside.
    Damaged,
    /// A newer app's copy is kept; nothing is saved.
    Newer,
    /// No storage: the overview lasts as long as the page.
    Unavailable,
    /// The last save failed.
    NotSaved,
}

impl ClassesNotice {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Damaged => "classes-damaged",
            Self::Newer => "classes-newer",
            Self::Unavailable => "classes-unavailable",
            Self::NotSaved => "classes-not-saved",
        }
    }
}

/// The class overview, provided once at the teachers' page's root.
#[derive(Clone, Copy)]
pub struct ClassesContext {
    pub roster: RwSignal<Roster>,
    pub notice: RwSignal<Option<ClassesNotice>>,
}

impl ClassesContext {
    /// Changes the overview and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Roster)) {
        self.roster.update(change);
        self.save();
    }

    fn save(&self) {
        let saved = self.roster.with_untracked(|roster| {
            STORE.with(|store| match store.borrow_mut().as_mut() {
                Some(store) => store.save(roster, crate::clock::now()),
                None => Err(RosterSaveError::NoSafeSlot),
            })
        });
        let notice = match saved {
            Ok(()) => None,
            Err(RosterSaveError::NewerVersionKept { .. }) => Some(ClassesNotice::Newer),
            Err(_) => Some(ClassesNotice::NotSaved),
        };
        if notice.is_some() || self.notice.get_untracked() == Some(ClassesNotice::NotSaved) {
            self.notice.set(notice);
        }
    }

    /// Loads the overview from storage again (another tab changed it).
    fn reload(&self) {
        let (store, load) = RosterStore::open(LocalSlots::open_with(CLASSES_KEYS));
        STORE.with(|slot| *slot.borrow_mut() = Some(store));
        self.roster.set(load.roster);
    }
}

/// Loads the overview and provides it to every component below.
pub fn provide_classes() -> ClassesContext {
    let (store, load) = RosterStore::open(LocalSlots::open_with(CLASSES_KEYS));
    let notice = if store.newer_version().is_some() {
        Some(ClassesNotice::Newer)
    } else if load.unavailable.is_some() {
        Some(ClassesNotice::Unavailable)
    } else if !load.damaged.is_empty() {
        Some(ClassesNotice::Damaged)
    } else {
        None
    };
    STORE.with(|slot| *slot.borrow_mut() = Some(store));
    let context = ClassesContext {
        roster: RwSignal::new(load.roster),
        notice: RwSignal::new(notice),
    };
    follow_other_tabs(context);
    provide_context(context);
    context
}

/// The class overview (an empty one outside the page, as in component tests).
pub fn use_classes() -> ClassesContext {
    use_context::<ClassesContext>().unwrap_or_else(|| ClassesContext {
        roster: RwSignal::new(Roster::new()),
        notice: RwSignal::new(None),
    })
}

fn follow_other_tabs(context: ClassesContext) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_storage =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            let ours = event
                .key()
                .is_none_or(|key| key == CLASSES_KEYS.a || key == CLASSES_KEYS.b);
            if ours {
                context.reload();
            }
        });
    // The listener lives as long as the page.
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    on_storage.forget();
}
