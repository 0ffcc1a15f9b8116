//! The learner's side of a teacher's assignment in a real headless Chromium: opening the link and
//! accepting it, a damaged link, and the receipt sent back.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use passage::storage::LocalSlots;
use passage_core::classroom::{AssignedPack, Assignment, Receipt};
use passage_core::pack::Date;
use passage_core::progress::{LessonKey, LessonProgress, Progress, ProgressStore};
use passage_core::schedule::Timestamp;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

fn assignment() -> Assignment {
    Assignment {
        class_name: "German A1 Tuesday".to_owned(),
        due: Date::new(2026, 3, 1),
        message: "Lesson 1, please.\nSee you on Tuesday.".to_owned(),
        packs: vec![
            AssignedPack::lessons("de-a1", ["greetings"]),
            AssignedPack::whole("us-civics"),
        ],
        catalog: None,
    }
}

fn code() -> String {
    assignment().to_code().expect("a valid assignment")
}

/// The progress stored in `localStorage`, as the app would load it.
fn stored_progress() -> Progress {
    ProgressStore::open(LocalSlots::open()).1.progress
}

fn exists(app: &web_sys::HtmlElement, selector: &str) -> bool {
    app.query_selector(selector).ok().flatten().is_some()
}

#[wasm_bindgen_test]
async fn accepting_an_assignment_adds_its_packs_and_lists_it_at_home() {
    storage().clear().expect("cleared");
    set_hash(&format!("#/assign/{}", code())).await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, "main h1"), "German A1 Tuesday");
    assert_eq!(
        text_of(&app, ".assignment-message"),
        "Lesson 1, please.\nSee you on Tuesday.",
        "the message is kept as text, line break included"
    );
    assert_eq!(text_of(&app, ".assignment-due"), "Due on 01/03/2026");
    // The test server has no catalog: the packs are named by their ids.
    let packs = text_of(&app, ".pack-list");
    assert!(
        packs.contains("de-a1") && packs.contains("us-civics"),
        "{packs}"
    );
    assert!(
        packs.contains("greetings"),
        "the named lesson is listed: {packs}"
    );
    assert!(
        stored_progress().is_empty(),
        "nothing is kept before Accept"
    );

    click(&app, ".assign-accept").await;
    assert!(text_of(&app, ".assign-accepted").contains("You accepted this assignment"));
    assert!(!exists(&app, ".assign-accept"));
    let id = assignment().id();
    let start = app
        .query_selector(".assign-accepted ~ a")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"));
    assert_eq!(start.as_deref(), Some("#/packs/de-a1/greetings"));
    let progress = stored_progress();
    assert_eq!(
        progress.packs.iter().collect::<Vec<_>>(),
        ["de-a1", "us-civics"]
    );
    assert_eq!(progress.accepted_assignment(id), Some(assignment()));

    set_hash("#/").await;
    leptos::task::tick().await;
    assert!(eventually(|| text_of(&app, "main").contains("Your assignments")).await);
    let card = text_of(&app, ".assignment-card");
    assert!(card.contains("German A1 Tuesday"), "{card}");
    assert!(card.contains("de-a1, us-civics"), "{card}");
    let receipt_link = format!("a[href='#/receipt/{id}']");
    assert!(exists(&app, &receipt_link), "a link to the receipt");

    // Opening the link again says it is accepted, and offers the same ways on.
    set_hash(&format!("#/assign/{}", code())).await;
    leptos::task::tick().await;
    assert!(text_of(&app, ".assign-accepted").contains("You accepted this assignment"));
    assert!(exists(&app, &receipt_link));
    app.remove();
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn a_damaged_link_is_explained_and_changes_nothing() {
    let good = code();
    let middle = good.len() / 2;
    let changed = if &good[middle..=middle] == "A" {
        "B"
    } else {
        "A"
    };
    let cases = [
        (
            format!("{}{changed}{}", &good[..middle], &good[middle + 1..]),
            "The link was changed or damaged.",
        ),
        (
            good[..good.len() - 6].to_owned(),
            "Part of the link is missing.",
        ),
        (String::new(), "The link is cut off"),
        ("no*code".to_owned(), "This is not an assignment link."),
    ];
    for (code, expected) in cases {
        storage().clear().expect("cleared");
        set_hash(&format!("#/assign/{code}")).await;
        let app = mount_app().await;
        assert_eq!(
            text_of(&app, "main h1"),
            "This assignment link does not work"
        );
        let said = text_of(&app, "main [role=alert]");
        assert!(said.contains(expected), "{code:?}: {said}");
        assert!(said.contains("Nothing was changed."));
        assert!(!exists(&app, ".assign-accept"), "nothing to accept");
        assert_eq!(get("passage.progress.a"), None, "nothing was saved");
        assert_eq!(get("passage.progress.b"), None, "nothing was saved");
        app.remove();
    }
    set_hash("").await;
}

