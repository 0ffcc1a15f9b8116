//! Property tests: the pack tool's parsers (Markdown passages, cloze sentences, pack and lesson
//! TOML read from a folder) report problems for any input and never panic.

use passage_core::pack::{ClozeSegment, Date, ValidationContext};
use passage_packc::markdown::parse_markdown;
use passage_packc::source::lesson_file::parse_cloze;
use proptest::prelude::*;

mod common;
use common::PACK;

const LESSON: &str = r#"title.en = "At the doctor's"
title.ar = "عند الطبيب"

[[word]]
id = "arzt"
text = "Arzt"
article = "der"
en = "doctor"
ar = "طبيب"

[[question]]
id = "notruf-nummer"
type = "single"
prompt.de = "Welche Nummer rufen Sie bei einem Notfall?"
prompt.en = "Which number do you call in an emergency?"
prompt.ar = "ما الرقم الذي تتصل به في حالة الطوارئ؟"
source = "notruf"
options = [
  { de = "112", correct = true },
  { de = "115" },
]

[[question]]
id = "lueckentext"
type = "cloze"
prompt.en = "Fill in the blank"
prompt.ar = "املأ الفراغ"
text = "Ich {bin|war} müde."
distractors = ["ist"]
"#;

const READING: &str = "+++\ntitle.en = \"Emergencies\"\ntitle.ar = \"الطوارئ\"\nsources = [\"notruf\"]\n+++\n\n# Notruf\n\nRufen Sie **112** an. Mehr: [BBK](https://www.bbk.bund.de/)\n\n1. eins\n2. *zwei*\n   - drei\n";

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

fn few() -> ProptestConfig {
    // Each case writes a folder to disk; fewer cases keep the suite fast.
    ProptestConfig {
        cases: 128,
        ..ProptestConfig::default()
    }
}

fn today() -> ValidationContext {
    ValidationContext {
        today: Date::new(2026, 11, 24),
    }
}

/// Markdown-ish text: the characters that open and close constructs, plus words.
fn markdown_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("# ".to_owned()),
            Just("\n".to_owned()),
            Just("\n\n".to_owned()),
            Just("- ".to_owned()),
            Just("1. ".to_owned()),
            Just("  ".to_owned()),
            Just("    ".to_owned()),
            Just("*".to_owned()),
            Just("**".to_owned()),
            Just("_".to_owned()),
            Just("`".to_owned()),
            Just("```".to_owned()),
            Just("[".to_owned()),
            Just("](".to_owned()),
            Just(")".to_owned()),
            Just("<".to_owned()),
            Just(">".to_owned()),
            Just("|".to_owned()),
            Just("---".to_owned()),
            Just("[^1]".to_owned()),
            Just("[ ] ".to_owned()),
            Just("![x](y.png)".to_owned()),
            Just("javascript:".to_owned()),
            Just("https://a.de/".to_owned()),
            Just("\\".to_owned()),
            Just("&amp;".to_owned()),
            Just("\u{202e}".to_owned()),
            Just("\u{0}".to_owned()),
            "[a-zA-Zäöü ]{1,8}",
            any::<char>().prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// Inserts, removes or replaces a few characters of `base`.
fn damaged(base: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            0..3u8,
            prop_oneof![
                Just('"'),
                Just('='),
                Just('['),
                Just(']'),
                Just('{'),
                Just('}'),
                Just('\n'),
                Just('.'),
                Just(','),
                Just('+'),
                Just('\\'),
                any::<char>()
            ],
        ),
        1..5,
    )
    .prop_map(move |edits| {
        let mut chars: Vec<char> = base.chars().collect();
        for (at, what, c) in edits {
            let at = at.index(chars.len() + 1);
            match what {
                0 => chars.insert(at, c),
                1 if at < chars.len() => {
                    chars.remove(at);
                }
                _ if at < chars.len() => chars[at] = c,
                _ => chars.push(c),
            }
        }
        chars.into_iter().collect()
    })
}

/// Writes a lessons folder and checks it; whatever the files hold, this must not panic.
fn check_folder(files: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    for (path, text) in files {
        let path = dir.path().join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|error| panic!("{error}"));
        }
        std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
    }
    let _ = passage_packc::check(dir.path(), &today());
}

#[test]
fn the_base_inputs_are_sound() {
    check_folder(&[("de-a1/pack.toml", PACK), ("de-a1/01-doctor.toml", LESSON)]);
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    for (path, text) in [
        ("de-a1/pack.toml", PACK),
        ("de-a1/01-doctor.toml", LESSON),
        ("de-a1/02-notruf.md", READING),
    ] {
        let path = dir.path().join(path);
        let _ = std::fs::create_dir_all(path.parent().unwrap_or(dir.path()));
        std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
    }
    let result = passage_packc::check(dir.path(), &today());
    assert!(result.is_ok(), "{:?}", result.err());
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn markdown_never_panics_on_any_string(text in any::<String>()) {
        let _ = parse_markdown(&text);
    }

    #[test]
    fn markdown_never_panics_on_markdown_like_text(text in markdown_like()) {
        if let Err(problems) = parse_markdown(&text) {
            let lines = text.lines().count().max(1);
            for problem in problems {
                prop_assert!(problem.line >= 1 && problem.line <= lines + 1, "{problem:?} in {text:?}");
            }
        }
    }

    #[test]
    fn cloze_never_panics(
        text in any::<String>(),
        shaped in r"[a-zäö {}|]{0,40}",
    ) {
        let _ = parse_cloze(&text);
        if let Ok(segments) = parse_cloze(&shaped) {
            // Every character outside braces is kept in a text segment.
            let kept: usize = segments
                .iter()
                .map(|segment| match segment {
                    ClozeSegment::Text { text } => text.len(),
                    ClozeSegment::Blank { .. } => 0,
                })
                .sum();
            prop_assert!(kept <= shaped.len());
        }
    }
}

proptest! {
    #![proptest_config(few())]

    #[test]
    fn any_pack_toml_never_panics(text in any::<String>(), damaged in damaged(PACK)) {
        check_folder(&[("de-a1/pack.toml", &text)]);
        check_folder(&[("de-a1/pack.toml", &damaged), ("de-a1/01-doctor.toml", LESSON)]);
    }

    #[test]
    fn any_lesson_toml_never_panics(text in any::<String>(), damaged in damaged(LESSON)) {
        check_folder(&[("de-a1/pack.toml", PACK), ("de-a1/01-doctor.toml", &text)]);
        check_folder(&[("de-a1/pack.toml", PACK), ("de-a1/01-doctor.toml", &damaged)]);
    }

    #[test]
    fn any_markdown_lesson_never_panics(body in markdown_like(), damaged in damaged(READING)) {
        let with_front_matter = format!("+++\ntitle.en = \"x\"\ntitle.ar = \"y\"\n+++\n{body}");
        check_folder(&[("de-a1/pack.toml", PACK), ("de-a1/02-reading.md", &with_front_matter)]);
        check_folder(&[("de-a1/pack.toml", PACK), ("de-a1/02-reading.md", &damaged)]);
    }
}
