//! The service worker, from the page's side: registering it, noticing that a new version of the
//! app has been downloaded, and switching to it only when the learner says so.
//!
//! The worker (generated at build time by `cargo xtask dist`) precaches every file of one build.
//! A new build's worker installs beside the old one and waits; this page keeps running the old
//! files until the learner chooses "Reload", so a page never mixes two versions.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// Whether a new version is downloaded and waiting, provided once at the root.
#[derive(Clone, Copy)]
pub struct UpdateContext(pub ReadSignal<bool>);

/// The message the worker listens for to take over (see `xtask/sw.js`).
const SKIP_WAITING: &str = "skip-waiting";

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or with them disabled) have no `serviceWorker`.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|has| *has)?;
    Some(navigator.service_worker())
}

/// Registers the worker and provides the "update ready" signal.
pub fn provide_offline() -> ReadSignal<bool> {
    let (update_ready, set_update_ready) = signal(false);
    provide_context(UpdateContext(update_ready));
    if let Some(container) = container() {
        leptos::task::spawn_local(register(container, set_update_ready));
    }
    update_ready
}

/// Whether a new version is waiting.
pub fn use_update_ready() -> ReadSignal<bool> {
    use_context::<UpdateContext>()
        .map(|context| context.0)
        .unwrap_or_else(|| signal(false).0)
}

async fn register(container: ServiceWorkerContainer, set_update_ready: WriteSignal<bool>) {
    let url = crate::site::site_url("sw.js");
    let Ok(registration) = JsFuture::from(container.register(&url)).await else {
        return;
    };
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    // A page already run by a worker is an update when another one waits; on a first visit there
    // is nothing to update.
    let has_controller = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && has_controller() {
        set_update_ready.set(true);
    }
    let on_update_found = {
        let registration = registration.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(installing) = registration.installing() {
                watch_installing(&installing, set_update_ready, has_controller.clone());
            }
        })
    };
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    check_for_updates_when_visible(registration);
}

fn watch_installing(
    worker: &ServiceWorker,
    set_update_ready: WriteSignal<bool>,
    has_controller: impl Fn() -> bool + 'static,
) {
    let watched = worker.clone();
    let on_state_change = Closure::<dyn FnMut()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed && has_controller() {
            set_update_ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

/// Phones keep a tab open for days: look for a new version whenever the app comes back to view.
fn check_for_updates_when_visible(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let visible_document = document.clone();
    let on_visible = Closure::<dyn FnMut()>::new(move || {
        if visible_document.visibility_state() == web_sys::VisibilityState::Visible
            && let Ok(promise) = registration.update()
        {
            // A failed check (offline) is harmless: the next one will try again.
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    on_visible.forget();
}

/// Switches to the waiting version: the new worker takes over, then the page reloads once.
pub fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    leptos::task::spawn_local(async move {
        let Ok(ready) = container.ready() else {
            return;
        };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        match registration.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            // Nothing waits any more (another tab already switched): just load the current version.
            None => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    });
}
