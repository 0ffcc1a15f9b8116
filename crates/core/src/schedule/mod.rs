//! Spaced review: when each item is due again, by the FSRS algorithm with its default parameters.
//!
//! Pure functions of the item's memory state, the rating and the time passed in: nothing here reads
//! a clock or a random source (see `Anki rslib`'s `next_states`, which this mirrors).

mod types;

pub use types::{DAY_SECONDS, MemoryState, Rating, Timestamp};
