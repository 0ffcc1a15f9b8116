//! The first screen: what Passage is and where to start.

use leptos::prelude::*;
use passage_core::Route;

/// Welcome, the promise of the app, and "Start learning".
#[component]
pub fn HomeScreen() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">"Passage"</h1>
            <p class="lead">
                "Learn the language of your new country, and how life there works: "
                "rights, health care, work, money, school and where to get help."
            </p>
            <a class="button button-primary button-large" href=Route::Packs.fragment()>
                "Start learning"
            </a>
        </section>
        <ul class="promises" role="list">
            <li>
                <h2>"Works offline"</h2>
                <p>"Once a lesson pack is on your phone, you can study with no internet."</p>
            </li>
            <li>
                <h2>"Private"</h2>
                <p>"No account and no tracking. Your progress stays on this device."</p>
            </li>
            <li>
                <h2>"Free"</h2>
                <p>"Made for newcomers, teachers and the organisations that help them."</p>
            </li>
        </ul>
    }
}
