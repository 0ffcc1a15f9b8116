//! The note under a translation no native speaker has reviewed yet.

use leptos::prelude::*;

use crate::i18n::{t, use_i18n};
use crate::settings::translation_corrections_url;
use crate::site_settings::use_site_settings;

/// A small, polite note inviting corrections, shown only while the interface language is a draft.
#[component]
pub fn DraftNote() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site_settings();
    // The site's own address for corrections (its settings file), else the project's.
    let href = move || {
        site.settings().corrections_link.as_ref().map_or_else(
            || translation_corrections_url().to_owned(),
            |link| link.href(),
        )
    };
    view! {
        <Show when=move || i18n.locale().is_draft()>
            <p class="draft-note">
                {t("translation-draft")}
                " "
                <a href=href rel="noopener">{t("translation-draft-link")}</a>
            </p>
        </Show>
    }
}
