//! The checks over the real `locales/` folder: every `.ftl` parses, every locale has exactly
//! English's message ids, uses only English's variables, has no empty message; and every message
//! formats in every language without a Fluent error.

use std::path::PathBuf;
use std::sync::Arc;

use passage_i18n::check::check_locales;
use passage_i18n::{
    ALL_FILES, ENGLISH_FILES, ENGLISH_TEACHER_FILES, FILES, FluentArgs, LOCALES, Localizer,
    Messages, TEACHER_FILES,
};

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

#[test]
fn every_locale_parses_and_matches_english() {
    let problems = check_locales(&locales_dir());
    let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s) in locales/:\n{}",
        problems.len(),
        report.join("\n")
    );
}

#[test]
fn the_compiled_english_is_the_files_on_disk() {
    let names: Vec<&str> = ENGLISH_FILES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, FILES, "every locale file is compiled in for English");
    let teacher: Vec<&str> = ENGLISH_TEACHER_FILES
        .iter()
        .map(|(name, _)| *name)
        .collect();
    assert_eq!(teacher, TEACHER_FILES, "the teachers' page's English too");
    assert_eq!(ALL_FILES, [FILES, TEACHER_FILES].concat());
    for (name, compiled) in ENGLISH_FILES.iter().chain(ENGLISH_TEACHER_FILES) {
        let on_disk =
            std::fs::read_to_string(locales_dir().join("en").join(name)).unwrap_or_default();
        assert_eq!(*compiled, on_disk, "en/{name}");
    }
}

/// Sample values for every variable the messages use, numbers where a plural may select.
fn sample_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("count", 3);
    args.set("size", 1500);
    args.set("language", "Deutsch");
    args.set("wanted", "ትግርኛ");
    args.set("used", "English");
    args.set("quota", "2 GB");
    // Learning (learn.ftl).
    for (name, value) in [("done", 4), ("goal", 10), ("days", 2), ("number", 1)] {
        args.set(name, value);
    }
    for (name, value) in [
        ("score", 80),
        ("total", 12),
        ("right", 9),
        ("wrong", 3),
        ("ask", 20),
        ("pass", 12),
    ] {
        args.set(name, value);
    }
    args.set("date", "2026-11-24");
    args.set("item", "Guten Tag");
    // The site's settings (site.ftl).
    args.set("site", "Passage");
    args.set("languages", "العربية, Українська");
    // The teachers' page (teach.ftl).
    for (name, value) in [("max", 60), ("of", 12), ("percent", 85)] {
        args.set(name, value);
    }
    for (name, value) in [("name", "Amina"), ("class", "Deutsch A1"), ("id", "3F9K2Q")] {
        args.set(name, value);
    }
    // Assignments and receipts on the learner's side (learn.ftl) also use $name, $class, $of,
    // $percent and $max.
    args.set("pack", "Deutsch A1");
    // Packs from other sites (packs-sharing.ftl).
    args.set("origin", "ngo.example.org");
    args.set("limit", 10);
    args
}

#[test]
fn every_message_formats_in_every_language_without_error() {
    let english = Arc::new(Messages::english_with(ENGLISH_TEACHER_FILES).without_isolation());
    let mut ids = Vec::new();
    let mut english_ids = passage_i18n::check::LocaleMessages::new();
    for (name, text) in ENGLISH_FILES.iter().chain(ENGLISH_TEACHER_FILES) {
        passage_i18n::check::read_ftl("en", &format!("en/{name}"), text, &mut english_ids);
    }
    ids.extend(english_ids.keys().cloned());
    let args = sample_args();
    let mut failures = Vec::new();
    for locale in LOCALES {
        let texts: Vec<(String, String)> = ALL_FILES
            .iter()
            .map(|file| {
                let path = locales_dir().join(locale.tag).join(file);
                (
                    (*file).to_owned(),
                    std::fs::read_to_string(path).unwrap_or_default(),
                )
            })
            .collect();
        let files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(file, text)| (file.as_str(), text.as_str()))
            .collect();
        let messages = match Messages::parse(locale, &files) {
            Ok(messages) => Arc::new(messages.without_isolation()),
            Err(error) => {
                failures.push(error.to_string());
                continue;
            }
        };
        let localizer = Localizer::new(messages.clone(), english.clone());
        for id in &ids {
            assert!(messages.has(id), "{}: {id} is missing", locale.tag);
            let (text, problems) = localizer.format_reporting(id, Some(&args));
            failures.extend(problems.into_iter().map(|p| format!("{}: {p}", locale.tag)));
            if text.trim().is_empty() || text.contains(id.as_str()) {
                failures.push(format!("{}: {id} formats as {text:?}", locale.tag));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
