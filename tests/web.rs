//! The app's components in a real headless Chromium (`cargo test --target wasm32-unknown-unknown`,
//! run by `cargo xtask test` through wasm-bindgen-test-runner and chromedriver).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use wasm_bindgen_test::*;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Sets the URL fragment and waits for the browser's `hashchange` and Leptos to re-render.
async fn go_to(fragment: &str) {
    set_hash(fragment).await;
    leptos::task::tick().await;
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

fn html_attribute(name: &str) -> String {
    document()
        .document_element()
        .and_then(|html| html.get_attribute(name))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_picker_switches_language_and_direction_at_once_without_reload() {
    // The test server has no locales/: hand the app the files it would fetch.
    passage::i18n::add_messages("ar", include_str!("../locales/ar/app.ftl"));
    passage::i18n::add_messages("uk", include_str!("../locales/uk/app.ftl"));
    go_to("#/no-such-screen").await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, "main h1"), "Page not found");
    assert_eq!(html_attribute("lang"), "en");
    assert_eq!(html_attribute("dir"), "ltr");
    let options = app.get_elements_by_class_name("language-option").length();
    assert_eq!(options, 12, "every interface language is offered");
    assert_eq!(
        app.query_selector(".language-option[lang=ar]")
            .ok()
            .flatten()
            .and_then(|option| option.text_content()),
        Some("العربية".to_owned()),
        "languages are listed by their own names"
    );

    click(&app, ".language-option[lang=ar]").await;
    assert!(eventually(|| text_of(&app, "main h1") == "الصفحة غير موجودة").await);
    assert_eq!(html_attribute("lang"), "ar");
    assert_eq!(html_attribute("dir"), "rtl");
    assert_eq!(text_of(&app, ".language-picker-current"), "العربية");
    assert!(
        text_of(&app, ".draft-note").contains("مسودة"),
        "a draft translation invites corrections"
    );

    click(&app, ".language-option[lang=uk]").await;
    assert!(eventually(|| text_of(&app, "main h1") == "Сторінку не знайдено").await);
    assert_eq!(html_attribute("dir"), "ltr");

    click(&app, ".language-option[lang=en]").await;
    assert!(eventually(|| text_of(&app, "main h1") == "Page not found").await);
    assert_eq!(html_attribute("lang"), "en");
    assert!(
        text_of(&app, ".draft-note").is_empty(),
        "English is not a draft"
    );
    if let Ok(Some(storage)) = web_sys::window().expect("a window").local_storage() {
        assert_eq!(
            storage
                .get_item("passage.interface-language")
                .ok()
                .flatten()
                .as_deref(),
            Some("en"),
            "the choice is remembered"
        );
        let _ = storage.clear();
    }
    go_to("").await;
    app.remove();
}
