//! Narrowing the catalog to what a learner is looking for: the language they learn, a language
//! they read, what the pack teaches, its level and the country it is about. The app offers only
//! the values the catalog has (its facets), so no choice ever leads to an empty list by itself.

use std::collections::BTreeSet;

use crate::localized::primary_subtag;
use crate::pack::CefrLevel;
use crate::{Catalog, CatalogEntry, PackKind};

/// What the learner chose; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogFilter {
    /// The language being learned, as a primary language subtag (`en` matches `en-US` packs).
    pub learning: Option<String>,
    /// A language the learner reads, found among the pack's translations (primary subtag).
    pub my_language: Option<String>,
    pub kind: Option<PackKind>,
    pub level: Option<CefrLevel>,
    /// An ISO 3166-1 country code. Packs that hold everywhere (no region) match every country.
    pub country: Option<String>,
}

/// The values a catalog's packs have, each once and sorted, for the filter's choices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogFacets {
    pub learning: Vec<String>,
    pub my_languages: Vec<String>,
    pub kinds: Vec<PackKind>,
    pub levels: Vec<CefrLevel>,
    pub countries: Vec<String>,
}

/// The primary language subtag of a BCP 47 tag, lower-cased: `fa-AF` → `fa`.
fn primary_language(tag: &str) -> String {
    primary_subtag(tag).to_ascii_lowercase()
}

fn same_language(tag: &str, wanted: &str) -> bool {
    primary_subtag(tag).eq_ignore_ascii_case(primary_subtag(wanted))
}

impl CatalogFilter {
    /// Whether nothing is chosen.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether a pack matches every choice.
    pub fn matches(&self, entry: &CatalogEntry) -> bool {
        let learning = self
            .learning
            .as_ref()
            .is_none_or(|wanted| same_language(&entry.target_language, wanted));
        let reads = self.my_language.as_ref().is_none_or(|wanted| {
            same_language(&entry.target_language, wanted)
                || entry
                    .support_languages
                    .iter()
                    .any(|tag| same_language(tag, wanted))
        });
        let kind = self.kind.is_none_or(|kind| entry.kind == kind);
        let level = self.level.is_none_or(|level| entry.level == Some(level));
        let country = self.country.as_ref().is_none_or(|wanted| {
            entry
                .region
                .as_ref()
                .is_none_or(|region| region.country.eq_ignore_ascii_case(wanted))
        });
        learning && reads && kind && level && country
    }

    /// The catalog's packs that match, in catalog order.
    pub fn apply<'a>(&self, catalog: &'a Catalog) -> Vec<&'a CatalogEntry> {
        catalog
            .packs
            .iter()
            .filter(|entry| self.matches(entry))
            .collect()
    }
}

