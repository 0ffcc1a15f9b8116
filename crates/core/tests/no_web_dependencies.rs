//! The domain must stay plain Rust: testable on the host, reusable by the pack tool, and free of any
//! browser API. This test fails when anything in `passage-core`'s dependency tree is a web crate.

use std::process::Command;

const FORBIDDEN: &[&str] = &[
    "leptos",
    "web-sys",
    "js-sys",
    "gloo",
    "wasm-bindgen",
    "reactive_graph",
    "tachys",
];

#[test]
fn core_depends_on_no_web_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--package",
            "passage-core",
            "--edges",
            "normal,build",
            "--target",
            "all",
            "--prefix",
            "none",
            "--offline",
        ])
        .output();
    let Ok(output) = output else {
        panic!("could not run `cargo tree`");
    };
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        tree.contains("passage-core"),
        "unexpected cargo tree output:\n{tree}"
    );
    let offenders: Vec<&str> = tree
        .lines()
        .filter(|line| {
            let name = line.split_whitespace().next().unwrap_or("");
            FORBIDDEN
                .iter()
                .any(|forbidden| name == *forbidden || name.starts_with(&format!("{forbidden}-")))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "passage-core must not depend on web crates, but its tree has: {offenders:?}"
    );
}

#[test]
fn core_sources_import_no_web_crate() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for forbidden in ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
                    assert!(
                        !text.contains(&format!("{forbidden}::")),
                        "{} uses {forbidden}",
                        path.display()
                    );
                }
            }
        }
    }
}
