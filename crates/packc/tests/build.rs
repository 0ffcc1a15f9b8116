//! The pack tool on real folders: a sound pack compiles deterministically; every kind of bad input
//! is refused with a message naming the file, line and field, and nothing is written.

use std::path::Path;

use passage_core::pack::{Date, ValidationContext};
use passage_core::{Catalog, Pack};

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
"#;

fn today() -> ValidationContext {
    ValidationContext {
        today: Date::new(2026, 11, 24),
    }
}

/// A lessons folder holding the given files (paths relative to it).
fn lessons(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    for (path, text) in files {
        let path = dir.path().join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|error| panic!("{error}"));
        }
        std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
    }
    dir
}

/// Every problem, with the temporary folder's path replaced by `lessons`.
fn problems(dir: &tempfile::TempDir) -> Vec<String> {
    let root = dir.path().display().to_string();
    let found = match passage_packc::check(dir.path(), &today()) {
        Ok(report) => report.warnings,
        Err(problems) => problems,
    };
    found
        .iter()
        .map(|problem| problem.labelled().replace(&root, "lessons"))
        .collect()
}

fn errors(dir: &tempfile::TempDir) -> Vec<String> {
    problems(dir)
        .into_iter()
        .filter(|p| p.starts_with("error"))
        .collect()
}

fn sound() -> tempfile::TempDir {
    lessons(&[("de-a1/pack.toml", PACK), ("de-a1/01-doctor.toml", LESSON)])
}

#[test]
fn a_sound_pack_compiles_into_a_catalog_and_a_content_addressed_file() {
    let dir = sound();
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let output = passage_packc::build(dir.path(), site.path(), &today())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    let text = std::fs::read_to_string(site.path().join("packs/index.json")).unwrap_or_default();
    let catalog = Catalog::from_json(&text).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(catalog, output.catalog);
    let entry = &catalog.packs[0];
    assert_eq!(entry.title.best(&["en"], "de"), Some("First steps"));
    let compiled =
        std::fs::read_to_string(site.path().join("packs").join(&entry.file)).unwrap_or_default();
    assert_eq!(compiled.len() as u64, entry.size_bytes);
    assert!(entry.file.starts_with("de-a1.") && entry.file.contains(&entry.sha256[..12]));
    let pack = Pack::from_json(&compiled).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(passage_core::pack::validate(&pack), Ok(()));
    assert_eq!(
        pack.lessons[0].id, "doctor",
        "the lesson id comes from the file name"
    );
    assert!(pack.item("arzt").is_some() && pack.item("notruf-nummer").is_some());
    assert_eq!(
        problems(&dir),
        vec![
            "warning: lessons/de-a1/pack.toml: `audio`: 1 of 1 words and phrases have no recording; the app will use the device's speech synthesis where it can"
        ]
    );
}

#[test]
fn media_are_content_addressed_and_counted_once_in_the_download_size() {
    let lesson = LESSON
        .replace(
            "ar = \"طبيب\"\n",
            "ar = \"طبيب\"\naudio = \"arzt.ogg\"\nimage = \"arzt.png\"\n",
        )
        .replace(
            "source = \"notruf\"\n",
            "source = \"notruf\"\naudio = \"arzt.ogg\"\n",
        );
    let dir = lessons(&[
        ("de-a1/pack.toml", PACK),
        ("de-a1/01-doctor.toml", &lesson),
        ("de-a1/arzt.ogg", "0123456789"),
        ("de-a1/arzt.png", "png!"),
    ]);
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let output = passage_packc::build(dir.path(), site.path(), &today())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    let entry = &output.catalog.packs[0];
    assert_eq!(
        entry.media_bytes, 14,
        "the recording used twice counts once"
    );
    assert_eq!(entry.download_bytes(), entry.size_bytes + 14);
    let compiled =
        std::fs::read_to_string(site.path().join("packs").join(&entry.file)).unwrap_or_default();
    let pack = Pack::from_json(&compiled).unwrap_or_else(|error| panic!("{error}"));
    let media = pack.media_files();
    assert_eq!(media.len(), 2, "{media:?}");
    for name in &media {
        assert!(
            site.path().join("packs/media").join(name).is_file(),
            "{name} is in packs/media"
        );
        assert!(name.ends_with(".ogg") || name.ends_with(".png"));
    }
}

