//! A pack shared as a file between phones, for places with no network at all: the compiled pack
//! exactly as a site serves it (`packs/<id>.<hash>.json`), saved by one phone and opened on
//! another.
//!
//! The file is untrusted data, read and validated exactly like a pack downloaded from a catalog
//! ([`Pack::from_json`], then `pack::validate_with`): a truncated or tampered file is refused as a
//! whole and nothing is stored. There is no signature: a file that passes is a valid pack, from
//! whoever made it, and the app says it was "shared as a file" rather than naming a site.
//!
//! Its progress is kept under [`PackKey::shared`] (`welcome@~file`), apart from any site's pack of
//! the same id: a file can claim any id, and must never take over a site's pack or its progress.
//! Pictures and recordings are not in the file (a pack's media stay on its site), so a shared
//! pack is studied without them, as when media fail to load.

use thiserror::Error;

use crate::answer::UnicodeForms;
use crate::catalog::CatalogEntry;
use crate::pack::{Pack, PackError, PackIssue, validate_with};

use super::merge::PackKey;

/// The namespace of packs opened from a file; `~` cannot start a catalog's namespace (that is
/// always a host name), so it never clashes with a site's.
pub const SHARED_NAMESPACE: &str = "~file";

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
}

/// A pack read from a shared file, ready to store and study.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedPack {
    pub key: PackKey,
    /// Its entry for the list of packs, made from the pack itself.
    pub entry: CatalogEntry,
    pub pack: Pack,
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

/// Reads and checks a file opened as a pack.
pub fn read_shared_pack(
    text: &str,
    forms: &dyn UnicodeForms,
) -> Result<SharedPack, SharedPackError> {
    if text.trim().is_empty() {
        return Err(SharedPackError::Empty);
    }
    let pack = Pack::from_json(text)?;
    validate_with(&pack, forms).map_err(SharedPackError::Invalid)?;
    let entry = CatalogEntry::for_pack(
        &pack.meta,
        shared_file_name(&pack.meta.id),
        text.len() as u64,
        0,
        String::new(),
    );
    Ok(SharedPack {
        key: PackKey::shared(&pack.meta.id),
        entry,
        pack,
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
