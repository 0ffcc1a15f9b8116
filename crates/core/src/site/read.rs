//! Reading JSON values field by field, collecting a problem for anything unusable instead of
//! stopping: the building blocks of [`super::SiteSettings::from_json`].

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::LocalizedText;
use crate::pack::{has_bidi_override, has_control_character, is_language_tag};

use super::problem::{FieldPath, JsonKind, Problems, SiteProblemKind};
use super::suggest::nearest;

/// The most languages one localized text may have.
pub const MAX_TRANSLATIONS: usize = 40;

/// The object's fields, after reporting those not in `known` (with the nearest known name).
pub(crate) fn object<'v>(
    value: &'v Value,
    path: &FieldPath,
    known: &[&'static str],
    problems: &mut Problems,
) -> Option<&'v Map<String, Value>> {
    let Some(map) = value.as_object() else {
        problems.push(
            path,
            SiteProblemKind::WrongType {
                expected: JsonKind::Object,
            },
        );
        return None;
    };
    for key in map.keys() {
        if !known.contains(&key.as_str()) {
            problems.push(
                &path.field(key),
                SiteProblemKind::UnknownField {
                    suggestion: nearest(key, known),
                },
            );
        }
    }
    Some(map)
}

/// A list, cut to `limit` entries (with a problem when it is longer).
pub(crate) fn list<'v>(
    value: &'v Value,
    path: &FieldPath,
    limit: usize,
    problems: &mut Problems,
) -> &'v [Value] {
    let Some(items) = value.as_array() else {
        problems.push(
            path,
            SiteProblemKind::WrongType {
                expected: JsonKind::List,
            },
        );
        return &[];
    };
    if items.len() > limit {
        problems.push(
            path,
            SiteProblemKind::TooMany {
                count: items.len(),
                limit,
            },
        );
    }
    &items[..items.len().min(limit)]
}

/// A non-empty text of at most `limit` characters, trimmed, without control or direction-override
/// characters (line breaks are allowed).
pub(crate) fn text(
    value: &Value,
    path: &FieldPath,
    limit: usize,
    problems: &mut Problems,
) -> Option<String> {
    let Some(text) = value.as_str() else {
        problems.push(
            path,
            SiteProblemKind::WrongType {
                expected: JsonKind::Text,
            },
        );
        return None;
    };
    let text = text.trim();
    let chars = text.chars().count();
    let problem = if text.is_empty() {
        Some(SiteProblemKind::Empty)
    } else if chars > limit {
        Some(SiteProblemKind::TooLong { chars, limit })
    } else if has_control_character(text) || has_bidi_override(text) {
        Some(SiteProblemKind::UnsafeText)
    } else {
        None
    };
    match problem {
        Some(kind) => {
            problems.push(path, kind);
            None
        }
        None => Some(text.to_owned()),
    }
}

/// A text that is only read as a string for another parser (an address, a colour).
pub(crate) fn string<'v>(
    value: &'v Value,
    path: &FieldPath,
    problems: &mut Problems,
) -> Option<&'v str> {
    let text = value.as_str();
    if text.is_none() {
        problems.push(
            path,
            SiteProblemKind::WrongType {
                expected: JsonKind::Text,
            },
        );
    }
    text
}

/// An object from language tag to text, bad entries left out one by one; or one text, the same
/// in every language (`"name": "Example Town"`, as people write a name), kept under `und`
/// (BCP 47's "undetermined"), which readers get when nothing matches their language better.
pub(crate) fn localized(
    value: &Value,
    path: &FieldPath,
    limit: usize,
    problems: &mut Problems,
) -> LocalizedText {
    if value.is_string() {
        return text(value, path, limit, problems)
            .map(|text| LocalizedText::single("und", &text))
            .unwrap_or_default();
    }
    let Some(map) = value.as_object() else {
        problems.push(
            path,
            SiteProblemKind::WrongType {
                expected: JsonKind::LocalizedText,
            },
        );
        return LocalizedText::default();
    };
    if map.len() > MAX_TRANSLATIONS {
        problems.push(
            path,
            SiteProblemKind::TooMany {
                count: map.len(),
                limit: MAX_TRANSLATIONS,
            },
        );
    }
    let mut texts = BTreeMap::new();
    for (tag, value) in map.iter().take(MAX_TRANSLATIONS) {
        let entry = path.field(tag);
        if !is_language_tag(tag) {
            problems.push(&entry, SiteProblemKind::BadLanguageTag);
            continue;
        }
        if let Some(text) = text(value, &entry, limit, problems) {
            texts.insert(tag.clone(), text);
        }
    }
    LocalizedText(texts)
}
