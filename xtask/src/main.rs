//! `cargo xtask`: Passage's chores in plain Rust (the rust-analyzer pattern).
//!
//! Every command installs what it needs first, so a fresh machine needs nothing but these:
//! `cargo xtask serve` builds and serves the app, `cargo xtask test` runs every check.

mod dist;
mod process;
mod release;
mod serve;
mod size;
mod test;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
cargo xtask <command>

  serve [--port N] [--base /sub/] [--no-build]
                      install what is missing, build the release site with its packs into
                      dist/, and serve it on http://127.0.0.1:8080 (with precompressed files)
  test                install what tests need, then run every check: fmt, clippy, host tests,
                      wasm tests in headless Chromium, end-to-end tests against a release build
  e2e                 only the release build and the end-to-end tests
  dist [--out DIR] [--lessons DIR]
                      the release site, ready to copy to any static host (root or sub-folder),
                      and the release archive for hosts (the site, the pack tool, the lessons and
                      the guides) in target/release-archive/, as .tar.gz and .zip
  size                first-load sizes (raw, gzip, brotli) of dist/, checked against size-budget.toml
  bench               the benchmarks: answer checking, the review queue and stored progress for
                      10,000 items, and checking and loading a 2,000-item pack
  setup               only install the build and test tools
";

/// A chore's failure, already explained to the user.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Self(error.to_string())
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

/// The workspace root: xtask's manifest is one level below it.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let options = Options::parse(rest);
    let result = match (command.as_str(), options) {
        (_, Err(message)) => Err(Failure(message)),
        ("serve", Ok(options)) => serve_command(&options),
        ("test", Ok(_)) => test::run(),
        ("e2e", Ok(_)) => test::run_end_to_end(),
        ("dist", Ok(options)) => tools::ensure_build_tools().and_then(|tools| {
            let site = dist::build(&tools, &options.lessons(), &options.out())?;
            release::build(&site, &options.lessons(), &release::archive_dir()).map(|_| ())
        }),
        ("size", Ok(options)) => size::report(&options.out()).map(|_| ()),
        ("bench", Ok(_)) => bench(),
        ("setup", Ok(_)) => tools::ensure_build_tools()
            .and_then(|_| tools::ensure_test_tools())
            .map(|_| ()),
        ("help" | "--help" | "-h", Ok(_)) => {
            print!("{USAGE}");
            Ok(())
        }
        (other, Ok(_)) => Err(Failure(format!("unknown command `{other}`\n\n{USAGE}"))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve_command(options: &Options) -> Result {
    let dir = options.out();
    if !options.no_build {
        let tools = tools::ensure_build_tools()?;
        dist::build(&tools, &options.lessons(), &dir)?;
    }
    let base = options.base.clone().unwrap_or_else(|| "/".into());
    let server = serve::Server::start(&dir, &base, options.port.unwrap_or(8080))?;
    println!("\nPassage is served at {}  (Ctrl+C to stop)", server.url());
    server.wait();
    Ok(())
}

/// Every benchmark, with short measuring times: they report numbers, they do not pass or fail.
fn bench() -> Result {
    for (package, bench) in [("passage-core", "study"), ("passage-packc", "pack_2000")] {
        process::run(
            process::command("cargo")
                .current_dir(root())
                .args(["bench", "-p", package, "--bench", bench, "--"])
                .args(["--warm-up-time", "1", "--measurement-time", "3"]),
        )?;
    }
    Ok(())
}

/// Flags shared by the commands.
#[derive(Default)]
struct Options {
    out: Option<PathBuf>,
    lessons: Option<PathBuf>,
    port: Option<u16>,
    base: Option<String>,
    no_build: bool,
}

impl Options {
    fn parse(args: &[String]) -> std::result::Result<Self, String> {
        let mut options = Self::default();
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let mut value = || {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("{flag} needs a value"))
            };
            match flag.as_str() {
                "--out" | "--dir" => options.out = Some(PathBuf::from(value()?)),
                "--lessons" => options.lessons = Some(PathBuf::from(value()?)),
                "--port" => {
                    options.port = Some(value()?.parse().map_err(|_| "--port takes a number")?)
                }
                "--base" => options.base = Some(value()?),
                "--no-build" => options.no_build = true,
                other => return Err(format!("unknown option `{other}`\n\n{USAGE}")),
            }
        }
        Ok(options)
    }

    fn out(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| root().join("dist"))
    }

    fn lessons(&self) -> PathBuf {
        self.lessons
            .clone()
            .unwrap_or_else(|| root().join("lessons"))
    }
}
