//! A host's settings file (`site.json`) applied by the app in a real headless Chromium: the name,
//! logo and colours, the local help directory and its filters, and a file with mistakes.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use passage::site_settings::{apply, read};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const TOWN: &str = r##"{
  "format_version": 1,
  "name": { "en": "Welcome to Example Town", "de": "Willkommen in Beispielstadt" },
  "logo": "images/town.svg",
  "colours": { "accent": "#1a4d8f" },
  "corrections_link": "mailto:translations@example.org",
  "help": [
    {
      "name": "Town Legal Aid",
      "offers": { "en": "Free advice on residence permits." },
      "categories": ["legal-advice"],
      "languages": ["de", "en"],
      "address": "Market Square 1, Example Town",
      "phone": "+49 30 1234567",
      "opening_hours": "Mon–Fri 9:00–13:00",
      "map": "https://www.openstreetmap.org/?mlat=52.5&mlon=13.4"
    },
    {
      "name": "مركز الصحة",
      "offers": { "en": "Doctors who speak Arabic and Dari.", "ar": "أطباء يتحدثون العربية والدارية." },
      "categories": ["health"],
      "languages": ["ar", "fa-AF"],
      "email": "info@health.example.org",
      "website": "https://health.example.org/"
    }
  ]
}"##;

fn use_settings(json: &str) {
    apply(read(json).into());
}

fn hrefs(app: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let found = app.query_selector_all(selector).expect("a selector");
    (0..found.length())
        .filter_map(|index| found.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter_map(|element| element.get_attribute("href"))
        .collect()
}

fn all_text(app: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let found = app.query_selector_all(selector).expect("a selector");
    (0..found.length())
        .filter_map(|index| found.item(index))
        .filter_map(|node| node.text_content())
        .collect()
}

/// A property the app set on the page's root element (`<html style>`), as the stylesheet sees it.
fn page_style(name: &str) -> Option<String> {
    let root: web_sys::HtmlElement = document()
        .document_element()
        .expect("html")
        .unchecked_into();
    root.style().get_property_value(name).ok()
}

/// Picks `value` in the first `<select>` inside the element matching `selector`.
async fn pick(app: &web_sys::HtmlElement, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = app
        .query_selector(&format!("{selector} select"))
        .ok()
        .flatten()
        .expect("the select")
        .unchecked_into();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
    select.dispatch_event(&event).expect("dispatched");
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn the_sites_name_logo_and_colours_replace_passages() {
    storage().clear().expect("cleared");
    use_settings(TOWN);
    set_hash("#/").await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, ".brand-name"), "Welcome to Example Town");
    assert_eq!(text_of(&app, "#home-title"), "Welcome to Example Town");
    assert_eq!(document().title(), "Welcome to Example Town");
    let logo = app
        .query_selector(".brand img")
        .ok()
        .flatten()
        .expect("a logo");
    assert_eq!(
        logo.get_attribute("src").as_deref(),
        Some("images/town.svg")
    );
    assert_eq!(
        logo.get_attribute("alt").as_deref(),
        Some(""),
        "the name beside it says it"
    );
    assert_eq!(page_style("--site-brand").as_deref(), Some("#1a4d8f"));
    assert_eq!(
        page_style("--site-brand-ink").as_deref(),
        Some("#ffffff"),
        "white reads best on this dark blue"
    );
    assert!(hrefs(&app, ".site-footer a").contains(&"#/help".to_owned()));
    assert!(hrefs(&app, "main a").contains(&"#/help".to_owned()));
    assert!(
        app.query_selector(".site-problems")
            .ok()
            .flatten()
            .is_none(),
        "a correct file brings no notice"
    );
}

