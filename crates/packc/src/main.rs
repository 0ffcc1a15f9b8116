//! `packc`: the Passage pack tool's command line.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
packc: validate and compile Passage lesson packs

usage:
  packc check <lessons-dir>               check every pack, print every problem
  packc build <lessons-dir> --out <site>  check, then write <site>/packs/ (catalog and packs)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["check", dir] => passage_packc::check(&PathBuf::from(dir)).map(|manifests| {
            println!("{} pack(s) checked, no problems", manifests.len());
        }),
        ["build", dir, "--out", out] => {
            passage_packc::build(&PathBuf::from(dir), &PathBuf::from(out)).map(|output| {
                println!(
                    "{} pack(s) compiled into {}",
                    output.catalog.packs.len(),
                    output.catalog_path.display()
                );
            })
        }
        ["--help" | "-h" | "help"] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            eprintln!("{} problem(s); nothing was written", problems.len());
            ExitCode::FAILURE
        }
    }
}
