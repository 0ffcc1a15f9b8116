//! Packs kept for offline use: the compiled pack and its media in the `passage-packs` cache, the
//! same cache the service worker (`crates/site-files/src/sw.js`, `PACKS_CACHE`) fills and serves from. A
//! learner saves a pack before going offline and removes it to free space; their progress in it is
//! never touched.
//!
//! The service worker only fetches this site's files. Other sites' catalogs, packs and media are
//! put in the same cache by the app itself, under their own addresses ([`cache_text`]; the worker
//! answers other sites' media from there). A pack opened from a file is kept under
//! `packs/shared/<id>.json` of this site ([`shared_url`]) and its media under
//! `packs/shared/media/` ([`store_shared`]).

use passage_core::CatalogEntry;
use passage_core::Pack;
use passage_core::site::SharedPack;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::pack_loader::{PackLoadError, PackRef, forget, keep_shared, load_pack, pack_text};
use crate::pack_media::{
    media_address, media_addresses, media_response, sha256, with_media_addresses,
};
use crate::site::site_url;

/// The cache the service worker keeps packs in; the name must match `PACKS_CACHE` in sw.js.
const PACKS_CACHE: &str = "passage-packs";

/// Why saving or removing a pack did not work.
#[derive(Debug, Clone, Copy, Error, PartialEq, Eq)]
pub enum OfflineError {
    /// This browser (or a page not served over https or from 127.0.0.1) has no cache storage.
    #[error("this browser cannot keep files for offline use here")]
    Unsupported,
    #[error("the pack could not be downloaded")]
    Download(PackLoadError),
    /// The device is full, or the browser refused to store more.
    #[error("the browser refused to store the pack")]
    Storage,
}

impl OfflineError {
    /// The message that explains it to the learner.
    pub fn message_id(self) -> &'static str {
        match self {
            OfflineError::Unsupported => "offline-unsupported",
            OfflineError::Download(error) => error.message_id(),
            OfflineError::Storage => "offline-storage-full",
        }
    }
}

async fn packs_cache() -> Result<web_sys::Cache, OfflineError> {
    let caches = web_sys::window()
        .and_then(|window| window.caches().ok())
        .ok_or(OfflineError::Unsupported)?;
    let cache = JsFuture::from(caches.open(PACKS_CACHE))
        .await
        .map_err(|_| OfflineError::Unsupported)?;
    cache.dyn_into().map_err(|_| OfflineError::Unsupported)
}

/// Whether the browser can keep packs for offline use on this page.
pub fn supported() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::has(&window, &JsValue::from_str("caches")).unwrap_or(false)
            && window.is_secure_context()
    })
}

async fn cached(cache: &web_sys::Cache, url: &str) -> bool {
    match JsFuture::from(cache.match_with_str(url)).await {
        Ok(found) => !found.is_undefined() && !found.is_null(),
        Err(_) => false,
    }
}

/// Whether this version of the pack is saved for offline use.
pub async fn is_saved(entry: &CatalogEntry) -> bool {
    is_url_saved(&site_url(&format!("packs/{}", entry.file))).await
}

async fn is_url_saved(url: &str) -> bool {
    match packs_cache().await {
        Ok(cache) => cached(&cache, url).await,
        Err(_) => false,
    }
}

/// Whether this pack, of any origin, is saved for offline use.
pub async fn is_ref_saved(pack: &PackRef) -> bool {
    is_url_saved(&pack.file_url).await
}

/// Where a pack opened from a file is kept in the cache: `packs/shared/<id>.json` of this site
/// (an address no site file has: compiled packs are `packs/<id>.<hash>.json`).
pub fn shared_url(id: &str) -> String {
    site_url(&format!("packs/shared/{id}.json"))
}

/// Keeps a text file in the packs cache under its address; whether it was stored.
pub async fn cache_text(url: &str, text: &str) -> bool {
    let Ok(cache) = packs_cache().await else {
        return false;
    };
    let Ok(response) = web_sys::Response::new_with_opt_str(Some(text)) else {
        return false;
    };
    JsFuture::from(cache.put_with_str(url, &response))
        .await
        .is_ok()
}

/// The address of every file in the packs cache.
async fn cached_urls(cache: &web_sys::Cache) -> Result<Vec<String>, OfflineError> {
    let keys = JsFuture::from(cache.keys())
        .await
        .map_err(|_| OfflineError::Unsupported)?;
    Ok(js_sys::Array::from(&keys)
        .iter()
        .filter_map(|request| {
            request
                .dyn_ref::<web_sys::Request>()
                .map(web_sys::Request::url)
        })
        .collect())
}

/// A text file from the packs cache.
pub async fn cached_text(url: &str) -> Option<String> {
    let cache = packs_cache().await.ok()?;
    let found = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}

/// The texts of the packs opened from files, as stored.
pub async fn shared_texts() -> Vec<String> {
    let mut texts = Vec::new();
    let Ok(cache) = packs_cache().await else {
        return texts;
    };
    let Ok(urls) = cached_urls(&cache).await else {
        return texts;
    };
    let prefix = site_url("packs/shared/");
    for url in urls {
        if url.starts_with(&prefix)
            && let Some(text) = cached_text(&url).await
        {
            texts.push(text);
        }
    }
    texts
}

