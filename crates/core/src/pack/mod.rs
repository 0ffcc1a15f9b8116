//! Lesson packs: the compiled model the app loads, and the rules every pack must follow.
//!
//! Authors write packs as TOML, Markdown and CSV in `lessons/<pack-id>/`; the pack tool
//! (`crates/packc`) reads those into this model, `validate` checks it, and the tool writes it as
//! one JSON file per pack. The app reads that file back with `Pack::from_json` and validates it
//! again, so a pack from anywhere (another site, another phone) is held to the same rules.

mod compiled;
mod date;
mod issue;
mod item;
mod media;
mod meta;
pub(crate) mod read_compiled;
mod rich_text;
mod text_safety;
mod validate;

pub use compiled::{MAX_COMPILED_PACK_BYTES, PACK_FORMAT_VERSION, PackError};
pub use date::{Date, DateError};
pub use issue::{IssueKind, IssueLocation, PackIssue, Severity};
pub use item::{
    Answer, Choice, ClozeSegment, Dialogue, DialogueLine, ExamRule, Gender, Item, Lesson, Pair,
    Phrase, Question, Reading, Variation, VariesBy, Word,
};
pub use media::{
    AUDIO_TYPES, IMAGE_TYPES, MAX_AUDIO_BYTES, MAX_IMAGE_BYTES, MEDIA_HASH_DIGITS, MediaKind,
    is_compiled_media_name, media_content_type, media_name_matches,
};
pub use meta::{AnswerRules, CefrLevel, PackMeta, Region, Source};
pub use rich_text::{Block, Inline, SAFE_LINK_SCHEMES, is_safe_href};
pub use text_safety::{
    has_bidi_override, has_control_character, has_unisolated_mixed_direction, looks_like_markup,
};
pub use validate::{
    REVIEW_MONTHS, ValidationContext, check, is_language_tag, is_rtl_language, validate,
    validate_with,
};

use serde::{Deserialize, Serialize};

/// A whole lesson pack, as compiled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub format_version: u32,
    pub meta: PackMeta,
    pub lessons: Vec<Lesson>,
}

impl Pack {
    /// Every item of every lesson, with its lesson.
    pub fn items(&self) -> impl Iterator<Item = (&Lesson, &Item)> {
        self.lessons
            .iter()
            .flat_map(|lesson| lesson.items.iter().map(move |item| (lesson, item)))
    }

    /// The item with this id, if the pack has it.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items()
            .map(|(_, item)| item)
            .find(|item| item.id() == id)
    }
}
