//! A pack shared as a file between phones, for places with no network at all: the compiled pack
//! with its pictures and recordings in one JSON file, saved by one phone and opened on another.
//!
//! ```json
//! {"passage_pack_file": 1,
//!  "pack": { …the compiled pack, as a site serves it… },
//!  "media": {"3f2a09c1d4e5b6a7.webp": "<base64url of the file>", …}}
//! ```
//!
//! A compiled pack on its own (`packs/<id>.<hash>.json` copied from a site) is read too, without
//! media. The file is untrusted data, read and validated exactly like a pack downloaded from a
//! catalog ([`Pack::from_json`], then `pack::validate_with`), and each media file must be one the
//! pack uses, within the size limits, and (checked by the app, which has the browser's SHA-256)
//! have the content its name was made from. A truncated or tampered file is refused as a whole and
//! nothing is stored. A file may lack some media (the phone that saved it had no network): the pack
//! is then studied without them, as when media fail to load. There is no signature: a file that
//! passes is a valid pack, from whoever made it, and the app says it was "shared as a file" rather
//! than naming a site.
//!
//! Its progress is kept under [`PackKey::shared`] (`welcome@~file`), apart from any site's pack of
//! the same id: a file can claim any id, and must never take over a site's pack or its progress.

use std::collections::BTreeSet;

use serde_json::Value;
use thiserror::Error;

use crate::answer::UnicodeForms;
use crate::base64url;
use crate::catalog::CatalogEntry;
use crate::json_reader::{self, Fields, JsonProblem};
use crate::pack::{MAX_COMPILED_PACK_BYTES, MediaKind, Pack, PackError, PackIssue, validate_with};

use super::merge::PackKey;

/// The namespace of packs opened from a file; `~` cannot start a catalog's namespace (that is
/// always a host name), so it never clashes with a site's.
pub const SHARED_NAMESPACE: &str = "~file";

/// The version of the shared file's own layout (the pack inside has its own `format_version`).
pub const SHARED_FILE_FORMAT: u32 = 1;

/// A shared file larger than this is refused before parsing: a compiled pack (at most 8 MiB) and
/// its media (each at most 1 MiB, a third larger as base64) fit well within it.
pub const MAX_SHARED_FILE_BYTES: usize = 64 * 1024 * 1024;

/// What is wrong with one picture or recording in a shared file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaDamage {
    /// The pack does not use a file of this name.
    NotUsed,
    /// The text is not the base64url of any bytes.
    NotBase64,
    /// Larger than a pack may use.
    TooLarge,
    /// The bytes are not the ones the name was made from.
    WrongContent,
}

/// Why a file opened as a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SharedPackError {
    #[error("the file is empty")]
    Empty,
    /// Not a compiled pack this version can read: cut short, edited or another kind of file.
    #[error(transparent)]
    Unreadable(#[from] PackError),
    /// A readable pack that breaks the rules for packs.
    #[error("the pack breaks {} rule(s) for packs", .0.len())]
    Invalid(Vec<PackIssue>),
    /// A picture or recording in the file was changed or cut, or is not the pack's.
    #[error("the media file \"{name}\" is damaged ({damage:?})")]
    DamagedMedia { name: String, damage: MediaDamage },
}

/// A picture or recording carried in a shared file, under its compiled name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedMedia {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl SharedMedia {
    /// Checks the bytes against the name, given their SHA-256 digest (the app asks the browser).
    pub fn check_digest(&self, sha256: &[u8]) -> Result<(), SharedPackError> {
        if crate::pack::media_name_matches(&self.name, sha256) {
            Ok(())
        } else {
            Err(SharedPackError::DamagedMedia {
                name: self.name.clone(),
                damage: MediaDamage::WrongContent,
            })
        }
    }
}

/// A pack read from a shared file, ready to store and study.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedPack {
    pub key: PackKey,
    /// Its entry for the list of packs, made from the pack itself.
    pub entry: CatalogEntry,
    pub pack: Pack,
    /// The compiled pack's text exactly as in the file, to keep (the app never writes packs).
    pub pack_text: String,
    /// The pictures and recordings the file carries.
    pub media: Vec<SharedMedia>,
    /// How many of the pack's media files the file lacks.
    pub missing_media: usize,
}

impl PackKey {
    /// The key of a pack opened from a file: `id@~file`.
    pub fn shared(id: &str) -> Self {
        Self::parse(&format!("{id}@{SHARED_NAMESPACE}")).unwrap_or_else(|| Self::own(id))
    }

