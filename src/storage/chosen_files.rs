//! Reading the files a person chose in a file input (a progress file, receipts, a pack file).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The files chosen in the input that sent this `change` event. The input is emptied, so that
/// choosing the same file again (after fixing it, say) is noticed.
pub fn take_chosen_files(event: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| {
            (0..list.length())
                .filter_map(|index| list.get(index))
                .collect()
        })
        .unwrap_or_default();
    input.set_value("");
    files
}

/// A chosen file's text (UTF-8); `None` when the browser cannot read it.
pub async fn file_text(file: &web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}
