//! The compiled pack file: reading it back (from this site, another site or another phone) and
//! writing it deterministically.

use thiserror::Error;

use super::{Pack, is_compiled_media_name};
use crate::json_reader::{self, JsonProblem};

fn malformed(problem: JsonProblem) -> PackError {
    PackError::Malformed(problem.to_string())
}

/// The compiled format this build reads and writes.
pub const PACK_FORMAT_VERSION: u32 = 1;

/// A compiled pack larger than this is refused before parsing: no phone should be asked to hold
/// it, and a hostile file cannot exhaust memory.
pub const MAX_COMPILED_PACK_BYTES: usize = 8 * 1024 * 1024;

/// Why a compiled pack could not be read.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum PackError {
    #[error("the pack file is {bytes} bytes; the limit is {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the pack file is not valid: {0}")]
    Malformed(String),
    #[error("the pack has format {found}; this version of Passage reads format {supported}")]
    UnsupportedFormat { found: u32, supported: u32 },
}

impl Pack {
    /// Reads a compiled pack. It still has to pass `validate` before it is used.
    pub fn from_json(text: &str) -> Result<Self, PackError> {
        if text.len() > MAX_COMPILED_PACK_BYTES {
            return Err(PackError::TooLarge {
                bytes: text.len(),
                limit: MAX_COMPILED_PACK_BYTES,
            });
        }
        let value = json_reader::parse(text).map_err(malformed)?;
        Self::from_value(value)
    }

    /// Reads a compiled pack already parsed, as inside a pack shared as a file.
    pub(crate) fn from_value(value: serde_json::Value) -> Result<Self, PackError> {
        let format_version = json_reader::format_version(&value).map_err(malformed)?;
        if format_version != PACK_FORMAT_VERSION {
            return Err(PackError::UnsupportedFormat {
                found: format_version,
                supported: PACK_FORMAT_VERSION,
            });
        }
        let mut pack = super::read_compiled::pack(value).map_err(malformed)?;
        // The app makes these names into addresses under the pack's own `media/` folder; anything
        // else (a path, a full address) could make it fetch from anywhere.
        if let Some(name) = pack
            .media_mut()
            .into_iter()
            .find(|name| !is_compiled_media_name(name))
        {
            return Err(PackError::Malformed(format!(
                "media file \"{name}\" is not named as the pack tool names media files"
            )));
        }
        Ok(pack)
    }

    /// The compact JSON form; the same pack always gives the same bytes.
    pub fn to_json(&self) -> String {
        // Plain structs, strings, numbers and ordered maps always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn malformed(text: &str) -> String {
        match Pack::from_json(text) {
            Err(PackError::Malformed(problem)) => problem,
            other => format!("not malformed: {other:?}"),
        }
    }

    #[test]
    fn a_newer_format_is_refused_as_such() {
        assert_eq!(
            Pack::from_json(r#"{"format_version": 2, "anything": []}"#),
            Err(PackError::UnsupportedFormat {
                found: 2,
                supported: PACK_FORMAT_VERSION
            })
        );
    }

    #[test]
    fn a_damaged_file_says_what_is_wrong_and_where() {
        assert!(malformed("{\"format_version\": 1,").contains("EOF"));
        assert_eq!(malformed("[1]"), "missing field \"format_version\"");
        assert_eq!(
            malformed(r#"{"format_version": -1}"#),
            "format_version: expected an unsigned integer, found a number"
        );
        let pack = r#"{"format_version": 1, "meta": {"id": "p", "version": "1",
            "title": {"en": "P"}, "target_language": "de", "support_languages": ["en"],
            "kind": "language", "licence": "CC0-1.0", "authors": [], "reviewed": "2026-01-01"},
            "lessons": [{"id": "l", "title": {"en": "L"}, "items": [ITEM]}]}"#;
        let with = |item: &str| pack.replace("ITEM", item);
        assert_eq!(
            Pack::from_json(&with("")).map(|pack| pack.lessons.len()),
            Ok(1)
        );
        assert_eq!(
            malformed(&with(r#"{"type": "word", "id": "w", "text": "Arzt"}"#)),
            "lessons[0].items[0]: missing field \"translations\""
        );
        assert_eq!(
            malformed(&with(
                r#"{"type": "word", "id": "w", "text": "Arzt", "translations": {}, "colour": 1}"#
            )),
            "lessons[0].items[0]: unknown field \"colour\""
        );
        assert_eq!(
            malformed(&with(r#"{"type": "verb"}"#)),
            "lessons[0].items[0]: unknown variant \"verb\", expected one of word, phrase, \
             dialogue, reading, question"
        );
        assert_eq!(
            malformed(&with(
                r#"{"type": "question", "id": "q", "prompt": {}, "answer": {"kind": "single",
                "options": [{"text": {"en": 1}}], "correct": 0}}"#
            )),
            "lessons[0].items[0].answer.options[0].text.en: expected a string, found a number"
        );
    }

    #[test]
    fn media_must_have_the_pack_tools_names() {
        let word = |image: &str| {
            format!(
                r#"{{"format_version": 1, "meta": {{"id": "p", "version": "1",
                "title": {{"en": "P"}}, "target_language": "de", "support_languages": ["en"],
                "kind": "language", "licence": "CC0-1.0", "authors": [], "reviewed": "2026-01-01"}},
                "lessons": [{{"id": "l", "title": {{"en": "L"}}, "items": [{{"type": "word",
                "id": "w", "text": "Arzt", "translations": {{}}, "image": "{image}"}}]}}]}}"#
            )
        };
        let pack = Pack::from_json(&word("0123456789abcdef.webp"));
        assert_eq!(
            pack.map(|pack| pack.media_files().into_iter().collect::<Vec<_>>()),
            Ok(vec!["0123456789abcdef.webp".to_owned()])
        );
        for bad in [
            "images/arzt.webp",
            "https://tracker.example/x.png",
            "../x.png",
        ] {
            assert_eq!(
                malformed(&word(bad)),
                format!("media file \"{bad}\" is not named as the pack tool names media files")
            );
        }
    }
}
