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
pub mod routing;
pub mod screens;
pub mod settings;
pub mod site;
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
/// When the learner's language is not English, its messages are fetched first (from the worker's
/// cache after the first visit), so the first screen appears in their language rather than
/// flashing English; the start-up screen stays meanwhile, never a blank page.
pub fn start() {
    use leptos::prelude::IntoAny;
    start_page(|| App().into_any());
}

/// Starts a page's app (the learner's, or the teachers' page): see [`start`].
pub fn start_page(app: fn() -> leptos::prelude::AnyView) {
    let locale = i18n::initial_locale();
    let mount = move || mount(app);
    if locale.tag == passage_i18n::ENGLISH.tag {
        mount();
        return;
    }
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
        // A failure is fine: the app starts in English and the picker explains.
        let _ = i18n::load(locale).await;
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
