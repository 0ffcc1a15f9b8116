//! Running other programs with a clear message when they fail or are missing.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::{Failure, Result};

/// A command with the project's tool folders first on PATH.
pub fn command(program: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(program);
    command.env("PATH", crate::tools::tool_path());
    command.current_dir(crate::root());
    command
}

/// Runs a command to completion, its output going to the terminal.
pub fn run(command: &mut Command) -> Result {
    let status = command
        .status()
        .map_err(|error| Failure(format!("could not start `{}`: {error}", describe(command))))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!(
            "`{}` failed ({status})",
            describe(command)
        )))
    }
}

/// Runs a command, echoing its standard output line by line while keeping it for the caller.
/// Returns the output and whether the command succeeded.
pub fn run_capturing(command: &mut Command) -> Result<(String, bool)> {
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| Failure(format!("could not start `{}`: {error}", describe(command))))?;
    let mut captured = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout)
            .lines()
            .map_while(std::result::Result::ok)
        {
            println!("{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
    }
    let status = child.wait()?;
    Ok((captured, status.success()))
}

/// A command's first line of output, if it runs and succeeds.
pub fn output_line(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8(output.stdout)
        .ok()?
        .lines()
        .next()
        .map(|line| line.trim().to_owned())
}

pub fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
