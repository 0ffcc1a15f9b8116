//! Several catalogs as one list of packs, with each pack's origin and a key that keeps packs
//! from different catalogs apart.
//!
//! # Pack keys: why the site's own packs keep plain ids and the others are always namespaced
//!
//! Learner progress is stored by pack id. Two sites can both offer a pack called `welcome` with
//! different content, so a pack from another catalog cannot use the bare id. Its key is
//! `id@namespace` (`welcome@ngo.example.org~passage~packs`: host, port and catalog folder), and
//! this is so **always**, not only when two ids clash today: if the key depended on which other
//! catalogs are listed, the site adding its own `welcome` tomorrow would silently hand the extra
//! pack's progress to a different pack. The site's own packs keep their plain id, so progress
//! recorded before extra catalogs existed stays where it is.
//!
//! A pack offered twice with the same id and the same bytes (same SHA-256), for example a
//! regional NGO mirroring the national packs, is listed once, from the first catalog that offers
//! it (the own catalog first); a [`MergeNote::Identical`] records the other.
//! A pack with a clashing id but different bytes stays, marked [`OfferedPack::same_id_as_own`] so
//! the list can say plainly that it is another site's version.

use std::collections::BTreeSet;
use std::fmt;

use crate::catalog::{Catalog, CatalogEntry};
use crate::route::is_pack_id;

use super::catalog_source::CatalogSource;
use super::catalog_url::CatalogUrl;
use super::web_url::{ResolveError, WebUrl};

/// The key a pack's progress and screens are stored under: its id for the site's own packs,
/// `id@namespace` for packs of other catalogs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PackKey(String);

impl PackKey {
    /// The key of one of the site's own packs: its id.
    pub fn own(id: &str) -> Self {
        Self(id.to_owned())
    }

    /// The key of a pack from another catalog.
    pub fn extra(id: &str, catalog: &CatalogUrl) -> Self {
        Self(format!("{id}@{}", catalog.namespace()))
    }

    /// Reads a stored key (from progress or an app address); `None` unless it is a pack id,
    /// optionally followed by `@` and a namespace of host, port and folder characters.
    pub fn parse(text: &str) -> Option<Self> {
        let (id, namespace) = match text.split_once('@') {
            Some((id, namespace)) => (id, Some(namespace)),
            None => (text, None),
        };
        let namespace_ok = namespace.is_none_or(|namespace| {
            !namespace.is_empty()
                && namespace.len() <= 300
                && namespace.chars().all(|c| {
                    c.is_ascii_alphanumeric()
                        || matches!(c, '.' | '-' | '_' | '~' | ':' | '[' | ']')
                })
        });
        (is_pack_id(id) && namespace_ok).then(|| Self(text.to_owned()))
    }

    /// The pack id inside the key, as in the pack file.
    pub fn id(&self) -> &str {
        self.0.split('@').next().unwrap_or(&self.0)
    }

    /// The other catalog's namespace, or `None` for the site's own packs.
    pub fn namespace(&self) -> Option<&str> {
        self.0.split_once('@').map(|(_, namespace)| namespace)
    }

    pub fn is_own(&self) -> bool {
        self.namespace().is_none()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PackKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A pack on the merged list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferedPack {
    pub key: PackKey,
    pub entry: CatalogEntry,
    /// The catalog it is listed in.
    pub source: CatalogSource,
    /// Where to download the compiled pack. The pack is untrusted: the app reads it with
    /// `Pack::from_json`, checks its SHA-256 against `entry.sha256`, runs `pack::validate`, and
    /// checks that its id is `entry.id`, exactly as for the site's own packs.
    pub file_url: WebUrl,
    /// Another catalog's pack whose id is also one of the site's own packs (with different
    /// content): the list should show its origin prominently.
    pub same_id_as_own: bool,
}

impl OfferedPack {
    /// Where it comes from, to show (`ngo.example.org`).
    pub fn origin_label(&self) -> String {
        self.source.label()
    }
}

/// Something the merge left out, for a developer console or a host's check page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeNote {
    /// The same id and bytes as a pack listed earlier; only the earlier one is listed.
    Identical { dropped: PackKey, kept: PackKey },
    /// The same id twice in one catalog; the first is listed.
    DuplicateInCatalog { catalog: CatalogUrl, id: String },
    /// An id that is not a pack id (a hand-written or tampered catalog).
    BadId { catalog: CatalogUrl, id: String },
    /// A pack file outside the catalog's folder or otherwise unusable.
    BadFile {
        catalog: CatalogUrl,
        id: String,
        error: ResolveError,
    },
    /// The same catalog given twice; the second is ignored.
    RepeatedCatalog { catalog: CatalogUrl },
}

/// The packs of every loaded catalog, the site's own first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergedCatalog {
    pub packs: Vec<OfferedPack>,
    pub notes: Vec<MergeNote>,
}

