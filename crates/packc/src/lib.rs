//! The pack tool: reads lesson packs from `lessons/<pack-id>/`, validates them and writes the
//! compact files the app loads, plus the catalog `packs/index.json`; `publish` puts them into a
//! built site together with its new service worker.

pub mod compile;
pub mod markdown;
pub mod problem;
pub mod publish;
pub mod scaffold;
pub mod source;
pub mod suggest;
pub mod today;

pub use compile::{BuildOutput, CheckReport, build, check};
pub use problem::PackProblem;
pub use publish::{PublishError, Published, publish};
