//! The checks over `locales/` (run by the host tests, like Anki's `rslib/i18n/check.rs`): every
//! `.ftl` parses; every locale has exactly English's message ids (the missing and the extra ones
//! named); a translation uses only variables its English message has; no message is empty; the
//! locale table and the folders agree. Every problem is collected, each naming file and message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use thiserror::Error;

use crate::locale::LOCALES;

/// One thing wrong in `locales/`.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum LocaleProblem {
    #[error("{path}: cannot be read: {error}")]
    Unreadable { path: String, error: String },
    #[error("{path}:{line}: Fluent syntax error: {error}")]
    Syntax {
        path: String,
        line: usize,
        error: String,
    },
    #[error("{tag}: the message `{id}` is defined twice")]
    Duplicate { tag: String, id: String },
    #[error("{tag}: missing {} message(s) that English has: {}", ids.len(), ids.join(", "))]
    Missing { tag: String, ids: Vec<String> },
    #[error("{tag}: {} message(s) that English does not have: {}", ids.len(), ids.join(", "))]
    Extra { tag: String, ids: Vec<String> },
    #[error("{tag}: `{id}` uses the variable ${variable}, which the English message does not have")]
    UnknownVariable {
        tag: String,
        id: String,
        variable: String,
    },
    #[error("{tag}: the message `{id}` is empty")]
    Empty { tag: String, id: String },
    #[error("{tag}: the locale table lists it but locales/{tag}/ has no {file}")]
    NoFile { tag: String, file: String },
    #[error("locales/{folder}/ is not in the locale table (crates/i18n/src/locale.rs)")]
    UnknownFolder { folder: String },
}

/// What the checks need to know about one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageInfo {
    pub variables: BTreeSet<String>,
    pub empty: bool,
}

/// Every message of one locale, by id.
pub type LocaleMessages = BTreeMap<String, MessageInfo>;

/// Parses one Fluent text and describes its messages; `path` names it in problems.
pub fn read_ftl(
    tag: &str,
    path: &str,
    text: &str,
    into: &mut LocaleMessages,
) -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            problems.extend(errors.iter().map(|error| {
                LocaleProblem::Syntax {
                    path: path.to_owned(),
                    line: text[..error.pos.start.min(text.len())]
                        .lines()
                        .count()
                        .max(1),
                    error: error.to_string(),
                }
            }));
            resource
        }
    };
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut info = MessageInfo::default();
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|attribute| &attribute.value));
            for pattern in patterns {
                pattern_variables(pattern, &mut info.variables);
            }
            info.empty = message.value.as_ref().is_none_or(pattern_is_empty);
            let id = message.id.name.to_owned();
            if into.insert(id.clone(), info).is_some() {
                problems.push(LocaleProblem::Duplicate {
                    tag: tag.to_owned(),
                    id,
                });
            }
        }
    }
    problems
}

fn pattern_is_empty(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments_variables(arguments, into);
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments_variables(arguments, into),
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

fn arguments_variables(arguments: &ast::CallArguments<&str>, into: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, into);
    }
    for named in &arguments.named {
        inline_variables(&named.value, into);
    }
}

/// Compares one locale's messages with English's.
pub fn compare(tag: &str, english: &LocaleMessages, other: &LocaleMessages) -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let missing: Vec<String> = english
        .keys()
        .filter(|id| !other.contains_key(*id))
        .cloned()
        .collect();
    if !missing.is_empty() {
        problems.push(LocaleProblem::Missing {
            tag: tag.to_owned(),
            ids: missing,
        });
    }
    let extra: Vec<String> = other
        .keys()
        .filter(|id| !english.contains_key(*id))
        .cloned()
        .collect();
    if !extra.is_empty() {
        problems.push(LocaleProblem::Extra {
            tag: tag.to_owned(),
            ids: extra,
        });
    }
    for (id, info) in other {
        if let Some(source) = english.get(id) {
            for variable in info.variables.difference(&source.variables) {
                problems.push(LocaleProblem::UnknownVariable {
                    tag: tag.to_owned(),
                    id: id.clone(),
                    variable: variable.clone(),
                });
            }
        }
    }
    problems
}

