//! One lesson file: `NN-name.toml` (vocabulary, phrases, dialogues, questions), or `NN-name.md`
//! (a reading passage with TOML front matter between `+++` lines, and its questions).

use std::collections::BTreeMap;
use std::path::Path;

use passage_core::LocalizedText;
use passage_core::pack::{
    Answer, Choice, ClozeSegment, Dialogue, DialogueLine, ExamRule, Gender, Item, Lesson, Pair,
    Phrase, Question, Reading, Variation,
};
use serde::Deserialize;

use super::line_index::LineIndex;
use super::{Languages, csv_file, read_limited, toml_problem};
use crate::PackProblem;
use crate::markdown::parse_markdown;
use crate::suggest::nearest;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    #[serde(default)]
    id: Option<String>,
    title: BTreeMap<String, String>,
    #[serde(default)]
    description: BTreeMap<String, String>,
    #[serde(default)]
    exam: Option<ExamRule>,
    /// Sources of a reading passage (front matter of `.md` lessons).
    #[serde(default)]
    sources: Vec<String>,
    /// A CSV file of words, relative to the pack folder.
    #[serde(default)]
    words: Option<String>,
    /// A CSV file of phrases.
    #[serde(default)]
    phrases: Option<String>,
    /// A CSV file of questions.
    #[serde(default)]
    questions: Option<String>,
    #[serde(default)]
    word: Vec<WordSource>,
    #[serde(default)]
    phrase: Vec<PhraseSource>,
    #[serde(default)]
    dialogue: Vec<DialogueSource>,
    #[serde(default)]
    question: Vec<QuestionSource>,
}

/// Translations are written as keys named by language (`en = "doctor"`), beside the fields.
type Extra = BTreeMap<String, toml::Value>;

#[derive(Deserialize)]
struct WordSource {
    id: String,
    text: String,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    gender: Option<Gender>,
    #[serde(default)]
    plural: Option<String>,
    #[serde(default)]
    alternatives: Vec<String>,
    #[serde(default)]
    note: BTreeMap<String, String>,
    #[serde(default)]
    image: Option<String>,
    #[serde(default)]
    audio: Option<String>,
    #[serde(flatten)]
    translations: Extra,
}

const WORD_FIELDS: &[&str] = &[
    "id",
    "text",
    "article",
    "gender",
    "plural",
    "alternatives",
    "note",
    "image",
    "audio",
];

#[derive(Deserialize)]
struct PhraseSource {
    id: String,
    text: String,
    #[serde(default)]
    alternatives: Vec<String>,
    #[serde(default)]
    note: BTreeMap<String, String>,
    #[serde(default)]
    audio: Option<String>,
    #[serde(flatten)]
    translations: Extra,
}

