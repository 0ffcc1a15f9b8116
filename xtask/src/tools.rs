//! Installing the tools the build and the tests need, idempotently: each is checked first and
//! installed only when missing or of the wrong version, so a second run takes a second.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::process::{command, output_line, run};
use crate::{Failure, Result, root};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Debian packages for the browser tests: the browser, its driver, and fonts with Arabic,
/// Ethiopic and Cyrillic so every interface language renders in screenshots.
const TEST_DEBIAN_PACKAGES: &[&str] = &[
    "chromium",
    "chromium-driver",
    "fonts-noto-core",
    "fonts-dejavu-core",
];

/// Font files the browser tests need: Arabic script (Arabic, Farsi/Dari, Pashto), Ethiopic
/// (Tigrinya), and Latin with Cyrillic (Ukrainian, Russian), from the packages above.
const TEST_FONTS: &[&str] = &[
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
];

/// Proof that the build tools are installed; `dist::build` takes it so it cannot be forgotten.
pub struct BuildTools(());

/// Proof that the test tools are installed.
pub struct TestTools(());

/// Where cargo installs binaries.
fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// PATH for child processes: the project's node tools (wasm-opt from npm's binaryen, never
/// Debian's binaryen 108, whose output crashes) and cargo's binaries come first.
pub fn tool_path() -> std::ffi::OsString {
    let mut paths = vec![root().join("node_modules").join(".bin"), cargo_bin()];
    if let Some(path) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

/// The wasm-bindgen version the app is built with, from Cargo.lock; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|error| {
        Failure(format!(
            "cannot read Cargo.lock ({error}); run `cargo generate-lockfile`"
        ))
    })?;
    locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| Failure("Cargo.lock names no wasm-bindgen package".into()))
}

/// The version of `package` in a Cargo.lock text.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = \"")?;
            return Some(version.trim_end_matches('"').to_owned());
        }
    }
    None
}

pub fn ensure_build_tools() -> Result<BuildTools> {
    ensure_wasm_target()?;
    ensure_node_packages()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &wasm_bindgen_version()?,
        false,
    )?;
    Ok(BuildTools(()))
}

pub fn ensure_test_tools() -> Result<TestTools> {
    ensure_debian_packages()?;
    ensure_node_packages()?;
    Ok(TestTools(()))
}

fn ensure_wasm_target() -> Result {
    let installed = command("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).contains(WASM_TARGET))
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    println!("xtask: adding the Rust target {WASM_TARGET}");
    run(command("rustup").args(["target", "add", WASM_TARGET])).map_err(|failure| {
        Failure(format!(
            "{}\nRun `rustup target add {WASM_TARGET}` and try again.",
            failure.0
        ))
    })
}

/// Installs `crate_name` at exactly `version` unless `binary --version` already reports it.
fn ensure_cargo_tool(binary: &str, crate_name: &str, version: &str, locked: bool) -> Result {
    let current = output_line(command(binary).arg("--version"));
    if current
        .as_deref()
        .is_some_and(|line| line.split_whitespace().nth(1) == Some(version))
    {
        return Ok(());
    }
    println!(
        "xtask: installing {crate_name} {version} (found {}); this takes several minutes once",
        current.as_deref().unwrap_or("none")
    );
    let mut install = command("cargo");
    install.args(["install", crate_name, "--version", version, "--force"]);
    // wasm-bindgen-cli's own lockfile names a crate version the registry here lacks.
    if locked {
        install.arg("--locked");
    }
    run(&mut install).map_err(|failure| {
        Failure(format!(
            "{}\nInstall it by hand with `{}` and try again.",
            failure.0,
            crate::process::describe(&install)
        ))
    })
}

/// `npm ci` when node_modules does not match package-lock.json.
fn ensure_node_packages() -> Result {
    let lock_path = root().join("package-lock.json");
    let lock = std::fs::read(&lock_path)
        .map_err(|error| Failure(format!("cannot read {} ({error})", lock_path.display())))?;
    let stamp_path = root().join("node_modules").join(".passage-installed");
    let want = format!("{:x}", Sha256::digest(&lock));
    if std::fs::read_to_string(&stamp_path).is_ok_and(|have| have.trim() == want) {
        return Ok(());
    }
    if output_line(command("npm").arg("--version")).is_none() {
        return Err(Failure(
            "npm is missing; install Node.js and npm (`apt-get install nodejs npm`) and try again"
                .into(),
        ));
    }
    println!("xtask: installing node packages (binaryen, playwright-core, axe-core)");
    run(command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    std::fs::write(&stamp_path, want)?;
    Ok(())
}

fn ensure_debian_packages() -> Result {
    let have_all = [CHROMIUM, CHROMEDRIVER]
        .iter()
        .chain(TEST_FONTS)
        .all(|path| std::path::Path::new(path).exists());
    if have_all {
        return Ok(());
    }
    println!(
        "xtask: installing {} with apt-get",
        TEST_DEBIAN_PACKAGES.join(" ")
    );
    let hint = || {
        format!(
            "Run `sudo apt-get update && sudo apt-get install -y {}` and try again.",
            TEST_DEBIAN_PACKAGES.join(" ")
        )
    };
    run(command("apt-get").args(["update", "-q"]))
        .and_then(|()| {
            run(command("apt-get")
                .args(["install", "-y", "-q", "--no-install-recommends"])
                .args(TEST_DEBIAN_PACKAGES)
                .env("DEBIAN_FRONTEND", "noninteractive"))
        })
        .map_err(|failure| Failure(format!("{}\n{}", failure.0, hint())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_version_from_cargo_lock() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"x\"\n\n\
                    [[package]]\nname = \"wasm-bindgen-futures\"\nversion = \"0.4.1\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            locked_version(lock, "wasm-bindgen-futures").as_deref(),
            Some("0.4.1")
        );
        assert_eq!(locked_version(lock, "leptos"), None);
    }

    /// trunk refuses a wasm-bindgen CLI of another version than Trunk.toml names, and the CLI must
    /// equal the library in Cargo.lock: the three must agree.
    #[test]
    fn trunk_pins_the_wasm_bindgen_of_cargo_lock() {
        let trunk = std::fs::read_to_string(root().join("Trunk.toml")).unwrap_or_default();
        let Ok(locked) = wasm_bindgen_version() else {
            panic!("Cargo.lock has no wasm-bindgen");
        };
        assert!(
            trunk.contains(&format!("wasm_bindgen = \"{locked}\"")),
            "Trunk.toml must pin wasm_bindgen = \"{locked}\" (the version in Cargo.lock)"
        );
    }
}
