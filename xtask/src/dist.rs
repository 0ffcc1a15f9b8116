//! The release site: trunk's build of the app, then the compiled packs, the start-up script moved
//! out of the page (for the Content-Security-Policy), the service worker, and precompressed copies.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use passage_site_files::{compress, pages, worker};

use crate::process::{command, run};
use crate::tools::BuildTools;
use crate::{Failure, Result, root};

/// Where trunk writes (Trunk.toml `dist`); `dist/` is assembled from it.
pub fn trunk_output() -> PathBuf {
    root().join("target").join("trunk-dist")
}

/// Where trunk writes the teachers' page, a second build (see `pages`).
pub fn teacher_trunk_output() -> PathBuf {
    root().join("target").join("trunk-dist-teach")
}

/// Builds the whole site into `out`. A broken pack fails the build before anything is compiled.
pub fn build(_tools: &BuildTools, lessons: &Path, out: &Path) -> Result<PathBuf> {
    passage_packc::check(lessons, &pack_context()).map_err(pack_failure)?;
    println!("xtask: building the app with trunk (release)");
    run(command("trunk").args(["build", "--release", "--offline"]))?;
    println!("xtask: building the teachers' page with trunk (release)");
    let teacher_dist = teacher_trunk_output();
    run(command("trunk")
        .args([
            "build",
            pages::TEACHER_PAGE,
            "--release",
            // `--offline` takes an optional value: the page must come before it.
            "--offline",
            "--dist",
        ])
        .arg(&teacher_dist))?;
    assemble(&trunk_output(), lessons, out)?;
    println!("xtask: the site is in {}", out.display());
    Ok(out.to_path_buf())
}

/// Turns trunk's output into the deployable site in `out`; runs no compiler, so tests can assemble
/// a second build (with other packs) in a second.
pub fn assemble(trunk_dist: &Path, lessons: &Path, out: &Path) -> Result {
    if !trunk_dist.join("index.html").exists() {
        return Err(Failure(format!(
            "{} has no index.html; build with trunk first",
            trunk_dist.display()
        )));
    }
    if out.join("Cargo.toml").exists() || out == Path::new("/") {
        return Err(Failure(format!("refusing to replace {}", out.display())));
    }
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    copy_dir(trunk_dist, out)?;
    externalize_start_script(&out.join(pages::LEARNER_PAGE))?;
    // The teachers' page, when it was built: its own script and wasm beside the learner's.
    let teacher_dist = teacher_trunk_output();
    if teacher_dist.join("index.html").exists() {
        for entry in std::fs::read_dir(&teacher_dist)? {
            let entry = entry?;
            // trunk names every page it builds index.html.
            let name = match entry.file_name().to_string_lossy() {
                name if name == "index.html" => pages::TEACHER_PAGE.to_owned(),
                name => name.into_owned(),
            };
            if entry.file_type()?.is_dir() {
                copy_dir(&entry.path(), &out.join(name))?;
            } else {
                std::fs::copy(entry.path(), out.join(name))?;
            }
        }
        externalize_start_script(&out.join(pages::TEACHER_PAGE))?;
    }
    let output = passage_packc::build(lessons, out, &pack_context()).map_err(pack_failure)?;
    for warning in &output.warnings {
        println!("pack warning: {warning}");
    }
    worker::write(out)?;
    compress::compress_folder(out)?;
    Ok(())
}

fn pack_context() -> passage_core::pack::ValidationContext {
    passage_core::pack::ValidationContext {
        today: passage_packc::today::today(),
    }
}

fn pack_failure(problems: Vec<passage_packc::PackProblem>) -> Failure {
    let lines: Vec<String> = problems
        .iter()
        .map(|problem| format!("  {}", problem.labelled()))
        .collect();
    Failure(format!(
        "the lesson packs have problems:\n{}",
        lines.join("\n")
    ))
}

/// Copies a folder's contents into `to`, creating it.
pub fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// trunk starts the app with an inline `<script type="module">`. The page's CSP allows no inline
/// script, so it moves into `start-<hash>.js` beside the page. Any other inline script or style
/// attribute fails the build: the CSP would block it in the browser.
pub fn externalize_start_script(index: &Path) -> Result {
    let html = std::fs::read_to_string(index)?;
    // trunk minifies the page in release builds, dropping the quotes.
    let Some((start, open)) = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|open| html.find(open).map(|start| (start, *open)))
    else {
        return Err(Failure(
            "trunk's start-up script was not found in index.html".into(),
        ));
    };
    let body_start = start + open.len();
    let Some(body_len) = html[body_start..].find("</script>") else {
        return Err(Failure("index.html has an unclosed <script>".into()));
    };
    let script = html[body_start..body_start + body_len].trim().to_owned() + "\n";
    let hash = format!("{:x}", Sha256::digest(script.as_bytes()));
    let file = format!("start-{}.js", &hash[..16]);
    let dir = index.parent().unwrap_or(Path::new("."));
    std::fs::write(dir.join(&file), &script)?;
    let tag = format!("<script type=\"module\" src=\"./{file}\"></script>");
    let html = format!(
        "{}{tag}{}",
        &html[..start],
        &html[body_start + body_len + "</script>".len()..]
    );
    if let Some(problem) = csp_problem(&html) {
        return Err(Failure(format!(
            "index.html breaks the Content-Security-Policy: {problem}"
        )));
    }
    std::fs::write(index, html)?;
    Ok(())
}

/// What in a page the CSP (no `unsafe-inline`) would block, if anything.
fn csp_problem(html: &str) -> Option<String> {
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |end| at + end);
        let tag = &rest[at..tag_end];
        if !tag.contains(" src=") {
            return Some(format!(
                "an inline script: {}",
                &rest[at..(at + 80).min(rest.len())]
            ));
        }
        rest = &rest[tag_end..];
    }
    if html.contains(" style=") || html.contains("<style") {
        return Some("an inline style".into());
    }
    if html.contains(" onload=") || html.contains(" onclick=") {
        return Some("an inline event handler".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_csp_would_block() {
        assert_eq!(
            csp_problem("<script type=\"module\" src=\"./a.js\"></script>"),
            None
        );
        assert!(csp_problem("<script>alert(1)</script>").is_some());
        assert!(csp_problem("<div style=\"color:red\"></div>").is_some());
        assert!(csp_problem("<div style=color:red></div>").is_some());
        assert!(csp_problem("<script type=module>go()</script>").is_some());
        assert!(csp_problem("<img onload=\"x()\">").is_some());
    }

    #[test]
    fn moves_the_inline_start_script_into_a_file() {
        let dir = std::env::temp_dir().join(format!("passage-xtask-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let index = dir.join("index.html");
        let page = "<html><head><script type=\"module\">\nimport init from './app.js';\nawait init();\n</script></head></html>";
        std::fs::write(&index, page).unwrap_or_default();
        let moved = externalize_start_script(&index);
        let html = std::fs::read_to_string(&index).unwrap_or_default();
        let script: Vec<_> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|entry| entry.file_name().to_string_lossy().starts_with("start-"))
            .collect();
        let script_text = script
            .first()
            .map(|entry| std::fs::read_to_string(entry.path()).unwrap_or_default())
            .unwrap_or_default();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(moved.is_ok());
        assert!(
            !html.contains("import init"),
            "the script must leave the page: {html}"
        );
        assert!(
            html.contains("<script type=\"module\" src=\"./start-"),
            "{html}"
        );
        assert_eq!(script_text, "import init from './app.js';\nawait init();\n");
    }
}
