//! `packc publish` on a built site: the packs go in together with a new service worker (so
//! installed apps offer the update and then show the new catalog), and a broken pack, a second
//! run with the same packs, or a folder that is not a site leave the site exactly as it was.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use passage_core::Catalog;
use passage_core::pack::{Date, ValidationContext};
use passage_packc::PublishError;
use passage_site_files::{SiteFiles, compress, worker};

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
"#;

fn today() -> ValidationContext {
    ValidationContext {
        today: Date::new(2026, 11, 24),
    }
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|error| panic!("{error}"));
    }
    std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
}

/// A lessons folder holding the given files (paths relative to it).
fn lessons(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
    for (path, text) in files {
        write(dir.path(), path, text);
    }
    dir
}

/// The German pack alone.
fn first_lessons() -> tempfile::TempDir {
    lessons(&[("de-a1/pack.toml", PACK), ("de-a1/01-doctor.toml", LESSON)])
}

/// The German pack and an NGO's own pack beside it.
fn more_lessons() -> tempfile::TempDir {
    let town = PACK
        .replace("de-a1", "town-info")
        .replace("First steps", "Town information");
    lessons(&[
        ("de-a1/pack.toml", PACK),
        ("de-a1/01-doctor.toml", LESSON),
        ("town-info/pack.toml", &town),
        ("town-info/01-doctor.toml", LESSON),
    ])
}

/// A site as `cargo xtask dist` leaves it (an app shell, a translation, the packs of `lessons`,
/// the worker and the compressed copies), plus a file a Mac leaves behind.
fn built_site(lessons: &Path) -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let root = site.path();
    write(
        root,
        "index.html",
        "<link href=\"./main-1.css\"><script type=\"module\" src=\"./start-a.js\"></script>",
    );
    write(root, "start-a.js", "import init from './passage-1.js';");
    write(root, "passage-1.js", "export default function init() {}");
    write(root, "main-1.css", "body { margin: 0 }");
    write(root, "locales/en/app.ftl", "app-name = Passage");
    if let Err(problems) = passage_packc::build(lessons, root, &today()) {
        panic!("{problems:?}");
    }
    worker::write(root).unwrap_or_else(|error| panic!("{error}"));
    compress::compress_folder(root).unwrap_or_else(|error| panic!("{error}"));
    write(root, ".DS_Store", "finder");
    site
}

/// Every file of the site, hidden ones too, with its bytes.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, into: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, into);
            } else if let Ok(relative) = path.strip_prefix(root) {
                into.insert(
                    relative.to_string_lossy().replace('\\', "/"),
                    std::fs::read(&path).unwrap_or_default(),
                );
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(root, root, &mut files);
    files
}

fn read(root: &Path, relative: &str) -> String {
    std::fs::read_to_string(root.join(relative)).unwrap_or_default()
}

#[test]
fn published_packs_come_with_a_new_worker_that_precaches_the_new_catalog() {
    let site = built_site(first_lessons().path());
    let root = site.path();
    let before = snapshot(root);
    let published = passage_packc::publish(more_lessons().path(), root, &today())
        .unwrap_or_else(|error| panic!("{error:?}"));
    assert!(published.changed);

    let catalog = Catalog::from_json(&read(root, "packs/index.json"))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(catalog, published.catalog);
    let titles: Vec<_> = catalog
        .packs
        .iter()
        .filter_map(|entry| entry.title.best(&["en"], "de"))
        .collect();
    assert_eq!(titles, ["First steps", "Town information"]);

    let worker = read(root, "sw.js");
    assert_ne!(
        worker.as_bytes(),
        before["sw.js"],
        "a new catalog needs a new worker"
    );
    assert!(worker.contains("\"./packs/index.json\""), "{worker}");
    let expected = SiteFiles::read(root).and_then(|files| worker::script(&files));
    assert_eq!(
        expected.ok().as_deref(),
        Some(worker.as_str()),
        "the worker is the one `cargo xtask dist` would write for this site"
    );
    let mut unpacked = Vec::new();
    let brotli_copy = std::fs::read(root.join("sw.js.br")).unwrap_or_default();
    let _ = brotli::Decompressor::new(&brotli_copy[..], 4096).read_to_end(&mut unpacked);
    assert_eq!(
        unpacked,
        worker.as_bytes(),
        "the compressed worker is the new one"
    );

    let after = snapshot(root);
    for entry in &catalog.packs {
        for suffix in ["", ".br", ".gz"] {
            let name = format!("packs/{}{suffix}", entry.file);
            assert!(after.contains_key(&name), "{name} is in the site");
        }
    }
    for unchanged in [
        "index.html",
        "main-1.css",
        "main-1.css.br",
        "locales/en/app.ftl",
        ".DS_Store",
    ] {
        assert_eq!(
            before.get(unchanged),
            after.get(unchanged),
            "{unchanged} is not touched"
        );
    }
    assert!(
        after
            .keys()
            .all(|name| !name.starts_with(".passage-publish")),
        "nothing is left over: {:?}",
        after.keys().collect::<Vec<_>>()
    );
}

