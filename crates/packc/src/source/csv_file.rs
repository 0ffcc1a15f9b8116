//! Vocabulary and phrases from a spreadsheet: a UTF-8 CSV file with a header row, named by a
//! lesson (`words = "03-doctor-words.csv"`). Columns: `id`, `text`, then optional `article`,
//! `gender`, `plural`, `alternatives` (separated by `|`), `image`, `audio` (words), and one column
//! per support language with the translations.

use std::path::{Path, PathBuf};

use passage_core::LocalizedText;
use passage_core::pack::{Gender, Item, Phrase, Word};

use super::{Languages, read_limited};
use crate::PackProblem;
use crate::suggest::nearest;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CsvKind {
    Words,
    Phrases,
}

impl CsvKind {
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
    for header in &headers {
        if !kind.columns().contains(&header.as_str()) && !languages.support.contains(header) {
            let mut known: Vec<&str> = kind.columns().to_vec();
            known.extend(languages.support.iter().map(String::as_str));
            let hint = nearest(header, &known).map_or_else(
                || {
                    format!(
                        "; columns are {} and the support languages ({})",
                        kind.columns().join(", "),
                        languages.support.join(", ")
                    )
                },
                |near| format!("; did you mean `{near}`?"),
            );
            problems.push(
                PackProblem::new(&path, format!("unknown column `{header}`{hint}"))
                    .at_line(Some(1)),
            );
        }
    }
    for required in ["id", "text"] {
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
