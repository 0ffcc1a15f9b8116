//! The site's two pages: the learner's app (`index.html`) and the teachers' page (`teach.html`),
//! each its own trunk build. Which files belong to the teachers' page alone decides what the
//! service worker precaches and what counts in the learner's first load.

use std::collections::BTreeSet;
use std::io;
use std::path::Path;

/// The learner's app.
pub const LEARNER_PAGE: &str = "index.html";
/// The teachers' page.
pub const TEACHER_PAGE: &str = "teach.html";

/// The top-level files a page loads: itself, and every file its HTML or its start-up script
/// (`start-<hash>.js`, which `cargo xtask dist` moves out of the page) names.
pub fn page_files(site: &Path, page: &str) -> io::Result<BTreeSet<String>> {
    let mut files = BTreeSet::new();
    let Ok(html) = std::fs::read_to_string(site.join(page)) else {
        return Ok(files);
    };
    let mut text = html.clone();
    let names: Vec<String> = std::fs::read_dir(site)?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    for name in &names {
        if name.starts_with("start-") && name.ends_with(".js") && html.contains(name.as_str()) {
            text.push_str(&std::fs::read_to_string(site.join(name))?);
        }
    }
    files.insert(page.to_owned());
    for name in names {
        let compressed = name.ends_with(".br") || name.ends_with(".gz");
        if !compressed && text.contains(&name) {
            files.insert(name);
        }
    }
    Ok(files)
}

/// The files only the teachers' page loads: learners never download them.
pub fn teacher_only(site: &Path) -> io::Result<BTreeSet<String>> {
    let learner = page_files(site, LEARNER_PAGE)?;
    Ok(page_files(site, TEACHER_PAGE)?
        .difference(&learner)
        .cloned()
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_teachers_files_are_those_the_learner_page_does_not_load() {
        let site = std::env::temp_dir().join(format!("passage-pages-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&site);
        let write = |name: &str, text: &str| {
            let _ = std::fs::write(site.join(name), text);
        };
        write(
            "index.html",
            "<link href=\"./main-1.css\"><script src=\"./start-a.js\"></script>",
        );
        write(
            "start-a.js",
            "import init from './passage-1.js'; init('./passage-1_bg.wasm');",
        );
        write(
            "teach.html",
            "<link href=\"./main-1.css\"><script src=\"./start-b.js\"></script>",
        );
        write(
            "start-b.js",
            "import init from './passage-teach-2.js'; init('./passage-teach-2_bg.wasm');",
        );
        for name in [
            "main-1.css",
            "passage-1.js",
            "passage-1_bg.wasm",
            "passage-teach-2.js",
            "passage-teach-2_bg.wasm",
            "passage-teach-2_bg.wasm.br",
        ] {
            write(name, "x");
        }
        let teacher = teacher_only(&site).unwrap_or_default();
        let learner = page_files(&site, LEARNER_PAGE).unwrap_or_default();
        let _ = std::fs::remove_dir_all(&site);
        assert_eq!(
            teacher.into_iter().collect::<Vec<_>>(),
            [
                "passage-teach-2.js",
                "passage-teach-2_bg.wasm",
                "start-b.js",
                "teach.html"
            ]
        );
        assert_eq!(
            learner.into_iter().collect::<Vec<_>>(),
            [
                "index.html",
                "main-1.css",
                "passage-1.js",
                "passage-1_bg.wasm",
                "start-a.js"
            ]
        );
    }
}
