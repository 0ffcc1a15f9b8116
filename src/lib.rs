//! Passage's user interface: a thin Leptos layer over `passage-core`.
//!
//! Components read domain types and call domain functions; they hold no business rules.

pub mod app;
pub mod components;
pub mod offline;
pub mod routing;
pub mod screens;
pub mod site;

pub use app::App;

/// Mounts the app into the page and removes the static start-up screen that `index.html` shows
/// while the WebAssembly loads.
pub fn start() {
    if let Some(boot) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
