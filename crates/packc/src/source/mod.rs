//! Reading a pack's source folder (`pack.toml`, lesson files, CSV files, media) into the compiled
//! model, and placing problems found on that model back at file and line.

pub mod csv_file;
pub mod lesson_file;
pub mod line_index;
pub mod pack_file;

use std::path::{Path, PathBuf};

use passage_core::pack::{Item, PACK_FORMAT_VERSION, Pack, PackIssue};

use crate::PackProblem;
use crate::suggest::unknown_field_message;
use line_index::{LineIndex, line_of};

/// Source files larger than this are refused: a lesson that large should be split.
pub const MAX_SOURCE_BYTES: u64 = 1024 * 1024;
pub use passage_core::pack::{AUDIO_TYPES, IMAGE_TYPES, MAX_AUDIO_BYTES, MAX_IMAGE_BYTES};

/// The languages of a pack, needed to read its lesson files.
pub struct Languages {
    pub target: String,
    pub support: Vec<String>,
}

/// A pack read from its folder, with what is needed to place problems in its files.
pub struct SourcePack {
    pub dir: PathBuf,
    pub pack: Pack,
    pack_index: LineIndex,
    lessons: Vec<(PathBuf, lesson_file::LessonSource)>,
}

/// Reads a whole pack folder, collecting every problem of every file.
pub fn read_pack(dir: &Path) -> Result<SourcePack, Vec<PackProblem>> {
    let (meta, pack_text) = pack_file::read(dir)?;
    let languages = Languages {
        target: meta.target_language.clone(),
        support: meta.support_languages.clone(),
    };
    let mut problems = Vec::new();
    let mut lessons = Vec::new();
    for path in lesson_files(dir)? {
        match lesson_file::read(dir, &path, &languages) {
            Ok(lesson) => lessons.push((path, lesson)),
            Err(found) => problems.extend(found),
        }
    }
    for (path, lesson) in &lessons {
        for media in &lesson.media {
            if let Err(problem) = check_media(dir, path, &lesson.index, media) {
                problems.push(problem);
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(SourcePack {
        dir: dir.to_path_buf(),
        pack: Pack {
            format_version: PACK_FORMAT_VERSION,
            meta,
            lessons: lessons
                .iter()
                .map(|(_, source)| source.lesson.clone())
                .collect(),
        },
        pack_index: LineIndex::new(&pack_text, 0),
        lessons,
    })
}

/// Lesson files in a pack folder, in file-name order: `*.toml` but `pack.toml`, and `*.md` that
/// are not translations (`04-x.ar.md`) or a README.
fn lesson_files(dir: &Path) -> Result<Vec<PathBuf>, Vec<PackProblem>> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        vec![PackProblem::new(
            dir,
            format!("cannot read the pack folder ({error})"),
        )]
    })?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let stem_has_language = name.matches('.').count() > 1;
            (name.ends_with(".toml") && name != "pack.toml")
                || (name.ends_with(".md")
                    && !stem_has_language
                    && !name.eq_ignore_ascii_case("README.md"))
        })
        .collect();
    files.sort();
    Ok(files)
}

fn check_media(
    dir: &Path,
    lesson: &Path,
    index: &LineIndex,
    media: &str,
) -> Result<(), PackProblem> {
    let line = index
        .field_line("image", None)
        .or_else(|| index.field_line("audio", None));
    let problem = |message: String| PackProblem::new(lesson, message).at_line(line);
    if media.contains("..") || Path::new(media).is_absolute() || media.contains('\\') {
        return Err(problem(format!(
            "`{media}` must be a file inside the pack folder, such as `audio/arzt.mp3`"
        )));
    }
    let extension = media.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let limit = if IMAGE_TYPES.contains(&extension.as_str()) {
        MAX_IMAGE_BYTES
    } else if AUDIO_TYPES.contains(&extension.as_str()) {
        MAX_AUDIO_BYTES
    } else {
        return Err(problem(format!(
            "`{media}` is not a supported file type; use an image ({}) or a recording ({})",
            IMAGE_TYPES.join(", "),
            AUDIO_TYPES.join(", ")
        )));
    };
    let size = std::fs::metadata(dir.join(media))
        .map_err(|_| problem(format!("the file `{media}` is not in the pack folder")))?
        .len();
    if size > limit {
        return Err(problem(format!(
            "`{media}` is {size} bytes; the limit is {limit} bytes, make it smaller"
        )));
    }
    Ok(())
}

impl SourcePack {
    /// Places a problem found on the compiled model at the file and line to fix.
    pub fn place(&self, issue: &PackIssue) -> PackProblem {
        let message = match &issue.location.item {
            Some(item) if !issue.kind.to_string().contains(&format!("`{item}`")) => {
                format!("item `{item}`: {}", issue.kind)
            }
            _ => issue.kind.to_string(),
        };
        let field = issue.location.field.as_str();
        let (file, line) = match &issue.location.lesson {
            None => (
                self.dir.join("pack.toml"),
                self.pack_index
                    .field_line(field.split('.').next().unwrap_or(field), None),
            ),
            Some(lesson_id) => match self
                .lessons
                .iter()
                .find(|(_, source)| source.lesson.id == *lesson_id)
            {
                Some((path, source)) => match &issue.location.item {
                    Some(item) => match source.csv_lines.get(item) {
                        Some((csv, line)) => (csv.clone(), Some(*line)),
                        None => {
                            let item_line = source.index.item_line(item);
                            let is_reading = source
                                .lesson
                                .items
                                .iter()
                                .any(|i| matches!(i, Item::Reading(r) if r.id == *item));
                            let line = if is_reading {
                                None
                            } else {
                                source.index.field_line(field, item_line).or(item_line)
                            };
                            (path.clone(), line.or(item_line))
                        }
                    },
                    None => (path.clone(), source.index.field_line(field, None)),
                },
                None => (self.dir.clone(), None),
            },
        };
        PackProblem {
            severity: issue.severity,
            file,
            line,
            field: (!field.is_empty()).then(|| field.to_owned()),
            message,
        }
    }
}

/// Reads a source file, refusing one over the size limit.
pub fn read_limited(path: &Path) -> Result<String, Vec<PackProblem>> {
    let size = std::fs::metadata(path)
        .map_err(|error| {
            vec![PackProblem::new(
                path,
                format!("cannot read the file ({error})"),
            )]
        })?
        .len();
    if size > MAX_SOURCE_BYTES {
        return Err(vec![PackProblem::new(
            path,
            format!(
                "the file is {size} bytes; the limit is {MAX_SOURCE_BYTES} bytes (1 MiB); split it into smaller lessons"
            ),
        )]);
    }
    let bytes = std::fs::read(path).map_err(|error| {
        vec![PackProblem::new(
            path,
            format!("cannot read the file ({error})"),
        )]
    })?;
    String::from_utf8(bytes).map_err(|error| {
        let text_before =
            String::from_utf8_lossy(&error.as_bytes()[..error.utf8_error().valid_up_to()])
                .into_owned();
        vec![
            PackProblem::new(path, "the file is not UTF-8 text; save it as UTF-8")
                .at_line(Some(line_of(&text_before, text_before.len()))),
        ]
    })
}

/// A TOML syntax or shape error, at its line, with unknown fields given a suggestion.
pub fn toml_problem(path: &Path, text: &str, error: &toml::de::Error) -> PackProblem {
    let line = error.span().map(|span| line_of(text, span.start));
    PackProblem::new(path, unknown_field_message(error.message().trim())).at_line(line)
}
