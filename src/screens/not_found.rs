//! The screen for an address that names no screen.

use leptos::prelude::*;
use passage_core::Route;

/// Says the page does not exist and offers the way home; never a blank screen.
#[component]
pub fn NotFoundScreen(
    /// The address that was asked for.
    path: String,
) -> impl IntoView {
    view! {
        <section aria-labelledby="not-found-title">
            <h1 id="not-found-title">"Page not found"</h1>
            <p>"There is no page at " <code>{path}</code> "."</p>
            <a class="button" href=Route::Home.fragment()>"Go to the start"</a>
        </section>
    }
}
