//! `packc`: the Passage pack tool's command line.

use std::path::PathBuf;
use std::process::ExitCode;

use passage_core::pack::ValidationContext;
use passage_packc::{PackProblem, PublishError};

const USAGE: &str = "\
packc: check and compile Passage lesson packs

usage:
  packc check <lessons-dir>               check every pack; print every error and warning
  packc publish <lessons-dir> <site>      check, then put the packs into a built site: replace its
                                          packs/ and update its service worker, so installed apps
                                          offer the update; on any error the site is not changed
  packc new <lessons-dir> <id>            start <lessons-dir>/<id>/ with an example of every item type
  packc build <lessons-dir> --out <dir>   check, then write only <dir>/packs/ (catalog, packs, media)
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
        ["publish", dir, site] => return publish(dir, site, &context),
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
                    // Named as it was run: `./passage-packc` from the release archive.
                    let program = std::env::args().next().unwrap_or_else(|| "packc".into());
                    println!(
                        "created {}: an example of every item and question type\n\
                         next: edit the files, then run `{program} check {dir}`",
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

/// `packc publish`: the packs into a built site, with what to do next.
fn publish(lessons: &str, site: &str, context: &ValidationContext) -> ExitCode {
    match passage_packc::publish(&PathBuf::from(lessons), &PathBuf::from(site), context) {
        Ok(published) => {
            print_problems(&published.warnings);
            println!(
                "{} pack(s) checked and published into {site} ({} warning(s))",
                published.catalog.packs.len(),
                published.warnings.len()
            );
            if published.changed {
                println!(
                    "the site's service worker is new: learners who have Passage will see \
                     \"Update available\"\nnext: upload everything in {site} to your web host"
                );
            } else {
                println!("these are the packs the site already had: nothing changed");
            }
            ExitCode::SUCCESS
        }
        Err(PublishError::Packs(problems)) => {
            print_problems(&problems);
            let errors = problems.iter().filter(|p| p.is_error()).count();
            eprintln!(
                "{errors} error(s), {} warning(s); nothing in {site} was changed",
                problems.len() - errors
            );
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error}\nnothing in {site} was changed");
            ExitCode::FAILURE
        }
    }
}

fn print_problems(problems: &[PackProblem]) {
    for problem in problems {
        eprintln!("{}", problem.labelled());
    }
}
