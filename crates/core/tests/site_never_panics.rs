//! Property tests: reading a site settings file and the addresses in it never panics, whatever
//! text a host (or an attacker) puts there, and what comes out always keeps the rules: contrast
//! at AA, safe link schemes, bounded lists.

use passage_core::site::{
    CatalogSources, CatalogUrl, Colour, CorrectionsLink, Email, PackKey, Phone, Scheme, SitePath,
    SiteSettings, Theme, WebUrl, colour::MIN_CONTRAST, colour::app,
};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

const LOCALES: &[&str] = &["ar", "de", "en", "uk"];

const FIELDS: &[&str] = &[
    "format_version",
    "name",
    "logo",
    "colours",
    "accent",
    "accent_text",
    "default_language",
    "featured_packs",
    "corrections_link",
    "extra_catalogs",
    "help",
    "offers",
    "categories",
    "languages",
    "address",
    "phone",
    "opening_hours",
    "website",
    "map",
    "email",
    "en",
    "ar",
];

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

/// Short strings that look like the values a settings file holds, and some that attack it.
fn leaf_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z#:/.@+0-9 -]{0,24}",
        Just("https://ngo.example.org/passage/".to_owned()),
        Just("http://127.0.0.1:8080/".to_owned()),
        Just("javascript:alert(1)".to_owned()),
        Just("//evil.example/x".to_owned()),
        Just("../../logo.png".to_owned()),
        Just("#1a4d8f".to_owned()),
        Just("legal-advice".to_owned()),
        Just("+49 30 1234".to_owned()),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        leaf_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS), inner), 0..8).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(key, value)| (key.to_owned(), value))
                        .collect::<Map<String, Value>>(),
                )
            }),
        ]
    })
}

fn check_invariants(settings: &SiteSettings) {
    let theme = settings.theme;
    if theme != Theme::default() {
        assert!(theme.accent_text.contrast_ratio(theme.accent) >= MIN_CONTRAST);
        assert!(theme.accent.contrast_ratio(app::PAGE) >= MIN_CONTRAST);
        assert!(theme.accent.contrast_ratio(app::CARD) >= MIN_CONTRAST);
    }
    for url in &settings.extra_catalogs {
        assert!(url.url().scheme() == Scheme::Https || url.url().is_loopback());
    }
    if let Some(CorrectionsLink::Web(url)) = &settings.corrections_link {
        assert_eq!(url.scheme(), Scheme::Https);
    }
    if let Some(language) = &settings.default_language {
        assert!(LOCALES.contains(&language.as_str()));
    }
    for org in &settings.help {
        assert!(!org.name.trim().is_empty());
        if let Some(map) = &org.map {
            assert_eq!(map.scheme(), Scheme::Https);
        }
        if let Some(phone) = &org.phone {
            let href = phone.href();
            let dial = href.trim_start_matches("tel:");
            assert!(
                dial.trim_start_matches('+')
                    .bytes()
                    .all(|b| b.is_ascii_digit())
            );
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_gives_usable_settings(text in any::<String>()) {
        let load = SiteSettings::from_json(&text, LOCALES);
        check_invariants(&load.settings);
    }

    #[test]
    fn any_json_shaped_like_settings_gives_usable_settings(
        value in prop::collection::vec((prop::sample::select(FIELDS), json_value()), 0..12)
    ) {
        let object: Map<String, Value> =
            value.into_iter().map(|(key, value)| (key.to_owned(), value)).collect();
        let text = Value::Object(object).to_string();
        let load = SiteSettings::from_json(&text, LOCALES);
        check_invariants(&load.settings);
        for problem in &load.problems {
            let _ = problem.to_string();
        }
    }

    #[test]
    fn addresses_and_fields_never_panic(text in any::<String>(), file in any::<String>()) {
        let _ = Colour::parse_hex(&text);
        let _ = Phone::parse(&text);
        let _ = Email::parse(&text);
        let _ = SitePath::parse_image(&text);
        let _ = CorrectionsLink::parse(&text);
        let _ = PackKey::parse(&text);
        if let Ok(url) = WebUrl::parse(&text) {
            let _ = url.resolve(&file);
            prop_assert_eq!(WebUrl::parse(&url.to_string()), Ok(url));
        }
        if let Ok(url) = CatalogUrl::parse(&text) {
            if let Ok(pack) = url.pack_file(&file) {
                prop_assert_eq!(pack.host(), url.url().host());
                prop_assert!(pack.path().starts_with(url.url().directory()));
            }
            let key = PackKey::extra("welcome", &url);
            prop_assert_eq!(PackKey::parse(key.as_str()), Some(key));
        }
        if let Ok(own) = CatalogUrl::own("https://ngo.example.org/passage/") {
            let mut sources = CatalogSources::new(own, &[]);
            let _ = sources.add_learner(&text);
        }
    }
}