/// Saves a pack from another catalog (its compiled file and media), or removes a pack of another
/// catalog or opened from a file, with the media no other saved pack uses.
pub async fn save_or_remove_ref(pack: &PackRef, save: bool) -> Result<(), OfflineError> {
    let cache = packs_cache().await?;
    // Loading checks the pack and keeps its file in the cache (unless it was in memory); offline,
    // a saved pack loads from there.
    let loaded = load_pack(pack.key.as_str()).await;
    if save {
        let (_, loaded) = loaded.map_err(OfflineError::Download)?;
        if !cached(&cache, &pack.file_url).await {
            let text = pack_text(pack).await.map_err(OfflineError::Download)?;
            if !cache_text(&pack.file_url, &text).await {
                return Err(OfflineError::Storage);
            }
        }
        add_missing(&cache, media_addresses(&loaded)).await?;
    } else {
        let _ = JsFuture::from(cache.delete_with_str(&pack.file_url)).await;
        if let Ok((_, loaded)) = loaded {
            remove_unused_media(&cache, media_addresses(&loaded)).await;
        }
        forget(pack.key.as_str());
    }
    Ok(())
}

/// Removes these media files from the cache, but those a pack still in the cache uses (call it
/// once the removed pack's own file is gone).
async fn remove_unused_media(cache: &web_sys::Cache, media: Vec<String>) {
    let still_used = media_of_saved_packs(cache).await;
    for url in media.iter().filter(|url| !still_used.contains(*url)) {
        let _ = JsFuture::from(cache.delete_with_str(url)).await;
    }
}

/// The media addresses of every pack file in the cache: this site's, other catalogs' and those
/// opened from files (each pack's media are in the `media/` folder beside its file).
async fn media_of_saved_packs(cache: &web_sys::Cache) -> std::collections::BTreeSet<String> {
    let mut used = std::collections::BTreeSet::new();
    for url in cached_urls(cache).await.unwrap_or_default() {
        if !url.ends_with(".json") || url.ends_with("/index.json") {
            continue;
        }
        if let Some(text) = cached_text(&url).await
            && let Ok(pack) = Pack::from_json(&text)
        {
            used.extend(media_addresses(&with_media_addresses(pack, &url)));
        }
    }
    used
}

/// Downloads into the cache each of these files it does not have yet.
async fn add_missing(
    cache: &web_sys::Cache,
    urls: impl IntoIterator<Item = String>,
) -> Result<(), OfflineError> {
    for url in urls {
        if cached(cache, &url).await {
            continue;
        }
        if let Err(error) = JsFuture::from(cache.add_with_str(&url)).await {
            let quota = error
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|exception| exception.name() == "QuotaExceededError");
            return Err(if quota {
                OfflineError::Storage
            } else {
                OfflineError::Download(PackLoadError::Unreachable)
            });
        }
    }
    Ok(())
}

/// Why a pack opened from a file was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreSharedError {
    /// A picture or recording is not the one its name was made from (or the browser cannot check).
    DamagedMedia,
    /// The browser could not store it.
    Storage,
}

/// Keeps a pack opened from a file, with its media, for offline use, and in memory. Every media
/// file is checked first, so a file with one changed picture keeps nothing.
pub async fn store_shared(shared: SharedPack) -> Result<PackRef, StoreSharedError> {
    for media in &shared.media {
        let digest = sha256(&media.bytes)
            .await
            .ok_or(StoreSharedError::DamagedMedia)?;
        media
            .check_digest(&digest)
            .map_err(|_| StoreSharedError::DamagedMedia)?;
    }
    let cache = packs_cache().await.map_err(|_| StoreSharedError::Storage)?;
    let file_url = shared_url(shared.key.id());
    for media in &shared.media {
        let stored = match media_response(&media.name, &media.bytes) {
            Some(response) => {
                // Where `keep_shared` makes the pack look for it.
                let url = media_address(&file_url, &media.name);
                JsFuture::from(cache.put_with_str(&url, &response))
                    .await
                    .is_ok()
            }
            None => false,
        };
        if !stored {
            return Err(StoreSharedError::Storage);
        }
    }
    // The pack last: it is listed only once its media are in place.
    if !cache_text(&file_url, &shared.pack_text).await {
        return Err(StoreSharedError::Storage);
    }
    Ok(keep_shared(shared))
}

/// Downloads the pack and every picture and recording it uses into the offline cache. The pack
/// is checked before anything is stored.
pub async fn save(entry: &CatalogEntry) -> Result<(), OfflineError> {
    let cache = packs_cache().await?;
    let (_, pack) = load_pack(&entry.id).await.map_err(OfflineError::Download)?;
    let files =
        std::iter::once(site_url(&format!("packs/{}", entry.file))).chain(media_addresses(&pack));
    add_missing(&cache, files).await
}

/// Removes the pack (every version of it) from the offline cache, with the media no other saved
/// pack uses. Progress is not touched.
pub async fn remove(entry: &CatalogEntry) -> Result<(), OfflineError> {
    let cache = packs_cache().await?;
    let media = match load_pack(&entry.id).await {
        Ok((_, pack)) => media_addresses(&pack),
        Err(_) => Vec::new(),
    };
    let own_prefix = format!("{}{}.", site_url("packs/"), entry.id);
    for url in cached_urls(&cache).await? {
        if url.starts_with(&own_prefix) && url.ends_with(".json") {
            let _ = JsFuture::from(cache.delete_with_str(&url)).await;
        }
    }
    remove_unused_media(&cache, media).await;
    forget(&entry.id);
    Ok(())
}
