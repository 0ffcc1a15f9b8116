//! `pack.toml`: a pack's metadata, as its author writes it.

use std::collections::BTreeMap;
use std::path::Path;

use passage_core::PackKind;
use serde::Deserialize;
use toml::Spanned;

use crate::PackProblem;

/// The newest source format this tool understands.
pub const SOURCE_FORMAT_VERSION: u32 = 1;

/// The metadata of one pack, read from `pack.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackManifest {
    pub format_version: Spanned<u32>,
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub title: Spanned<BTreeMap<String, String>>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    pub target_language: Spanned<String>,
    pub support_languages: Spanned<Vec<String>>,
    pub kind: PackKind,
}

impl PackManifest {
    /// Reads and checks `pack.toml` in `dir`, collecting every problem.
    pub fn read(dir: &Path) -> Result<Self, Vec<PackProblem>> {
        let path = dir.join("pack.toml");
        let text = std::fs::read_to_string(&path).map_err(|error| {
            vec![PackProblem::new(
                &path,
                format!("cannot read the file ({error}); every pack folder needs a pack.toml"),
            )]
        })?;
        let manifest: Self = toml::from_str(&text).map_err(|error| {
            let line = error.span().map(|span| line_of(&text, span.start));
            vec![PackProblem::new(&path, error.message().trim().to_owned()).at_line(line)]
        })?;
        let problems = manifest.problems(dir, &path, &text);
        if problems.is_empty() {
            Ok(manifest)
        } else {
            Err(problems)
        }
    }

    fn problems(&self, dir: &Path, path: &Path, text: &str) -> Vec<PackProblem> {
        let mut problems = Vec::new();
        let mut problem = |field: &str, start: usize, message: String| {
            problems.push(
                PackProblem::new(path, message)
                    .at_line(Some(line_of(text, start)))
                    .in_field(field),
            );
        };
        let format = *self.format_version.get_ref();
        if format > SOURCE_FORMAT_VERSION {
            problem(
                "format_version",
                self.format_version.span().start,
                format!(
                    "this pack uses format {format}, but this pack tool knows formats up to \
                     {SOURCE_FORMAT_VERSION}; update the pack tool"
                ),
            );
        }
        let id = self.id.get_ref();
        if !passage_core::route::is_pack_id(id) {
            problem(
                "id",
                self.id.span().start,
                format!(
                    "`{id}` is not a valid pack id; use lower-case letters, digits and hyphens"
                ),
            );
        }
        let folder = dir.file_name().and_then(|name| name.to_str()).unwrap_or("");
        if id != folder {
            problem(
                "id",
                self.id.span().start,
                format!(
                    "the id `{id}` differs from the folder name `{folder}`; make them the same"
                ),
            );
        }
        if self.version.get_ref().trim().is_empty() {
            problem(
                "version",
                self.version.span().start,
                "give a version such as \"1.0.0\"".into(),
            );
        }
        if self.title.get_ref().is_empty() {
            problem(
                "title",
                self.title.span().start,
                "give a title in at least the language being learned".into(),
            );
        }
        for (field, tag, start) in std::iter::once((
            "target_language",
            self.target_language.get_ref(),
            self.target_language.span().start,
        ))
        .chain(self.support_languages.get_ref().iter().map(|tag| {
            (
                "support_languages",
                tag,
                self.support_languages.span().start,
            )
        })) {
            if !is_language_tag(tag) {
                problem(
                    field,
                    start,
                    format!(
                        "`{tag}` is not a language tag; use a BCP 47 tag such as `de` or `fa-AF`"
                    ),
                );
            }
        }
        problems
    }
}

/// A light BCP 47 check: a 2–3 letter primary language, then subtags of 2–8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
