//! Where the site is: the one source of truth for the base path, read from `document.baseURI`, so
//! the same build runs at a domain root or in any sub-folder. Also fetching the site's own files.

use passage_core::{Catalog, CatalogError};
use thiserror::Error;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The absolute URL of a file of this site, given relative to the folder the app is served from.
pub fn site_url(relative: &str) -> String {
    let base = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten());
    match base.and_then(|base| web_sys::Url::new_with_base(relative, &base).ok()) {
        Some(url) => url.href(),
        None => relative.to_owned(),
    }
}

/// Why a file of the site could not be had.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum FetchError {
    #[error("no network and no saved copy")]
    Unreachable,
    #[error("the site answered {0}")]
    Status(u16),
    /// Another site's file that did not arrive in time; it never holds up the app.
    #[error("the site took too long to answer")]
    TimedOut,
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

/// Fetches a text file of this site (through the service worker, so offline it comes from cache).
pub async fn fetch_text(relative: &str) -> Result<String, FetchError> {
    fetch_url(&site_url(relative), None).await
}

/// Fetches a text file at an absolute address, of this site or another (which must allow it with
/// `Access-Control-Allow-Origin`), giving up after `timeout_ms` when given.
pub async fn fetch_url(url: &str, timeout_ms: Option<i32>) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    let mut request = window.fetch_with_str(url);
    if let Some(ms) = timeout_ms {
        // Whichever settles first: the answer, or a timer that resolves with `undefined`.
        let timer = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        });
        request = js_sys::Promise::race(&js_sys::Array::of2(&request, &timer));
    }
    let response = JsFuture::from(request)
        .await
        .map_err(|_| FetchError::Unreachable)?;
    if response.is_undefined() {
        return Err(FetchError::TimedOut);
    }
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Unreachable)?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| FetchError::Unreachable)?;
    text.as_string().ok_or(FetchError::Unreachable)
}

/// The pack catalog this site offers.
pub async fn fetch_catalog() -> Result<Catalog, FetchError> {
    let text = fetch_text("packs/index.json").await?;
    Ok(Catalog::from_json(&text)?)
}
