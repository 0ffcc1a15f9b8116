//! Spaced review: when each item is due again, by the FSRS algorithm with its default parameters.
//!
//! Pure functions of the item's memory state, the rating and the time passed in: nothing here reads
//! a clock or a random source (see `Anki rslib`'s `next_states`, which this mirrors).

mod card;
mod config;
mod fsrs;
mod queue;
mod types;

pub use card::{Card, NextStates, ScheduledCard};
pub use config::SchedulerConfig;
pub use fsrs::{
    DIFFICULTY_MAX, DIFFICULTY_MIN, FSRS6_DEFAULT_PARAMETERS, InvalidParameters, Parameters,
    STABILITY_MAX, STABILITY_MIN,
};
pub use queue::{QueueLimits, due_queue};
pub use types::{DAY_SECONDS, MemoryState, Rating, Timestamp};
