//! Pieces of UI shared by several screens.

mod draft_note;
mod language_picker;
mod learner_language;
mod offline_pack;
mod qr_code;
mod share_buttons;
mod site_brand;
mod site_problems;
mod storage_notice;
mod update_banner;

pub use draft_note::DraftNote;
pub use language_picker::LanguagePicker;
pub use learner_language::LearnerLanguageSelect;
pub use offline_pack::OfflinePack;
pub use qr_code::QrCode;
pub use share_buttons::{ShareButtons, can_share, copy_to_clipboard, share_text};
pub use site_brand::{SiteBrand, site_name};
pub use site_problems::SiteProblems;
pub use storage_notice::StorageNotice;
pub use update_banner::UpdateBanner;
