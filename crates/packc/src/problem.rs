//! A problem found in a pack's source, naming the file, line and field, and what to do about it.

use std::fmt;
use std::path::PathBuf;

pub use passage_core::pack::Severity;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based line, when the problem can be placed.
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl PackProblem {
    /// An error: the pack cannot be built until it is fixed.
    pub fn new(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            field: None,
            message: message.into(),
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::new(file, message)
        }
    }

    pub fn at_line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    pub fn in_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_owned());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The problem with its severity first, as the tool prints it: `error: file:3: ...`.
    pub fn labelled(&self) -> String {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!("{label}: {self}")
    }
}

impl fmt::Display for PackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "`{field}`: ")?;
        }
        f.write_str(&self.message)
    }
}
