//! The learner's progress and how it is kept: the model ([`Progress`]), its stored document
//! format (versioned, checksummed, migrated from every earlier version), the one writer
//! ([`ProgressStore`], two slots so a crash mid-write never leaves nothing readable), export,
//! import and merge.
//!
//! Progress lives only in the browser's storage, so nothing here ever drops what it could not
//! read: damaged data is set aside byte for byte and reported, data from a newer app is left
//! alone, and a storage error leaves what was saved before intact.
//!
//! "Delete all my data" is [`ProgressStore::delete_all`], which clears both slots and the copies
//! set aside through [`ProgressSlots::clear`]; the UI confirms with the learner first.

mod accepted;
mod checksum;
mod daily;
mod error;
mod exchange;
mod faulty_slots;
mod format;
mod item;
mod key;
mod lesson;
mod memory_slots;
mod merge;
mod migrate;
mod settings;
mod slots;
mod state;
mod store;
mod wire_json;
mod wire_v2;
mod wire_v3;

#[cfg(test)]
mod tests;

pub use accepted::{AcceptError, AcceptedAssignment};
pub(crate) use checksum::fnv1a64;
pub use daily::{DEFAULT_GOAL, DailyActivity, GOAL_CHOICES, HISTORY_DAYS, MAX_GOAL};
pub use error::DecodeError;
pub use exchange::{export, import};
pub use faulty_slots::FaultySlots;
pub use format::{CURRENT_VERSION, Decoded, FORMAT_NAME, decode, encode};
pub use item::ItemProgress;
pub use key::{ItemKey, LessonKey};
pub use lesson::LessonProgress;
pub use memory_slots::MemorySlots;
pub use merge::merge;
pub use settings::LearnerSettings;
pub use slots::{ProgressSlots, Slot, StorageError};
pub use state::Progress;
pub use store::{LoadProblem, LoadReport, Loaded, ProgressStore, SaveError, SaveReport};

/// A map or set of `entries`, inserted one by one. Not `collect()`: that first sorts the entries
/// with a stable sort, whose code the wasm then holds once more for each type of entry (about
/// 3 KB each), while these come in order already or are few.
fn inserted<C: Default + Extend<T>, T>(entries: impl IntoIterator<Item = T>) -> C {
    let mut out = C::default();
    out.extend(entries);
    out
}
