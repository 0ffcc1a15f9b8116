//! `passage_i18n::fluent` against fluent-bundle, the implementation it replaced in the app: every
//! message of every locale, with isolation marks on, for numbers that select every plural form,
//! decimals, missing variables and bad dates; and hand-written Fluent for the syntax the locales
//! do not use yet (multi-line text, escapes, literals, `NUMBER()` options).

use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue as OracleValue};
use passage_i18n::number::{localize_date, localize_number};
use passage_i18n::{ALL_FILES, FluentArgs, LOCALES, Locale, Messages};

fn oracle(locale: &'static Locale, ftl: &str) -> FluentBundle<FluentResource> {
    let Ok(language) = locale.tag.parse() else {
        panic!("{} is a language tag", locale.tag);
    };
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    bundle.set_use_isolating(true);
    bundle.set_formatter(Some(|value: &OracleValue, _: &_| match value {
        OracleValue::Number(number) => {
            let tag = locale_of_thread();
            let locale = passage_i18n::by_tag(&tag)?;
            Some(localize_number(&number.as_string(), &locale.numbers))
        }
        _ => None,
    }));
    let _ = bundle.add_builtins();
    let _ = bundle.add_function("DATE", move |positional, _| match positional.first() {
        Some(OracleValue::String(iso)) => {
            localize_date(iso, locale).map_or(OracleValue::Error, OracleValue::from)
        }
        _ => OracleValue::Error,
    });
    let resource = match FluentResource::try_new(ftl.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: the oracle refuses: {errors:?}", locale.tag),
    };
    if let Err(errors) = bundle.add_resource(resource) {
        panic!("{}: {errors:?}", locale.tag);
    }
    bundle
}