    /// Whether this pack was opened from a file.
    pub fn is_shared(&self) -> bool {
        self.namespace() == Some(SHARED_NAMESPACE)
    }
}

/// The name to give a pack's file: `passage-pack-<id>.json`.
pub fn shared_file_name(id: &str) -> String {
    format!("passage-pack-{id}.json")
}

/// Writes the shared file of a compiled pack (its text as a site serves it) and the media files
/// the phone has, by compiled name. The pack's text is kept byte for byte.
pub fn write_shared_file(pack_text: &str, media: &[SharedMedia]) -> String {
    let mut file = format!(
        "{{\"passage_pack_file\":{SHARED_FILE_FORMAT},\"pack\":{},\"media\":{{",
        pack_text.trim()
    );
    for (index, media) in media.iter().enumerate() {
        if index > 0 {
            file.push(',');
        }
        // Compiled media names and base64url need no escaping in JSON.
        file.push_str(&format!(
            "\"{}\":\"{}\"",
            media.name,
            base64url::encode(&media.bytes)
        ));
    }
    file.push_str("}}");
    file
}

/// Where the value of the top-level field `"pack"` starts and ends in a JSON object's text that the
/// parser has accepted: its text is kept as it is, rather than written again.
fn pack_span(text: &str) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let skip_space = |mut at: usize| {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        at
    };
    // The end of the string that starts at `at` (just after its closing quote).
    let skip_string = |mut at: usize| {
        at += 1;
        while let Some(&byte) = bytes.get(at) {
            at += if byte == b'\\' { 2 } else { 1 };
            if byte == b'"' {
                return Some(at);
            }
        }
        None
    };
    let skip_value = |at: usize| -> Option<usize> {
        match bytes.get(at)? {
            b'"' => skip_string(at),
            b'{' | b'[' => {
                let (mut depth, mut at) = (0usize, at);
                loop {
                    match bytes.get(at)? {
                        b'"' => at = skip_string(at)?,
                        b'{' | b'[' => (depth, at) = (depth + 1, at + 1),
                        b'}' | b']' => {
                            (depth, at) = (depth - 1, at + 1);
                            if depth == 0 {
                                return Some(at);
                            }
                        }
                        _ => at += 1,
                    }
                }
            }
            _ => Some(
                at + bytes[at..]
                    .iter()
                    .position(|byte| {
                        matches!(byte, b',' | b'}' | b']') || byte.is_ascii_whitespace()
                    })
                    .unwrap_or(bytes.len() - at),
            ),
        }
    };
    let mut at = skip_space(skip_space(0) + 1);
    while bytes.get(at) == Some(&b'"') {
        let key_end = skip_string(at)?;
        let key = &text[at..key_end];
        let start = skip_space(skip_space(key_end) + 1);
        let end = skip_value(start)?;
        if key == "\"pack\"" {
            return Some(start..end);
        }
        at = skip_space(skip_space(end) + 1);
    }
    None
}

/// A shared file's media field: each compiled name with its base64url text.
type MediaTexts = Vec<(String, String)>;

/// The pack and media fields of a shared file, or the whole document (and no media field) when it
/// is a compiled pack on its own.
fn unwrap_file(document: Value) -> Result<(Value, Option<MediaTexts>), PackError> {
    let is_wrapped = document
        .as_object()
        .is_some_and(|object| object.contains_key("passage_pack_file"));
    if !is_wrapped {
        return Ok((document, None));
    }
    let malformed = |problem: JsonProblem| PackError::Malformed(problem.to_string());
    let mut fields = Fields::of(document).map_err(malformed)?;
    let format = fields
        .required("passage_pack_file", json_reader::unsigned::<u32>)
        .map_err(malformed)?;
    if format != SHARED_FILE_FORMAT {
        return Err(PackError::UnsupportedFormat {
            found: format,
            supported: SHARED_FILE_FORMAT,
        });
    }
    let pack = fields.required("pack", Ok).map_err(malformed)?;
    let media = fields
        .or_default("media", |value| {
            json_reader::map(value, json_reader::string)
        })
        .map_err(malformed)?;
    fields.deny_unknown().map_err(malformed)?;
    Ok((pack, Some(media.into_iter().collect())))
}

