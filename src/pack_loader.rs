//! Loading a compiled pack by its key (`passage_core::site::PackKey`): one of the site's own packs
//! (found in its catalog, fetched from `packs/<file>`, which the service worker keeps for offline
//! use), another catalog's (fetched from that site, kept in the `passage-packs` cache), or one
//! opened from a file (kept in that cache). Every pack is read with `Pack::from_json` and checked
//! with `validate_with` (with the browser's Unicode), whatever its origin, and kept in memory for
//! the life of the page; a pack not from this site's catalog with its media names made into
//! addresses beside its file (`pack_media`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use passage_core::pack::validate_with;
use passage_core::site::PackKey;
use passage_core::{CatalogEntry, Pack};

use crate::catalogs::{REMOTE_TIMEOUT_MS, fetch_source, source_of};
use crate::offline_packs::{cache_text, cached_text, shared_url};
use crate::pack_media::{sha256, with_media_addresses};
use crate::site::{FetchError, fetch_url};
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
            FetchError::Unreachable | FetchError::TimedOut => PackLoadError::Unreachable,
            FetchError::Status(_) => PackLoadError::Missing,
            FetchError::Catalog(_) => PackLoadError::Damaged,
        }
    }
}

/// A pack on a list: its key, its catalog entry, where its compiled file is, where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackRef {
    pub key: PackKey,
    pub entry: CatalogEntry,
    /// The compiled file's absolute address (for a pack opened from a file, where it is stored).
    pub file_url: String,
    /// Another catalog's label (`ngo.example.org`); `None` for the site's own packs and files.
    pub origin: Option<String>,
}

impl PackRef {
    /// One of the site's own packs, or one of another catalog's.
    pub fn offered(pack: &passage_core::site::OfferedPack) -> Self {
        Self {
            key: pack.key.clone(),
            entry: pack.entry.clone(),
            file_url: pack.file_url.to_string(),
            origin: (!pack.key.is_own()).then(|| pack.origin_label()),
        }
    }

    /// A pack opened from a file.
    pub fn shared(key: PackKey, entry: CatalogEntry) -> Self {
        Self {
            file_url: shared_url(key.id()),
            key,
            entry,
            origin: None,
        }
    }
}

/// A pack already in memory, by key.
pub fn loaded(key: &str) -> Option<(CatalogEntry, Arc<Pack>)> {
    LOADED.with(|loaded| loaded.borrow().get(key).cloned())
}

/// Drops a pack from memory, so that the next use fetches it again (after it was removed from the
/// offline cache).
pub fn forget(key: &str) {
    LOADED.with(|loaded| loaded.borrow_mut().remove(key));
}

/// Keeps one of the site's own packs in memory as if it had been loaded (tests).
pub fn keep(entry: CatalogEntry, pack: Pack) -> Arc<Pack> {
    keep_as(&PackKey::own(&entry.id), entry, pack)
}

/// Keeps a pack in memory under its key.
pub fn keep_as(key: &PackKey, entry: CatalogEntry, pack: Pack) -> Arc<Pack> {
    let pack = Arc::new(pack);
    LOADED.with(|loaded| {
        loaded
            .borrow_mut()
            .insert(key.to_string(), (entry, pack.clone()))
    });
    pack
}

/// Keeps a pack opened from a file in memory, with its media names made into the addresses its
/// media are kept at.
pub fn keep_shared(shared: passage_core::site::SharedPack) -> PackRef {
    let file_url = shared_url(shared.key.id());
    let pack = with_media_addresses(shared.pack, &file_url);
    keep_as(&shared.key, shared.entry.clone(), pack);
    PackRef::shared(shared.key, shared.entry)
}

/// Finds the pack a key names: in its catalog, or among the packs opened from files.
pub async fn locate(key: &str) -> Result<PackRef, PackLoadError> {
    let key = PackKey::parse(key).ok_or(PackLoadError::NotInCatalog)?;
    if key.is_shared() {
        if let Some((entry, _)) = loaded(key.as_str()) {
            return Ok(PackRef::shared(key, entry));
        }
        let text = cached_text(&shared_url(key.id()))
            .await
            .ok_or(PackLoadError::NotInCatalog)?;
        let shared = passage_core::site::read_shared_pack(&text, &BrowserForms)
            .map_err(|_| PackLoadError::Damaged)?;
        if shared.key != key {
            return Err(PackLoadError::Damaged);
        }
        return Ok(keep_shared(shared));
    }
    let source = source_of(&key).ok_or(PackLoadError::NotInCatalog)?;
    let catalog = fetch_source(&source).await?;
    let entry = catalog
        .pack(key.id())
        .cloned()
        .ok_or(PackLoadError::NotInCatalog)?;
    let file_url = source
        .url
        .pack_file(&entry.file)
        .map_err(|_| PackLoadError::Damaged)?
        .to_string();
    Ok(PackRef {
        origin: (!key.is_own()).then(|| source.label()),
        key,
        entry,
        file_url,
    })
}

/// The compiled pack's text, as fetched (for saving it as a file, and for reading it).
pub async fn pack_text(pack: &PackRef) -> Result<String, PackLoadError> {
    if pack.key.is_own() {
        // Through the service worker, which keeps it.
        return Ok(fetch_url(&pack.file_url, None).await?);
    }
    if let Some(text) = cached_text(&pack.file_url).await {
        return Ok(text);
    }
    if pack.key.is_shared() {
        return Err(PackLoadError::NotInCatalog);
    }
    Ok(fetch_url(&pack.file_url, Some(REMOTE_TIMEOUT_MS)).await?)
}

/// The pack with this key, with its catalog entry: from memory, else fetched and checked.
pub async fn load_pack(key: &str) -> Result<(CatalogEntry, Arc<Pack>), PackLoadError> {
    if let Some(found) = loaded(key) {
        return Ok(found);
    }
    let found = locate(key).await?;
    if let Some(loaded) = loaded(found.key.as_str()) {
        return Ok(loaded);
    }
    let text = pack_text(&found).await?;
    // The catalog lists each file's digest: a file changed or cut on its way is not studied. (A
    // page that is not https has no `crypto.subtle`, and cannot check.)
    if let Some(digest) = sha256(text.as_bytes()).await
        && !found.entry.lists_digest(&digest)
    {
        return Err(PackLoadError::Damaged);
    }
    let pack = Pack::from_json(&text).map_err(|_| PackLoadError::Damaged)?;
    if pack.meta.id != found.entry.id || validate_with(&pack, &BrowserForms).is_err() {
        return Err(PackLoadError::Damaged);
    }
    let pack = if found.key.is_own() {
        pack
    } else {
        // Like the service worker for the site's own packs: a pack studied once stays.
        cache_text(&found.file_url, &text).await;
        with_media_addresses(pack, &found.file_url)
    };
    let pack = keep_as(&found.key, found.entry.clone(), pack);
    Ok((found.entry, pack))
}