const PHRASE_FIELDS: &[&str] = &["id", "text", "alternatives", "note", "audio"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DialogueSource {
    id: String,
    title: BTreeMap<String, String>,
    #[serde(default)]
    scene: BTreeMap<String, String>,
    line: Vec<LineSource>,
}

#[derive(Deserialize)]
struct LineSource {
    speaker: String,
    text: String,
    #[serde(default)]
    wrong: Vec<String>,
    #[serde(default)]
    audio: Option<String>,
    #[serde(flatten)]
    translations: Extra,
}

const LINE_FIELDS: &[&str] = &["speaker", "text", "wrong", "audio"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionSource {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    prompt: BTreeMap<String, String>,
    #[serde(default)]
    explanation: BTreeMap<String, String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    varies: Option<Variation>,
    #[serde(default)]
    image: Option<String>,
    #[serde(default)]
    audio: Option<String>,
    /// Choice questions.
    #[serde(default)]
    options: Vec<OptionSource>,
    /// True/false (a boolean) or typed (a text or a list of accepted texts).
    #[serde(default)]
    answer: Option<toml::Value>,
    /// Ordering: in the right order.
    #[serde(default)]
    items: Vec<BTreeMap<String, String>>,
    #[serde(default)]
    pairs: Vec<PairSource>,
    /// Cloze: the sentence with blanks in braces, `Ich {bin|war} müde.`
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    distractors: Vec<String>,
}

#[derive(Deserialize)]
struct OptionSource {
    #[serde(default)]
    correct: bool,
    #[serde(default)]
    image: Option<String>,
    #[serde(flatten)]
    text: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairSource {
    left: BTreeMap<String, String>,
    right: BTreeMap<String, String>,
}

pub const QUESTION_TYPES: &[&str] = &[
    "single",
    "multiple",
    "true-false",
    "typed",
    "ordering",
    "matching",
    "cloze",
];

/// A lesson read from its file, with what is needed to place problems in it.
pub struct LessonSource {
    pub lesson: Lesson,
    pub index: LineIndex,
    /// Items read from CSV files: item id to (file, line).
    pub csv_lines: BTreeMap<String, (std::path::PathBuf, usize)>,
    /// Media files the lesson refers to, relative to the pack folder.
    pub media: Vec<String>,
}

/// The lesson id a file name gives: `03-at-the-doctor.toml` gives `at-the-doctor`.
pub fn id_from_file_name(stem: &str) -> String {
    let without_number = stem.trim_start_matches(|c: char| c.is_ascii_digit());
    without_number
        .strip_prefix('-')
        .or_else(|| without_number.strip_prefix('_'))
        .unwrap_or(without_number)
        .to_owned()
}

/// Reads one lesson file.
pub fn read(
    pack_dir: &Path,
    path: &Path,
    languages: &Languages,
) -> Result<LessonSource, Vec<PackProblem>> {
    let text = read_limited(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let is_reading = path.extension().is_some_and(|ext| ext == "md");
    let (front, body, offset, body_offset) = if is_reading {
        split_front_matter(path, &text)?
    } else {
        (text.as_str(), "", 0, 0)
    };
    let file: LessonFile = toml::from_str(front).map_err(|error| {
        let mut problem = toml_problem(path, front, &error);
        problem.line = problem.line.map(|line| line + offset);
        vec![problem]
    })?;
    let index = LineIndex::new(front, offset);
    let mut problems = Vec::new();
    let mut media = Vec::new();
    let mut csv_lines = BTreeMap::new();
    let lesson_id = file.id.clone().unwrap_or_else(|| id_from_file_name(stem));
    let mut items = Vec::new();

    if is_reading {
        match read_reading(
            pack_dir,
            path,
            &lesson_id,
            &file,
            body,
            body_offset,
            languages,
        ) {
            Ok(reading) => items.push(Item::Reading(reading)),
            Err(found) => problems.extend(found),
        }
    } else if !file.sources.is_empty() {
        problems.push(
            PackProblem::new(
                path,
                "`sources` belongs in a reading lesson (.md); on questions use `source`",
            )
            .at_line(index.field_line("sources", None))
            .in_field("sources"),
        );
    }

    for word in file.word {
        let translations = translations(
            path,
            &index,
            &word.id,
            word.translations,
            WORD_FIELDS,
            languages,
            &mut problems,
        );
        media.extend(word.image.iter().chain(word.audio.iter()).cloned());
        items.push(Item::Word(passage_core::pack::Word {
            id: word.id,
            text: word.text,
            article: word.article,
            gender: word.gender,
            plural: word.plural,
            alternatives: word.alternatives,
            translations,
            note: LocalizedText(word.note),
            image: word.image,
            audio: word.audio,
        }));
    }
    for (csv, kind) in [
        (&file.words, csv_file::CsvKind::Words),
        (&file.phrases, csv_file::CsvKind::Phrases),
        (&file.questions, csv_file::CsvKind::Questions),
    ] {
        let Some(csv) = csv else { continue };
        match csv_file::read(pack_dir, csv, kind, languages) {
            Ok(rows) => {
                for row in rows {
                    csv_lines.insert(row.item.id().to_owned(), (row.file.clone(), row.line));
                    media.extend(row.media);
                    items.push(row.item);
                }
            }
            Err(found) => problems.extend(found),
        }
    }
    for phrase in file.phrase {
        let translations = translations(
            path,
            &index,
            &phrase.id,
            phrase.translations,
            PHRASE_FIELDS,
            languages,
            &mut problems,
        );
        media.extend(phrase.audio.iter().cloned());
        items.push(Item::Phrase(Phrase {
            id: phrase.id,
            text: phrase.text,
            alternatives: phrase.alternatives,
            translations,
            note: LocalizedText(phrase.note),
            audio: phrase.audio,
        }));
    }
    for dialogue in file.dialogue {
        let mut lines = Vec::new();
        for line in dialogue.line {
            let translations = translations(
                path,
                &index,
                &dialogue.id,
                line.translations,
                LINE_FIELDS,
                languages,
                &mut problems,
            );
            media.extend(line.audio.iter().cloned());
            lines.push(DialogueLine {
                speaker: line.speaker,
                text: line.text,
                translations,
                wrong: line.wrong,
                audio: line.audio,
            });
        }
        items.push(Item::Dialogue(Dialogue {
            id: dialogue.id,
            title: LocalizedText(dialogue.title),
            scene: LocalizedText(dialogue.scene),
            lines,
        }));
    }
    for question in file.question {
        media.extend(question.image.iter().chain(question.audio.iter()).cloned());
        media.extend(question.options.iter().filter_map(|o| o.image.clone()));
        match read_question(path, &index, question) {
            Ok(question) => items.push(Item::Question(question)),
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(LessonSource {
        lesson: Lesson {
            id: lesson_id,
            title: LocalizedText(file.title),
            description: LocalizedText(file.description),
            exam: file.exam,
            items,
        },
        index,
        csv_lines,
        media,
    })
}

/// Splits `+++\nfront matter\n+++\nbody`; also returns how many lines come before the front
/// matter (one) and before the body.
fn split_front_matter<'a>(
    path: &Path,
    text: &'a str,
) -> Result<(&'a str, &'a str, usize, usize), Vec<PackProblem>> {
    let missing = || {
        vec![PackProblem::new(
            path,
            "a reading lesson starts with a `+++` line, then its details (title, sources, questions), then another `+++` line, then the passage",
        )
        .at_line(Some(1))]
    };
    let rest = text.strip_prefix("+++").ok_or_else(missing)?;
    let rest = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
        .ok_or_else(missing)?;
    let end = rest.find("\n+++").ok_or_else(missing)?;
    let front = &rest[..end + 1];
    let after = &rest[end + 4..];
    let body = after.split_once('\n').map_or("", |(_, body)| body);
    let body_offset = front.lines().count() + 2;
    Ok((front, body, 1, body_offset))
}

fn read_reading(
    pack_dir: &Path,
    path: &Path,
    lesson_id: &str,
    file: &LessonFile,
    body: &str,
    body_offset: usize,
    languages: &Languages,
) -> Result<Reading, Vec<PackProblem>> {
    let mut problems = Vec::new();
    let mut bodies = BTreeMap::new();
    let mut add = |language: &str,
                   file_path: &Path,
                   text: &str,
                   offset: usize,
                   problems: &mut Vec<PackProblem>| {
        match parse_markdown(text) {
            Ok(blocks) => {
                bodies.insert(language.to_owned(), blocks);
            }
            Err(found) => problems.extend(found.into_iter().map(|problem| {
                PackProblem::new(file_path, problem.message).at_line(Some(problem.line + offset))
            })),
        }
    };
    add(&languages.target, path, body, body_offset, &mut problems);
    // Translations sit beside the lesson: `04-registering.ar.md` holds the Arabic passage.
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    for language in &languages.support {
        let translation = pack_dir.join(format!("{stem}.{language}.md"));
        if translation.exists() {
            match read_limited(&translation) {
                Ok(text) => add(language, &translation, &text, 0, &mut problems),
                Err(found) => problems.extend(found),
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Reading {
        id: lesson_id.to_owned(),
        title: LocalizedText(file.title.clone()),
        body: bodies,
        sources: file.sources.clone(),
    })
}

/// Turns flattened `lang = "text"` keys into translations; any other key is an unknown field.
fn translations(
    path: &Path,
    index: &LineIndex,
    item: &str,
    extra: Extra,
    fields: &[&str],
    languages: &Languages,
    problems: &mut Vec<PackProblem>,
) -> LocalizedText {
    let mut texts = BTreeMap::new();
    for (key, value) in extra {
        // Only looked up for a problem: scanning lines for every translation is slow on big packs.
        let line = || {
            index
                .field_line(&key, index.item_line(item))
                .or_else(|| index.item_line(item))
        };
        if languages.support.contains(&key) {
            match value {
                toml::Value::String(text) => {
                    texts.insert(key, text);
                }
                _ => problems.push(
                    PackProblem::new(
                        path,
                        format!("the `{key}` translation of item `{item}` must be text in quotes"),
                    )
                    .at_line(line())
                    .in_field(&key),
                ),
            }
        } else {
            let mut known: Vec<&str> = fields.to_vec();
            known.extend(languages.support.iter().map(String::as_str));
            let hint = match nearest(&key, &known) {
                Some(near) => format!("; did you mean `{near}`?"),
                None => format!(
                    "; translations use the pack's support languages ({})",
                    languages.support.join(", ")
                ),
            };
            problems.push(
                PackProblem::new(
                    path,
                    format!("unknown field `{key}` in item `{item}`{hint}"),
                )
                .at_line(line())
                .in_field(&key),
            );
        }
    }
    LocalizedText(texts)
}

fn read_question(
    path: &Path,
    index: &LineIndex,
    source: QuestionSource,
) -> Result<Question, PackProblem> {
    let item_line = index.item_line(&source.id);
    let problem = |field: &str, message: String| {
        PackProblem::new(path, message)
            .at_line(index.field_line(field, item_line).or(item_line))
            .in_field(field)
    };
    let options = || -> Result<(Vec<Choice>, Vec<usize>), PackProblem> {
        let mut choices = Vec::new();
        let mut correct = Vec::new();
        for (at, option) in source.options.iter().enumerate() {
            let mut text = BTreeMap::new();
            for (key, value) in &option.text {
                match value {
                    toml::Value::String(value) => {
                        text.insert(key.clone(), value.clone());
                    }
                    _ => {
                        return Err(problem(
                            "options",
                            format!("option {}: `{key}` must be text in quotes", at + 1),
                        ));
                    }
                }
            }
            if option.correct {
                correct.push(at);
            }
            choices.push(Choice {
                text: LocalizedText(text),
                image: option.image.clone(),
            });
        }
        Ok((choices, correct))
    };
    let answer = match source.kind.as_str() {
        "single" => {
            let (options, correct) = options()?;
            match correct.as_slice() {
                [one] => Answer::Single { options, correct: *one },
                [] => return Err(problem("options", "mark the right option with `correct = true`".into())),
                _ => return Err(problem("options", "a `single` question has one right option; use `type = \"multiple\"` for more".into())),
            }
        }
        "multiple" => {
            let (options, correct) = options()?;
            Answer::Multiple { options, correct }
        }
        "true-false" => match source.answer {
            Some(toml::Value::Boolean(correct)) => Answer::TrueFalse { correct },
            _ => return Err(problem("answer", "a `true-false` question needs `answer = true` or `answer = false`".into())),
        },
        "typed" => match source.answer {
            Some(toml::Value::String(one)) => Answer::Typed { accepted: vec![one] },
            Some(toml::Value::Array(many)) if many.iter().all(toml::Value::is_str) => Answer::Typed {
                accepted: many.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
            },
            _ => return Err(problem("answer", "a `typed` question needs `answer = \"...\"` or a list of accepted answers `answer = [\"...\", \"...\"]`".into())),
        },
        "ordering" => Answer::Ordering {
            items: source.items.into_iter().map(LocalizedText).collect(),
        },
        "matching" => Answer::Matching {
            pairs: source
                .pairs
                .into_iter()
                .map(|pair| Pair {
                    left: LocalizedText(pair.left),
                    right: LocalizedText(pair.right),
                })
                .collect(),
        },
        "cloze" => {
            let Some(text) = &source.text else {
                return Err(problem("text", "a `cloze` question needs `text`, with each blank in braces: `Ich {bin} müde.`".into()));
            };
            Answer::Cloze {
                segments: parse_cloze(text).map_err(|message| problem("text", message))?,
                distractors: source.distractors,
            }
        }
        other => {
            let hint = nearest(other, QUESTION_TYPES)
                .map(|near| format!("did you mean `{near}`?"))
                .unwrap_or_else(|| format!("use one of: {}", QUESTION_TYPES.join(", ")));
            return Err(problem("type", format!("unknown question type `{other}`; {hint}")));
        }
    };
    Ok(Question {
        id: source.id,
        prompt: LocalizedText(source.prompt),
        answer,
        explanation: LocalizedText(source.explanation),
        source: source.source,
        varies: source.varies,
        image: source.image,
        audio: source.audio,
    })
}

/// `Ich {bin|war} müde.` → text, blank (bin or war), text.
pub fn parse_cloze(text: &str) -> Result<Vec<ClozeSegment>, String> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            segments.push(ClozeSegment::Text {
                text: rest[..open].to_owned(),
            });
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or("a blank is opened with `{` but never closed with `}`")?;
        let inside = &after[..close];
        if inside.contains('{') {
            return Err("a blank is opened twice; close it with `}` first".into());
        }
        segments.push(ClozeSegment::Blank {
            answers: inside
                .split('|')
                .map(|answer| answer.trim().to_owned())
                .collect(),
        });
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err("a `}` closes no blank".into());
    }
    if !rest.is_empty() {
        segments.push(ClozeSegment::Text {
            text: rest.to_owned(),
        });
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lesson_ids_come_from_file_names() {
        assert_eq!(id_from_file_name("03-at-the-doctor"), "at-the-doctor");
        assert_eq!(id_from_file_name("greetings"), "greetings");
        assert_eq!(id_from_file_name("10_numbers"), "numbers");
    }

    #[test]
    fn cloze_blanks() {
        let blank = |answers: &[&str]| ClozeSegment::Blank {
            answers: answers.iter().map(|a| (*a).to_owned()).collect(),
        };
        let text = |t: &str| ClozeSegment::Text { text: t.to_owned() };
        assert_eq!(
            parse_cloze("Ich {bin|war} müde."),
            Ok(vec![text("Ich "), blank(&["bin", "war"]), text(" müde.")])
        );
        assert_eq!(
            parse_cloze("{Guten} Tag"),
            Ok(vec![blank(&["Guten"]), text(" Tag")])
        );
        assert!(parse_cloze("Ich {bin müde.").is_err());
        assert!(parse_cloze("Ich bin} müde.").is_err());
        assert!(parse_cloze("{a{b}}").is_err());
    }
}
