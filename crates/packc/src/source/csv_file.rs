//! Vocabulary, phrases and questions from a spreadsheet: a UTF-8 CSV file with a header row,
//! named by a lesson (`words = "03-doctor-words.csv"`, `phrases = ...`, `questions = ...`).
//!
//! - words: `id`, `text`, optional `article`, `gender`, `plural`, `alternatives` (separated by
//!   `|`), `image`, `audio`, and one column per support language with the translations;
//! - phrases: `id`, `text`, optional `alternatives`, `audio`, and the support language columns;
//! - questions: `id`, `type` (single, multiple, true-false, typed), `answer` (the right answers,
//!   separated by `|`; `true` or `false`), `wrong` (wrong options, separated by `|`), `source`,
//!   and `prompt.<language>` and `explanation.<language>` columns.

use std::path::{Path, PathBuf};

use passage_core::LocalizedText;
use passage_core::pack::{Answer, Choice, Gender, Item, Phrase, Question, Word};

use super::{Languages, read_limited};
use crate::PackProblem;
use crate::suggest::nearest;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CsvKind {
    Words,
    Phrases,
    /// Questions of the kinds a spreadsheet can hold: single, multiple, true-false, typed.
    Questions,
}

impl CsvKind {
    /// Every column name this kind of spreadsheet may have.
    fn known_columns(self, languages: &Languages) -> Vec<String> {
        let mut known: Vec<String> = self.columns().iter().map(|c| (*c).to_owned()).collect();
        match self {
            CsvKind::Words | CsvKind::Phrases => known.extend(languages.support.iter().cloned()),
            CsvKind::Questions => {
                for field in ["prompt", "explanation"] {
                    for language in std::iter::once(&languages.target).chain(&languages.support) {
                        known.push(format!("{field}.{language}"));
                    }
                }
            }
        }
        known
    }

    fn required(self) -> &'static [&'static str] {
        match self {
            CsvKind::Words | CsvKind::Phrases => &["id", "text"],
            CsvKind::Questions => &["id", "type", "answer"],
        }
    }

    fn columns(self) -> &'static [&'static str] {
        match self {
            CsvKind::Words => &[
                "id",
                "text",
                "article",
                "gender",
                "plural",
                "alternatives",
                "image",
                "audio",
            ],
            CsvKind::Phrases => &["id", "text", "alternatives", "audio"],
            CsvKind::Questions => &["id", "type", "answer", "wrong", "source"],
        }
    }
}

/// One item read from a row.
pub struct CsvRow {
    pub item: Item,
    pub file: PathBuf,
    pub line: usize,
    pub media: Vec<String>,
}

