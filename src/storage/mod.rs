//! The browser's storage, from the app's side: the progress slots over `localStorage`, asking the
//! browser to keep the data (persistent storage) and how much is used, and saving text as a file.

pub mod chosen_files;
pub mod download;
pub mod local_slots;
pub mod persistence;

pub use chosen_files::{file_text, take_chosen_files};
pub use download::download_text;
pub use local_slots::LocalSlots;
pub use persistence::request_persistence_once;