#[test]
fn builds_are_deterministic() {
    let dir = lessons(&[
        ("de-a1/pack.toml", PACK),
        ("de-a1/01-doctor.toml", LESSON),
        ("b-pack/pack.toml", &PACK.replace("de-a1", "b-pack")),
    ]);
    let read_site = |site: &Path| {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(site.join("packs"))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|entry| entry.path().is_file())
            .map(|entry| {
                (
                    entry.file_name().to_string_lossy().into_owned(),
                    std::fs::read(entry.path()).unwrap_or_default(),
                )
            })
            .collect();
        files.sort();
        files
    };
    let (Ok(one), Ok(two)) = (tempfile::tempdir(), tempfile::tempdir()) else {
        panic!("temp dirs")
    };
    assert!(passage_packc::build(dir.path(), one.path(), &today()).is_ok());
    assert!(passage_packc::build(dir.path(), two.path(), &today()).is_ok());
    let first = read_site(one.path());
    assert_eq!(first.len(), 3, "two packs and the catalog");
    assert_eq!(first, read_site(two.path()));
}

#[test]
fn a_broken_pack_writes_nothing_and_keeps_the_last_good_build() {
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    assert!(passage_packc::build(sound().path(), site.path(), &today()).is_ok());
    let before = std::fs::read_to_string(site.path().join("packs/index.json")).unwrap_or_default();
    let broken = lessons(&[
        ("de-a1/pack.toml", PACK),
        ("bad/pack.toml", "this is not toml = = ="),
    ]);
    assert!(passage_packc::build(broken.path(), site.path(), &today()).is_err());
    let after = std::fs::read_to_string(site.path().join("packs/index.json")).unwrap_or_default();
    assert_eq!(before, after, "a failed build must not touch the site");
}

