//! The catalogs the app reads packs from: the site's own, extra ones named in the settings file,
//! and extra ones the learner added. Which is which matters: only the learner's can be removed by
//! the learner, and only the site's own packs keep their plain ids (see [`super::merge`]).

use thiserror::Error;

use super::catalog_url::{CatalogUrl, CatalogUrlError};

/// The most catalogs a learner may add (the settings file has its own limit).
pub const MAX_LEARNER_CATALOGS: usize = 10;

/// Who put a catalog on the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddedBy {
    /// The site's own catalog, `packs/index.json` next to the app.
    Site,
    /// An extra catalog named in the site settings file.
    Settings,
    /// An extra catalog the learner added on their phone.
    Learner,
}

/// A catalog and who added it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CatalogSource {
    pub url: CatalogUrl,
    pub added_by: AddedBy,
}

impl CatalogSource {
    pub fn is_own(&self) -> bool {
        self.added_by == AddedBy::Site
    }

    /// Where its packs come from, to show beside them (`ngo.example.org`).
    pub fn label(&self) -> String {
        self.url.label()
    }
}

/// Why a catalog address the learner typed cannot be added.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AddCatalogError {
    #[error(transparent)]
    Invalid(#[from] CatalogUrlError),
    #[error("this is this site's own catalog; its packs are already listed")]
    SameAsOwn,
    #[error("this catalog is already on the list")]
    AlreadyAdded { added_by: AddedBy },
    #[error("at most {limit} catalogs can be added")]
    TooMany { limit: usize },
}

/// Every catalog the app reads, the site's own first, without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogSources {
    own: CatalogSource,
    extra: Vec<CatalogSource>,
}

impl CatalogSources {
    /// The site's own catalog and those of its settings file; repeats are dropped (the settings
    /// loader already reported them).
    pub fn new(own: CatalogUrl, from_settings: &[CatalogUrl]) -> Self {
        let mut sources = Self {
            own: CatalogSource {
                url: own,
                added_by: AddedBy::Site,
            },
            extra: Vec::new(),
        };
        for url in from_settings {
            if sources.find(url).is_none() {
                sources.extra.push(CatalogSource {
                    url: url.clone(),
                    added_by: AddedBy::Settings,
                });
            }
        }
        sources
    }

    /// Adds the learner's catalogs as stored on the phone, skipping any that is already listed
    /// (the site may since have named it in its settings) or over the limit.
    pub fn with_learner_catalogs(mut self, urls: &[CatalogUrl]) -> Self {
        for url in urls {
            if self.find(url).is_none() && self.learner_count() < MAX_LEARNER_CATALOGS {
                self.extra.push(CatalogSource {
                    url: url.clone(),
                    added_by: AddedBy::Learner,
                });
            }
        }
        self
    }

    pub fn own(&self) -> &CatalogSource {
        &self.own
    }

    /// The extra catalogs: the settings file's, then the learner's, in the order added.
    pub fn extra(&self) -> &[CatalogSource] {
        &self.extra
    }

    /// The own catalog, then the extra ones.
    pub fn all(&self) -> impl Iterator<Item = &CatalogSource> {
        std::iter::once(&self.own).chain(&self.extra)
    }

    /// The listed catalog with this address.
    pub fn find(&self, url: &CatalogUrl) -> Option<&CatalogSource> {
        self.all().find(|source| source.url == *url)
    }

    /// Checks an address the learner typed, without adding it.
    pub fn check_new(&self, text: &str) -> Result<CatalogUrl, AddCatalogError> {
        let url = CatalogUrl::parse(text)?;
        if url == self.own.url {
            return Err(AddCatalogError::SameAsOwn);
        }
        if let Some(existing) = self.find(&url) {
            return Err(AddCatalogError::AlreadyAdded {
                added_by: existing.added_by,
            });
        }
        if self.learner_count() >= MAX_LEARNER_CATALOGS {
            return Err(AddCatalogError::TooMany {
                limit: MAX_LEARNER_CATALOGS,
            });
        }
        Ok(url)
    }

    /// Adds a catalog the learner typed, after [`Self::check_new`].
    pub fn add_learner(&mut self, text: &str) -> Result<CatalogSource, AddCatalogError> {
        let source = CatalogSource {
            url: self.check_new(text)?,
            added_by: AddedBy::Learner,
        };
        self.extra.push(source.clone());
        Ok(source)
    }

