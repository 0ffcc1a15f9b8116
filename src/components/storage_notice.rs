//! What the learner must know about their saved progress, shown on every screen under the header:
//! damaged data kept aside (with "Export it"), progress not being saved (storage full or blocked),
//! progress from a newer version kept, and progress taken over from another tab.

use leptos::prelude::*;
use passage_core::Route;
use passage_core::progress::LoadProblem;

use crate::i18n::t;
use crate::learner::{NotSavedReason, SaveStatus, use_learner};
use crate::storage::download::{download_text, today};

/// The notices, each only while it applies.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let learner = use_learner();
    let damaged = move || {
        learner.problems.with(|problems| {
            problems
                .iter()
                .filter_map(|problem| match problem {
                    LoadProblem::Damaged { raw, .. } => Some(raw.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    };
    let not_saved = move || match learner.save_status.get() {
        SaveStatus::NotSaved(NotSavedReason::StorageFull) => Some("storage-not-saved-full"),
        SaveStatus::NotSaved(NotSavedReason::StorageBlocked) => Some("storage-not-saved-blocked"),
        SaveStatus::NotSaved(NotSavedReason::NewerVersion) => Some("storage-newer"),
        SaveStatus::Saved => None,
    };
    view! {
        <div class="storage-notices" role="status" aria-live="polite">
            {move || {
                let copies = damaged();
                (!copies.is_empty()).then(|| {
                    let count = copies.len();
                    view! {
                        <div class="storage-notice storage-notice-damaged">
                            <p>{t("storage-damaged")}</p>
                            {copies.into_iter().enumerate().map(|(index, raw)| {
                                let name = if count == 1 {
                                    format!("passage-unreadable-progress-{}.txt", today())
                                } else {
                                    format!("passage-unreadable-progress-{}-{}.txt", today(), index + 1)
                                };
                                view! {
                                    <button
                                        class="button"
                                        type="button"
                                        on:click=move |_| {
                                            download_text(&name, &raw, "text/plain");
                                        }
                                    >
                                        {t("storage-damaged-export")}
                                    </button>
                                }
                            }).collect_view()}
                        </div>
                    }
                })
            }}
            {move || not_saved().map(|id| view! {
                <div class="storage-notice storage-notice-not-saved">
                    <p>{t(id)}</p>
                    <a href=Route::MyData.fragment()>{t("storage-go-to-data")}</a>
                </div>
            })}
            <Show when=move || learner.changed_elsewhere.get()>
                <div class="storage-notice storage-notice-elsewhere">
                    <p>{t("storage-changed-elsewhere")}</p>
                    <button
                        class="button"
                        type="button"
                        on:click=move |_| learner.changed_elsewhere.set(false)
                    >
                        {t("storage-dismiss")}
                    </button>
                </div>
            </Show>
        </div>
    }
}