#[test]
fn packs_left_out_of_the_lessons_leave_the_site() {
    let site = built_site(more_lessons().path());
    let root = site.path();
    let old = Catalog::from_json(&read(root, "packs/index.json")).unwrap_or_else(|e| panic!("{e}"));
    let Some(town) = old.packs.iter().find(|entry| entry.id == "town-info") else {
        panic!("no town-info in {old:?}");
    };
    let published = passage_packc::publish(first_lessons().path(), root, &today());
    assert!(published.is_ok_and(|published| published.catalog.packs.len() == 1));
    assert!(!root.join("packs").join(&town.file).exists());
    assert!(!read(root, "packs/index.json").contains("town-info"));
}

#[test]
fn publishing_the_packs_the_site_has_changes_nothing() {
    let lessons = more_lessons();
    let site = built_site(lessons.path());
    let before = snapshot(site.path());
    let published = passage_packc::publish(lessons.path(), site.path(), &today())
        .unwrap_or_else(|error| panic!("{error:?}"));
    assert!(
        !published.changed,
        "no update is offered for the same packs"
    );
    assert_eq!(snapshot(site.path()), before);
}

#[test]
fn a_broken_pack_is_named_and_leaves_the_site_as_it_was() {
    let site = built_site(first_lessons().path());
    let before = snapshot(site.path());
    let broken = more_lessons();
    write(
        broken.path(),
        "town-info/01-doctor.toml",
        &LESSON.replace("article =", "artikel ="),
    );
    let Err(PublishError::Packs(problems)) =
        passage_packc::publish(broken.path(), site.path(), &today())
    else {
        panic!("a broken pack must be refused");
    };
    let root = broken.path().display().to_string();
    let errors: Vec<String> = problems
        .iter()
        .filter(|problem| problem.is_error())
        .map(|problem| problem.labelled().replace(&root, "lessons"))
        .collect();
    assert_eq!(
        errors,
        [
            "error: lessons/town-info/01-doctor.toml:7: `artikel`: unknown field `artikel` in item `arzt`; did you mean `article`?"
        ]
    );
    assert_eq!(snapshot(site.path()), before, "not one file changed");
}

#[test]
fn a_folder_that_is_not_a_built_site_is_refused_and_left_alone() {
    let folder = lessons(&[("notes.txt", "my notes")]);
    let before = snapshot(folder.path());
    let result = passage_packc::publish(first_lessons().path(), folder.path(), &today());
    assert!(
        matches!(&result, Err(PublishError::NotASite(path)) if path == folder.path()),
        "{result:?}"
    );
    assert_eq!(snapshot(folder.path()), before);
}

#[test]
fn what_a_stopped_run_left_behind_is_cleared() {
    let lessons = first_lessons();
    let site = built_site(lessons.path());
    let before = snapshot(site.path());
    write(site.path(), ".passage-publish/new/packs/index.json", "half");
    let published = passage_packc::publish(lessons.path(), site.path(), &today());
    assert!(published.is_ok_and(|published| !published.changed));
    assert_eq!(snapshot(site.path()), before);
}