/// Reads the CSV file `relative` (to the pack folder), collecting every problem.
pub fn read(
    pack_dir: &Path,
    relative: &str,
    kind: CsvKind,
    languages: &Languages,
) -> Result<Vec<CsvRow>, Vec<PackProblem>> {
    let path = pack_dir.join(relative);
    if relative.contains("..") || Path::new(relative).is_absolute() {
        return Err(vec![PackProblem::new(
            &path,
            "the spreadsheet must be inside the pack folder",
        )]);
    }
    let text = read_limited(&path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text); // Spreadsheets often add a byte-order mark.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_owned()).collect(),
        Err(error) => {
            return Err(vec![
                PackProblem::new(&path, format!("cannot read the header row: {error}"))
                    .at_line(Some(1)),
            ]);
        }
    };
    let mut problems = Vec::new();
    let known = kind.known_columns(languages);
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    for header in &headers {
        if !known.contains(&header.as_str()) {
            let hint = nearest(header, &known).map_or_else(
                || format!("; the columns can be: {}", known.join(", ")),
                |near| format!("; did you mean `{near}`?"),
            );
            problems.push(
                PackProblem::new(&path, format!("unknown column `{header}`{hint}"))
                    .at_line(Some(1)),
            );
        }
    }
    for required in kind.required() {
        if !headers.iter().any(|h| h == required) {
            problems.push(
                PackProblem::new(&path, format!("the header row has no `{required}` column"))
                    .at_line(Some(1)),
            );
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line() as usize);
                problems.push(
                    PackProblem::new(
                        &path,
                        format!("this row cannot be read: {}", csv_error_text(&error)),
                    )
                    .at_line(line),
                );
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |name: &str| -> Option<String> {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|at| record.get(at))
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
        };
        let list = |name: &str| -> Vec<String> {
            cell(name)
                .map(|value| {
                    value
                        .split('|')
                        .map(|v| v.trim().to_owned())
                        .filter(|v| !v.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        };
        let id = cell("id").unwrap_or_default();
        let translations = LocalizedText(
            languages
                .support
                .iter()
                .filter_map(|language| cell(language).map(|text| (language.clone(), text)))
                .collect(),
        );
        let item = match kind {
            CsvKind::Words => {
                let gender = match cell("gender").as_deref() {
                    None => None,
                    Some("masculine" | "m") => Some(Gender::Masculine),
                    Some("feminine" | "f") => Some(Gender::Feminine),
                    Some("neuter" | "n") => Some(Gender::Neuter),
                    Some("common" | "c") => Some(Gender::Common),
                    Some(other) => {
                        problems.push(
                            PackProblem::new(&path, format!("`{other}` is not a gender; write masculine, feminine, neuter or common"))
                                .at_line(Some(line))
                                .in_field("gender"),
                        );
                        None
                    }
                };
                Item::Word(Word {
                    id,
                    text: cell("text").unwrap_or_default(),
                    article: cell("article"),
                    gender,
                    plural: cell("plural"),
                    alternatives: list("alternatives"),
                    translations,
                    note: LocalizedText::default(),
                    image: cell("image"),
                    audio: cell("audio"),
                })
            }
            CsvKind::Questions => {
                let localized = |field: &str| {
                    LocalizedText(
                        headers
                            .iter()
                            .filter_map(|h| h.strip_prefix(field)?.strip_prefix('.'))
                            .filter_map(|language| {
                                cell(&format!("{field}.{language}"))
                                    .map(|text| (language.to_owned(), text))
                            })
                            .collect(),
                    )
                };
                let target_choice = |text: String| Choice {
                    text: LocalizedText::single(&languages.target, &text),
                    image: None,
                };
                let right = list("answer");
                let wrong = list("wrong");
                let kind_name = cell("type").unwrap_or_default();
                let answer = match kind_name.as_str() {
                    "single" | "multiple" => {
                        let correct: Vec<usize> = (0..right.len()).collect();
                        let options = right.into_iter().chain(wrong).map(target_choice).collect();
                        if kind_name == "single" {
                            if correct.len() != 1 {
                                problems.push(
                                    PackProblem::new(&path, "a `single` question has exactly one right answer in `answer`; put the wrong ones in `wrong`, separated by |")
                                        .at_line(Some(line))
                                        .in_field("answer"),
                                );
                            }
                            Answer::Single {
                                options,
                                correct: 0,
                            }
                        } else {
                            Answer::Multiple { options, correct }
                        }
                    }
                    "true-false" => {
                        match cell("answer").map(|a| a.to_lowercase()).as_deref() {
                            Some("true") => Answer::TrueFalse { correct: true },
                            Some("false") => Answer::TrueFalse { correct: false },
                            _ => {
                                problems.push(
                                PackProblem::new(&path, "a `true-false` question needs `true` or `false` in `answer`")
                                    .at_line(Some(line))
                                    .in_field("answer"),
                            );
                                Answer::TrueFalse { correct: true }
                            }
                        }
                    }
                    "typed" => Answer::Typed { accepted: right },
                    other => {
                        let hint = nearest(other, &["single", "multiple", "true-false", "typed"])
                            .map_or_else(|| "use single, multiple, true-false or typed (the other types need a lesson file)".to_owned(), |near| format!("did you mean `{near}`?"));
                        problems.push(
                            PackProblem::new(
                                &path,
                                format!("unknown question type `{other}`; {hint}"),
                            )
                            .at_line(Some(line))
                            .in_field("type"),
                        );
                        Answer::Typed { accepted: right }
                    }
                };
                Item::Question(Question {
                    id,
                    prompt: localized("prompt"),
                    answer,
                    explanation: localized("explanation"),
                    source: cell("source"),
                    varies: None,
                    image: None,
                    audio: None,
                })
            }
            CsvKind::Phrases => Item::Phrase(Phrase {
                id,
                text: cell("text").unwrap_or_default(),
                alternatives: list("alternatives"),
                translations,
                note: LocalizedText::default(),
                audio: cell("audio"),
            }),
        };
        rows.push(CsvRow {
            item,
            file: path.clone(),
            line,
            media: ["image", "audio"]
                .iter()
                .filter_map(|name| cell(name))
                .collect(),
        });
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

fn csv_error_text(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!(
                "it has {len} cells but the header row has {expected_len}; check for a missing or extra comma"
            )
        }
        csv::ErrorKind::Utf8 { .. } => {
            "it is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"".into()
        }
        _ => error.to_string(),
    }
}
