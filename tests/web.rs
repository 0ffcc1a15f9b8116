//! The app's components in a real headless Chromium (`cargo test --target wasm32-unknown-unknown`,
//! run by `cargo xtask test` through wasm-bindgen-test-runner and chromedriver).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use passage::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

/// Mounts the app into a fresh container and returns it; the app stays mounted for the test.
async fn mount_app() -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    document()
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("appended");
    let handle = leptos::mount::mount_to(container.clone(), App);
    handle.forget();
    leptos::task::tick().await;
    container
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

/// Sets the URL fragment and waits for the browser's `hashchange` and Leptos to re-render.
async fn go_to(fragment: &str) {
    web_sys::window()
        .expect("a window")
        .location()
        .set_hash(fragment)
        .expect("hash set");
    sleep(50).await;
    leptos::task::tick().await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (a bounded number of times) until `ready` holds, for screens that fetch.
async fn eventually(ready: impl Fn() -> bool) -> bool {
    for _ in 0..40 {
        if ready() {
            return true;
        }
        sleep(50).await;
        leptos::task::tick().await;
    }
    ready()
}

#[wasm_bindgen_test]
async fn the_first_screen_names_the_app_and_offers_start_learning() {
    go_to("").await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, "main h1"), "Passage");
    let start = app
        .query_selector("main a.button-primary")
        .ok()
        .flatten()
        .expect("a Start learning link");
    assert_eq!(
        start.text_content().unwrap_or_default().trim(),
        "Start learning"
    );
    assert_eq!(start.get_attribute("href").as_deref(), Some("#/packs"));
    assert!(
        text_of(&app, ".update-banner-region").is_empty(),
        "no update is offered"
    );
    app.remove();
}

#[wasm_bindgen_test]
async fn the_screen_follows_the_address() {
    let app = mount_app().await;
    go_to("#/no-such-screen").await;
    assert_eq!(text_of(&app, "main h1"), "Page not found");
    assert!(text_of(&app, "main").contains("no-such-screen"));
    go_to("#/").await;
    assert_eq!(text_of(&app, "main h1"), "Passage");
    app.remove();
}

#[wasm_bindgen_test]
async fn a_missing_catalog_is_explained_not_a_blank_screen() {
    // The test runner's server has no packs/index.json.
    let app = mount_app().await;
    go_to("#/packs").await;
    assert_eq!(text_of(&app, "main h1"), "Lesson packs");
    let explained = eventually(|| !text_of(&app, "main [role=alert]").is_empty()).await;
    assert!(explained, "the screen should explain the missing catalog");
    assert!(text_of(&app, "main [role=alert]").contains("list of packs"));
    go_to("").await;
    app.remove();
}
