//! Generating the service worker for one build: the exact list of files to precache and a
//! version that changes whenever any of them does. `packs/index.json` (the catalog) is among
//! them, so a site whose packs changed gets a new worker and installed apps offer the update.

use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::SiteFiles;
use crate::pages;

/// The worker's file name, at the top of the site.
pub const WORKER: &str = "sw.js";

/// The site settings file (see docs/site-settings.md): hosts change it without rebuilding, so the
/// worker never pins a copy of it.
pub const SITE_SETTINGS: &str = "site.json";

const TEMPLATE: &str = include_str!("sw.js");

/// Files of the site that the worker does not precache: itself, the compressed copies (the
/// server picks those), the compiled packs, which are downloaded when a learner asks, the
/// interface translations, cached when a language is first chosen, and the site settings.
fn precached(relative: &str) -> bool {
    let pack = relative.starts_with("packs/") && relative != "packs/index.json";
    relative != WORKER
        && relative != SITE_SETTINGS
        && !is_compressed(relative)
        && !pack
        && !is_locale_file(relative)
}

fn is_compressed(relative: &str) -> bool {
    relative.ends_with(".br") || relative.ends_with(".gz")
}

fn is_locale_file(relative: &str) -> bool {
    relative.starts_with("locales/")
}

/// A version of every translation file together: it names the worker's locale cache.
fn locales_version(site: &SiteFiles) -> io::Result<String> {
    let mut version = Sha256::new();
    for relative in site
        .paths()
        .filter(|relative| is_locale_file(relative) && !is_compressed(relative))
    {
        version.update(relative.as_bytes());
        version.update([0]);
        version.update(Sha256::digest(&site.bytes(relative)?));
    }
    Ok(format!("{:x}", version.finalize())[..20].to_owned())
}

/// The worker's script for these files.
pub fn script(site: &SiteFiles) -> io::Result<String> {
    let locales = locales_version(site)?;
    let teacher = pages::teacher_only(site.root())?;
    // The worker's version covers the translations too, so changed ones reach learners.
    let mut version = Sha256::new();
    version.update(locales.as_bytes());
    let mut urls = Vec::new();
    let mut teacher_urls = Vec::new();
    for relative in site.paths().filter(|relative| precached(relative)) {
        version.update(relative.as_bytes());
        version.update([0]);
        version.update(Sha256::digest(&site.bytes(relative)?));
        // The teachers' page is cached when a teacher first opens it: learners never need it.
        if teacher.contains(relative) {
            teacher_urls.push(format!("./{relative}"));
            continue;
        }
        // The page itself is cached as the folder URL, which is how it is navigated to.
        urls.push(if relative == pages::LEARNER_PAGE {
            "./".to_owned()
        } else {
            format!("./{relative}")
        });
    }
    let version = format!("{:x}", version.finalize());
    let list = |urls: &[String]| {
        format!(
            "[\n{}\n]",
            urls.iter()
                .map(|url| format!("  {url:?}"))
                .collect::<Vec<_>>()
                .join(",\n")
        )
    };
    Ok(without_comment_lines(TEMPLATE)
        .replace("__VERSION__", &version[..20])
        .replace("__PRECACHE__", &list(&urls))
        .replace("__TEACHER__", &list(&teacher_urls))
        .replace("__LOCALES_VERSION__", &locales))
}

/// The worker's source without the lines that are only comments (its first line, which says
/// where the file comes from, stays): every learner's phone downloads it, and the reasons are for
/// developers, in `crates/site-files/src/sw.js`. The source has no multi-line strings, so a line
/// that starts with `//` or `/*` is always a comment.
fn without_comment_lines(source: &str) -> String {
    let mut lines = source.lines();
    let mut kept: Vec<&str> = lines.next().into_iter().collect();
    let mut in_block = false;
    for line in lines {
        let code = line.trim_start();
        if in_block || code.starts_with("/*") {
            in_block = !code.contains("*/");
        } else if !code.starts_with("//") {
            kept.push(line);
        }
    }
    kept.join("\n") + "\n"
}

