//! Helpers shared by the browser tests (`tests/*.rs`): the page's document, a fresh container to
//! mount into, mounting the whole app, reading text, waiting, and `localStorage`.
#![allow(dead_code, clippy::expect_used)]

use passage::App;
use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

/// A new, empty `<div>` at the end of the page's body.
pub fn new_container() -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    document()
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("appended");
    container
}

/// Mounts the app into a fresh container and returns it; the app stays mounted for the test.
pub async fn mount_app() -> web_sys::HtmlElement {
    let container = new_container();
    let handle = leptos::mount::mount_to(container.clone(), App);
    handle.forget();
    leptos::task::tick().await;
    container
}

/// The text of the first element matching `selector`, without Fluent's isolation marks.
pub fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
        // Fluent isolates placed values (numbers, names) with U+2068 and U+2069.
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Clicks the first element matching `selector` and lets Leptos re-render.
pub async fn click(container: &web_sys::HtmlElement, selector: &str) {
    let element: web_sys::HtmlElement = container
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("the element to click")
        .unchecked_into();
    element.click();
    leptos::task::tick().await;
}

/// Waits `ms` milliseconds (for browser events such as `hashchange`).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The page's `localStorage`.
pub fn storage() -> web_sys::Storage {
    web_sys::window()
        .expect("a window")
        .local_storage()
        .ok()
        .flatten()
        .expect("localStorage")
}

/// The stored text under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage().get_item(key).ok().flatten()
}

/// Sets the URL fragment before the app is mounted (Leptos' executor starts with the mount).
pub async fn set_hash(fragment: &str) {
    web_sys::window()
        .expect("a window")
        .location()
        .set_hash(fragment)
        .expect("hash set");
    sleep(50).await;
}

/// Types `text` into the first input or text area matching `selector` (as the `input` event the
/// browser sends) and lets Leptos re-render.
pub async fn fill(container: &web_sys::HtmlElement, selector: &str, text: &str) {
    let field = container
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("the field to fill");
    js_sys::Reflect::set(&field, &"value".into(), &text.into()).expect("value set");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("an event");
    field.dispatch_event(&event).expect("dispatched");
    leptos::task::tick().await;
}

/// Submits the first form matching `selector` (as pressing its submit button does).
pub async fn submit(container: &web_sys::HtmlElement, selector: &str) {
    let form: web_sys::HtmlFormElement = container
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("the form")
        .unchecked_into();
    form.request_submit().expect("submitted");
    leptos::task::tick().await;
}

/// Waits (a bounded number of times) until `ready` holds, for screens that fetch.
pub async fn eventually(ready: impl Fn() -> bool) -> bool {
    for _ in 0..40 {
        if ready() {
            return true;
        }
        sleep(50).await;
        leptos::task::tick().await;
    }
    ready()
}
