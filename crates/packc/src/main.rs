//! `packc`: the Passage pack tool's command line.

use std::path::PathBuf;
use std::process::ExitCode;

use passage_core::pack::ValidationContext;
use passage_packc::PackProblem;

const USAGE: &str = "\
packc: check and compile Passage lesson packs

usage:
  packc check <lessons-dir>               check every pack; print every error and warning
  packc build <lessons-dir> --out <site>  check, then write <site>/packs/ (catalog, packs, media)
  packc new <lessons-dir> <id>            start <lessons-dir>/<id>/ with an example of every item type
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let context = ValidationContext {
        today: passage_packc::today::today(),
    };
    let result = match args.as_slice() {
        ["check", dir] => passage_packc::check(&PathBuf::from(dir), &context).map(|report| {
            print_problems(&report.warnings);
            println!(
                "{} pack(s) checked: no errors, {} warning(s)",
                report.packs.len(),
                report.warnings.len()
            );
        }),
        ["build", dir, "--out", out] => {
            passage_packc::build(&PathBuf::from(dir), &PathBuf::from(out), &context).map(|output| {
                print_problems(&output.warnings);
                println!(
                    "{} pack(s) compiled into {} ({} warning(s))",
                    output.catalog.packs.len(),
                    output.catalog_path.display(),
                    output.warnings.len()
                );
            })
        }
        ["new", dir, id] => {
            // Without a clock, fall back to a fixed day; the author edits `reviewed` anyway.
            let reviewed = context
                .today
                .or_else(|| passage_core::pack::Date::new(2026, 1, 1));
            let Some(reviewed) = reviewed else {
                return ExitCode::FAILURE;
            };
            return match passage_packc::scaffold::scaffold(&PathBuf::from(dir), id, reviewed) {
                Ok(folder) => {
                    println!(
                        "created {}: an example of every item and question type\n\
                         next: edit the files, then run `packc check {dir}`",
                        folder.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::FAILURE
                }
            };
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
            print_problems(&problems);
            let errors = problems.iter().filter(|p| p.is_error()).count();
            eprintln!(
                "{errors} error(s), {} warning(s); nothing was written",
                problems.len() - errors
            );
            ExitCode::FAILURE
        }
    }
}

fn print_problems(problems: &[PackProblem]) {
    for problem in problems {
        eprintln!("{}", problem.labelled());
    }
}