#[wasm_bindgen_test]
async fn the_help_directory_lists_filters_and_links_each_organisation() {
    storage().clear().expect("cleared");
    use_settings(TOWN);
    set_hash("#/help").await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, "main h1"), "Where to get help");
    assert!(text_of(&app, ".lead").contains("Welcome to Example Town"));
    assert_eq!(
        all_text(&app, ".help-org h2"),
        ["Town Legal Aid", "مركز الصحة"],
        "the site's order when no one speaks the learner's language first"
    );
    assert_eq!(text_of(&app, ".pack-count"), "2 organisations");
    let links = hrefs(&app, ".help-org a");
    for expected in [
        "tel:+49301234567",
        "mailto:info@health.example.org",
        "https://health.example.org/",
        "https://www.openstreetmap.org/?mlat=52.5&mlon=13.4",
    ] {
        assert!(
            links.contains(&expected.to_owned()),
            "{expected} in {links:?}"
        );
    }
    let first = text_of(&app, ".help-org");
    for expected in [
        "Legal advice",
        "Free advice on residence permits.",
        "Languages spoken: Deutsch, English",
        "Market Square 1, Example Town",
        "Mon–Fri 9:00–13:00",
    ] {
        assert!(first.contains(expected), "{expected:?} in {first:?}");
    }

    pick(&app, ".catalog-filters label:nth-child(1)", "health").await;
    assert_eq!(all_text(&app, ".help-org h2"), ["مركز الصحة"]);
    assert_eq!(text_of(&app, ".pack-count"), "One organisation");
    pick(&app, ".catalog-filters label:nth-child(2)", "de").await;
    assert!(all_text(&app, ".help-org h2").is_empty());
    assert!(text_of(&app, "main").contains("No organisation matches"));
    pick(&app, ".catalog-filters label:nth-child(1)", "").await;
    assert_eq!(all_text(&app, ".help-org h2"), ["Town Legal Aid"]);
}

#[wasm_bindgen_test]
async fn organisations_speaking_the_learners_language_come_first() {
    storage().clear().expect("cleared");
    storage()
        .set_item("passage.learner-language", "ar")
        .expect("stored");
    use_settings(TOWN);
    set_hash("#/help").await;
    let app = mount_app().await;
    assert_eq!(
        all_text(&app, ".help-org h2"),
        ["مركز الصحة", "Town Legal Aid"]
    );
    assert!(
        text_of(&app, ".help-org").contains("أطباء يتحدثون العربية والدارية."),
        "the site's text in the learner's language where it wrote one"
    );
    storage().clear().expect("cleared");
}

#[wasm_bindgen_test]
async fn a_file_with_mistakes_is_explained_and_the_rest_still_applies() {
    storage().clear().expect("cleared");
    let json = r##"{ "name": "Example Town", "colours": { "accent": "#ffff00" },
             "help": [ { "name": "Advice Centre", "phone": "call us" } ], "helpp": [] }"##;
    let mistakes = read(json).problems.len();
    assert!(mistakes >= 3, "colours, phone and the unknown field");
    use_settings(json);
    set_hash("#/").await;
    let app = mount_app().await;
    assert_eq!(
        text_of(&app, ".brand-name"),
        "Example Town",
        "what was right applies"
    );
    let notice = text_of(&app, ".site-problems");
    assert!(notice.contains("settings file has mistakes"), "{notice}");
    assert!(
        notice.contains(&format!("{mistakes} mistakes, for the website's staff")),
        "{notice}"
    );
    for path in ["colours", "help[0].phone", "helpp"] {
        assert!(notice.contains(path), "{path} named in {notice}");
    }
    assert_eq!(
        page_style("--site-brand").as_deref(),
        Some(""),
        "an unreadable yellow leaves the app's own colours"
    );
}

#[wasm_bindgen_test]
async fn a_file_that_is_not_json_leaves_passage_as_it_is() {
    storage().clear().expect("cleared");
    use_settings("{ \"name\": \"Example Town\", }");
    set_hash("#/").await;
    let app = mount_app().await;
    assert_eq!(text_of(&app, ".brand-name"), "Passage");
    let notice = text_of(&app, ".site-problems");
    assert!(notice.contains("One mistake"), "{notice}");
    assert!(notice.contains("line 1"), "{notice}");
    assert!(!hrefs(&app, ".site-footer a").contains(&"#/help".to_owned()));

    set_hash("#/help").await;
    assert!(
        text_of(&app, "main").contains("does not list any local organisations"),
        "an address of the directory still says something"
    );
}
