//! The note under a translation no native speaker has reviewed yet.

use leptos::prelude::*;

use crate::i18n::{t, use_i18n};
use crate::settings::translation_corrections_url;

/// A small, polite note inviting corrections, shown only while the interface language is a draft.
#[component]
pub fn DraftNote() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || i18n.locale().is_draft()>
            <p class="draft-note">
                {t("translation-draft")}
                " "
                <a href=translation_corrections_url() rel="noopener">{t("translation-draft-link")}</a>
            </p>
        </Show>
    }
}
