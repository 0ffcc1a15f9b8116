//! Generating the service worker for one build: the exact list of files to precache and a
//! version that changes whenever any of them does.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::Result;

const TEMPLATE: &str = include_str!("sw.js");

/// Files of the site that the worker does not precache: itself, the compressed copies (the
/// server picks those), the compiled packs, which are downloaded when a learner asks, and the
/// interface translations, cached when a language is first chosen.
fn precached(relative: &str) -> bool {
    let compressed = relative.ends_with(".br") || relative.ends_with(".gz");
    let pack = relative.starts_with("packs/") && relative != "packs/index.json";
    relative != "sw.js" && !compressed && !pack && !is_locale_file(relative)
}

fn is_locale_file(relative: &str) -> bool {
    relative.starts_with("locales/")
}

/// A version of every translation file together: it names the worker's locale cache.
fn locales_version(site: &Path, files: &[String]) -> Result<String> {
    let mut version = Sha256::new();
    for relative in files.iter().filter(|relative| {
        is_locale_file(relative) && !relative.ends_with(".br") && !relative.ends_with(".gz")
    }) {
        version.update(relative.as_bytes());
        version.update([0]);
        version.update(Sha256::digest(std::fs::read(site.join(relative))?));
    }
    Ok(format!("{:x}", version.finalize())[..20].to_owned())
}

/// Writes `sw.js` into the site at `site`, listing every precached file.
pub fn write(site: &Path) -> Result {
    let mut files = Vec::new();
    collect(site, site, &mut files)?;
    files.sort();
    let locales = locales_version(site, &files)?;
    let teacher = crate::pages::teacher_only(site)?;
    files.retain(|relative| precached(relative));
    // The worker's version covers the translations too, so changed ones reach learners.
    let mut version = Sha256::new();
    version.update(locales.as_bytes());
    let mut urls = Vec::new();
    let mut teacher_urls = Vec::new();
    for relative in &files {
        let bytes = std::fs::read(site.join(relative))?;
        version.update(relative.as_bytes());
        version.update([0]);
        version.update(Sha256::digest(&bytes));
        // The teachers' page is cached when a teacher first opens it: learners never need it.
        if teacher.contains(relative) {
            teacher_urls.push(format!("./{relative}"));
            continue;
        }
        // The page itself is cached as the folder URL, which is how it is navigated to.
        urls.push(if relative == "index.html" {
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
    let script = TEMPLATE
        .replace("__VERSION__", &version[..20])
        .replace("__PRECACHE__", &list(&urls))
        .replace("__TEACHER__", &list(&teacher_urls))
        .replace("__LOCALES_VERSION__", &locales);
    std::fs::write(site.join("sw.js"), script)?;
    Ok(())
}

/// Every file under `dir`, as a path relative to `site` with `/` separators.
pub fn collect(site: &Path, dir: &Path, files: &mut Vec<String>) -> Result {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(site, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(site) {
            let parts: Vec<_> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect();
            files.push(parts.join("/"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precaches_the_shell_and_catalog_but_not_packs_or_copies() {
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
            "locales/ar/app.ftl",
            "locales/README.md",
        ] {
            assert!(!precached(no), "{no} should not be precached");
        }
    }

    #[test]
    fn the_version_follows_the_content() {
        let site = std::env::temp_dir().join(format!("passage-sw-{}", std::process::id()));
        let _ = std::fs::create_dir_all(site.join("packs"));
        let _ = std::fs::write(site.join("index.html"), "one");
        let _ = std::fs::write(site.join("packs/index.json"), "{}");
        let read = |site: &Path| {
            write(site).map(|()| std::fs::read_to_string(site.join("sw.js")).unwrap_or_default())
        };
        let first = read(&site).unwrap_or_default();
        let again = read(&site).unwrap_or_default();
        let _ = std::fs::write(site.join("index.html"), "two");
        let changed = read(&site).unwrap_or_default();
        let _ = std::fs::remove_dir_all(&site);
        assert!(
            first.contains("\"./\"") && first.contains("\"./packs/index.json\""),
            "{first}"
        );
        assert_eq!(first, again, "the same files give the same worker");
        assert!(
            first.contains("passage-packs"),
            "studied packs are kept in their own cache"
        );
        assert_ne!(first, changed, "a changed file gives a new worker");
    }
}
