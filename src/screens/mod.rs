//! One component per screen of the app, chosen by `passage_core::Route`.

mod assignment;
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
pub use home::HomeScreen;
pub use lesson::LessonScreen;
pub use my_data::MyDataScreen;
pub use not_found::NotFoundScreen;
pub use pack::PackScreen;
pub use pack_text::text_in;
pub use packs::{PacksScreen, size_text};
pub use print::PrintScreen;
pub use receipt::ReceiptScreen;
pub use review::ReviewScreen;
pub use session::{SessionItem, SessionResult, StudySession};
