//! The pack tool on real folders: a sound pack compiles deterministically; a broken one is refused
//! with a message naming file, line and field, and nothing is written.

use std::path::Path;

use passage_core::Catalog;

const SOUND: &str = r#"format_version = 1
id = "de-a1"
version = "1.0.0"
kind = "language"
target_language = "de"
support_languages = ["en", "ar"]

[title]
de = "Erste Schritte"
en = "First steps"
"#;

fn lessons_with(packs: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    for (folder, manifest) in packs {
        let pack = dir.path().join(folder);
        std::fs::create_dir_all(&pack).unwrap_or_else(|error| panic!("{error}"));
        std::fs::write(pack.join("pack.toml"), manifest).unwrap_or_else(|error| panic!("{error}"));
    }
    dir
}

fn messages(lessons: &Path) -> Vec<String> {
    match passage_packc::check(lessons) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_sound_pack_compiles_into_a_catalog_and_a_content_addressed_file() {
    let lessons = lessons_with(&[("de-a1", SOUND)]);
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let output = passage_packc::build(lessons.path(), site.path())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    let text = std::fs::read_to_string(site.path().join("packs/index.json")).unwrap_or_default();
    let catalog = Catalog::from_json(&text).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(catalog, output.catalog);
    let entry = &catalog.packs[0];
    assert_eq!(entry.id, "de-a1");
    assert_eq!(entry.title.best(&["en"], "de"), Some("First steps"));
    let compiled = std::fs::read(site.path().join("packs").join(&entry.file)).unwrap_or_default();
    assert_eq!(compiled.len() as u64, entry.size_bytes);
    assert!(entry.file.starts_with("de-a1.") && entry.file.contains(&entry.sha256[..12]));
}

#[test]
fn builds_are_deterministic() {
    let lessons = lessons_with(&[
        ("de-a1", SOUND),
        ("b-pack", &SOUND.replace("de-a1", "b-pack")),
    ]);
    let read_site = |site: &Path| {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(site.join("packs"))
            .into_iter()
            .flatten()
            .flatten()
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
    let (one, two) = (tempfile::tempdir(), tempfile::tempdir());
    let (Ok(one), Ok(two)) = (one, two) else {
        panic!("temp dirs")
    };
    assert!(passage_packc::build(lessons.path(), one.path()).is_ok());
    assert!(passage_packc::build(lessons.path(), two.path()).is_ok());
    let first = read_site(one.path());
    assert_eq!(first.len(), 3, "two packs and the catalog");
    assert_eq!(first, read_site(two.path()));
}

#[test]
fn problems_name_the_file_line_and_field() {
    let broken = SOUND
        .replace("id = \"de-a1\"", "id = \"de-b1\"")
        .replace("[\"en\", \"ar\"]", "[\"en\", \"Arabic\"]");
    let lessons = lessons_with(&[("de-a1", &broken)]);
    let file = lessons.path().join("de-a1/pack.toml");
    assert_eq!(
        messages(lessons.path()),
        vec![
            format!(
                "{}:2: `id`: the id `de-b1` differs from the folder name `de-a1`; make them the same",
                file.display()
            ),
            format!(
                "{}:6: `support_languages`: `Arabic` is not a language tag; use a BCP 47 tag such as `de` or `fa-AF`",
                file.display()
            ),
        ]
    );
}

#[test]
fn unknown_fields_and_newer_formats_are_refused() {
    let typo = SOUND.replace("kind = ", "kinds = ");
    let newer = SOUND.replace("format_version = 1", "format_version = 9");
    let lessons = lessons_with(&[
        ("de-a1", &typo),
        ("de-a2", &newer.replace("de-a1", "de-a2")),
    ]);
    let found = messages(lessons.path());
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].contains("de-a1/pack.toml:4: unknown field `kinds`"),
        "{}",
        found[0]
    );
    assert!(
        found[1].contains("de-a2/pack.toml:1: `format_version`: this pack uses format 9"),
        "{}",
        found[1]
    );
}

#[test]
fn a_broken_pack_writes_nothing() {
    let lessons = lessons_with(&[("de-a1", SOUND), ("bad", "this is not toml = = =")]);
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    assert!(passage_packc::build(lessons.path(), site.path()).is_err());
    assert!(
        !site.path().join("packs").exists(),
        "nothing may be half-written"
    );
}

#[test]
fn the_bundled_lessons_are_sound() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    assert_eq!(messages(&lessons), Vec::<String>::new());
}