    /// Removes a catalog the learner added; those of the site stay. Whether one was removed.
    pub fn remove_learner(&mut self, url: &CatalogUrl) -> bool {
        let before = self.extra.len();
        self.extra
            .retain(|source| !(source.added_by == AddedBy::Learner && source.url == *url));
        self.extra.len() != before
    }

    /// The learner's catalogs, to store on the phone.
    pub fn learner_catalogs(&self) -> Vec<CatalogUrl> {
        self.extra
            .iter()
            .filter(|source| source.added_by == AddedBy::Learner)
            .map(|source| source.url.clone())
            .collect()
    }

    fn learner_count(&self) -> usize {
        self.extra
            .iter()
            .filter(|source| source.added_by == AddedBy::Learner)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::web_url::WebUrlError;

    fn url(text: &str) -> CatalogUrl {
        CatalogUrl::parse(text)
            .or_else(|_| CatalogUrl::own(text).map_err(CatalogUrlError::from))
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    fn sources() -> CatalogSources {
        CatalogSources::new(
            url("http://192.168.1.10/passage/"),
            &[
                url("https://region.example.org/"),
                url("https://region.example.org/packs/index.json"),
            ],
        )
    }

    #[test]
    fn own_first_then_settings_without_repeats() {
        let sources = sources();
        let labels: Vec<(String, AddedBy)> =
            sources.all().map(|s| (s.label(), s.added_by)).collect();
        assert_eq!(
            labels,
            [
                ("192.168.1.10".to_owned(), AddedBy::Site),
                ("region.example.org".to_owned(), AddedBy::Settings)
            ]
        );
        assert!(sources.own().is_own());
    }

    #[test]
    fn learner_added_catalogs_are_checked() {
        let mut sources = sources();
        let cases: &[(&str, Result<(), AddCatalogError>)] = &[
            ("https://other.example.org/passage/", Ok(())),
            (
                "https://other.example.org/passage/packs/index.json",
                Err(AddCatalogError::AlreadyAdded {
                    added_by: AddedBy::Learner,
                }),
            ),
            (
                "https://region.example.org",
                Err(AddCatalogError::AlreadyAdded {
                    added_by: AddedBy::Settings,
                }),
            ),
            (
                "http://192.168.1.10/passage/",
                Err(AddCatalogError::Invalid(CatalogUrlError::NotHttps)),
            ),
            (
                "javascript:alert(1)",
                Err(AddCatalogError::Invalid(CatalogUrlError::Url(
                    WebUrlError::UnsupportedScheme("javascript".into()),
                ))),
            ),
            ("http://127.0.0.1:8080/", Ok(())),
        ];
        for (text, expected) in cases {
            assert_eq!(
                sources.add_learner(text).map(|_| ()),
                expected.clone(),
                "{text}"
            );
        }
        assert_eq!(sources.learner_catalogs().len(), 2);
        assert!(sources.remove_learner(&url("http://127.0.0.1:8080/")));
        assert!(
            !sources.remove_learner(&url("https://region.example.org/")),
            "the site's stay"
        );
        assert_eq!(sources.extra().len(), 2);
    }

    #[test]
    fn the_own_catalog_cannot_be_added_and_the_list_is_bounded() {
        let mut sources = CatalogSources::new(url("https://ngo.example.org/passage/"), &[]);
        assert_eq!(
            sources.check_new("https://ngo.example.org/passage/#/packs"),
            Err(AddCatalogError::SameAsOwn)
        );
        for n in 0..MAX_LEARNER_CATALOGS {
            assert!(
                sources
                    .add_learner(&format!("https://n{n}.example.org/"))
                    .is_ok()
            );
        }
        assert_eq!(
            sources.check_new("https://one-more.example.org/"),
            Err(AddCatalogError::TooMany {
                limit: MAX_LEARNER_CATALOGS
            })
        );
        let restored = CatalogSources::new(url("https://ngo.example.org/passage/"), &[])
            .with_learner_catalogs(&sources.learner_catalogs());
        assert_eq!(restored, sources);
    }
}
