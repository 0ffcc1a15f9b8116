//! One component per screen of the app, chosen by `passage_core::Route`.

mod home;
mod lesson;
mod my_data;
mod not_found;
mod pack;
pub(crate) mod pack_text;
mod packs;
mod print;
mod review;
mod session;

pub use home::HomeScreen;
pub use lesson::LessonScreen;
pub use my_data::MyDataScreen;
pub use not_found::NotFoundScreen;
pub use pack::PackScreen;
pub use pack_text::text_in;
pub use packs::{PacksScreen, size_text};
pub use print::PrintScreen;
pub use review::ReviewScreen;
pub use session::{SessionItem, SessionResult, StudySession};

use leptos::prelude::*;

use crate::i18n::t;

/// The line a screen shows while its data arrives (`id` is the message), in place of the data.
///
/// A plain `move || resource.get().map(..).unwrap_or_else(|| loading(..))` rather than
/// `<Suspense>`: the screens' resources are read once, and Suspense's machinery costs about
/// 10 KB of wasm.
fn loading(id: &'static str) -> AnyView {
    view! { <p class="loading" role="status">{t(id)}</p> }.into_any()
}