impl CatalogFacets {
    /// The values found in a catalog.
    pub fn of(catalog: &Catalog) -> Self {
        let mut learning = BTreeSet::new();
        let mut my_languages = BTreeSet::new();
        let mut kinds = Vec::new();
        let mut levels = BTreeSet::new();
        let mut countries = BTreeSet::new();
        for entry in &catalog.packs {
            learning.insert(primary_language(&entry.target_language));
            my_languages.extend(
                entry
                    .support_languages
                    .iter()
                    .map(|tag| primary_language(tag)),
            );
            if !kinds.contains(&entry.kind) {
                kinds.push(entry.kind);
            }
            levels.extend(entry.level);
            if let Some(region) = &entry.region {
                countries.insert(region.country.to_ascii_uppercase());
            }
        }
        // In this order, each once; picked from the three rather than sorted (no sort in the wasm).
        let kinds = [PackKind::Language, PackKind::Civic, PackKind::Mixed]
            .into_iter()
            .filter(|kind| kinds.contains(kind))
            .collect();
        Self {
            learning: learning.into_iter().collect(),
            my_languages: my_languages.into_iter().collect(),
            kinds,
            levels: levels.into_iter().collect(),
            countries: countries.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocalizedText;
    use crate::pack::Region;

    fn entry(
        id: &str,
        target: &str,
        support: &[&str],
        kind: PackKind,
        level: Option<CefrLevel>,
        country: Option<&str>,
    ) -> CatalogEntry {
        CatalogEntry {
            id: id.into(),
            version: "1".into(),
            title: LocalizedText::single("en", id),
            description: LocalizedText::default(),
            target_language: target.into(),
            support_languages: support.iter().map(|tag| (*tag).to_owned()).collect(),
            kind,
            level,
            region: country.map(|country| Region {
                country: country.into(),
                subdivision: None,
                city: None,
            }),
            file: format!("{id}.json"),
            size_bytes: 1,
            media_bytes: 0,
            sha256: String::new(),
        }
    }

    fn catalog() -> Catalog {
        use CefrLevel::*;
        use PackKind::*;
        Catalog {
            format_version: crate::catalog::CATALOG_FORMAT_VERSION,
            packs: vec![
                entry("de-a1", "de", &["en", "ar", "fa"], Language, Some(A1), None),
                entry("de-leben", "de", &["en", "uk"], Civic, Some(A2), Some("DE")),
                entry(
                    "en-us-a1",
                    "en-US",
                    &["es", "fa-AF"],
                    Language,
                    Some(A1),
                    None,
                ),
                entry("us-civics", "en-US", &["es"], Civic, Some(A2), Some("US")),
                entry("starting-well", "en", &["ar", "uk"], Civic, None, None),
            ],
        }
    }

    fn ids(filter: &CatalogFilter) -> Vec<String> {
        filter
            .apply(&catalog())
            .into_iter()
            .map(|entry| entry.id.clone())
            .collect()
    }

    #[test]
    fn each_choice_narrows_the_list() {
        let any = CatalogFilter::default();
        assert!(any.is_empty());
        let cases = [
            (
                any.clone(),
                vec![
                    "de-a1",
                    "de-leben",
                    "en-us-a1",
                    "us-civics",
                    "starting-well",
                ],
            ),
            (
                CatalogFilter {
                    learning: Some("en".into()),
                    ..any.clone()
                },
                vec!["en-us-a1", "us-civics", "starting-well"],
            ),
            (
                CatalogFilter {
                    my_language: Some("fa".into()),
                    ..any.clone()
                },
                vec!["de-a1", "en-us-a1"],
            ),
            (
                // A learner who reads Dari (fa-AF) finds the Persian translations.
                CatalogFilter {
                    my_language: Some("fa-AF".into()),
                    ..any.clone()
                },
                vec!["de-a1", "en-us-a1"],
            ),
            (
                // Reading a language also means packs that teach it.
                CatalogFilter {
                    my_language: Some("de".into()),
                    ..any.clone()
                },
                vec!["de-a1", "de-leben"],
            ),
            (
                CatalogFilter {
                    kind: Some(PackKind::Civic),
                    ..any.clone()
                },
                vec!["de-leben", "us-civics", "starting-well"],
            ),
            (
                CatalogFilter {
                    level: Some(CefrLevel::A1),
                    ..any.clone()
                },
                vec!["de-a1", "en-us-a1"],
            ),
            (
                // Packs that hold in any country stay; another country's do not.
                CatalogFilter {
                    country: Some("de".into()),
                    ..any.clone()
                },
                vec!["de-a1", "de-leben", "en-us-a1", "starting-well"],
            ),
            (
                CatalogFilter {
                    learning: Some("de".into()),
                    kind: Some(PackKind::Civic),
                    my_language: Some("uk".into()),
                    ..any.clone()
                },
                vec!["de-leben"],
            ),
            (
                CatalogFilter {
                    learning: Some("tr".into()),
                    ..any.clone()
                },
                vec![],
            ),
        ];
        for (filter, expected) in cases {
            assert_eq!(ids(&filter), expected, "{filter:?}");
        }
    }

    #[test]
    fn facets_offer_each_value_of_the_catalog_once() {
        let facets = CatalogFacets::of(&catalog());
        assert_eq!(facets.learning, ["de", "en"]);
        assert_eq!(facets.my_languages, ["ar", "en", "es", "fa", "uk"]);
        assert_eq!(facets.kinds, [PackKind::Language, PackKind::Civic]);
        assert_eq!(facets.levels, [CefrLevel::A1, CefrLevel::A2]);
        assert_eq!(facets.countries, ["DE", "US"]);
        assert_eq!(
            CatalogFacets::of(&Catalog::empty()),
            CatalogFacets::default()
        );
    }
}
