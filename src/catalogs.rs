//! The catalogs the app reads packs from: the site's own, the extra ones of the site's settings,
//! and those the learner added (kept in `localStorage`). Which catalogs there are, how their packs
//! merge and which keys they get is the domain's (`passage_core::site`); here they are fetched.
//!
//! Another site's catalog is fetched directly (the service worker only handles this site's
//! files), with a time limit, and a copy is kept in the `passage-packs` cache so its packs stay
//! listed, and studyable once saved, with no network. A catalog that is unreachable, slow or
//! malformed only costs its own packs.

use passage_core::site::{CatalogSource, CatalogSources, CatalogUrl, PackKey};
use passage_core::{Catalog, CatalogError};

use crate::offline_packs::{cache_text, cached_text};
use crate::site::{FetchError, fetch_catalog, fetch_url, site_url};
use crate::site_settings::use_site_settings;
use crate::storage::local_slots::local_storage;

/// Where the learner's catalogs are kept: their addresses, one a line.
pub const LEARNER_CATALOGS_KEY: &str = "passage.catalogs";

/// How long another site may take to send its catalog or a pack before the app stops waiting.
pub const REMOTE_TIMEOUT_MS: i32 = 8_000;

/// The site's own catalog.
pub fn own_catalog() -> CatalogUrl {
    let base = site_url("");
    CatalogUrl::own(&base)
        .or_else(|_| CatalogUrl::own("http://127.0.0.1/"))
        .unwrap_or_else(|_| unreachable!("a literal address parses"))
}

/// The learner's catalogs as stored on this phone (addresses that no longer parse are dropped).
fn stored_learner_catalogs() -> Vec<CatalogUrl> {
    local_storage()
        .and_then(|storage| storage.get_item(LEARNER_CATALOGS_KEY).ok().flatten())
        .unwrap_or_default()
        .lines()
        .filter_map(|line| CatalogUrl::parse(line).ok())
        .collect()
}

/// Every catalog: the site's own, the settings', the learner's (read once, not tracked).
pub fn sources() -> CatalogSources {
    let settings = use_site_settings().settings_untracked();
    sources_with(&settings.extra_catalogs)
}

/// Every catalog, with these extra catalogs of the settings.
pub fn sources_with(from_settings: &[CatalogUrl]) -> CatalogSources {
    CatalogSources::new(own_catalog(), from_settings)
        .with_learner_catalogs(&stored_learner_catalogs())
}

/// Keeps the learner's catalogs on this phone; whether the browser stored them.
pub fn store_learner_catalogs(sources: &CatalogSources) -> bool {
    let text = sources
        .learner_catalogs()
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    local_storage().is_some_and(|storage| storage.set_item(LEARNER_CATALOGS_KEY, &text).is_ok())
}

/// One catalog: the site's own through the service worker; another site's from the network
/// within [`REMOTE_TIMEOUT_MS`], else its last copy (a network answer that is not a catalog is
/// reported, not hidden behind an old copy).
pub async fn fetch_source(source: &CatalogSource) -> Result<Catalog, FetchError> {
    if source.is_own() {
        return fetch_catalog().await;
    }
    let url = source.url.to_string();
    match fetch_url(&url, Some(REMOTE_TIMEOUT_MS)).await {
        Ok(text) => {
            let catalog = Catalog::from_json(&text)?;
            cache_text(&url, &text).await;
            Ok(catalog)
        }
        Err(error) => match cached_text(&url).await {
            Some(text) => Catalog::from_json(&text).map_err(|e: CatalogError| e.into()),
            None => Err(error),
        },
    }
}

/// The catalog a pack key points to, among the listed ones.
pub fn source_of(key: &PackKey) -> Option<CatalogSource> {
    if key.is_own() {
        // Without reading the learner's catalogs from storage: the site's own packs are most.
        return Some(CatalogSources::new(own_catalog(), &[]).own().clone());
    }
    sources()
        .extra()
        .iter()
        .find(|source| Some(source.url.namespace().as_str()) == key.namespace())
        .cloned()
}