/// Each bad input, and the exact messages it gives.
#[test]
fn bad_input_gives_exact_messages() {
    let lesson = |text: &str| lessons(&[("de-a1/pack.toml", PACK), ("de-a1/01-doctor.toml", text)]);
    let pack = |text: &str| lessons(&[("de-a1/pack.toml", text)]);
    let cases: Vec<(&str, tempfile::TempDir, Vec<&str>)> = vec![
        (
            "malformed TOML",
            lesson("title.en = \"x\"\n[[word]\nid = \"a\""),
            vec!["error: lessons/de-a1/01-doctor.toml:2: unclosed array table, expected `]`"],
        ),
        (
            "unknown field in pack.toml, with the nearest known field",
            pack(&PACK.replace("licence =", "license =")),
            vec![
                "error: lessons/de-a1/pack.toml:8: unknown field `license`; did you mean `licence`?",
            ],
        ),
        (
            "unknown field in an item, with the nearest known field",
            lesson(&LESSON.replace("article =", "artikel =")),
            vec![
                "error: lessons/de-a1/01-doctor.toml:7: `artikel`: unknown field `artikel` in item `arzt`; did you mean `article`?",
            ],
        ),
        (
            "missing translation",
            lesson(&LESSON.replace("ar = \"طبيب\"\n", "")),
            vec![
                "error: lessons/de-a1/01-doctor.toml:5: `translations`: item `arzt` has no translation for support language `ar`",
            ],
        ),
        (
            "duplicate ids",
            lesson(&LESSON.replace("id = \"notruf-nummer\"", "id = \"arzt\"")),
            vec![
                "error: lessons/de-a1/01-doctor.toml:5: `id`: the id `arzt` is already used in lesson `doctor`; every item in a pack needs its own id",
            ],
        ),
        (
            "dangling source reference",
            lesson(&LESSON.replace("source = \"notruf\"", "source = \"notrufe\"")),
            vec![
                "error: lessons/de-a1/01-doctor.toml:17: `source`: item `notruf-nummer`: no source has the id `notrufe`; add it to `sources` in pack.toml or fix the spelling",
            ],
        ),
        (
            "missing media file",
            lesson(&LESSON.replace(
                "article = \"der\"",
                "article = \"der\"\naudio = \"audio/arzt.mp3\"",
            )),
            vec![
                "error: lessons/de-a1/01-doctor.toml:8: the file `audio/arzt.mp3` is not in the pack folder",
            ],
        ),
        (
            "invalid language tags",
            pack(&PACK.replace("[\"en\", \"ar\"]", "[\"en\", \"Arabic\"]")),
            vec![
                "error: lessons/de-a1/pack.toml:7: `support_languages`: `Arabic` is not a language tag; use a BCP 47 tag such as `de`, `ar` or `fa-AF`",
            ],
        ),
        (
            "right-to-left override character",
            lesson(&LESSON.replace("ar = \"طبيب\"", "ar = \"طبيب\u{202E}evil\"")),
            vec![
                "error: lessons/de-a1/01-doctor.toml:5: `translations`: item `arzt`: contains a right-to-left override character (U+202A to U+202E), which can make text show in a misleading order; remove it (use U+2068 and U+2069 to isolate mixed-direction text)",
            ],
        ),
        (
            "a newer format_version",
            pack(&PACK.replace(
                "format_version = 1",
                "format_version = 2\nfuture_field = true",
            )),
            vec![
                "error: lessons/de-a1/pack.toml:1: `format_version`: this pack uses format 2, but this pack tool knows formats up to 1; use a newer pack tool",
            ],
        ),
        (
            "raw HTML in a reading passage",
            lessons(&[
                ("de-a1/pack.toml", PACK),
                (
                    "de-a1/02-anmeldung.md",
                    "+++\ntitle.en = \"Registering\"\nsources = [\"notruf\"]\n+++\n# Anmeldung\n\nGehen Sie zum <b>Amt</b>.\n",
                ),
            ]),
            vec![
                "error: lessons/de-a1/02-anmeldung.md:7: raw HTML is not allowed in reading passages; write plain Markdown (for example **bold** instead of <b>bold</b>)",
            ],
        ),
        (
            "a javascript: link in a reading passage",
            lessons(&[
                ("de-a1/pack.toml", PACK),
                (
                    "de-a1/02-anmeldung.md",
                    "+++\ntitle.en = \"Registering\"\n+++\nSee [here](javascript:alert(1)).\n",
                ),
            ]),
            vec![
                "error: lessons/de-a1/02-anmeldung.md:4: link target `javascript:alert(1)` is not allowed; links must start with https://, http://, mailto: or tel:",
            ],
        ),
        (
            "malformed CSV",
            lessons(&[
                ("de-a1/pack.toml", PACK),
                (
                    "de-a1/01-doctor.toml",
                    "title.en = \"x\"\nwords = \"words.csv\"\n",
                ),
                (
                    "de-a1/words.csv",
                    "id,text,en,ar\narzt,Arzt,doctor,طبيب\ntermin,Termin,appointment\n",
                ),
            ]),
            vec![
                "error: lessons/de-a1/words.csv:3: this row cannot be read: it has 3 cells but the header row has 4; check for a missing or extra comma",
            ],
        ),
        (
            "unknown CSV column",
            lessons(&[
                ("de-a1/pack.toml", PACK),
                (
                    "de-a1/01-doctor.toml",
                    "title.en = \"x\"\nwords = \"words.csv\"\n",
                ),
                (
                    "de-a1/words.csv",
                    "id,text,en,ar,plurl\narzt,Arzt,doctor,طبيب,Ärzte\n",
                ),
            ]),
            vec![
                "error: lessons/de-a1/words.csv:1: unknown column `plurl`; did you mean `plural`?",
            ],
        ),
        (
            "missing translation in a CSV row",
            lessons(&[
                ("de-a1/pack.toml", PACK),
                (
                    "de-a1/01-doctor.toml",
                    "title.en = \"x\"\nwords = \"words.csv\"\n",
                ),
                (
                    "de-a1/words.csv",
                    "id,text,en,ar\narzt,Arzt,doctor,طبيب\ntermin,Termin,appointment,\n",
                ),
            ]),
            vec![
                "error: lessons/de-a1/words.csv:3: `translations`: item `termin` has no translation for support language `ar`",
            ],
        ),
        (
            "oversized file",
            lesson(&format!("{LESSON}\n# {}\n", "x".repeat(1024 * 1024))),
            vec![
                "error: lessons/de-a1/01-doctor.toml: the file is 1049056 bytes; the limit is 1048576 bytes (1 MiB); split it into smaller lessons",
            ],
        ),
    ];
    let mismatches: Vec<String> = cases
        .into_iter()
        .filter_map(|(what, dir, expected)| {
            let found = errors(&dir);
            (found != expected)
                .then(|| format!("{what}:\n  expected {expected:?}\n  found    {found:?}"))
        })
        .collect();
    assert!(mismatches.is_empty(), "\n{}", mismatches.join("\n"));
}

