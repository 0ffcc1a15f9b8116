//! Table tests of reading `site.json`: every field good and bad, problem paths, defaults.

use super::*;
use crate::LocalizedText;
use crate::site::settings::{MAX_FEATURED_PACKS, MAX_HELP_ENTRIES, MAX_SITE_FILE_BYTES};

const LOCALES: &[&str] = &["ar", "de", "en", "fa", "uk", "pt-BR"];

fn load(text: &str) -> SiteLoad {
    SiteSettings::from_json(text, LOCALES)
}

/// The problems as (path, kind) pairs, for compact tables.
fn problems(text: &str) -> Vec<(String, SiteProblemKind)> {
    load(text)
        .problems
        .into_iter()
        .map(|problem| (problem.path.to_string(), problem.kind))
        .collect()
}

fn one(path: &str, kind: SiteProblemKind) -> Vec<(String, SiteProblemKind)> {
    vec![(path.to_owned(), kind)]
}

#[test]
fn an_empty_object_gives_the_defaults_and_no_problem() {
    let load = load("{}");
    assert!(load.is_clean());
    assert_eq!(load.settings, SiteSettings::default());
    assert!(load.settings.theme.is_default());
    let load = SiteSettings::from_json("{\"format_version\": 1}", LOCALES);
    assert!(load.is_clean());
}