/// Merges the catalogs that loaded (one that is unreachable or malformed is simply not passed:
/// it never blocks the others). The site's own catalog comes first whatever the order given,
/// then the others in the order given, each in its own order.
pub fn merge_catalogs(catalogs: &[(&CatalogSource, &Catalog)]) -> MergedCatalog {
    let mut merged = MergedCatalog::default();
    let mut seen_catalogs: Vec<&CatalogUrl> = Vec::new();
    let own_ids: BTreeSet<&str> = catalogs
        .iter()
        .filter(|(source, _)| source.is_own())
        .take(1)
        .flat_map(|(_, catalog)| catalog.packs.iter().map(|entry| entry.id.as_str()))
        .collect();
    let ordered = catalogs
        .iter()
        .filter(|(source, _)| source.is_own())
        .chain(catalogs.iter().filter(|(source, _)| !source.is_own()));
    let mut own_seen = false;
    for (source, catalog) in ordered {
        if seen_catalogs.contains(&&source.url) || (source.is_own() && own_seen) {
            merged.notes.push(MergeNote::RepeatedCatalog {
                catalog: source.url.clone(),
            });
            continue;
        }
        seen_catalogs.push(&source.url);
        own_seen |= source.is_own();
        let mut ids_here: BTreeSet<&str> = BTreeSet::new();
        for entry in &catalog.packs {
            let note_catalog = || source.url.clone();
            if !is_pack_id(&entry.id) {
                merged.notes.push(MergeNote::BadId {
                    catalog: note_catalog(),
                    id: entry.id.clone(),
                });
                continue;
            }
            if !ids_here.insert(&entry.id) {
                merged.notes.push(MergeNote::DuplicateInCatalog {
                    catalog: note_catalog(),
                    id: entry.id.clone(),
                });
                continue;
            }
            let file_url = match source.url.pack_file(&entry.file) {
                Ok(url) => url,
                Err(error) => {
                    merged.notes.push(MergeNote::BadFile {
                        catalog: note_catalog(),
                        id: entry.id.clone(),
                        error,
                    });
                    continue;
                }
            };
            let key = if source.is_own() {
                PackKey::own(&entry.id)
            } else {
                PackKey::extra(&entry.id, &source.url)
            };
            if let Some(earlier) = merged.packs.iter().find(|pack| {
                pack.entry.id == entry.id && pack.entry.sha256.eq_ignore_ascii_case(&entry.sha256)
            }) {
                merged.notes.push(MergeNote::Identical {
                    dropped: key,
                    kept: earlier.key.clone(),
                });
                continue;
            }
            merged.packs.push(OfferedPack {
                same_id_as_own: !source.is_own() && own_ids.contains(entry.id.as_str()),
                key,
                entry: entry.clone(),
                source: (*source).clone(),
                file_url,
            });
        }
    }
    merged
}

impl MergedCatalog {
    pub fn get(&self, key: &PackKey) -> Option<&OfferedPack> {
        self.packs.iter().find(|pack| pack.key == *key)
    }

