//! A realistic large pack: 20 lessons of 100 words, phrases and questions (2,000 items) with
//! translations in 5 support languages. Measures checking the source (parse + validate) and
//! loading the compiled file as the app does (`Pack::from_json` + `validate`), and prints the
//! compiled size raw, gzipped and brotli-compressed once.
//!
//! `cargo bench -p passage-packc --bench pack_2000 -- --warm-up-time 1 --measurement-time 3`

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use passage_core::Pack;
use passage_core::pack::{Date, ValidationContext, validate};

const SUPPORT: [&str; 5] = ["en", "ar", "fa", "uk", "tr"];
const LESSONS: usize = 20;
const WORDS: usize = 40;
const PHRASES: usize = 30;
const QUESTIONS: usize = 30;

fn context() -> ValidationContext {
    ValidationContext {
        today: Date::new(2026, 11, 24),
    }
}

fn pack_toml() -> String {
    format!(
        r#"format_version = 1
id = "de-big"
version = "1.0.0"
kind = "mixed"
level = "A2"
target_language = "de"
support_languages = [{}]
licence = "CC-BY-SA-4.0"
authors = ["Passage team"]
reviewed = 2026-10-01

[title]
de = "Alltag in Deutschland"
en = "Everyday life in Germany"
ar = "الحياة اليومية في ألمانيا"
fa = "زندگی روزمره در آلمان"
uk = "Повсякденне життя в Німеччині"
tr = "Almanya'da günlük yaşam"

[[sources]]
id = "bamf"
title = "Leben in Deutschland"
url = "https://www.bamf.de/"
"#,
        SUPPORT
            .iter()
            .map(|lang| format!("\"{lang}\""))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// A translation that looks like real text in each script.
fn translation(lang: &str, what: &str, n: usize) -> String {
    match lang {
        "ar" => format!("كلمة الدرس {what} رقم {n}"),
        "fa" => format!("واژه درس {what} شماره {n}"),
        "uk" => format!("слово уроку {what} номер {n}"),
        "tr" => format!("ders kelimesi {what} numara {n}"),
        _ => format!("lesson {what} number {n}"),
    }
}

fn lesson_toml(lesson: usize) -> String {
    let mut out = String::new();
    for lang in SUPPORT {
        let _ = writeln!(
            out,
            "title.{lang} = \"{}\"",
            translation(lang, "title", lesson)
        );
    }
    for i in 0..WORDS {
        let _ = writeln!(
            out,
            "\n[[word]]\nid = \"l{lesson}-wort-{i}\"\ntext = \"Wort{lesson}x{i}\"\narticle = \"das\"\nplural = \"Wörter{lesson}x{i}\""
        );
        for lang in SUPPORT {
            let _ = writeln!(out, "{lang} = \"{}\"", translation(lang, "word", i));
        }
    }
    for i in 0..PHRASES {
        let _ = writeln!(
            out,
            "\n[[phrase]]\nid = \"l{lesson}-satz-{i}\"\ntext = \"Ich möchte bitte einen Termin am Montag, Nummer {i}.\""
        );
        for lang in SUPPORT {
            let _ = writeln!(out, "{lang} = \"{}\"", translation(lang, "phrase", i));
        }
    }
    for i in 0..QUESTIONS {
        let _ = writeln!(
            out,
            "\n[[question]]\nid = \"l{lesson}-frage-{i}\"\ntype = \"single\"\nsource = \"bamf\"\nprompt.de = \"Welche Antwort ist richtig? ({i})\""
        );
        for lang in SUPPORT {
            let _ = writeln!(
                out,
                "prompt.{lang} = \"{}\"",
                translation(lang, "question", i)
            );
        }
        let _ = writeln!(
            out,
            "options = [\n  {{ de = \"Antwort A {i}\", correct = true }},\n  {{ de = \"Antwort B {i}\" }},\n  {{ de = \"Antwort C {i}\" }},\n]"
        );
    }
    out
}

fn write_source(lessons_dir: &Path) {
    let pack_dir = lessons_dir.join("de-big");
    std::fs::create_dir_all(&pack_dir).unwrap_or_else(|error| panic!("{error}"));
    std::fs::write(pack_dir.join("pack.toml"), pack_toml()).unwrap_or_else(|e| panic!("{e}"));
    for lesson in 1..=LESSONS {
        std::fs::write(
            pack_dir.join(format!("{lesson:02}-lesson-{lesson}.toml")),
            lesson_toml(lesson),
        )
        .unwrap_or_else(|error| panic!("{error}"));
    }
}

/// Builds the pack and returns the compiled JSON.
fn compiled(lessons_dir: &Path, site: &Path) -> String {
    let output = passage_packc::build(lessons_dir, site, &context())
        .unwrap_or_else(|problems| panic!("the bench pack does not build: {problems:#?}"));
    let entry = &output.catalog.packs[0];
    std::fs::read_to_string(site.join("packs").join(&entry.file))
        .unwrap_or_else(|error| panic!("{error}"))
}

fn sizes(json: &str) {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gz.write_all(json.as_bytes());
    let gz = gz.finish().unwrap_or_default();
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        let _ = writer.write_all(json.as_bytes());
    }
    println!(
        "compiled pack: {} items, raw {} bytes ({:.1} KiB), gzip -9 {} bytes ({:.1} KiB), brotli q11 {} bytes ({:.1} KiB)",
        LESSONS * (WORDS + PHRASES + QUESTIONS),
        json.len(),
        json.len() as f64 / 1024.0,
        gz.len(),
        gz.len() as f64 / 1024.0,
        br.len(),
        br.len() as f64 / 1024.0,
    );
}

fn bench(c: &mut Criterion) {
    let lessons = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    write_source(lessons.path());
    let json = compiled(lessons.path(), site.path());
    let pack = Pack::from_json(&json).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(
        pack.items().count(),
        LESSONS * (WORDS + PHRASES + QUESTIONS)
    );
    assert_eq!(validate(&pack), Ok(()));
    sizes(&json);

    let context = context();
    c.bench_function("packc check (parse + validate) 2000 items", |b| {
        b.iter(|| {
            let report = passage_packc::check(lessons.path(), &context);
            std::hint::black_box(report.is_ok())
        })
    });
    c.bench_function("Pack::from_json + validate 2000 items", |b| {
        b.iter(|| {
            let pack = Pack::from_json(std::hint::black_box(&json));
            std::hint::black_box(pack.map(|pack| validate(&pack).is_ok()))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
