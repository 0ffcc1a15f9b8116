//! The screen for an address that names no screen.

use leptos::prelude::*;
use passage_core::Route;

use crate::i18n::t;

/// Says the page does not exist and offers the way home; never a blank screen.
#[component]
pub fn NotFoundScreen(
    /// The address that was asked for.
    path: String,
) -> impl IntoView {
    view! {
        <section aria-labelledby="not-found-title">
            <h1 id="not-found-title">{t("not-found-title")}</h1>
            <p>{t("not-found-text")}</p>
            // An address reads left to right in every language.
            <p><code dir="ltr" translate="no">{path}</code></p>
            <a class="button" href=Route::Home.fragment()>{t("not-found-home")}</a>
        </section>
    }
}