/// Writes `sw.js` into the site at `site`, listing every precached file.
pub fn write(site: &Path) -> io::Result<()> {
    let script = script(&SiteFiles::read(site)?)?;
    std::fs::write(site.join(WORKER), script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precaches_the_shell_and_catalog_but_not_packs_copies_or_settings() {
        for yes in [
            "index.html",
            "passage-abc_bg.wasm",
            "icons/icon-192.png",
            "packs/index.json",
        ] {
            assert!(precached(yes), "{yes} should be precached");
        }
        for no in [
            "sw.js",
            "passage-abc_bg.wasm.br",
            "index.html.gz",
            "packs/de-a1.0123.json",
            "packs/media/0123.webp",
            "locales/ar/app.ftl",
            "locales/README.md",
            "site.json",
        ] {
            assert!(!precached(no), "{no} should not be precached");
        }
    }

    #[test]
    fn the_worker_ships_without_its_comment_lines() {
        let source = "// Passage's service worker: do not edit a copy.\n//\n// Why it works so.\n\
            const A = \"https://example.org/\"; // kept: code before it\n\
            /** One line. */\n  /**\n   * A block\n   */\n  return A;\n";
        assert_eq!(
            without_comment_lines(source),
            "// Passage's service worker: do not edit a copy.\n\
             const A = \"https://example.org/\"; // kept: code before it\n  return A;\n"
        );
        let shipped = without_comment_lines(TEMPLATE);
        assert!(
            shipped.len() < TEMPLATE.len() * 3 / 4,
            "most of the source is comments"
        );
        assert!(shipped.contains("self.addEventListener(\"fetch\""));
        assert!(
            shipped
                .lines()
                .skip(1)
                .all(|line| !line.trim_start().starts_with("//")),
            "no comment line but the first"
        );
    }

    #[test]
    fn the_version_follows_the_content_and_the_catalog() {
        let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let site = site.path();
        let put = |relative: &str, text: &str| {
            let _ = std::fs::create_dir_all(site.join("packs"));
            let _ = std::fs::write(site.join(relative), text);
        };
        put("index.html", "one");
        put("packs/index.json", "{}");
        let read = || write(site).map(|()| std::fs::read_to_string(site.join(WORKER)));
        let Ok(Ok(first)) = read() else {
            panic!("no worker written");
        };
        let again = read().ok().and_then(Result::ok);
        put("index.html", "two");
        let changed_page = read().ok().and_then(Result::ok);
        put("packs/index.json", "{\"packs\":[]}");
        let changed_catalog = read().ok().and_then(Result::ok);
        put("site.json", "{}");
        let with_settings = read().ok().and_then(Result::ok);
        assert!(
            first.contains("\"./\"") && first.contains("\"./packs/index.json\""),
            "{first}"
        );
        assert_eq!(
            Some(&first),
            again.as_ref(),
            "the same files give the same worker"
        );
        assert!(
            first.contains("passage-packs"),
            "studied packs are kept in their own cache"
        );
        assert_ne!(
            Some(&first),
            changed_page.as_ref(),
            "a changed file gives a new worker"
        );
        assert_ne!(
            changed_page, changed_catalog,
            "a changed catalog gives a new worker, so installed apps see new packs"
        );
        assert_eq!(
            changed_catalog, with_settings,
            "site settings change without a new worker"
        );
    }

    #[test]
    fn a_folder_taken_from_elsewhere_gives_the_worker_the_site_would_have() {
        let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let fresh = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let _ = std::fs::create_dir_all(site.path().join("packs"));
        let _ = std::fs::write(site.path().join("index.html"), "page");
        let _ = std::fs::write(site.path().join("packs/index.json"), "old");
        let _ = std::fs::write(fresh.path().join("index.json"), "new");
        let planned = SiteFiles::read(site.path())
            .and_then(|files| files.with_folder_from("packs", fresh.path()))
            .and_then(|files| script(&files))
            .ok();
        let _ = std::fs::write(site.path().join("packs/index.json"), "new");
        let _ = write(site.path());
        let written = std::fs::read_to_string(site.path().join(WORKER)).ok();
        assert!(planned.is_some());
        assert_eq!(planned, written);
    }
}
