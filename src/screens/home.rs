//! The first screen: what Passage is and where to start.

use leptos::prelude::*;
use passage_core::Route;

use crate::i18n::t;

/// Welcome, the promise of the app, and "Start learning".
#[component]
pub fn HomeScreen() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{t("app-name")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <a class="button button-primary button-large" href=Route::Packs.fragment()>
                {t("home-start")}
            </a>
        </section>
        <ul class="promises" role="list">
            <li>
                <h2>{t("home-offline-title")}</h2>
                <p>{t("home-offline-text")}</p>
            </li>
            <li>
                <h2>{t("home-private-title")}</h2>
                <p>{t("home-private-text")}</p>
            </li>
            <li>
                <h2>{t("home-free-title")}</h2>
                <p>{t("home-free-text")}</p>
            </li>
        </ul>
    }
}
