//! Finding help: the directory filtered by category and spoken language, and ordered so that the
//! organisations speaking the learner's languages come first. Pure functions over the settings.

use super::help::{HelpCategory, HelpOrganisation};
use crate::localized::primary_subtag;

/// What the learner is looking for. Every part is optional; an empty query lists everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HelpQuery {
    /// Only organisations offering this kind of help.
    pub category: Option<HelpCategory>,
    /// Only organisations where someone speaks this language.
    pub speaks: Option<String>,
    /// The learner's languages, most preferred first (their interface language and the support
    /// languages of their packs): organisations speaking the first come first, then the second,
    /// and so on; the rest keep the file's order after them.
    pub learner_languages: Vec<String>,
}

/// The organisations matching the query, best first; equal ones keep the file's order.
pub fn find_help<'a>(
    directory: &'a [HelpOrganisation],
    query: &HelpQuery,
) -> Vec<&'a HelpOrganisation> {
    let found: Vec<&HelpOrganisation> = directory
        .iter()
        .filter(|org| {
            query
                .category
                .is_none_or(|category| org.has_category(category))
        })
        .filter(|org| {
            query
                .speaks
                .as_deref()
                .is_none_or(|language| org.speaks(language))
        })
        .collect();
    let rank = |org: &HelpOrganisation| {
        query
            .learner_languages
            .iter()
            .position(|language| org.speaks(language))
            .unwrap_or(usize::MAX)
    };
    let ranks: Vec<usize> = found.iter().map(|org| rank(org)).collect();
    // Rank by rank, each in the site's order: no sort code in the wasm for a handful of entries.
    let mut ordered = Vec::with_capacity(found.len());
    for tier in (0..query.learner_languages.len()).chain([usize::MAX]) {
        ordered.extend(
            found
                .iter()
                .zip(&ranks)
                .filter(|&(_, &rank)| rank == tier)
                .map(|(&org, _)| org),
        );
    }
    ordered
}

/// The categories that at least one organisation offers, in [`HelpCategory::ALL`]'s order: the
/// filters worth showing.
pub fn categories_offered(directory: &[HelpOrganisation]) -> Vec<HelpCategory> {
    HelpCategory::ALL
        .into_iter()
        .filter(|category| directory.iter().any(|org| org.has_category(*category)))
        .collect()
}

/// The primary languages spoken somewhere in the directory (`ar`, `fa`, `uk`), sorted, without
/// repeats: the language filter's choices.
pub fn languages_spoken(directory: &[HelpOrganisation]) -> Vec<String> {
    // Kept sorted as they come (a binary search per tag), rather than sorted afterwards: no sort
    // code in the wasm for a short list.
    let mut languages: Vec<String> = Vec::new();
    for tag in directory.iter().flat_map(|org| org.languages.iter()) {
        let language = primary_subtag(tag).to_ascii_lowercase();
        if let Err(at) = languages.binary_search(&language) {
            languages.insert(at, language);
        }
    }
    languages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str, categories: &[HelpCategory], languages: &[&str]) -> HelpOrganisation {
        HelpOrganisation {
            name: name.into(),
            categories: categories.to_vec(),
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            ..HelpOrganisation::default()
        }
    }

    fn directory() -> Vec<HelpOrganisation> {
        use HelpCategory::*;
        vec![
            org(
                "Example Advice Centre",
                &[LegalAdvice, Housing],
                &["de", "en", "ar"],
            ),
            org("Example Health Point", &[Health], &["de", "uk", "ru"]),
            org("Example Language School", &[LanguageCourses], &["de"]),
            org(
                "Example Family Centre",
                &[Family, LegalAdvice],
                &["fa-AF", "uk"],
            ),
        ]
    }

    fn names(found: Vec<&HelpOrganisation>) -> Vec<&str> {
        found.into_iter().map(|org| org.name.as_str()).collect()
    }

    #[test]
    fn queries_table() {
        use HelpCategory::*;
        let q =
            |category: Option<HelpCategory>, speaks: Option<&str>, learner: &[&str]| HelpQuery {
                category,
                speaks: speaks.map(str::to_owned),
                learner_languages: learner.iter().map(|l| (*l).to_owned()).collect(),
            };
        let cases: Vec<(HelpQuery, Vec<&str>)> = vec![
            (
                q(None, None, &[]),
                vec![
                    "Example Advice Centre",
                    "Example Health Point",
                    "Example Language School",
                    "Example Family Centre",
                ],
            ),
            (
                q(Some(LegalAdvice), None, &[]),
                vec!["Example Advice Centre", "Example Family Centre"],
            ),
            (q(Some(Emergency), None, &[]), vec![]),
            (
                q(None, Some("uk"), &[]),
                vec!["Example Health Point", "Example Family Centre"],
            ),
            (q(None, Some("fa"), &[]), vec!["Example Family Centre"]),
            (
                q(Some(LegalAdvice), Some("uk"), &[]),
                vec!["Example Family Centre"],
            ),
            (
                q(None, None, &["uk", "ar"]),
                vec![
                    "Example Health Point",
                    "Example Family Centre",
                    "Example Advice Centre",
                    "Example Language School",
                ],
            ),
            (
                q(Some(LegalAdvice), None, &["fa-IR"]),
                vec!["Example Family Centre", "Example Advice Centre"],
            ),
            (
                q(None, None, &["ti"]),
                vec![
                    "Example Advice Centre",
                    "Example Health Point",
                    "Example Language School",
                    "Example Family Centre",
                ],
            ),
        ];
        let directory = directory();
        for (query, expected) in cases {
            assert_eq!(names(find_help(&directory, &query)), expected, "{query:?}");
        }
    }

    #[test]
    fn filter_choices() {
        use HelpCategory::*;
        assert_eq!(
            categories_offered(&directory()),
            [LegalAdvice, Health, Housing, LanguageCourses, Family]
        );
        assert_eq!(
            languages_spoken(&directory()),
            ["ar", "de", "en", "fa", "ru", "uk"]
        );
        assert!(find_help(&[], &HelpQuery::default()).is_empty());
    }
}
