//! Unicode normalisation for answer checking, from the browser (`String.prototype.normalize`),
//! so the wasm carries no Unicode tables.

use passage_core::answer::UnicodeForms;

/// The browser's Unicode normalisation.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserForms;

fn normalize(text: &str, form: &str) -> String {
    js_sys::JsString::from(text)
        .normalize(form)
        .as_string()
        .unwrap_or_else(|| text.to_owned())
}

impl UnicodeForms for BrowserForms {
    fn nfc(&self, text: &str) -> String {
        normalize(text, "NFC")
    }

    fn nfkc(&self, text: &str) -> String {
        normalize(text, "NFKC")
    }

    fn nfd(&self, text: &str) -> String {
        normalize(text, "NFD")
    }
}
