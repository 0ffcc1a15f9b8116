//! Saving text as a file on the phone: a `Blob`, an object URL, and a link with `download`.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `file_name`; returns whether the browser accepted it.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> bool {
    try_download(file_name, text, mime).is_ok()
}

fn try_download(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // The browser reads the object URL after this task; free it a little later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or("progress").to_owned()
}
