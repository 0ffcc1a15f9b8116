//! The teachers' page in a real headless Chromium: receipts pasted into the class overview, the
//! table and its sorting, damaged receipts refused, and the overview kept across page loads.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use passage::i18n::{PageFiles, use_page_files};
use passage::teacher::TeacherApp;
use passage_core::classroom::{AssignedPack, Assignment, Receipt};
use passage_core::progress::Progress;
use passage_core::schedule::Timestamp;
use passage_i18n::{ENGLISH_TEACHER_FILES, TEACHER_FILES};
use wasm_bindgen_test::*;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

fn assignment() -> Assignment {
    Assignment {
        class_name: "German A1 Monday".into(),
        due: None,
        message: String::new(),
        packs: vec![AssignedPack::whole("de-a1")],
        catalog: None,
    }
}

fn receipt_code(name: &str) -> String {
    Receipt::new(
        &Progress::default(),
        &assignment(),
        name,
        Timestamp(1_780_000_000),
    )
    .expect("a receipt")
    .to_code()
}

async fn mount_teacher_page(fragment: &str) -> web_sys::HtmlElement {
    use_page_files(PageFiles {
        names: TEACHER_FILES,
        english: ENGLISH_TEACHER_FILES,
    });
    set_hash(fragment).await;
    let container = new_container();
    leptos::mount::mount_to(container.clone(), TeacherApp).forget();
    leptos::task::tick().await;
    container
}

fn row_names(container: &web_sys::HtmlElement) -> Vec<String> {
    let rows = container
        .query_selector_all(".class-table tbody th")
        .expect("rows");
    (0..rows.length())
        .filter_map(|index| rows.item(index))
        .filter_map(|row| row.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn pasted_receipts_make_a_sortable_table_that_is_kept() {
    storage().clear().expect("cleared");
    let page = mount_teacher_page("#/class").await;
    assert_eq!(text_of(&page, "h1"), "Class overview");
    assert!(text_of(&page, ".empty").starts_with("No classes yet"));

    let pasted = format!(
        "Amina: {}\nLi sent: {}",
        receipt_code("Amina"),
        receipt_code("Li")
    );
    fill(&page, ".class-import textarea", &pasted).await;
    submit(&page, ".class-import").await;
    assert_eq!(row_names(&page), ["Amina", "Li"]);
    assert!(
        text_of(&page, ".import-results").contains("Amina: added to a new class"),
        "{}",
        text_of(&page, ".import-results")
    );
    assert!(text_of(&page, ".class-table td").contains("0 of 0"));

    // Sorting by name again turns the order round, and says so to screen readers.
    click(&page, ".class-table thead th:first-child .sort").await;
    assert_eq!(row_names(&page), ["Li", "Amina"]);
    let sorted = page
        .query_selector(".class-table thead th:first-child")
        .ok()
        .flatten()
        .and_then(|th| th.get_attribute("aria-sort"));
    assert_eq!(sorted.as_deref(), Some("descending"));

    // The overview is stored and comes back on the next visit.
    assert!(get("passage.classes.a").is_some());
    page.remove();
    let again = mount_teacher_page("#/class").await;
    assert_eq!(row_names(&again), ["Amina", "Li"]);
    again.remove();
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn a_mistyped_receipt_is_refused_and_changes_nothing() {
    storage().clear().expect("cleared");
    let page = mount_teacher_page("#/class").await;
    let code = receipt_code("Amina");
    // One character changed, as a typing mistake would.
    let last = code.chars().last().expect("a code");
    let wrong = if last == 'X' { 'Y' } else { 'X' };
    let mistyped = format!("{}{wrong}", &code[..code.len() - 1]);
    fill(&page, ".class-import textarea", &mistyped).await;
    submit(&page, ".class-import").await;
    assert!(
        text_of(&page, ".import-results").contains("typing or copying mistake"),
        "{}",
        text_of(&page, ".import-results")
    );
    assert!(row_names(&page).is_empty());
    assert!(text_of(&page, ".empty").starts_with("No classes yet"));
    page.remove();
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn a_damaged_stored_overview_is_kept_aside_and_said() {
    storage().clear().expect("cleared");
    storage()
        .set_item(
            "passage.classes.a",
            "{\"format\":\"passage-classroom\",\"vers",
        )
        .expect("set");
    let page = mount_teacher_page("#/class").await;
    assert!(text_of(&page, ".notice").contains("damaged copy"));
    assert_eq!(
        get("passage.classes.aside.0").as_deref(),
        Some("{\"format\":\"passage-classroom\",\"vers")
    );
    page.remove();
    storage().clear().expect("cleared");
}
