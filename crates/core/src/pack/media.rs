//! The pictures and recordings a pack refers to: listed to download a pack for offline use (and to
//! remove it again), rewritten by the pack tool to their content-addressed names, and checked when
//! they travel inside a pack shared as a file.

use std::collections::BTreeSet;

use super::{Answer, Item, Pack};

/// Media files larger than these are refused: learners download them on metered data.
pub const MAX_IMAGE_BYTES: u64 = 512 * 1024;
pub const MAX_AUDIO_BYTES: u64 = 1024 * 1024;
/// The picture formats a pack may use (file extensions, lower case).
pub const IMAGE_TYPES: &[&str] = &["webp", "png", "jpg", "jpeg"];
/// The recording formats a pack may use.
pub const AUDIO_TYPES: &[&str] = &["mp3", "ogg", "opus", "m4a"];

/// How many hex digits of the file's SHA-256 its compiled name starts with.
pub const MEDIA_HASH_DIGITS: usize = 16;

/// A picture or a recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Image,
    Audio,
}

impl MediaKind {
    /// The kind of a file, from its extension (any case); `None` for a format packs may not use.
    pub fn of(file_name: &str) -> Option<Self> {
        let extension = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
        if IMAGE_TYPES.contains(&extension.as_str()) {
            Some(MediaKind::Image)
        } else if AUDIO_TYPES.contains(&extension.as_str()) {
            Some(MediaKind::Audio)
        } else {
            None
        }
    }

    /// The largest file of this kind a pack may use.
    pub fn max_bytes(self) -> u64 {
        match self {
            MediaKind::Image => MAX_IMAGE_BYTES,
            MediaKind::Audio => MAX_AUDIO_BYTES,
        }
    }
}

/// The media type a browser needs to show or play a compiled media file, from its extension.
pub fn media_content_type(file_name: &str) -> &'static str {
    match file_name.rsplit_once('.').map(|(_, extension)| extension) {
        Some("webp") => "image/webp",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("mp3") => "audio/mpeg",
        Some("ogg") => "audio/ogg",
        Some("opus") => "audio/ogg; codecs=opus",
        Some("m4a") => "audio/mp4",
        _ => "application/octet-stream",
    }
}

/// Whether a name is one the pack tool gives a media file: the first 16 hex digits of its SHA-256,
/// a dot and a lower-case extension packs may use (`3f2a09c1d4e5b6a7.webp`). Only such names are
/// accepted in a compiled pack, so a pack from elsewhere can never point the app at an address.
pub fn is_compiled_media_name(name: &str) -> bool {
    name.split_once('.').is_some_and(|(hash, extension)| {
        hash.len() == MEDIA_HASH_DIGITS
            && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            && (IMAGE_TYPES.contains(&extension) || AUDIO_TYPES.contains(&extension))
    })
}

/// Whether a compiled media name belongs to these bytes, given their SHA-256 digest: the name
/// starts with the digest's first hex digits.
pub fn media_name_matches(name: &str, sha256: &[u8]) -> bool {
    match (
        name.get(..MEDIA_HASH_DIGITS),
        sha256.get(..MEDIA_HASH_DIGITS / 2),
    ) {
        (Some(hex), Some(start)) => crate::hex::is_hex_of(hex, start),
        _ => false,
    }
}

impl Pack {
    /// Every media file name the pack refers to, once each.
    pub fn media_files(&self) -> BTreeSet<String> {
        let mut copy = self.clone();
        // Inserted one by one: `collect()` would first sort them with a stable sort of its own.
        let mut files = BTreeSet::new();
        files.extend(copy.media_mut().into_iter().map(|name| name.clone()));
        files
    }

    /// Every media reference in the pack, for rewriting; a file used twice appears twice.
    pub fn media_mut(&mut self) -> Vec<&mut String> {
        let mut references = Vec::new();
        for lesson in &mut self.lessons {
            for item in &mut lesson.items {
                match item {
                    Item::Word(word) => {
                        references.extend(word.image.iter_mut().chain(word.audio.iter_mut()));
                    }
                    Item::Phrase(phrase) => references.extend(phrase.audio.iter_mut()),
                    Item::Dialogue(dialogue) => references.extend(
                        dialogue
                            .lines
                            .iter_mut()
                            .filter_map(|line| line.audio.as_mut()),
                    ),
                    Item::Question(question) => {
                        references
                            .extend(question.image.iter_mut().chain(question.audio.iter_mut()));
                        if let Answer::Single { options, .. } | Answer::Multiple { options, .. } =
                            &mut question.answer
                        {
                            references.extend(
                                options
                                    .iter_mut()
                                    .filter_map(|option| option.image.as_mut()),
                            );
                        }
                    }
                    Item::Reading(_) => {}
                }
            }
        }
        references
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_limits_follow_the_extension() {
        assert_eq!(MediaKind::of("images/arzt.WEBP"), Some(MediaKind::Image));
        assert_eq!(MediaKind::of("a.b/c.mp3"), Some(MediaKind::Audio));
        assert_eq!(MediaKind::of("notes.txt"), None);
        assert_eq!(MediaKind::of("mp3"), None);
        assert_eq!(MediaKind::Image.max_bytes(), 512 * 1024);
        assert_eq!(MediaKind::Audio.max_bytes(), 1024 * 1024);
        assert_eq!(media_content_type("0123456789abcdef.png"), "image/png");
        assert_eq!(media_content_type("0123456789abcdef.m4a"), "audio/mp4");
        assert_eq!(media_content_type("x"), "application/octet-stream");
    }

    #[test]
    fn only_the_pack_tools_names_are_compiled_media_names() {
        assert!(is_compiled_media_name("0123456789abcdef.png"));
        assert!(is_compiled_media_name("ffffffffffffffff.opus"));
        for name in [
            "0123456789abcdef.PNG",
            "0123456789ABCDEF.png",
            "0123456789abcde.png",
            "0123456789abcdef0.png",
            "0123456789abcdef.svg",
            "0123456789abcdef",
            "../0123456789abcdef.png",
            "https://tracker.example/0123456789abcdef.png",
            "0123456789abcdef.png/../x",
            "images/cat.png",
            "",
        ] {
            assert!(!is_compiled_media_name(name), "{name}");
        }
    }

    #[test]
    fn a_name_matches_the_digest_it_was_made_from() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        let digest = [
            0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae,
            0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61,
            0xf2, 0x00, 0x15, 0xad,
        ];
        assert!(media_name_matches("ba7816bf8f01cfea.png", &digest));
        assert!(!media_name_matches("ba7816bf8f01cfeb.png", &digest));
        assert!(!media_name_matches("ba7816bf8f01cfea.png", &digest[..4]));
        assert!(!media_name_matches("0000000000000000.png", &digest));
    }
}
