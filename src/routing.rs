//! The current screen, kept in sync with the URL fragment.
//!
//! Navigation is plain links (`<a href="#/packs">`): the browser updates the fragment and its
//! history, and `hashchange` updates the route signal. See `passage_core::Route` for why the
//! fragment and not the path.

use leptos::prelude::*;
use passage_core::Route;
use wasm_bindgen::prelude::*;

/// The current route, provided once at the root.
#[derive(Clone, Copy)]
pub struct RouteContext(pub ReadSignal<Route>);

fn current_route() -> Route {
    let fragment = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    Route::from_fragment(&fragment)
}

/// Starts following the URL fragment and provides the route to every component below.
pub fn provide_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    if let Some(window) = web_sys::window() {
        let on_change = Closure::<dyn FnMut()>::new(move || {
            set_route.set(current_route());
            move_focus_to_main();
        });
        // The listener lives as long as the page.
        let _ = window
            .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
    provide_context(RouteContext(route));
    route
}

/// The current route.
pub fn use_route() -> ReadSignal<Route> {
    use_context::<RouteContext>()
        .map(|context| context.0)
        .unwrap_or_else(|| signal(current_route()).0)
}

/// After a screen change, screen-reader and keyboard users start at the new screen's content
/// rather than wherever the link they followed was.
fn move_focus_to_main() {
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        if let Some(main) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id("main"))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    });
}
