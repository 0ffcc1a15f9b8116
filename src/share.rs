//! Handing text to the phone: the clipboard and the share sheet, where the browser offers them.
//!
//! Both are looked up at run time rather than called through `web-sys`' bindings: a browser
//! without them (an older one, or a page not served over HTTPS) has no `navigator.clipboard` or
//! `navigator.share` at all, and calling a missing function would stop the app.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|window| window.navigator().into())
}

/// `target[name]` when it is a function.
fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Calls `target[name](argument)` and waits for the promise it returns; whether it resolved.
async fn call(target: &JsValue, name: &str, argument: &JsValue) -> bool {
    let Some(promise) = method(target, name)
        .and_then(|function| function.call1(target, argument).ok())
        .and_then(|result| result.dyn_into::<Promise>().ok())
    else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

/// Copies `text` to the clipboard; `false` when the browser has no clipboard here or refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator()
        .and_then(|navigator| Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok())
        .filter(JsValue::is_object)
    else {
        return false;
    };
    call(&clipboard, "writeText", &JsValue::from_str(text)).await
}

/// Whether the browser has a share sheet (most phones do; most computers do not).
pub fn can_share() -> bool {
    navigator().is_some_and(|navigator| method(&navigator, "share").is_some())
}

/// Opens the share sheet with `text`; `false` when there is none or the learner closed it.
pub async fn share_text(text: &str) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text));
    call(&navigator, "share", &data).await
}