/// Reads and checks a file opened as a pack. The app must still check each media file's digest
/// ([`SharedMedia::check_digest`]) before it stores anything.
pub fn read_shared_pack(
    text: &str,
    forms: &dyn UnicodeForms,
) -> Result<SharedPack, SharedPackError> {
    if text.trim().is_empty() {
        return Err(SharedPackError::Empty);
    }
    if text.len() > MAX_SHARED_FILE_BYTES {
        return Err(PackError::TooLarge {
            bytes: text.len(),
            limit: MAX_SHARED_FILE_BYTES,
        }
        .into());
    }
    let document =
        json_reader::parse(text).map_err(|problem| PackError::Malformed(problem.to_string()))?;
    let (pack_value, media_texts) = unwrap_file(document)?;
    // The pack is read from the very text that is kept, within the limit for compiled packs.
    let (pack, pack_text) = match media_texts {
        None if text.len() > MAX_COMPILED_PACK_BYTES => {
            return Err(PackError::TooLarge {
                bytes: text.len(),
                limit: MAX_COMPILED_PACK_BYTES,
            }
            .into());
        }
        None => (Pack::from_value(pack_value)?, text.trim()),
        // The parsed document holds the last of repeated fields, the text the first: the text is
        // read again. A pack field written with escapes in its name cannot be found, and is refused.
        Some(_) => {
            drop(pack_value);
            let pack_text = pack_span(text)
                .map(|span| &text[span])
                .ok_or_else(|| PackError::Malformed("the pack field could not be found".into()))?;
            (Pack::from_json(pack_text)?, pack_text)
        }
    };
    let media_texts = media_texts.unwrap_or_default();
    validate_with(&pack, forms).map_err(SharedPackError::Invalid)?;
    let used: BTreeSet<String> = pack.media_files();
    let mut media = Vec::with_capacity(media_texts.len());
    for (name, encoded) in media_texts {
        let damaged = |damage| SharedPackError::DamagedMedia {
            name: name.clone(),
            damage,
        };
        // Every name the pack uses is a compiled name, with a known kind.
        let kind = match MediaKind::of(&name) {
            Some(kind) if used.contains(&name) => kind,
            _ => return Err(damaged(MediaDamage::NotUsed)),
        };
        let decoded = base64url::decode(&encoded)
            .ok()
            .filter(|decoded| decoded.exact)
            .ok_or_else(|| damaged(MediaDamage::NotBase64))?;
        if decoded.bytes.len() as u64 > kind.max_bytes() {
            return Err(damaged(MediaDamage::TooLarge));
        }
        media.push(SharedMedia {
            name,
            bytes: decoded.bytes,
        });
    }
    let pack_bytes = pack_text.len() as u64;
    let media_bytes = media.iter().map(|media| media.bytes.len() as u64).sum();
    let entry = CatalogEntry::for_pack(
        &pack.meta,
        shared_file_name(&pack.meta.id),
        pack_bytes,
        media_bytes,
        String::new(),
    );
    Ok(SharedPack {
        key: PackKey::shared(&pack.meta.id),
        entry,
        missing_media: used.len() - media.len(),
        media,
        pack,
        pack_text: pack_text.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::NoNormalization;

    fn pack_text() -> String {
        // The exercises' test pack, less its one item with an id that breaks the rules.
        let mut pack = crate::exercise::tests::pack();
        for lesson in &mut pack.lessons {
            lesson
                .items
                .retain(|item| crate::route::is_pack_id(item.id()));
        }
        pack.to_json()
    }

    #[test]
    fn a_shared_pack_is_read_like_a_downloaded_one() {
        let text = pack_text();
        let shared = read_shared_pack(&text, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        let id = shared.pack.meta.id.clone();
        assert_eq!(shared.key.as_str(), format!("{id}@~file"));
        assert!(shared.key.is_shared() && !shared.key.is_own());
        assert_eq!(shared.key.id(), id);
        assert_eq!(
            PackKey::parse(shared.key.as_str()),
            Some(shared.key.clone())
        );
        assert_eq!(shared.entry.id, id);
        assert_eq!(shared.entry.size_bytes, text.len() as u64);
        assert_eq!(shared.entry.title, shared.pack.meta.title);
        assert_eq!(shared_file_name(&id), format!("passage-pack-{id}.json"));
    }

    #[test]
    fn truncated_tampered_and_foreign_files_are_refused() {
        let text = pack_text();
        let id = crate::exercise::tests::pack().meta.id;
        let truncated = &text[..text.len() / 2];
        let bad_id = text.replacen(&format!("\"id\":\"{id}\""), "\"id\":\"Not An Id\"", 1);
        assert_ne!(bad_id, text, "the test edits the pack's id");
        let newer = text.replacen("\"format_version\":1", "\"format_version\":99", 1);
        assert_ne!(newer, text);
        type Expected = fn(&SharedPackError) -> bool;
        let cases: Vec<(&str, Expected)> = vec![
            ("", |e| matches!(e, SharedPackError::Empty)),
            ("  \n", |e| matches!(e, SharedPackError::Empty)),
            (truncated, |e| {
                matches!(e, SharedPackError::Unreadable(PackError::Malformed(_)))
            }),
            ("{\"packs\": []}", |e| {
                matches!(e, SharedPackError::Unreadable(_))
            }),
            ("PK\u{3}\u{4} not json", |e| {
                matches!(e, SharedPackError::Unreadable(PackError::Malformed(_)))
            }),
            (&newer, |e| {
                matches!(
                    e,
                    SharedPackError::Unreadable(PackError::UnsupportedFormat { found: 99, .. })
                )
            }),
            (
                &bad_id,
                |e| matches!(e, SharedPackError::Invalid(issues) if !issues.is_empty()),
            ),
        ];
        for (text, expected) in cases {
            let result = read_shared_pack(text, &NoNormalization);
            assert!(
                result.as_ref().is_err_and(expected),
                "{:?}: {:?}",
                text.get(..40),
                result.map(|shared| shared.key)
            );
        }
    }

    /// "abc", named as the pack tool names it (its SHA-256 is FIPS 180-2's first example).
    const PICTURE: &str = "ba7816bf8f01cfea.png";
    const PICTURE_SHA256: [u8; 32] = [
        0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22,
        0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00,
        0x15, 0xad,
    ];
    const RECORDING: &str = "0123456789abcdef.mp3";

    /// The test pack with a picture on its first word and a recording on another.
    fn pack_with_media() -> String {
        let mut pack: Pack = Pack::from_json(&pack_text()).unwrap_or_else(|e| panic!("{e}"));
        let mut words = pack
            .lessons
            .iter_mut()
            .flat_map(|lesson| lesson.items.iter_mut())
            .filter_map(|item| match item {
                crate::pack::Item::Word(word) => Some(word),
                _ => None,
            });
        let first = words
            .next()
            .unwrap_or_else(|| panic!("the test pack has words"));
        first.image = Some(PICTURE.to_owned());
        let second = words
            .next()
            .unwrap_or_else(|| panic!("the test pack has two words"));
        second.audio = Some(RECORDING.to_owned());
        pack.to_json()
    }

    fn media(name: &str, bytes: &[u8]) -> SharedMedia {
        SharedMedia {
            name: name.to_owned(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn a_pack_travels_with_its_media() {
        let text = pack_with_media();
        let recording = vec![7u8; 30];
        let file = write_shared_file(
            &text,
            &[media(PICTURE, b"abc"), media(RECORDING, &recording)],
        );
        let shared = read_shared_pack(&file, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            shared.pack,
            Pack::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
        );
        assert_eq!(
            shared.media,
            vec![media(RECORDING, &recording), media(PICTURE, b"abc")],
            "by name"
        );
        assert_eq!(shared.missing_media, 0);
        assert_eq!(shared.entry.media_bytes, 33);
        assert_eq!(shared.entry.size_bytes, text.len() as u64);
        assert_eq!(shared.pack_text, text, "the pack's text is kept as it is");
        assert_eq!(shared.media[1].check_digest(&PICTURE_SHA256), Ok(()));
        assert_eq!(
            shared.media[0].check_digest(&PICTURE_SHA256),
            Err(SharedPackError::DamagedMedia {
                name: RECORDING.to_owned(),
                damage: MediaDamage::WrongContent
            })
        );

        // A phone with no copy of the recording saves the file without it.
        let partial = write_shared_file(&text, &[media(PICTURE, b"abc")]);
        let shared = read_shared_pack(&partial, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((shared.media.len(), shared.missing_media), (1, 1));
        // And a compiled pack on its own has none.
        let shared = read_shared_pack(&text, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((shared.media.len(), shared.missing_media), (0, 2));
    }

    #[test]
    fn the_pack_is_kept_as_written_whatever_the_layout() {
        let text = pack_with_media();
        let laid_out = format!(
            "{{\n  \"media\" : {{ }} ,\n  \"passage_pack_file\": 1,\n  \"pack\":\t{text}\n}}\n"
        );
        let shared =
            read_shared_pack(&laid_out, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(shared.pack_text, text);
        assert_eq!(shared.missing_media, 2);
        // Strings with brackets, quotes and backslashes before the pack do not confuse it.
        let tricky = format!(
            "{{\"media\":{{}},\"passage_pack_file\":1,\"pack\":{}}}",
            text
        );
        let shared = read_shared_pack(&tricky, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(shared.pack_text, text);
        let field = |text: &'static str| pack_span(text).map(|span| &text[span]);
        assert_eq!(
            field(r#"{"a": "x\"}{[", "b": [1, {"c": "]"}], "pack": {"d": 2} }"#),
            Some(r#"{"d": 2}"#)
        );
        assert_eq!(field(r#"{"a": 1}"#), None);
        assert_eq!(field(r#"{"a": -1.5e3, "pack": true}"#), Some("true"));
        assert_eq!(field(r#"{"a":[],"pack":"x\\"}"#), Some(r#""x\\""#));
        // A plain compiled pack is kept whole.
        let shared = read_shared_pack(&format!("\n{text}\n"), &NoNormalization)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(shared.pack_text, text);
    }

    #[test]
    fn the_pack_kept_is_the_pack_checked() {
        let text = pack_with_media();
        let other = text.replacen("\"Arzt\"", "\"Ärztin\"", 1);
        assert_ne!(other, text, "the test changes a word");
        // A repeated field: the parser keeps the last, the scanner finds the first.
        let repeated = format!("{{\"passage_pack_file\":1,\"pack\":{text},\"pack\":{other}}}");
        let shared =
            read_shared_pack(&repeated, &NoNormalization).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(shared.pack_text, text);
        assert_eq!(
            shared.pack,
            Pack::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
        );
        // A field name written with escapes is read by the parser but cannot be kept as written.
        let escaped = format!("{{\"passage_pack_file\":1,\"p\\u0061ck\":{text}}}");
        assert!(matches!(
            read_shared_pack(&escaped, &NoNormalization),
            Err(SharedPackError::Unreadable(PackError::Malformed(_)))
        ));
    }

    #[test]
    fn damaged_media_refuse_the_whole_file() {
        let text = pack_with_media();
        let file = write_shared_file(&text, &[media(PICTURE, b"abc")]);
        let encoded = "YWJj"; // "abc"
        assert!(file.contains(encoded), "the test edits the picture");
        let damaged = |name: &'static str, damage| {
            move |error: &SharedPackError| {
                *error
                    == SharedPackError::DamagedMedia {
                        name: name.to_owned(),
                        damage,
                    }
            }
        };
        let too_large = write_shared_file(&text, &[media(PICTURE, &vec![0; 512 * 1024 + 1])]);
        let not_used = write_shared_file(&text, &[media("ffffffffffffffff.png", b"abc")]);
        type Expected = Box<dyn Fn(&SharedPackError) -> bool>;
        let cases: Vec<(String, Expected)> = vec![
            (
                file.replace(encoded, "YW*j"),
                Box::new(damaged(PICTURE, MediaDamage::NotBase64)),
            ),
            (
                file.replace(encoded, "YWJ"),
                Box::new(damaged(PICTURE, MediaDamage::NotBase64)),
            ),
            (too_large, Box::new(damaged(PICTURE, MediaDamage::TooLarge))),
            (
                not_used,
                Box::new(damaged("ffffffffffffffff.png", MediaDamage::NotUsed)),
            ),
            (
                file.replacen("\"passage_pack_file\":1", "\"passage_pack_file\":2", 1),
                Box::new(|e: &SharedPackError| {
                    matches!(
                        e,
                        SharedPackError::Unreadable(PackError::UnsupportedFormat { found: 2, .. })
                    )
                }),
            ),
            (
                file.replacen("\"media\":{", "\"signature\":\"x\",\"media\":{", 1),
                Box::new(|e: &SharedPackError| {
                    matches!(e, SharedPackError::Unreadable(PackError::Malformed(_)))
                }),
            ),
            (
                file[..file.len() - 10].to_owned(),
                Box::new(|e: &SharedPackError| {
                    matches!(e, SharedPackError::Unreadable(PackError::Malformed(_)))
                }),
            ),
        ];
        for (text, expected) in cases {
            let result = read_shared_pack(&text, &NoNormalization);
            assert!(
                result.as_ref().is_err_and(&expected),
                "{:?}: {:?}",
                text.get(text.len().saturating_sub(60)..),
                result.map(|shared| shared.key)
            );
        }
    }

    #[test]
    fn shared_keys_never_clash_with_a_catalog() {
        let key = PackKey::shared("welcome");
        assert_eq!(key.as_str(), "welcome@~file");
        assert_ne!(key, PackKey::own("welcome"));
        let catalog = super::super::CatalogUrl::parse("https://file/").map_err(|e| e.to_string());
        if let Ok(catalog) = catalog {
            assert_ne!(PackKey::extra("welcome", &catalog), key);
        }
        assert!(!PackKey::own("welcome").is_shared());
    }
}