#[test]
fn syntax_errors_give_line_and_column_and_the_defaults() {
    let cases: &[(&str, usize, usize)] = &[
        ("", 1, 0),
        (
            "{\n  \"name\": {\"en\": \"A\"},\n  \"logo\": \"x.png\",\n}",
            4,
            1,
        ),
        (
            "{\n  \"name\": {\"en\": \"A\"}\n  \"logo\": \"x.png\"\n}",
            3,
            3,
        ),
        ("{\"name\": 'single quotes'}", 1, 10),
    ];
    for (text, line, column) in cases {
        let load = load(text);
        assert_eq!(load.settings, SiteSettings::default());
        match load.problems.as_slice() {
            [
                SiteProblem {
                    path,
                    kind:
                        SiteProblemKind::Syntax {
                            line: l,
                            column: c,
                            message,
                        },
                },
            ] => {
                assert!(path.is_root());
                assert_eq!((*l, *c), (*line, *column), "{text:?}: {message}");
                assert!(!message.contains(" at line "), "{message}");
            }
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn whole_file_problems() {
    let big = format!(
        "{{\"name\": {{\"en\": \"{}\"}}}}",
        "a".repeat(MAX_SITE_FILE_BYTES)
    );
    let cases: Vec<(&str, Vec<(String, SiteProblemKind)>)> = vec![
        ("[]", one("", SiteProblemKind::NotAnObject)),
        ("\"site\"", one("", SiteProblemKind::NotAnObject)),
        ("null", one("", SiteProblemKind::NotAnObject)),
        (
            "{\"format_version\": 2, \"name\": {\"en\": \"From the future\"}, \"whatever\": 1}",
            one(
                "format_version",
                SiteProblemKind::NewerFormat {
                    found: 2,
                    supported: 1,
                },
            ),
        ),
        (
            "{\"format_version\": \"1\"}",
            one("format_version", SiteProblemKind::BadFormatVersion),
        ),
        (
            "{\"format_version\": 0}",
            one("format_version", SiteProblemKind::BadFormatVersion),
        ),
        (
            "{\"format_version\": 1.5}",
            one("format_version", SiteProblemKind::BadFormatVersion),
        ),
        (
            "{\"format_version\": -1}",
            one("format_version", SiteProblemKind::BadFormatVersion),
        ),
        (
            &big,
            one(
                "",
                SiteProblemKind::TooLarge {
                    bytes: big.len(),
                    limit: MAX_SITE_FILE_BYTES,
                },
            ),
        ),
    ];
    for (text, expected) in cases {
        let load = load(text);
        assert_eq!(load.settings, SiteSettings::default(), "{:.60}", text);
        let got: Vec<(String, SiteProblemKind)> = load
            .problems
            .into_iter()
            .map(|p| (p.path.to_string(), p.kind))
            .collect();
        assert_eq!(got, expected, "{:.60}", text);
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(load("\u{feff}{\"logo\": \"logo.png\"}").is_clean());
}

#[test]
fn unknown_fields_are_problems_with_suggestions() {
    use SiteProblemKind::UnknownField;
    let text = r##"{
        "nmae": {"en": "x"},
        "colors": {"accent": "#1a4d8f", "acent_text": "#ffffff"},
        "Help": [],
        "help": [{"name": "Example Advice Centre", "adress": "1 Example Street", "opening-hours": {}, "fax": "1"}],
        "theme": "dark"
    }"##;
    assert_eq!(
        problems(text),
        vec![
            (
                "Help".to_owned(),
                UnknownField {
                    suggestion: Some("help")
                }
            ),
            (
                "colors".to_owned(),
                UnknownField {
                    suggestion: Some("colours")
                }
            ),
            (
                "nmae".to_owned(),
                UnknownField {
                    suggestion: Some("name")
                }
            ),
            ("theme".to_owned(), UnknownField { suggestion: None }),
            (
                "help[0].adress".to_owned(),
                UnknownField {
                    suggestion: Some("address")
                }
            ),
            ("help[0].fax".to_owned(), UnknownField { suggestion: None }),
            (
                "help[0].opening-hours".to_owned(),
                UnknownField {
                    suggestion: Some("opening_hours")
                }
            ),
        ]
    );
    // The known fields beside them are still read.
    assert_eq!(load(text).settings.help.len(), 1);
}

#[test]
fn site_name() {
    let settings =
        load(r#"{"name": {"en": "Example Town Welcome", "de": "Willkommen in Beispielstadt"}}"#)
            .settings;
    assert_eq!(
        settings.site_name(&["de"], "en"),
        Some("Willkommen in Beispielstadt")
    );
    assert_eq!(
        settings.site_name(&["ar"], "en"),
        Some("Example Town Welcome")
    );
    assert_eq!(SiteSettings::default().site_name(&["en"], "en"), None);
    // One text is the same in every language, as people write a name.
    let plain =
        load(r#"{"name": "Example Town", "help": [{"name": "A", "opening_hours": "9–13"}]}"#);
    assert!(plain.is_clean(), "{:?}", plain.problems);
    assert_eq!(
        plain.settings.site_name(&["ar"], "en"),
        Some("Example Town")
    );
    assert_eq!(
        plain.settings.help[0].opening_hours.best(&["fa"], "en"),
        Some("9–13")
    );
    let cases: Vec<(&str, Vec<(String, SiteProblemKind)>)> = vec![
        (
            r#"{"name": ["Example"]}"#,
            one(
                "name",
                SiteProblemKind::WrongType {
                    expected: JsonKind::LocalizedText,
                },
            ),
        ),
        (r#"{"name": "  "}"#, one("name", SiteProblemKind::Empty)),
        (
            r#"{"name": {"EN": "Example"}}"#,
            one("name.EN", SiteProblemKind::BadLanguageTag),
        ),
        (
            r#"{"name": {"english": "Example"}}"#,
            one("name.english", SiteProblemKind::BadLanguageTag),
        ),
        (
            r#"{"name": {"en": ""}}"#,
            one("name.en", SiteProblemKind::Empty),
        ),
        (
            r#"{"name": {"en": "   "}}"#,
            one("name.en", SiteProblemKind::Empty),
        ),
        (
            r#"{"name": {"en": 5}}"#,
            one(
                "name.en",
                SiteProblemKind::WrongType {
                    expected: JsonKind::Text,
                },
            ),
        ),
        (
            r#"{"name": {"en": "Ex\u202Eample"}}"#,
            one("name.en", SiteProblemKind::UnsafeText),
        ),
        (
            r#"{"name": {"en": "Ex\u0007ample"}}"#,
            one("name.en", SiteProblemKind::UnsafeText),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(problems(text), expected, "{text}");
    }
    let long = format!(
        r#"{{"name": {{"en": "{}", "de": "Gut"}}}}"#,
        "a".repeat(101)
    );
    let load = load(&long);
    assert_eq!(
        load.settings.name,
        LocalizedText::single("de", "Gut"),
        "the good entry stays"
    );
    assert_eq!(
        load.problems[0].kind,
        SiteProblemKind::TooLong {
            chars: 101,
            limit: 100
        }
    );
}

#[test]
fn logo() {
    let settings = load(r#"{"logo": "images/logo.svg"}"#).settings;
    assert_eq!(
        settings.logo.as_ref().map(SitePath::as_str),
        Some("images/logo.svg")
    );
    let cases: &[(&str, SiteProblemKind)] = &[
        (
            r#"{"logo": "https://evil.example/logo.png"}"#,
            SiteProblemKind::BadSitePath(SitePathError::NotRelative),
        ),
        (
            r#"{"logo": "//evil.example/logo.png"}"#,
            SiteProblemKind::BadSitePath(SitePathError::NotRelative),
        ),
        (
            r#"{"logo": "javascript:alert(1)"}"#,
            SiteProblemKind::BadSitePath(SitePathError::NotRelative),
        ),
        (
            r#"{"logo": "data:image/svg+xml,<svg/>"}"#,
            SiteProblemKind::BadSitePath(SitePathError::NotRelative),
        ),
        (
            r#"{"logo": "../logo.png"}"#,
            SiteProblemKind::BadSitePath(SitePathError::LeavesSite),
        ),
        (
            r#"{"logo": "/logo.png"}"#,
            SiteProblemKind::BadSitePath(SitePathError::StartsAtRoot),
        ),
        (
            r#"{"logo": "logo.exe"}"#,
            SiteProblemKind::BadSitePath(SitePathError::NotAnImage),
        ),
        (
            r#"{"logo": 1}"#,
            SiteProblemKind::WrongType {
                expected: JsonKind::Text,
            },
        ),
    ];
    for (text, kind) in cases {
        let load = load(text);
        assert_eq!(load.settings.logo, None, "{text}");
        assert_eq!(problems(text), one("logo", kind.clone()), "{text}");
    }
}

#[test]
fn colours() {
    let theme = load(r##"{"colours": {"accent": "#1A4D8F", "accent_text": "#fff"}}"##)
        .settings
        .theme;
    assert_eq!(theme.accent.to_string(), "#1a4d8f");
    assert_eq!(theme.accent_text.to_string(), "#ffffff");
    let theme = load(r##"{"colours": {"accent": "#7a1f5c"}}"##)
        .settings
        .theme;
    assert_eq!(
        theme.accent_text.to_string(),
        "#ffffff",
        "text colour picked"
    );

    let low = |text: &str, fields: &[&str]| {
        let load = load(text);
        assert!(
            load.settings.theme.is_default(),
            "{text}: falls back to the app's colours"
        );
        let got: Vec<String> = load.problems.iter().map(|p| p.path.to_string()).collect();
        assert_eq!(got, fields, "{text}");
        assert!(
            load.problems
                .iter()
                .all(|p| matches!(p.kind, SiteProblemKind::LowContrast(_)))
        );
    };
    low(
        r##"{"colours": {"accent": "#f2b544", "accent_text": "#ffffff"}}"##,
        &["colours.accent_text", "colours.accent", "colours.accent"],
    );
    low(
        r##"{"colours": {"accent": "#1a4d8f", "accent_text": "#2a5d9f"}}"##,
        &["colours.accent_text"],
    );
    low(
        r##"{"colours": {"accent": "#767676"}}"##,
        &["colours.accent"],
    );
    low(
        r##"{"colours": {"accent_text": "#000000"}}"##,
        &["colours.accent_text"],
    );

    let cases: &[(&str, &str, SiteProblemKind)] = &[
        (
            r##"{"colours": {"accent": "blue"}}"##,
            "colours.accent",
            SiteProblemKind::BadColour(ColourError::NotHex),
        ),
        (
            r##"{"colours": {"accent": "#1a4d8f80"}}"##,
            "colours.accent",
            SiteProblemKind::BadColour(ColourError::HasAlpha),
        ),
        (
            r##"{"colours": {"accent_text": "#ggg"}}"##,
            "colours.accent_text",
            SiteProblemKind::BadColour(ColourError::NotHex),
        ),
        (
            r##"{"colours": "#1a4d8f"}"##,
            "colours",
            SiteProblemKind::WrongType {
                expected: JsonKind::Object,
            },
        ),
    ];
    for (text, path, kind) in cases {
        assert!(load(text).settings.theme.is_default(), "{text}");
        assert_eq!(problems(text), one(path, kind.clone()), "{text}");
    }
}

#[test]
fn default_language() {
    let cases: &[(&str, Option<&str>, Option<SiteProblemKind>)] = &[
        ("de", Some("de"), None),
        ("DE", Some("de"), None),
        ("pt-br", Some("pt-BR"), None),
        (
            "fa-AF",
            None,
            Some(SiteProblemKind::UnknownLocale {
                suggestion: Some("fa".into()),
            }),
        ),
        (
            "pt",
            None,
            Some(SiteProblemKind::UnknownLocale {
                suggestion: Some("pt-BR".into()),
            }),
        ),
        (
            "ti",
            None,
            Some(SiteProblemKind::UnknownLocale { suggestion: None }),
        ),
        ("German", None, Some(SiteProblemKind::BadLanguageTag)),
        ("de_DE", None, Some(SiteProblemKind::BadLanguageTag)),
        ("", None, Some(SiteProblemKind::BadLanguageTag)),
    ];
    for (tag, expected, problem) in cases {
        let text = format!(r#"{{"default_language": "{tag}"}}"#);
        let load = load(&text);
        assert_eq!(
            load.settings.default_language.as_deref(),
            *expected,
            "{tag}"
        );
        let expected_problems = problem
            .clone()
            .map(|kind| one("default_language", kind))
            .unwrap_or_default();
        assert_eq!(problems(&text), expected_problems, "{tag}");
    }
}

#[test]
fn featured_packs() {
    let text = r#"{"featured_packs": ["welcome", "Bad Id", "welcome", 3, "civic-de@ngo.example.org~packs"]}"#;
    let load = load(text);
    let keys: Vec<&str> = load
        .settings
        .featured_packs
        .iter()
        .map(PackKey::as_str)
        .collect();
    assert_eq!(keys, ["welcome", "civic-de@ngo.example.org~packs"]);
    assert_eq!(
        problems(text),
        vec![
            ("featured_packs[1]".to_owned(), SiteProblemKind::BadPackId),
            ("featured_packs[2]".to_owned(), SiteProblemKind::Duplicate),
            (
                "featured_packs[3]".to_owned(),
                SiteProblemKind::WrongType {
                    expected: JsonKind::Text
                }
            ),
        ]
    );
    let many: Vec<String> = (0..MAX_FEATURED_PACKS + 3)
        .map(|n| format!("\"p{n}\""))
        .collect();
    let text = format!(r#"{{"featured_packs": [{}]}}"#, many.join(","));
    assert_eq!(load_len(&text), MAX_FEATURED_PACKS);
    assert_eq!(
        problems(&text),
        one(
            "featured_packs",
            SiteProblemKind::TooMany {
                count: MAX_FEATURED_PACKS + 3,
                limit: MAX_FEATURED_PACKS
            }
        )
    );
    assert_eq!(
        problems(r#"{"featured_packs": "welcome"}"#),
        one(
            "featured_packs",
            SiteProblemKind::WrongType {
                expected: JsonKind::List
            }
        )
    );
}

fn load_len(text: &str) -> usize {
    load(text).settings.featured_packs.len()
}

#[test]
fn corrections_link() {
    for good in [
        "https://ngo.example.org/fix",
        "mailto:translations@ngo.example.org",
    ] {
        let text = format!(r#"{{"corrections_link": "{good}"}}"#);
        let load = load(&text);
        assert!(load.is_clean(), "{good}");
        assert_eq!(
            load.settings.corrections_link.map(|l| l.href()),
            Some(good.to_owned())
        );
    }
    for bad in [
        "http://ngo.example.org/fix",
        "javascript:alert(1)",
        "data:text/html,x",
        "//evil.example/",
        "mailto:nobody",
        "tel:112",
    ] {
        let text = format!(r#"{{"corrections_link": "{bad}"}}"#);
        let load = load(&text);
        assert_eq!(load.settings.corrections_link, None, "{bad}");
        assert!(
            matches!(load.problems.as_slice(), [SiteProblem { kind: SiteProblemKind::BadLink(_), path }] if path.as_str() == "corrections_link"),
            "{bad}: {:?}",
            load.problems
        );
    }
}

#[test]
fn extra_catalogs() {
    let text = r#"{"extra_catalogs": [
        "https://ngo.example.org/passage/",
        "http://ngo.example.org/passage/",
        "http://127.0.0.1:8080/",
        "https://ngo.example.org/passage/packs/index.json",
        "javascript:alert(1)",
        "//evil.example/packs/index.json"
    ]}"#;
    let load = load(text);
    let urls: Vec<String> = load
        .settings
        .extra_catalogs
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        urls,
        [
            "https://ngo.example.org/passage/packs/index.json",
            "http://127.0.0.1:8080/packs/index.json"
        ]
    );
    assert_eq!(
        problems(text),
        vec![
            (
                "extra_catalogs[1]".to_owned(),
                SiteProblemKind::BadCatalog(CatalogUrlError::NotHttps)
            ),
            ("extra_catalogs[3]".to_owned(), SiteProblemKind::Duplicate),
            (
                "extra_catalogs[4]".to_owned(),
                SiteProblemKind::BadCatalog(CatalogUrlError::Url(WebUrlError::UnsupportedScheme(
                    "javascript".into()
                )))
            ),
            (
                "extra_catalogs[5]".to_owned(),
                SiteProblemKind::BadCatalog(CatalogUrlError::Url(WebUrlError::MissingScheme))
            ),
        ]
    );
}

#[test]
fn a_complete_help_entry() {
    let text = r#"{"help": [{
        "name": "Example Advice Centre",
        "offers": {"en": "Free advice on residence and asylum law.", "ar": "استشارات مجانية"},
        "categories": ["legal-advice", "housing"],
        "languages": ["de", "en", "ar", "fa-AF"],
        "address": "1 Example Street, 12345 Example Town",
        "phone": "+49 30 1234-567",
        "opening_hours": {"en": "Mon-Fri 9:00-13:00"},
        "website": "https://advice.example.org/",
        "map": "https://www.openstreetmap.org/?mlat=52.52&mlon=13.40",
        "email": "advice@example.org"
    }]}"#;
    let load = load(text);
    assert!(load.is_clean(), "{:?}", load.problems);
    let org = &load.settings.help[0];
    assert_eq!(org.name, "Example Advice Centre");
    assert_eq!(
        org.categories,
        [HelpCategory::LegalAdvice, HelpCategory::Housing]
    );
    assert_eq!(org.languages, ["de", "en", "ar", "fa-AF"]);
    assert_eq!(
        org.phone.as_ref().map(Phone::href),
        Some("tel:+49301234567".to_owned())
    );
    assert_eq!(org.phone.as_ref().map(Phone::text), Some("+49 30 1234-567"));
    assert_eq!(
        org.email.as_ref().map(Email::href),
        Some("mailto:advice@example.org".to_owned())
    );
    assert_eq!(org.opening_hours.get("en"), Some("Mon-Fri 9:00-13:00"));
    assert!(org.map.is_some() && org.website.is_some() && org.address.is_some());
}

#[test]
fn help_entries_field_by_field() {
    use SiteProblemKind as K;
    let entry = |fields: &str| {
        format!(
            r#"{{"help": [{{"name": "Example Health Point"}}, {{"name": "Example Advice Centre", {fields}}}]}}"#
        )
    };
    let cases: Vec<(&str, &str, SiteProblemKind)> = vec![
        (
            r#""phone": "0800-HELP""#,
            "help[1].phone",
            K::BadPhone(PhoneError::InvalidCharacter('H')),
        ),
        (
            r#""phone": "javascript:alert(1)""#,
            "help[1].phone",
            K::BadPhone(PhoneError::InvalidCharacter('j')),
        ),
        (
            r#""phone": 301234567"#,
            "help[1].phone",
            K::WrongType {
                expected: JsonKind::Text,
            },
        ),
        (
            r#""map": "http://maps.example.org/x""#,
            "help[1].map",
            K::BadLink(LinkError::NotHttps),
        ),
        (
            r#""map": "javascript:alert(1)""#,
            "help[1].map",
            K::BadLink(LinkError::Url(WebUrlError::UnsupportedScheme(
                "javascript".into(),
            ))),
        ),
        (
            r#""website": "data:text/html,<b>x</b>""#,
            "help[1].website",
            K::BadLink(LinkError::Url(WebUrlError::UnsupportedScheme(
                "data".into(),
            ))),
        ),
        (
            r#""website": "//evil.example/""#,
            "help[1].website",
            K::BadLink(LinkError::Url(WebUrlError::MissingScheme)),
        ),
        (
            r#""website": "www.example.org""#,
            "help[1].website",
            K::BadLink(LinkError::Url(WebUrlError::MissingScheme)),
        ),
        (
            r#""email": "advice at example.org""#,
            "help[1].email",
            K::BadEmail(EmailError::Invalid),
        ),
        (
            r#""categories": ["lawyers"]"#,
            "help[1].categories[0]",
            K::UnknownCategory { suggestion: None },
        ),
        (
            r#""categories": ["legal_advice"]"#,
            "help[1].categories[0]",
            K::UnknownCategory {
                suggestion: Some("legal-advice"),
            },
        ),
        (
            r#""categories": ["health", "health"]"#,
            "help[1].categories[1]",
            K::Duplicate,
        ),
        (
            r#""categories": "health""#,
            "help[1].categories",
            K::WrongType {
                expected: JsonKind::List,
            },
        ),
        (
            r#""languages": ["Arabic"]"#,
            "help[1].languages[0]",
            K::BadLanguageTag,
        ),
        (
            r#""languages": ["ar", "AR"]"#,
            "help[1].languages[1]",
            K::BadLanguageTag,
        ),
        (
            r#""languages": ["ar", "ar"]"#,
            "help[1].languages[1]",
            K::Duplicate,
        ),
        (r#""address": """#, "help[1].address", K::Empty),
        (
            r#""offers": {"xx-toolongsubtag": "x"}"#,
            "help[1].offers.xx-toolongsubtag",
            K::BadLanguageTag,
        ),
        (
            r#""opening_hours": 9"#,
            "help[1].opening_hours",
            K::WrongType {
                expected: JsonKind::LocalizedText,
            },
        ),
    ];
    for (fields, path, kind) in cases {
        let text = entry(fields);
        let load = load(&text);
        assert_eq!(
            load.settings.help.len(),
            2,
            "{fields}: the entry stays, without the bad field"
        );
        assert_eq!(problems(&text), one(path, kind), "{fields}");
    }
    // An unknown category is still listed, as "other".
    let load = load(&entry(r#""categories": ["lawyers", "health"]"#));
    assert_eq!(
        load.settings.help[1].categories,
        [HelpCategory::Other, HelpCategory::Health]
    );
}

#[test]
fn help_entries_without_a_usable_name_are_left_out() {
    let text = r#"{"help": [{"offers": {"en": "x"}}, {"name": ""}, "Example", {"name": "Example Health Point"}]}"#;
    let load = load(text);
    let names: Vec<&str> = load
        .settings
        .help
        .iter()
        .map(|org| org.name.as_str())
        .collect();
    assert_eq!(names, ["Example Health Point"]);
    assert_eq!(
        problems(text),
        vec![
            ("help[0].name".to_owned(), SiteProblemKind::Missing),
            ("help[1].name".to_owned(), SiteProblemKind::Empty),
            (
                "help[2]".to_owned(),
                SiteProblemKind::WrongType {
                    expected: JsonKind::Object
                }
            ),
        ]
    );
}

#[test]
fn the_help_directory_is_bounded() {
    let entries: Vec<String> = (0..MAX_HELP_ENTRIES + 1)
        .map(|n| format!(r#"{{"name": "Org {n}"}}"#))
        .collect();
    let text = format!(r#"{{"help": [{}]}}"#, entries.join(","));
    let load = load(&text);
    assert_eq!(load.settings.help.len(), MAX_HELP_ENTRIES);
    assert_eq!(
        problems(&text),
        one(
            "help",
            SiteProblemKind::TooMany {
                count: MAX_HELP_ENTRIES + 1,
                limit: MAX_HELP_ENTRIES
            }
        )
    );
}

#[test]
fn wrong_types_at_the_top_level_keep_the_rest() {
    let text = r#"{"name": {"en": "Example"}, "logo": false, "help": {}, "extra_catalogs": "https://x.example/", "default_language": ["de"]}"#;
    let load = load(text);
    assert_eq!(load.settings.name, LocalizedText::single("en", "Example"));
    assert_eq!(
        problems(text),
        vec![
            (
                "logo".to_owned(),
                SiteProblemKind::WrongType {
                    expected: JsonKind::Text
                }
            ),
            (
                "default_language".to_owned(),
                SiteProblemKind::WrongType {
                    expected: JsonKind::Text
                }
            ),
            (
                "extra_catalogs".to_owned(),
                SiteProblemKind::WrongType {
                    expected: JsonKind::List
                }
            ),
            (
                "help".to_owned(),
                SiteProblemKind::WrongType {
                    expected: JsonKind::List
                }
            ),
        ]
    );
}

#[test]
fn the_documented_example_has_no_problem() {
    let text = include_str!("../../../../docs/site.example.json");
    let load = load(text);
    assert!(load.is_clean(), "{:#?}", load.problems);
    let settings = load.settings;
    assert_eq!(settings.help.len(), 2);
    assert!(!settings.theme.is_default());
    assert!(settings.logo.is_some() && settings.corrections_link.is_some());
    assert_eq!(settings.default_language.as_deref(), Some("de"));
    assert_eq!(settings.extra_catalogs.len(), 1);
    assert!(!settings.featured_packs.is_empty());
    assert!(
        settings
            .help
            .iter()
            .all(|org| org.name.starts_with("Example"))
    );
}

#[test]
fn the_guide_shows_the_example_file_unchanged() {
    let guide = include_str!("../../../../docs/site-settings.md");
    let example = include_str!("../../../../docs/site.example.json");
    assert!(
        guide.contains(&format!("```json\n{example}```")),
        "docs/site-settings.md must show docs/site.example.json as it is"
    );
    // Every snippet of the guide that is a whole file or a field of one reads without problems.
    let mut fields = 0;
    for block in guide.split("```json\n").skip(1) {
        let snippet = block.split("```").next().unwrap_or_default().trim();
        let file = if snippet.starts_with('"') {
            fields += 1;
            format!("{{{snippet}}}")
        } else if snippet.contains("format_version") {
            snippet.to_owned()
        } else {
            continue;
        };
        let load = load(&file);
        assert!(load.is_clean(), "{snippet}: {:?}", load.problems);
    }
    assert_eq!(fields, 9, "one snippet per field, and the help directory");
}