thread_local! {
    static TAG: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn locale_of_thread() -> String {
    TAG.with(|tag| tag.borrow().clone())
}

/// The same arguments for both: numbers as `value`, strings as given.
fn both_args(
    numbers: &[(&'static str, f64, Option<usize>)],
    strings: &[(&'static str, &'static str)],
) -> (FluentArgs<'static>, fluent_bundle::FluentArgs<'static>) {
    let mut ours = FluentArgs::new();
    let mut theirs = fluent_bundle::FluentArgs::new();
    for (name, value, digits) in numbers {
        let mut number = passage_i18n::FluentNumber {
            value: *value,
            options: Default::default(),
        };
        number.options.minimum_fraction_digits = *digits;
        ours.set(*name, passage_i18n::FluentValue::Number(number));
        let mut theirs_number = fluent_bundle::types::FluentNumber::from(*value);
        theirs_number.options.minimum_fraction_digits = *digits;
        theirs.set(*name, OracleValue::Number(theirs_number));
    }
    for (name, value) in strings {
        ours.set(*name, *value);
        theirs.set(*name, *value);
    }
    (ours, theirs)
}

const NUMBER_VARIABLES: &[&str] = &[
    "count", "size", "done", "goal", "days", "number", "score", "total", "right", "wrong", "ask",
    "pass", "max", "of", "percent", "n",
];

const STRING_VARIABLES: &[(&str, &str)] = &[
    ("language", "Deutsch"),
    ("wanted", "ትግርኛ"),
    ("used", "English"),
    ("quota", "2 GB"),
    ("item", "Guten Tag"),
    ("name", "Amina"),
    ("class", "Deutsch A1"),
    ("id", "3F9K2Q"),
    ("pack", "Deutsch A1"),
    ("word", "Haus"),
];

const NUMBERS: &[(f64, Option<usize>)] = &[
    (0.0, None),
    (1.0, None),
    (2.0, None),
    (3.0, None),
    (5.0, None),
    (11.0, None),
    (12.0, None),
    (21.0, None),
    (22.0, None),
    (99.0, None),
    (100.0, None),
    (101.0, None),
    (102.0, None),
    (103.0, None),
    (111.0, None),
    (1500.0, None),
    (1234567.0, None),
    (2.5, None),
    (1.5, Some(1)),
    (1.0, Some(1)),
    (0.1, None),
    (12.3, Some(2)),
    (-3.0, None),
];

/// Numbers whose Arabic plural category fluent-bundle gets wrong.
const ARABIC_CLDR_DIFFERS: &[f64] = &[103.0, 111.0, 1234567.0, 12.3];

/// Every message id in a Fluent text.
fn ids(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

fn compare(locale: &'static Locale, ftl: &str, ids: &[String], what: &str) -> Vec<String> {
    TAG.with(|tag| *tag.borrow_mut() = locale.tag.to_owned());
    let bundle = oracle(locale, ftl);
    let ours = match Messages::parse(locale, &[("test.ftl", ftl)]) {
        Ok(messages) => messages,
        Err(error) => return vec![format!("{what}: {error}")],
    };
    let mut failures = Vec::new();
    let mut cases: Vec<(FluentArgs, fluent_bundle::FluentArgs, String)> = Vec::new();
    for (value, digits) in NUMBERS {
        // fluent-bundle's Arabic plural rules look at the whole number where CLDR looks at the
        // last two digits (103 is "few", 111 "many", 12.30 "other"): ours follow CLDR
        // (`plural_categories_follow_cldr` in src/fluent.rs).
        if locale.tag == "ar" && ARABIC_CLDR_DIFFERS.contains(value) {
            continue;
        }
        let numbers: Vec<_> = NUMBER_VARIABLES
            .iter()
            .map(|name| (*name, *value, *digits))
            .collect();
        for date in ["2026-11-24", "not a date"] {
            let mut strings = STRING_VARIABLES.to_vec();
            strings.push(("date", date));
            let (a, b) = both_args(&numbers, &strings);
            cases.push((a, b, format!("{value} ({digits:?}), {date}")));
        }
    }
    let (a, b) = both_args(&[], &[]);
    cases.push((a, b, "no arguments".into()));
    for id in ids {
        let Some(message) = bundle.get_message(id) else {
            failures.push(format!("{what}: the oracle has no {id}"));
            continue;
        };
        let Some(pattern) = message.value() else {
            continue;
        };
        for (our_args, their_args, case) in &cases {
            let mut errors = Vec::new();
            let expected = bundle.format_pattern(pattern, Some(their_args), &mut errors);
            match ours.format(id, Some(our_args)) {
                Some((text, problems)) => {
                    if text != expected {
                        failures.push(format!(
                            "{what} {id} [{case}]: {text:?}, fluent-bundle {expected:?}"
                        ));
                    }
                    if problems.len() != errors.len() {
                        failures.push(format!(
                            "{what} {id} [{case}]: problems {problems:?}, fluent-bundle {errors:?}"
                        ));
                    }
                }
                None => failures.push(format!("{what}: {id} is missing")),
            }
        }
    }
    failures
}

#[test]
fn every_message_of_every_locale_formats_as_fluent_bundle_did() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut failures = Vec::new();
    let mut compared = 0;
    for locale in LOCALES {
        for file in ALL_FILES {
            let ftl = std::fs::read_to_string(dir.join(locale.tag).join(file)).unwrap_or_default();
            let ids = ids(&ftl);
            compared += ids.len();
            failures.extend(compare(
                locale,
                &ftl,
                &ids,
                &format!("{}/{file}", locale.tag),
            ));
        }
    }
    assert!(compared > 1000, "only {compared} messages compared");
    failures.truncate(30);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Syntax the locales may use later, in every language (plural rules, digits).
#[test]
fn hand_written_fluent_formats_as_fluent_bundle_did() {
    let ftl = r#"# A comment
## A group comment

plain = Just text
trailing = Text with trailing spaces   
multi =
    First line
    second line, { $name }

      indented more
    last
inline-multi = Starts here
    and goes on
        deeper
only = { $count }
literal = {"{"} and {"\u00A0"}{"\\"}{"\""}
number-literal = { 42 } and { -1.50 }
fixed = { NUMBER($n, minimumFractionDigits: 2) }
fixed-select = { NUMBER($n, minimumFractionDigits: 1) ->
    [one] one
    [1.0] exactly one point zero
   *[other] other { $n }
}
exact = { $n ->
    [0] none
    [1] exactly one
    [one] category one
    [few] few
    [many] many
    [two] two
    [zero] zero
   *[other] { $n } things
}
by-name = { $name ->
    [Amina] Hello Amina
   *[other] Hello stranger
}
nested = You have { $n ->
    [one] one { $name ->
        [Amina] friend
       *[other] stranger
    }
   *[other] { $n } friends
} here.
date = On { DATE($date) } at { $n }
bad-date = { DATE($n) } or { DATE() }
number-date = { NUMBER($name) }
select-on-date = { DATE($date) ->
    [x] x
   *[other] other
}
missing = { $nothing } and { $n }
"#;
    let ids = ids(ftl);
    let mut failures = Vec::new();
    for locale in LOCALES {
        failures.extend(compare(locale, ftl, &ids, locale.tag));
    }
    failures.truncate(30);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn refuses_what_it_does_not_read() {
    let english = passage_i18n::ENGLISH;
    let english: &'static Locale = Box::leak(Box::new(english));
    for ftl in [
        "a = { $\n",
        "a = text }\n",
        "a = { -term }\n",
        "a = { other-message }\n",
        "a = Text\n    .attribute = no\n",
        "-term = A term\n",
        "a = { $n ->\n    [one] one\n    [other] other\n}\n",
        "a = { $n ->\n   *[one] one\n   *[other] other\n}\n",
        "a = { \"open\n",
        "a = { \"\\x\" }\n",
        "a = { { $n } }\n",
        "a\n",
        "a =\n",
        "  a = indented\n",
    ] {
        assert!(
            Messages::parse(english, &[("t.ftl", ftl)]).is_err(),
            "{ftl:?} should be refused"
        );
    }
    // Lenient reading keeps the good messages around a bad one.
    let lenient = Messages::parse_lenient(
        english,
        &[(
            "t.ftl",
            "good = Good\nbad = { $\nalso = Also\n  junk\nlast = Last\n",
        )],
    );
    for id in ["good", "also", "last"] {
        assert!(lenient.has(id), "{id}");
    }
    assert!(!lenient.has("bad"));
    // Windows line ends read like Unix ones.
    let crlf = Messages::parse(english, &[("t.ftl", "a =\r\n    one\r\n    two\r\n")]);
    let text = crlf.ok().and_then(|m| m.format("a", None)).map(|(t, _)| t);
    assert_eq!(text.as_deref(), Some("one\ntwo"));
}
