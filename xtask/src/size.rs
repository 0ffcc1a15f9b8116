//! The size report: what a learner's phone downloads before it can show the first screen,
//! raw, gzip and brotli, checked against the budget in `size-budget.toml`.

use std::path::Path;

use passage_site_files::{SiteFiles, compress, pages};

use crate::{Failure, Result, root};

/// One first-load file's sizes in bytes.
pub struct FileSize {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Whether a file of the site is fetched on first load.
fn first_load(name: &str) -> bool {
    let ext = name.rsplit('.').next().unwrap_or("");
    !name.contains('/') && matches!(ext, "html" | "js" | "wasm" | "css" | "webmanifest")
}

/// Prints the report for the site in `site` and checks the budget.
pub fn report(site: &Path) -> Result<Vec<FileSize>> {
    if !site.join("index.html").exists() {
        return Err(Failure(format!(
            "{} has no site; run `cargo xtask dist` first",
            site.display()
        )));
    }
    let (budget, goal) = budget()?;
    let mut files: Vec<String> = SiteFiles::read(site)?.paths().map(str::to_owned).collect();
    let teacher = pages::teacher_only(site)?;
    let teacher_brotli = teacher
        .iter()
        .map(|name| std::fs::metadata(site.join(format!("{name}.br"))).map_or(0, |meta| meta.len()))
        .sum::<u64>();
    files.retain(|name| first_load(name) && !teacher.contains(name));
    files.sort();
    let mut sizes = Vec::new();
    for name in files {
        let size = |suffix: &str| {
            std::fs::metadata(site.join(format!("{name}{suffix}"))).map(|meta| meta.len())
        };
        sizes.push(FileSize {
            raw: size("")?,
            gzip: size(".gz")?,
            brotli: size(".br")?,
            name,
        });
    }
    let total = |pick: fn(&FileSize) -> u64| sizes.iter().map(pick).sum::<u64>();
    let (raw, gzip, brotli) = (total(|f| f.raw), total(|f| f.gzip), total(|f| f.brotli));
    println!("\nFirst-load size of {}\n", site.display());
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    for file in &sizes {
        println!(
            "{:<44} {:>10} {:>10} {:>10}",
            file.name,
            kb(file.raw),
            kb(file.gzip),
            kb(file.brotli)
        );
    }
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "total",
        kb(raw),
        kb(gzip),
        kb(brotli)
    );
    println!(
        "\nbudget {} brotli, goal {}: {}",
        kb(budget),
        kb(goal),
        if brotli > budget {
            "OVER BUDGET"
        } else if brotli > goal {
            "within budget, above goal"
        } else {
            "within goal"
        }
    );
    println!(
        "teachers' page (teach.html, its own wasm; never loaded by learners): {} brotli",
        kb(teacher_brotli)
    );
    println!(
        "routing: URL-fragment routes in passage-core (no leptos_router, which costs about 48 KB brotli)"
    );
    i18n_report(site)?;
    if brotli > budget {
        return Err(Failure(format!(
            "the first load is {} brotli, over the budget of {} in size-budget.toml",
            kb(brotli),
            kb(budget)
        )));
    }
    Ok(sizes)
}

/// The cost of the interface languages: English is compiled into the wasm (inside the first load
/// above, with Passage's own Fluent reader and plural rules); every other language is one download
/// when it is first chosen, then cached.
fn i18n_report(site: &Path) -> Result {
    let mut english = Vec::new();
    for file in passage_i18n::FILES {
        english.extend(std::fs::read(root().join("locales").join("en").join(file))?);
    }
    println!(
        "i18n: English messages compiled into the wasm: {} raw, {} brotli; Fluent (passage-i18n's \
         reader of the Fluent Passage uses, CLDR plural rules) and the language switching are \
         inside the wasm above (with fluent-bundle when added: wasm 84.1 -> 144.5 KB brotli)",
        kb(english.len() as u64),
        kb(compress::brotli(&english)?.len() as u64)
    );
    let locales = site.join("locales");
    let Ok(entries) = std::fs::read_dir(&locales) else {
        println!("i18n: {} has no locales/", site.display());
        return Ok(());
    };
    let mut later = Vec::new();
    for entry in entries.flatten() {
        let tag = entry.file_name().to_string_lossy().into_owned();
        if tag == "en" || !entry.path().is_dir() {
            continue;
        }
        let mut brotli = 0;
        for file in std::fs::read_dir(entry.path())?.flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl.br") {
                brotli += file.metadata()?.len();
            }
        }
        later.push(format!("{tag} {}", kb(brotli)));
    }
    later.sort();
    println!(
        "i18n: fetched only when chosen, then cached (brotli): {}",
        later.join(", ")
    );
    Ok(())
}

fn budget() -> Result<(u64, u64)> {
    let text = std::fs::read_to_string(root().join("size-budget.toml"))?;
    let table: toml::Table = text.parse()?;
    let read = |key: &str| {
        table
            .get(key)
            .and_then(toml::Value::as_integer)
            .and_then(|value| u64::try_from(value).ok())
            .ok_or_else(|| Failure(format!("size-budget.toml needs a whole number `{key}`")))
    };
    Ok((read("budget_brotli_bytes")?, read("goal_brotli_bytes")?))
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_load_is_the_shell_not_packs_or_icons() {
        for yes in [
            "index.html",
            "start-0123.js",
            "passage-ab_bg.wasm",
            "main-ab.css",
            "sw.js",
            "manifest.webmanifest",
        ] {
            assert!(first_load(yes), "{yes}");
        }
        for no in ["packs/index.json", "icons/icon-192.png", "index.html.br"] {
            assert!(!first_load(no), "{no}");
        }
    }

    #[test]
    fn the_budget_file_is_readable_and_sane() {
        let Ok((budget, goal)) = budget() else {
            panic!("size-budget.toml is unreadable");
        };
        // The budget guards against regressions; it must stay above the goal and below what a
        // phone on a slow connection can bear at first load (see the history in the file).
        assert!(goal <= budget && budget <= 400 * 1024);
    }
}
