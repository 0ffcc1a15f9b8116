//! "Update available: reload", shown when a new version of the app has been downloaded.

use leptos::prelude::*;

use crate::i18n::t;
use crate::offline::{apply_update, use_update_ready};

/// A polite notice with a reload button; the page keeps running the version it started with until
/// the learner presses it, so nothing changes under their fingers mid-exercise.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let update_ready = use_update_ready();
    view! {
        <div class="update-banner-region" role="status" aria-live="polite">
            <Show when=move || update_ready.get()>
                <div class="update-banner">
                    <span>{t("update-available")}</span>
                    <button class="button" type="button" on:click=move |_| apply_update()>
                        {t("update-reload")}
                    </button>
                </div>
            </Show>
        </div>
    }
}
