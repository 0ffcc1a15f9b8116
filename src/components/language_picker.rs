//! The interface language picker, reachable from every screen.
//!
//! It opens from a globe icon (no flags: a language is not a country), so someone who cannot read
//! the current language can find it, and lists each language in its own name and script, marked
//! with its `lang` so screen readers pronounce it right. It is a native disclosure
//! (`<details>`) of plain buttons: keyboard and screen-reader usable as is; Escape closes it.

use leptos::html::Details;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{locales, t, use_i18n};

/// A globe button that opens the list of interface languages; choosing one switches at once.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let details = NodeRef::<Details>::new();
    let close = move || {
        if let Some(details) = details.get_untracked() {
            details.set_open(false);
            if let Some(summary) = details
                .query_selector("summary")
                .ok()
                .flatten()
                .and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && details.get_untracked().is_some_and(|d| d.open()) {
            event.prevent_default();
            close();
        }
    };
    let options = locales()
        .iter()
        .map(|locale| {
            let tag = locale.tag;
            let choose = move |_| {
                leptos::task::spawn_local(async move {
                    if i18n.choose(tag).await {
                        close();
                    }
                });
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="language-option"
                        lang=tag
                        dir=locale.direction.as_html()
                        aria-pressed=move || (i18n.locale().tag == tag).to_string()
                        on:click=choose
                    >
                        {locale.endonym}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="language-picker" node_ref=details on:keydown=on_keydown>
            <summary>
                <img class="language-picker-globe" src="icons/globe.svg" alt="" width="24" height="24"/>
                <span class="visually-hidden">{t("language-picker-label")}": "</span>
                <span
                    class="language-picker-current"
                    lang=move || i18n.locale().tag
                    dir=move || i18n.locale().direction.as_html()
                >
                    {move || i18n.locale().endonym}
                </span>
            </summary>
            <div class="language-picker-panel">
                <ul class="language-picker-list" role="list">
                    {options}
                </ul>
                <div role="status" class="language-picker-status">
                    <Show when=move || i18n.loading().is_some()>
                        <p class="loading">{t("language-loading")}</p>
                    </Show>
                    <Show when=move || i18n.failed().is_some()>
                        <p class="problem">{t("language-unavailable")}</p>
                    </Show>
                </div>
            </div>
        </details>
    }
}
