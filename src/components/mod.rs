//! Pieces of UI shared by several screens.

mod language_picker;
mod update_banner;

pub use language_picker::LanguagePicker;
pub use update_banner::UpdateBanner;