#[test]
fn html_in_a_text_field_is_inert_text_with_a_warning() {
    let dir = lessons(&[
        ("de-a1/pack.toml", PACK),
        (
            "de-a1/01-doctor.toml",
            &LESSON.replace("en = \"doctor\"", "en = \"<script>alert(1)</script>\""),
        ),
    ]);
    assert_eq!(errors(&dir), Vec::<String>::new());
    let found = problems(&dir);
    assert!(found.contains(
        &"warning: lessons/de-a1/01-doctor.toml:5: `translations`: item `arzt`: looks like HTML; it will be shown as plain text, tags and all".to_owned()
    ), "{found:?}");
}

#[test]
fn stale_facts_are_warned_about() {
    let dir = lessons(&[(
        "de-a1/pack.toml",
        &PACK.replace(
            "reviewed = 2026-10-01",
            "reviewed = 2025-06-01\nvalid_until = 2026-01-01",
        ),
    )]);
    let found = problems(&dir);
    assert!(found.contains(&"warning: lessons/de-a1/pack.toml:10: `reviewed`: the facts were last checked 17 months ago; check them again and update `reviewed`".to_owned()), "{found:?}");
    assert!(found.contains(&"warning: lessons/de-a1/pack.toml:11: `valid_until`: the pack was valid until 2026-01-01; update its facts and `valid_until`".to_owned()), "{found:?}");
}

#[test]
fn the_bundled_lessons_have_no_errors() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let result = passage_packc::check(&lessons, &today());
    assert!(result.is_ok(), "{:?}", result.err());
}

#[test]
fn questions_come_from_a_spreadsheet_too() {
    let csv = "id,type,prompt.de,prompt.en,prompt.ar,answer,wrong,explanation.en,source\n\
               notruf,single,Notruf?,Emergency number?,رقم الطوارئ؟,112,110|115,Call 112 for fire and ambulance.,notruf\n\
               polizei,typed,Polizei?,Police?,الشرطة؟,110,,,\n\
               sonntag,true-false,Sonntags offen?,Open on Sundays?,مفتوح يوم الأحد؟,false,,,\n";
    let dir = lessons(&[
        ("de-a1/pack.toml", PACK),
        (
            "de-a1/01-quiz.toml",
            "title.en = \"Quiz\"\nquestions = \"quiz.csv\"\n",
        ),
        ("de-a1/quiz.csv", csv),
    ]);
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let output = passage_packc::build(dir.path(), site.path(), &today())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    let compiled = std::fs::read_to_string(
        site.path()
            .join("packs")
            .join(&output.catalog.packs[0].file),
    )
    .unwrap_or_default();
    let pack = Pack::from_json(&compiled).unwrap_or_else(|error| panic!("{error}"));
    let Some(passage_core::pack::Item::Question(notruf)) = pack.item("notruf") else {
        panic!("no question notruf")
    };
    assert_eq!(notruf.answer.kind(), "single");
    assert_eq!(notruf.source.as_deref(), Some("notruf"));
    assert_eq!(notruf.prompt.get("ar"), Some("رقم الطوارئ؟"));
    let passage_core::pack::Answer::Single { options, correct } = &notruf.answer else {
        panic!("not single")
    };
    let texts: Vec<_> = options.iter().filter_map(|o| o.text.get("de")).collect();
    assert_eq!((texts, *correct), (vec!["112", "110", "115"], 0));
    assert!(
        matches!(pack.item("sonntag"), Some(passage_core::pack::Item::Question(q)) if q.answer == passage_core::pack::Answer::TrueFalse { correct: false })
    );

    let bad = lessons(&[
        ("de-a1/pack.toml", PACK),
        (
            "de-a1/01-quiz.toml",
            "title.en = \"Quiz\"\nquestions = \"quiz.csv\"\n",
        ),
        (
            "de-a1/quiz.csv",
            "id,type,prompt.en,answer\nq1,singel,Which?,112\n",
        ),
    ]);
    assert_eq!(
        errors(&bad),
        vec![
            "error: lessons/de-a1/quiz.csv:2: `type`: unknown question type `singel`; did you mean `single`?"
        ]
    );
}
