//! The pack tool: reads lesson packs from `lessons/<pack-id>/`, validates them and writes the
//! compact files the app loads, plus the catalog `packs/index.json`.
//!
//! This is the foundation's version: it reads each pack's metadata (`pack.toml`), checks it, and
//! compiles the catalog deterministically. The full format (lessons, items, questions) is issue 3.

pub mod compile;
pub mod manifest;
pub mod problem;

pub use compile::{BuildOutput, build, check};
pub use problem::PackProblem;