/// Reads every `.ftl` of `locales/<tag>/`.
fn read_locale(dir: &Path, tag: &str) -> (LocaleMessages, Vec<LocaleProblem>) {
    let mut messages = LocaleMessages::new();
    let mut problems = Vec::new();
    for file in crate::ALL_FILES {
        let path = dir.join(tag).join(file);
        match std::fs::read_to_string(&path) {
            Ok(text) => problems.extend(read_ftl(
                tag,
                &path.display().to_string(),
                &text,
                &mut messages,
            )),
            Err(_) if !path.exists() => problems.push(LocaleProblem::NoFile {
                tag: tag.to_owned(),
                file: (*file).to_owned(),
            }),
            Err(error) => problems.push(LocaleProblem::Unreadable {
                path: path.display().to_string(),
                error: error.to_string(),
            }),
        }
    }
    for (id, info) in &messages {
        if info.empty {
            problems.push(LocaleProblem::Empty {
                tag: tag.to_owned(),
                id: id.clone(),
            });
        }
    }
    (messages, problems)
}

/// Every problem in a `locales/` folder, checked against the locale table.
pub fn check_locales(dir: &Path) -> Vec<LocaleProblem> {
    let (english, mut problems) = read_locale(dir, "en");
    for locale in LOCALES.iter().filter(|locale| locale.tag != "en") {
        let (messages, locale_problems) = read_locale(dir, locale.tag);
        problems.extend(locale_problems);
        problems.extend(compare(locale.tag, &english, &messages));
    }
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let folder = entry.file_name().to_string_lossy().into_owned();
                if entry.path().is_dir() && crate::by_tag(&folder).is_none() {
                    problems.push(LocaleProblem::UnknownFolder { folder });
                }
            }
        }
        Err(error) => problems.push(LocaleProblem::Unreadable {
            path: dir.display().to_string(),
            error: error.to_string(),
        }),
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (LocaleMessages, Vec<LocaleProblem>) {
        let mut messages = LocaleMessages::new();
        let problems = read_ftl("xx", "xx/app.ftl", text, &mut messages);
        (messages, problems)
    }

    #[test]
    fn finds_variables_everywhere_in_a_message() {
        let (messages, problems) = read(
            "a = { $count ->\n [one] one { $name }\n *[other] { NUMBER($digits, minimumFractionDigits: 1) }\n}\n",
        );
        assert_eq!(problems, []);
        let variables: Vec<_> = messages["a"].variables.iter().cloned().collect();
        assert_eq!(variables, ["count", "digits", "name"]);
    }

    #[test]
    fn names_syntax_errors_with_their_line() {
        let (_, problems) = read("good = Good\n\nbad = { $\n");
        assert!(
            matches!(&problems[..], [LocaleProblem::Syntax { line: 3, .. }]),
            "{problems:?}"
        );
    }

    #[test]
    fn names_missing_extra_unknown_variables_and_empty_messages() {
        let (english, _) = read("a = A\nb = B { $n }\nc = C\n");
        let (other, _) = read("a = { \"\" }\nb = B { $m }\nd = D\n");
        assert!(other["a"].empty);
        let problems = compare("xx", &english, &other);
        assert_eq!(
            problems,
            [
                LocaleProblem::Missing {
                    tag: "xx".into(),
                    ids: vec!["c".into()]
                },
                LocaleProblem::Extra {
                    tag: "xx".into(),
                    ids: vec!["d".into()]
                },
                LocaleProblem::UnknownVariable {
                    tag: "xx".into(),
                    id: "b".into(),
                    variable: "m".into()
                },
            ]
        );
        assert_eq!(
            problems[0].to_string(),
            "xx: missing 1 message(s) that English has: c"
        );
    }
}