/// Types `text` into the input matching `selector`, as the learner would (an `input` event), and
/// leaves the field (a `change` event).
async fn type_into(app: &web_sys::HtmlElement, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = app
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("the field")
        .unchecked_into();
    input.set_value(text);
    for kind in ["input", "change"] {
        let event = web_sys::Event::new(kind).expect("an event");
        input.dispatch_event(&event).expect("dispatched");
    }
    leptos::task::tick().await;
}

fn receipt_code(app: &web_sys::HtmlElement) -> String {
    app.query_selector(".receipt-code")
        .ok()
        .flatten()
        .map(|field| {
            field
                .unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value()
        })
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_receipt_carries_the_typed_name_and_the_lessons_done() {
    storage().clear().expect("cleared");
    let now = Timestamp((js_sys::Date::now() / 1000.0) as i64);
    let mut progress = Progress::default();
    progress
        .accept_assignment(&assignment(), now)
        .expect("accepted");
    let mut greetings = LessonProgress::default();
    greetings.complete(90, now);
    progress
        .lessons
        .insert(LessonKey::new("de-a1", "greetings"), greetings);
    let (mut store, _) = ProgressStore::open(LocalSlots::open());
    store.save(&progress, now).expect("saved");

    let id = assignment().id();
    set_hash(&format!("#/receipt/{id}")).await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, "main h1"), "Send your progress");
    assert!(text_of(&app, ".receipt-name-problem").contains("Type your name"));
    assert!(!exists(&app, ".receipt-code"), "no receipt without a name");

    type_into(&app, ".receipt-name", "x".repeat(33).as_str()).await;
    assert!(text_of(&app, ".receipt-name-problem").contains("at most 32 characters"));
    assert!(!exists(&app, ".receipt-code"));

    type_into(&app, ".receipt-name", "  Amina   K. ").await;
    assert_eq!(text_of(&app, ".receipt-name-problem"), "");
    let shared = text_of(&app, ".receipt-contents");
    assert!(shared.contains("Your name: Amina K."), "{shared}");
    assert!(shared.contains("de-a1: lessons done: 1 of 1"), "{shared}");
    assert!(shared.contains("last studied on"), "{shared}");
    let receipt = Receipt::from_text(&receipt_code(&app)).expect("a receipt code");
    assert_eq!(receipt.learner(), "Amina K.");
    assert_eq!(receipt.assignment(), id);
    assert_eq!(receipt.packs()[0].lessons_done, 1);
    assert_eq!(receipt.packs()[0].lessons_of, 1);
    assert!(receipt.packs()[0].last_activity.is_some());
    let qr = app
        .query_selector(".qr path")
        .ok()
        .flatten()
        .and_then(|path| path.get_attribute("d"))
        .unwrap_or_default();
    assert!(qr.starts_with("M0 0h7v1h-7z"), "a QR code: {qr}");

    click(&app, ".leave-out-activity").await;
    let receipt = Receipt::from_text(&receipt_code(&app)).expect("a receipt code");
    assert_eq!(receipt.packs()[0].last_activity, None, "left out");
    assert!(!text_of(&app, ".receipt-contents").contains("last studied on"));

    assert_eq!(
        stored_progress().settings.receipt_name.as_deref(),
        Some("Amina K."),
        "the name is remembered for next time"
    );
    app.remove();
    storage().clear().expect("cleared");
    set_hash("").await;
}

#[wasm_bindgen_test]
async fn a_receipt_for_an_assignment_not_accepted_says_so() {
    storage().clear().expect("cleared");
    set_hash(&format!("#/receipt/{}", assignment().id())).await;
    let app = mount_app().await;
    assert!(text_of(&app, "main").contains("This assignment is not on this phone."));
    assert!(!exists(&app, ".receipt-name"));
    app.remove();
    set_hash("").await;
}
