//! `cargo xtask test`: every check the project has, in one command, ending in one line
//! `N passed, N failed`. CI runs exactly this (`.ci/run`).

use std::path::Path;

use crate::process::{command, run_capturing};
use crate::serve::Server;
use crate::{Failure, Result, dist, release, root, size, tools};

/// Counts across every step.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    failures: Vec<String>,
}

impl Tally {
    fn step(&mut self, name: &str, passed: usize, failed: usize, succeeded: bool) {
        // A step that failed without reporting a failing test (say, it did not compile) still fails.
        let failed = if !succeeded && failed == 0 { 1 } else { failed };
        self.passed += passed;
        self.failed += failed;
        if failed > 0 {
            self.failures.push(name.to_owned());
        }
        println!("\nxtask: {name}: {passed} passed, {failed} failed\n");
    }

    fn check(&mut self, name: &str, result: Result) {
        match result {
            Ok(()) => self.step(name, 1, 0, true),
            Err(Failure(message)) => {
                eprintln!("xtask: {name}: {message}");
                self.step(name, 0, 1, false);
            }
        }
    }
}

/// Only the release build and the end-to-end tests, for quick work on the browser side.
pub fn run_end_to_end() -> Result {
    let build_tools = tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    let e2e = root().join("target").join("e2e");
    let site = e2e.join("site");
    dist::build(&build_tools, &root().join("lessons"), &site)?;
    let (passed, failed, _) = end_to_end(&e2e, &site)?;
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        return Err(Failure(format!("{failed} end-to-end test(s) failed")));
    }
    Ok(())
}

