//! Unicode for answer checking and pack validation, from the browser: normalisation
//! (`String.prototype.normalize`), lower case (`toLowerCase`) and letter classes (Unicode property
//! escapes), so the wasm carries no Unicode tables.

use std::cell::OnceCell;

use js_sys::{JsString, RegExp};
use passage_core::answer::UnicodeForms;

/// The browser's Unicode normalisation, lower case and letter classes.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserForms;

fn normalize(text: &str, form: &str) -> String {
    JsString::from(text)
        .normalize(form)
        .as_string()
        .unwrap_or_else(|| text.to_owned())
}

thread_local! {
    static LETTER: OnceCell<RegExp> = const { OnceCell::new() };
    static LETTER_OR_NUMBER: OnceCell<RegExp> = const { OnceCell::new() };
}

/// Whether `c` matches `pattern` (compiled once per page).
fn matches(
    cache: &'static std::thread::LocalKey<OnceCell<RegExp>>,
    pattern: &str,
    c: char,
) -> bool {
    let mut buffer = [0; 4];
    cache.with(|regexp| {
        regexp
            .get_or_init(|| RegExp::new(pattern, "u"))
            .test(c.encode_utf8(&mut buffer))
    })
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

    fn lowercase(&self, text: &str) -> String {
        if text.is_ascii() {
            return text.to_ascii_lowercase();
        }
        JsString::from(text)
            .to_lower_case()
            .as_string()
            .unwrap_or_else(|| text.to_owned())
    }

    fn is_alphabetic(&self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphabetic();
        }
        matches(&LETTER, r"^\p{Alphabetic}$", c)
    }

    fn is_alphanumeric(&self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphanumeric();
        }
        matches(&LETTER_OR_NUMBER, r"^[\p{Alphabetic}\p{N}]$", c)
    }
}
