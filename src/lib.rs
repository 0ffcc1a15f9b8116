//! Passage's user interface: a thin Leptos layer over `passage-core` and `passage-i18n`.
//!
//! Components read domain types and call domain functions; they hold no business rules.

pub mod app;
pub mod audio;
pub mod catalogs;
pub mod clock;
pub mod components;
pub mod exercises;
pub mod i18n;
pub mod learner;
pub mod offline;
pub mod offline_packs;
pub mod pack_loader;
pub mod pack_media;
pub mod routing;
pub mod screens;
pub mod settings;
pub mod site;
pub mod site_settings;
pub mod storage;
pub mod teacher;
pub mod unicode;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

pub use app::App;

/// How long the start-up screen waits for a language other than English before showing the app
/// in English (it switches as soon as the language arrives).
const LANGUAGE_WAIT_MS: i32 = 3000;

/// Mounts the app into the page and removes the static start-up screen that `index.html` shows
/// while the WebAssembly loads.
///
/// The site's settings (`site.json`: its name, colours, default language) and, when the learner's
/// language is not English, its messages are fetched first (from the worker's cache after the
/// first visit), so the first screen appears as the site made it and in the learner's language
/// rather than flashing the defaults; the start-up screen stays meanwhile, never a blank page.
pub fn start() {
    use leptos::prelude::IntoAny;
    start_page(|| App().into_any());
}

/// Starts a page's app (the learner's, or the teachers' page): see [`start`].
pub fn start_page(app: fn() -> leptos::prelude::AnyView) {
    let mount = move || mount(app);
    let mounted = Rc::new(Cell::new(false));
    let mount_once = {
        let mounted = mounted.clone();
        move || {
            if !mounted.replace(true) {
                mount();
            }
        }
    };
    let on_timeout = mount_once.clone();
    let timeout = wasm_bindgen::closure::Closure::once_into_js(on_timeout);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            timeout.unchecked_ref(),
            LANGUAGE_WAIT_MS,
        );
    }
    // Leptos' executor starts with the mount, so this runs on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        // Failures are fine: the app starts with its own settings, in English, and says so.
        match i18n::chosen_locale() {
            // The learner's language is known: fetch it and the settings at once.
            Some(locale) => {
                let _ = futures::future::join(site_settings::load(), i18n::load(locale)).await;
            }
            // Otherwise the site's default language may decide.
            None => {
                site_settings::load().await;
                let _ = i18n::load(i18n::initial_locale()).await;
            }
        }
        mount_once();
    });
}

fn mount(app: fn() -> leptos::prelude::AnyView) {
    if let Some(boot) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(app);
}