    /// The featured packs, in the order the settings give them; ids that no catalog offers are
    /// skipped (a pack may have been removed since the settings were written). A plain id names
    /// one of the site's own packs; a key with `@` names another catalog's.
    pub fn featured(&self, featured: &[PackKey]) -> Vec<&OfferedPack> {
        featured
            .iter()
            .filter_map(|wanted| self.get(wanted))
            .collect()
    }

    /// Every pack, the featured ones first (in the settings' order), then the others in the
    /// merged order.
    pub fn featured_first(&self, featured: &[PackKey]) -> Vec<&OfferedPack> {
        let mut packs: Vec<&OfferedPack> = Vec::new();
        for pack in self.featured(featured) {
            if !packs.iter().any(|first| first.key == pack.key) {
                packs.push(pack);
            }
        }
        let rest: Vec<&OfferedPack> = self
            .packs
            .iter()
            .filter(|pack| !packs.iter().any(|first| first.key == pack.key))
            .collect();
        packs.extend(rest);
        packs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CATALOG_FORMAT_VERSION;
    use crate::site::catalog_source::AddedBy;
    use crate::{LocalizedText, PackKind};

    fn entry(id: &str, file: &str, sha: &str) -> CatalogEntry {
        CatalogEntry {
            id: id.into(),
            version: "1.0.0".into(),
            title: LocalizedText::single("en", id),
            description: LocalizedText::default(),
            target_language: "de".into(),
            support_languages: vec!["en".into()],
            kind: PackKind::Language,
            level: None,
            region: None,
            file: file.into(),
            size_bytes: 100,
            media_bytes: 0,
            sha256: sha.repeat(64),
        }
    }

    fn catalog(entries: Vec<CatalogEntry>) -> Catalog {
        Catalog {
            format_version: CATALOG_FORMAT_VERSION,
            packs: entries,
        }
    }

    fn source(url: &str, added_by: AddedBy) -> CatalogSource {
        let url = if added_by == AddedBy::Site {
            CatalogUrl::own(url).map_err(|e| e.to_string())
        } else {
            CatalogUrl::parse(url).map_err(|e| e.to_string())
        };
        CatalogSource {
            url: url.unwrap_or_else(|error| panic!("{error}")),
            added_by,
        }
    }

    fn keys(merged: &MergedCatalog) -> Vec<&str> {
        merged.packs.iter().map(|pack| pack.key.as_str()).collect()
    }

    #[test]
    fn own_packs_keep_plain_ids_others_are_namespaced() {
        let own = source("https://city.example.org/passage/", AddedBy::Site);
        let ngo = source("https://ngo.example.org/", AddedBy::Settings);
        let mine = source("https://teacher.example.net/class/", AddedBy::Learner);
        let own_catalog = catalog(vec![
            entry("welcome", "welcome.a.json", "a"),
            entry("de-a1", "de-a1.b.json", "b"),
        ]);
        let ngo_catalog = catalog(vec![
            entry("welcome", "welcome.c.json", "c"),
            entry("de-a1", "de-a1.b.json", "b"),
            entry("housing", "housing.d.json", "d"),
        ]);
        let mine_catalog = catalog(vec![entry("housing", "housing.e.json", "e")]);
        // Given in any order, the own catalog comes first.
        let merged = merge_catalogs(&[
            (&ngo, &ngo_catalog),
            (&own, &own_catalog),
            (&mine, &mine_catalog),
        ]);
        assert_eq!(
            keys(&merged),
            [
                "welcome",
                "de-a1",
                "welcome@ngo.example.org~packs",
                "housing@ngo.example.org~packs",
                "housing@teacher.example.net~class~packs",
            ]
        );
        let flags: Vec<bool> = merged.packs.iter().map(|p| p.same_id_as_own).collect();
        assert_eq!(flags, [false, false, true, false, false]);
        assert_eq!(
            merged.notes,
            [MergeNote::Identical {
                dropped: PackKey::extra("de-a1", &ngo.url),
                kept: PackKey::own("de-a1"),
            }]
        );
        let labels: Vec<String> = merged.packs.iter().map(OfferedPack::origin_label).collect();
        assert_eq!(labels[2], "ngo.example.org");
        assert_eq!(
            merged.packs[2].file_url.to_string(),
            "https://ngo.example.org/packs/welcome.c.json"
        );
        assert_eq!(
            merged.packs[0].file_url.to_string(),
            "https://city.example.org/passage/packs/welcome.a.json"
        );
    }

    #[test]
    fn bad_entries_are_left_out_with_a_note() {
        let ngo = source("https://ngo.example.org/", AddedBy::Learner);
        let bad = catalog(vec![
            entry("ok", "ok.json", "a"),
            entry("ok", "ok2.json", "b"),
            entry("Bad Id", "x.json", "c"),
            entry("evil", "https://evil.example/x.json", "d"),
            entry("climb", "../../x.json", "e"),
            entry("script", "javascript:alert(1)", "f"),
        ]);
        let merged = merge_catalogs(&[(&ngo, &bad), (&ngo, &bad)]);
        assert_eq!(keys(&merged), ["ok@ngo.example.org~packs"]);
        let url = ngo.url.clone();
        assert_eq!(
            merged.notes,
            [
                MergeNote::DuplicateInCatalog {
                    catalog: url.clone(),
                    id: "ok".into()
                },
                MergeNote::BadId {
                    catalog: url.clone(),
                    id: "Bad Id".into()
                },
                MergeNote::BadFile {
                    catalog: url.clone(),
                    id: "evil".into(),
                    error: ResolveError::NotRelative
                },
                MergeNote::BadFile {
                    catalog: url.clone(),
                    id: "climb".into(),
                    error: ResolveError::EscapesFolder
                },
                MergeNote::BadFile {
                    catalog: url.clone(),
                    id: "script".into(),
                    error: ResolveError::NotRelative
                },
                MergeNote::RepeatedCatalog { catalog: url },
            ]
        );
    }

    #[test]
    fn keys_round_trip_and_featured_packs() {
        let ngo = source("http://127.0.0.1:8080/", AddedBy::Learner);
        let key = PackKey::extra("welcome", &ngo.url);
        assert_eq!(key.as_str(), "welcome@127.0.0.1:8080~packs");
        assert_eq!(PackKey::parse(key.as_str()), Some(key.clone()));
        assert_eq!(key.id(), "welcome");
        assert_eq!(key.namespace(), Some("127.0.0.1:8080~packs"));
        assert!(PackKey::own("welcome").is_own());
        for bad in ["", "Welcome", "a@", "a@b/c", "a@b@c", "@host", "a@<script>"] {
            assert_eq!(PackKey::parse(bad), None, "{bad:?}");
        }
        let own = source("https://city.example.org/", AddedBy::Site);
        let own_catalog = catalog(vec![entry("a", "a.json", "a"), entry("b", "b.json", "b")]);
        let ngo_catalog = catalog(vec![entry("c", "c.json", "c")]);
        let merged = merge_catalogs(&[(&own, &own_catalog), (&ngo, &ngo_catalog)]);
        let featured: Vec<&str> = merged
            .featured(
                &["c@127.0.0.1:8080~packs", "missing", "b"]
                    .map(|k| PackKey::parse(k).unwrap_or_else(|| PackKey::own(k))),
            )
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        assert_eq!(featured, ["c@127.0.0.1:8080~packs", "b"]);
        let wanted = [
            PackKey::own("b"),
            PackKey::extra("c", &ngo.url),
            PackKey::own("b"),
            PackKey::own("gone"),
        ];
        let first: Vec<&str> = merged
            .featured_first(&wanted)
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        assert_eq!(first, ["b", "c@127.0.0.1:8080~packs", "a"]);
        let none: Vec<&str> = merged
            .featured_first(&[])
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        assert_eq!(none, ["a", "b", "c@127.0.0.1:8080~packs"]);
        assert!(merged.get(&PackKey::own("a")).is_some());
    }
}
