//! Asking the browser to keep the learner's data (persistent storage), and how much is used.
//!
//! Browsers may clear a site's storage when the phone runs short of space, unless the site's
//! storage is persistent. Asking on the first visit is refused or ignored by most browsers, so the
//! app asks once, after the first completed lesson ([`request_persistence_once`], called by the
//! lesson screen), and again whenever the learner presses the button on the My data screen.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::local_slots::local_storage;

/// Remembers that persistence was asked for once, so the automatic request is not repeated.
pub const ASKED_KEY: &str = "passage.persistence-asked";

/// How much storage the site uses, and may use, in bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageUse {
    pub usage: f64,
    pub quota: Option<f64>,
}

/// `navigator.storage`, where the browser has it (not in old browsers nor insecure pages).
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    manager.dyn_into().ok()
}

async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Whether the browser keeps this site's data even when space runs short; `None` when unknown.
pub async fn persisted() -> Option<bool> {
    settle(storage_manager()?.persisted()).await?.as_bool()
}

/// Asks the browser to keep this site's data; the answer is whether it now does.
pub async fn request_persistence() -> Option<bool> {
    settle(storage_manager()?.persist()).await?.as_bool()
}

/// Asks for persistent storage, once per device (remembered in `localStorage`). Called after the
/// learner's first completed lesson; later calls do nothing.
pub fn request_persistence_once() {
    if let Some(storage) = local_storage() {
        if storage.get_item(ASKED_KEY).ok().flatten().is_some() {
            return;
        }
        let _ = storage.set_item(ASKED_KEY, "1");
    }
    leptos::task::spawn_local(async {
        let _ = request_persistence().await;
    });
}

/// How much storage the site uses, where the browser says.
pub async fn estimate() -> Option<StorageUse> {
    let estimate: web_sys::StorageEstimate = settle(storage_manager()?.estimate())
        .await?
        .dyn_into()
        .ok()?;
    Some(StorageUse {
        usage: estimate.get_usage()?,
        quota: estimate.get_quota(),
    })
}