pub fn run() -> Result {
    let build_tools = tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    let mut tally = Tally::default();

    tally.check(
        "cargo fmt --check",
        run_quiet(command("cargo").args(["fmt", "--all", "--check"])),
    );
    tally.check(
        "cargo clippy",
        run_quiet(command("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])),
    );

    tally.check(
        "cargo clippy (wasm32)",
        run_quiet(command("cargo").args([
            "clippy",
            "--package",
            "passage",
            "--all-targets",
            "--target",
            tools::WASM_TARGET,
            "--",
            "-D",
            "warnings",
        ])),
    );

    let (output, ok) = run_capturing(command("cargo").args(["test", "--workspace"]))?;
    let (passed, failed) = cargo_counts(&output);
    tally.step("host tests (cargo test --workspace)", passed, failed, ok);

    let (output, ok) = run_capturing(
        command("cargo")
            .args([
                "test",
                "--package",
                "passage",
                "--target",
                tools::WASM_TARGET,
            ])
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    )?;
    let (passed, failed) = cargo_counts(&output);
    tally.step("wasm tests in headless Chromium", passed, failed, ok);

    let e2e = root().join("target").join("e2e");
    let site = e2e.join("site");
    match dist::build(&build_tools, &root().join("lessons"), &site) {
        Ok(_) => {
            tally.check("size budget", size::report(&site).map(|_| ()));
            let (passed, failed, ok) = end_to_end(&e2e, &site)?;
            tally.step("end-to-end tests in headless Chromium", passed, failed, ok);
        }
        Err(Failure(message)) => {
            eprintln!("xtask: release build: {message}");
            tally.step("release build", 0, 1, false);
        }
    }

    if !tally.failures.is_empty() {
        println!("failed: {}", tally.failures.join(", "));
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if tally.failed > 0 {
        return Err(Failure(format!("{} check(s) failed", tally.failed)));
    }
    Ok(())
}

fn run_quiet(command: &mut std::process::Command) -> Result {
    crate::process::run(command)
}

/// Serves the release build four ways and runs the Playwright tests against it:
/// at a root, under `/passage/`, a copy that a test replaces with a second build, and a copy
/// under `/town/` whose settings file a test edits. Also
/// writes the release archive, for the test that follows the hosting guide from it (unpacked
/// into `ngo/` and served under `/ngo/`).
fn end_to_end(e2e: &Path, site: &Path) -> Result<(usize, usize, bool)> {
    let update_site = e2e.join("update-site");
    let next_site = e2e.join("next-site");
    let next_lessons = e2e.join("next-lessons");
    // The second build differs by one pack, whose title a test looks for after updating.
    if next_lessons.exists() {
        std::fs::remove_dir_all(&next_lessons)?;
    }
    dist::copy_dir(&root().join("lessons"), &next_lessons)?;
    let extra = next_lessons.join("e2e-update-check");
    std::fs::create_dir_all(&extra)?;
    std::fs::write(
        extra.join("pack.toml"),
        "format_version = 1\nid = \"e2e-update-check\"\nversion = \"1.0.0\"\nkind = \"mixed\"\n\
         target_language = \"en\"\nsupport_languages = [\"ar\"]\nlicence = \"CC0-1.0\"\n\
         authors = [\"Passage tests\"]\nreviewed = 2026-11-24\n\n[title]\nen = \"Pack of the second build\"\n",
    )?;
    dist::assemble(&dist::trunk_output(), &next_lessons, &next_site)?;
    if update_site.exists() {
        std::fs::remove_dir_all(&update_site)?;
    }
    dist::copy_dir(site, &update_site)?;
    // A town's copy of the site, whose settings file a test edits as its staff would.
    let town_site = e2e.join("town-site");
    if town_site.exists() {
        std::fs::remove_dir_all(&town_site)?;
    }
    dist::copy_dir(site, &town_site)?;

    let archives = release::build(site, &root().join("lessons"), &e2e.join("archive"))?;
    let ngo = e2e.join("ngo");
    if ngo.exists() {
        std::fs::remove_dir_all(&ngo)?;
    }
    std::fs::create_dir_all(&ngo)?;
    // The test unpacks the archive here; the server reads files as they are asked for.
    let ngo_site = ngo.join(&archives.folder).join("site");

    let root_server = Server::start(site, "/", 0)?;
    let folder_server = Server::start(site, "/passage/", 0)?;
    let update_server = Server::start(&update_site, "/", 0)?;
    let ngo_server = Server::start(&ngo_site, "/ngo/", 0)?;
    let town_server = Server::start(&town_site, "/town/", 0)?;
    let (output, ok) = run_capturing(
        command("node")
            .args(["--test", "--test-reporter=tap", "--test-concurrency=1"])
            .arg(root().join("tests").join("e2e"))
            .env("PASSAGE_ROOT_URL", root_server.url())
            .env("PASSAGE_FOLDER_URL", folder_server.url())
            .env("PASSAGE_UPDATE_URL", update_server.url())
            .env("PASSAGE_UPDATE_DIR", &update_site)
            .env("PASSAGE_NEXT_DIR", &next_site)
            .env("PASSAGE_ARCHIVE", &archives.tar_gz)
            .env("PASSAGE_NGO_DIR", &ngo)
            .env("PASSAGE_NGO_SITE", &ngo_site)
            .env("PASSAGE_NGO_URL", ngo_server.url())
            .env("PASSAGE_TOWN_DIR", &town_site)
            .env("PASSAGE_TOWN_URL", town_server.url())
            .env("PASSAGE_SCREENSHOTS", e2e.join("screenshots"))
            .env("CHROMIUM", tools::CHROMIUM),
    )?;
    let (passed, failed) = tap_counts(&output);
    Ok((passed, failed, ok))
}

/// Sums cargo's `test result: … N passed; M failed` lines.
fn cargo_counts(output: &str) -> (usize, usize) {
    let number_before = |line: &str, word: &str| -> usize {
        line.split(';')
            .find_map(|part| {
                let part = part.trim().rsplit(". ").next().unwrap_or(part).trim();
                part.strip_suffix(word).and_then(|n| n.trim().parse().ok())
            })
            .unwrap_or(0)
    };
    output
        .lines()
        .filter(|line| line.trim_start().starts_with("test result:"))
        .fold((0, 0), |(passed, failed), line| {
            (
                passed + number_before(line, "passed"),
                failed + number_before(line, "failed"),
            )
        })
}

/// Reads node's TAP summary (`# pass N`, `# fail N`).
fn tap_counts(output: &str) -> (usize, usize) {
    let count = |key: &str| {
        output
            .lines()
            .filter_map(|line| line.trim().strip_prefix(key))
            .filter_map(|n| n.trim().parse::<usize>().ok())
            .next_back()
            .unwrap_or(0)
    };
    (count("# pass "), count("# fail "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cargo_results() {
        let output = "running 3 tests\ntest result: ok. 3 passed; 0 failed; 0 ignored; 0 measured\n\
                      test result: FAILED. 10 passed; 2 failed; 1 ignored; 0 measured; finished in 0.1s\n";
        assert_eq!(cargo_counts(output), (13, 2));
        assert_eq!(cargo_counts("error[E0425]: cannot find value"), (0, 0));
    }

    #[test]
    fn counts_tap_results() {
        let output = "TAP version 13\nok 1 - shell\n# tests 6\n# suites 0\n# pass 5\n# fail 1\n# cancelled 0\n";
        assert_eq!(tap_counts(output), (5, 1));
    }
}
