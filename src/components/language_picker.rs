//! The interface language picker, reachable from every screen.
//!
//! It opens from a globe icon so someone who cannot read the current language can find it, and it
//! lists languages by their own names. Only English exists until the interface is translated.

use leptos::prelude::*;

/// A globe button that opens the list of interface languages.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    view! {
        <details class="language-picker">
            <summary>
                <img src="icons/globe.svg" alt="" width="24" height="24"/>
                <span class="visually-hidden">"Language: "</span>
                <span class="language-picker-current" lang="en">"English"</span>
            </summary>
            <div class="language-picker-panel">
                <ul class="language-picker-list" role="list">
                    <li>
                        <span lang="en" aria-current="true">"English"</span>
                    </li>
                </ul>
                <p class="language-picker-note">"More languages are coming."</p>
            </div>
        </details>
    }
}
