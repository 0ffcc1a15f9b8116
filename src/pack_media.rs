//! A pack's pictures and recordings in the browser: where each is fetched from, reading their
//! bytes to put them in a shared pack file, and checking the bytes that arrive in one.
//!
//! A compiled pack names its media by content (`3f2a09c1d4e5b6a7.webp`), in the `media/` folder
//! beside the pack's file. For the site's own packs that is `packs/media/`, and views use the
//! names as they are. A pack from another catalog or opened from a file has its names made into
//! full addresses when it is loaded ([`with_media_addresses`]): its site's `packs/media/`, or
//! `packs/shared/media/` of this site, where the pictures of a shared file are kept.

use passage_core::Pack;
use passage_core::site::{SharedMedia, write_shared_file};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::pack_loader::{PackRef, load_pack, pack_text};
use crate::site::site_url;

/// The address a view shows or plays a media file from.
pub fn media_src(file: &str) -> String {
    if file.contains("://") {
        file.to_owned()
    } else {
        site_url(&format!("packs/media/{file}"))
    }
}

/// The compiled name of a media file, from its name or address.
pub fn media_name(file: &str) -> &str {
    file.rsplit('/').next().unwrap_or(file)
}

/// The address of a pack's media file: in the `media/` folder beside the pack's compiled file.
pub fn media_address(file_url: &str, name: &str) -> String {
    let folder = file_url.rsplit_once('/').map_or("", |(folder, _)| folder);
    format!("{folder}/media/{name}")
}

/// The pack with its media names made into addresses in the `media/` folder beside its file.
/// `Pack::from_json` accepts only the pack tool's names, so every address stays in that folder.
pub fn with_media_addresses(mut pack: Pack, file_url: &str) -> Pack {
    for name in pack.media_mut() {
        *name = media_address(file_url, name);
    }
    pack
}

/// The address of every media file the pack uses, once each.
pub fn media_addresses(pack: &Pack) -> Vec<String> {
    pack.media_files()
        .iter()
        .map(|file| media_src(file))
        .collect()
}

/// The bytes of a media file: the offline copy, else the network.
pub async fn media_bytes(url: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let mut response = None;
    if let Ok(caches) = window.caches()
        && let Ok(found) = JsFuture::from(caches.match_with_str(url)).await
    {
        response = found.dyn_into::<web_sys::Response>().ok();
    }
    let response = match response {
        Some(response) => response,
        None => JsFuture::from(window.fetch_with_str(url))
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()?,
    };
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The SHA-256 digest of some bytes, from the browser (`crypto.subtle`, in secure pages only).
pub async fn sha256(bytes: &[u8]) -> Option<Vec<u8>> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", bytes).ok()?;
    let buffer = JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A response holding a media file's bytes, with the media type browsers need to show or play it.
pub fn media_response(name: &str, bytes: &[u8]) -> Option<web_sys::Response> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(passage_core::pack::media_content_type(name));
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Response::new_with_opt_blob(Some(&blob)).ok()
}

/// The shared file of a pack (`passage_core::site::write_shared_file`), with every media file the
/// phone has or can fetch, and how many it could not get.
pub async fn shared_file(pack: &PackRef) -> Option<(String, usize)> {
    let text = pack_text(pack).await.ok()?;
    let (_, loaded) = load_pack(pack.key.as_str()).await.ok()?;
    let mut media = Vec::new();
    let mut missing = 0;
    for file in loaded.media_files() {
        match media_bytes(&media_src(&file)).await {
            Some(bytes) => media.push(SharedMedia {
                name: media_name(&file).to_owned(),
                bytes,
            }),
            None => missing += 1,
        }
    }
    Some((write_shared_file(&text, &media), missing))
}
