//! Stored progress in a real headless Chromium: the `localStorage` slots adapter (with a real
//! `QuotaExceededError`), the notices, and the My data screen.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use passage::storage::LocalSlots;
use passage_core::progress::{ProgressSlots, ProgressStore, Slot, StorageError};
use wasm_bindgen_test::*;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const PHONE_A: &str = include_str!("e2e/fixtures/phone-a.json");

#[wasm_bindgen_test]
fn slots_round_trip_and_copies_set_aside_are_never_replaced() {
    storage().clear().expect("cleared");
    storage().set_item("unrelated", "kept").expect("set");
    storage()
        .set_item("passage.progress.aside.0", "older copy")
        .expect("set");
    let mut slots = LocalSlots::open();
    assert_eq!(slots.read(Slot::A), Ok(None));
    slots.write(Slot::A, "alpha").expect("written");
    slots.write(Slot::B, "beta").expect("written");
    assert_eq!(slots.read(Slot::A), Ok(Some("alpha".to_owned())));
    assert_eq!(get("passage.progress.b").as_deref(), Some("beta"));
    slots.set_aside("damaged ✗ \u{0}").expect("set aside");
    slots.set_aside("damaged again").expect("set aside");
    assert_eq!(
        get("passage.progress.aside.0").as_deref(),
        Some("older copy")
    );
    assert_eq!(
        slots.set_aside_copies(),
        Ok(vec![
            "older copy".to_owned(),
            "damaged ✗ \u{0}".to_owned(),
            "damaged again".to_owned()
        ])
    );
    slots.clear().expect("cleared");
    assert_eq!(slots.read(Slot::A), Ok(None));
    assert_eq!(slots.read(Slot::B), Ok(None));
    assert_eq!(slots.set_aside_copies(), Ok(Vec::new()));
    assert_eq!(
        get("unrelated").as_deref(),
        Some("kept"),
        "only progress is cleared"
    );
    storage().clear().expect("cleared");
}

/// Fills `localStorage` with filler keys until not one more character fits; returns their keys.
fn fill_storage() -> Vec<String> {
    let storage = storage();
    let mut keys = Vec::new();
    let mut size = 1 << 20;
    while size > 0 {
        let key = format!("filler.{}", keys.len());
        if storage.set_item(&key, &"x".repeat(size)).is_ok() {
            keys.push(key);
        } else {
            size /= 2;
        }
    }
    keys
}

#[wasm_bindgen_test]
fn a_full_storage_is_quota_exceeded_and_keeps_what_was_saved() {
    storage().clear().expect("cleared");
    let (mut store, _) = ProgressStore::open(LocalSlots::open());
    let mut progress = passage_core::progress::import(PHONE_A).expect("the fixture");
    store
        .save(&progress, passage_core::schedule::Timestamp(1))
        .expect("saved");
    let saved = get("passage.progress.a").expect("slot A");
    let fillers = fill_storage();
    let mut slots = LocalSlots::open();
    assert_eq!(
        slots.write(Slot::B, "one more"),
        Err(StorageError::QuotaExceeded)
    );
    progress.packs.insert("more".to_owned());
    let error = store
        .save(&progress, passage_core::schedule::Timestamp(2))
        .expect_err("no room");
    assert_eq!(
        error,
        passage_core::progress::SaveError::Storage(StorageError::QuotaExceeded)
    );
    assert_eq!(get("passage.progress.a").as_deref(), Some(saved.as_str()));
    for key in fillers {
        storage().remove_item(&key).expect("removed");
    }
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn my_data_shows_stored_progress_and_deletes_it_after_confirmation() {
    storage().clear().expect("cleared");
    storage()
        .set_item("passage.progress.a", PHONE_A)
        .expect("stored");
    storage()
        .set_item("passage.learner-language", "ar")
        .expect("stored");
    set_hash("#/data").await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, "main h1"), "My data");
    assert_eq!(text_of(&app, ".my-data-items"), "2 items studied");
    assert_eq!(text_of(&app, ".my-data-lessons"), "One lesson done");
    assert!(text_of(&app, ".storage-notices").is_empty(), "no notice");

    click(&app, ".button-danger").await;
    assert!(text_of(&app, ".my-data-delete-question").contains("Delete everything?"));
    assert_eq!(
        text_of(&app, ".my-data-items"),
        "2 items studied",
        "nothing is deleted before the learner confirms"
    );
    assert!(get("passage.progress.a").is_some());
    click(&app, ".button-danger-confirm").await;
    assert_eq!(text_of(&app, ".my-data-items"), "0 items studied");
    assert!(text_of(&app, ".my-data-delete-outcome").contains("deleted"));
    assert_eq!(get("passage.progress.a"), None);
    assert_eq!(get("passage.learner-language"), None);
    app.remove();
    set_hash("").await;
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn damaged_progress_is_kept_aside_and_the_learner_is_told() {
    storage().clear().expect("cleared");
    let damaged = PHONE_A.replace("\"ok\":1", "\"ok\":7");
    storage()
        .set_item("passage.progress.a", &damaged)
        .expect("stored");
    set_hash("").await;
    let app = mount_app().await;
    assert!(text_of(&app, ".storage-notices").contains("could not be read"));
    assert_eq!(text_of(&app, ".storage-notice-damaged button"), "Export it");
    assert_eq!(
        get("passage.progress.aside.0").as_deref(),
        Some(damaged.as_str())
    );
    assert_eq!(text_of(&app, "main h1"), "Passage", "the app starts");
    app.remove();
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn the_daily_goal_is_chosen_on_the_home_screen_and_saved() {
    use wasm_bindgen::JsCast;
    storage().clear().expect("cleared");
    storage()
        .set_item("passage.progress.a", PHONE_A)
        .expect("stored");
    set_hash("").await;
    let app = mount_app().await;
    assert!(text_of(&app, "#goal-label").contains("of 10 exercises"));
    let select: web_sys::HtmlSelectElement = app
        .query_selector(".goal-picker select")
        .ok()
        .flatten()
        .expect("a goal picker")
        .dyn_into()
        .expect("a select");
    assert_eq!(select.value(), "10", "the current goal is chosen");
    select.set_value("5");
    select
        .dispatch_event(&web_sys::Event::new("change").expect("an event"))
        .expect("dispatched");
    leptos::task::tick().await;
    sleep(50).await;
    assert!(
        text_of(&app, "#goal-label").contains("of 5 exercises"),
        "{}",
        text_of(&app, "#goal-label")
    );
    let saved = [get("passage.progress.a"), get("passage.progress.b")];
    assert!(
        saved
            .iter()
            .flatten()
            .any(|text| text.contains("\"goal\":5")),
        "the new goal is saved"
    );
    app.remove();
    set_hash("").await;
    storage().clear().expect("cleared");
}
