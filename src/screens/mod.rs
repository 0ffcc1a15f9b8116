//! One component per screen of the app, chosen by `passage_core::Route`.

mod assignment;
mod help;
mod home;
mod lesson;
mod my_data;
mod not_found;
mod pack;
pub(crate) mod pack_text;
mod packs;
mod print;
mod receipt;
mod review;
mod session;

pub use assignment::AssignmentScreen;
pub use help::HelpScreen;
pub use home::HomeScreen;
pub use lesson::LessonScreen;
pub use my_data::MyDataScreen;
pub use not_found::NotFoundScreen;
pub use pack::PackScreen;
pub use pack_text::text_in;
pub use packs::{PackOrigin, PacksScreen, size_text};
pub use print::{PrintScreen, print_page};
pub use receipt::ReceiptScreen;
pub use review::ReviewScreen;
pub use session::{SessionItem, SessionResult, StudySession};

use std::future::Future;
use std::sync::Arc;

use leptos::prelude::*;
use passage_core::{Catalog, CatalogEntry, Pack};

use crate::i18n::t;
use crate::pack_loader::{PackLoadError, load_pack};
use crate::site::{FetchError, fetch_catalog};

/// The line a screen shows while its data arrives (`id` is the message), in place of the data.
///
/// A plain `move || resource.get().map(..).unwrap_or_else(|| loading(..))` rather than
/// `<Suspense>`: the screens' resources are read once, and Suspense's machinery costs about
/// 10 KB of wasm.
fn loading(id: &'static str) -> AnyView {
    view! { <p class="loading" role="status">{t(id)}</p> }.into_any()
}

/// Starts `load` at once; its result when it arrives, `None` until then.
///
/// Not `LocalResource`: these loads read no signal, so they never run again, and each
/// `LocalResource` brings its own copy of Leptos' async machinery (about 2 KB of wasm).
fn when_loaded<T: Send + Sync + 'static>(
    load: impl Future<Output = T> + 'static,
) -> ReadSignal<Option<T>> {
    let (value, set) = signal(None);
    leptos::task::spawn_local(async move {
        let result = load.await;
        // The screen may be gone by then; nothing to show it to.
        let _ = set.try_set(Some(result));
    });
    value
}

/// The site's catalog, loaded once for a screen; `None` until it is there.
///
/// Not a `LocalResource` (see [`when_loaded`]): with this one gone the app has none left, and
/// Leptos' async resource machinery leaves the wasm.
fn catalog_when_loaded() -> ReadSignal<Option<Result<Catalog, FetchError>>> {
    when_loaded(fetch_catalog())
}

/// A pack, from memory or fetched (see [`load_pack`]), when it is there.
type LoadedPack = Option<Result<(CatalogEntry, Arc<Pack>), PackLoadError>>;

/// The pack `id`, loaded once for a screen; `None` until it is there.
fn pack_when_loaded(id: String) -> ReadSignal<LoadedPack> {
    when_loaded(async move { load_pack(&id).await })
}
