//! A pack's offline state and the one button that changes it: "Download for offline use" with the
//! download size, or "Available offline" with "Remove".

use leptos::prelude::*;
use passage_core::CatalogEntry;

use crate::i18n::t;
use crate::offline_packs::{
    OfflineError, is_ref_saved, is_saved, remove, save, save_or_remove_ref, supported,
};
use crate::pack_loader::PackRef;
use crate::screens::size_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Checking,
    NotSaved,
    Working,
    Saved,
}

/// Save a pack for offline use, or remove it (with the media no other saved pack uses).
#[component]
pub fn OfflinePack(
    entry: CatalogEntry,
    /// A pack of another catalog or opened from a file (`None`: one of the site's own).
    #[prop(optional)]
    pack: Option<PackRef>,
) -> impl IntoView {
    if !supported() {
        return None;
    }
    let pack = StoredValue::new(pack.filter(|pack| !pack.key.is_own()));
    let shared = pack.with_value(|pack| pack.as_ref().is_some_and(|p| p.key.is_shared()));
    let state = RwSignal::new(State::Checking);
    let problem = RwSignal::new(None::<OfflineError>);
    let removed = RwSignal::new(false);
    let entry = StoredValue::new(entry);
    leptos::task::spawn_local(async move {
        let saved = match pack.get_value() {
            Some(pack) => is_ref_saved(&pack).await,
            None => is_saved(&entry.get_value()).await,
        };
        state.set(if saved { State::Saved } else { State::NotSaved });
    });
    let on_save = move |_| {
        state.set(State::Working);
        problem.set(None);
        removed.set(false);
        leptos::task::spawn_local(async move {
            let done = match pack.get_value() {
                Some(pack) => save_or_remove_ref(&pack, true).await,
                None => save(&entry.get_value()).await,
            };
            match done {
                Ok(()) => state.set(State::Saved),
                Err(error) => {
                    problem.set(Some(error));
                    state.set(State::NotSaved);
                }
            }
        });
    };
    let on_remove = move |_| {
        state.set(State::Working);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let done = match pack.get_value() {
                Some(pack) => save_or_remove_ref(&pack, false).await,
                None => remove(&entry.get_value()).await,
            };
            match done {
                Ok(()) => {
                    removed.set(true);
                    state.set(State::NotSaved);
                }
                Err(error) => {
                    problem.set(Some(error));
                    state.set(State::Saved);
                }
            }
        });
    };
    let size = size_text(entry.with_value(CatalogEntry::download_bytes));
    Some(view! {
        <div class="offline-pack" aria-live="polite">
            {move || match state.get() {
                State::Checking => None,
                State::NotSaved if shared => None,
                State::NotSaved => Some(view! {
                    <button type="button" class="button offline-save" on:click=on_save>
                        {t("offline-save")} " · " <span class="size">{size}</span>
                    </button>
                }.into_any()),
                State::Working => Some(view! {
                    <p class="offline-working" role="status">{t("offline-working")}</p>
                }.into_any()),
                State::Saved => Some(view! {
                    <p class="offline-saved">{t("offline-saved")}</p>
                    <button type="button" class="button offline-remove" on:click=on_remove>
                        {t("offline-remove")}
                    </button>
                }.into_any()),
            }}
            {move || removed.get().then(|| view! { <p class="offline-removed">{t("offline-removed")}</p> })}
            {move || problem.get().map(|error| view! {
                <p class="problem" role="alert">{t(error.message_id())}</p>
            })}
        </div>
    })
}
