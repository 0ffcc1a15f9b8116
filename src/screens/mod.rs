//! One component per screen of the app, chosen by `passage_core::Route`.

mod home;
mod my_data;
mod not_found;
mod pack;
mod pack_text;
mod packs;

pub use home::HomeScreen;
pub use my_data::MyDataScreen;
pub use not_found::NotFoundScreen;
pub use pack::PackScreen;
pub use packs::{PacksScreen, size_text};
