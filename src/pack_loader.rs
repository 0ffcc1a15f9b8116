//! Loading a compiled pack: found in the catalog, fetched from `packs/<file>` (the service worker
//! keeps it for offline use), read with `Pack::from_json`, checked with `validate_with` (with the
//! browser's Unicode), and kept in memory for the life of the page.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use passage_core::pack::validate_with;
use passage_core::{CatalogEntry, Pack};

use crate::site::{FetchError, fetch_catalog, fetch_text};
use crate::unicode::BrowserForms;

thread_local! {
    static LOADED: RefCell<HashMap<String, (CatalogEntry, Arc<Pack>)>> = RefCell::new(HashMap::new());
}

/// Why a pack could not be studied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackLoadError {
    /// No network and no saved copy.
    Unreachable,
    /// The site does not have the file (or the catalog).
    Missing,
    /// The site's catalog does not list the pack.
    NotInCatalog,
    /// The file is not a pack this version can read, or it breaks the rules for packs.
    Damaged,
}

impl PackLoadError {
    /// The message that explains it to the learner.
    pub fn message_id(self) -> &'static str {
        match self {
            PackLoadError::Unreachable => "learn-pack-unreachable",
            PackLoadError::Missing | PackLoadError::NotInCatalog => "learn-pack-missing",
            PackLoadError::Damaged => "learn-pack-damaged",
        }
    }
}

impl From<FetchError> for PackLoadError {
    fn from(error: FetchError) -> Self {
        match error {
            FetchError::Unreachable => PackLoadError::Unreachable,
            FetchError::Status(_) => PackLoadError::Missing,
            FetchError::Catalog(_) => PackLoadError::Damaged,
        }
    }
}

/// A pack already in memory.
pub fn loaded(id: &str) -> Option<(CatalogEntry, Arc<Pack>)> {
    LOADED.with(|loaded| loaded.borrow().get(id).cloned())
}

/// Drops a pack from memory, so that the next use fetches it again (after it was removed from the
/// offline cache).
pub fn forget(id: &str) {
    LOADED.with(|loaded| loaded.borrow_mut().remove(id));
}

/// Keeps a pack in memory as if it had been loaded (tests, and packs from elsewhere later).
pub fn keep(entry: CatalogEntry, pack: Pack) -> Arc<Pack> {
    let pack = Arc::new(pack);
    LOADED.with(|loaded| {
        loaded
            .borrow_mut()
            .insert(entry.id.clone(), (entry, pack.clone()))
    });
    pack
}

/// The pack with this id, with its catalog entry: from memory, else fetched and checked.
pub async fn load_pack(id: &str) -> Result<(CatalogEntry, Arc<Pack>), PackLoadError> {
    if let Some(found) = loaded(id) {
        return Ok(found);
    }
    let catalog = fetch_catalog().await?;
    let entry = catalog
        .pack(id)
        .cloned()
        .ok_or(PackLoadError::NotInCatalog)?;
    let text = fetch_text(&format!("packs/{}", entry.file)).await?;
    let pack = Pack::from_json(&text).map_err(|_| PackLoadError::Damaged)?;
    if pack.meta.id != entry.id || validate_with(&pack, &BrowserForms).is_err() {
        return Err(PackLoadError::Damaged);
    }
    let pack = keep(entry.clone(), pack);
    Ok((entry, pack))
}
