//! Passage's domain, in plain Rust.
//!
//! Everything a learner's progress, a pack or a screen's meaning depends on lives here, so that it
//! can be tested on the host with `cargo test`. This crate never depends on leptos, web-sys, gloo or
//! wasm-bindgen (`tests/no_web_dependencies.rs` enforces it); the app in `src/` is a thin layer on top.

pub mod answer;
mod base64url;
pub mod catalog;
pub mod catalog_filter;
pub mod classroom;
pub mod exercise;
mod hex;
mod json_reader;
pub mod localized;
pub mod pack;
pub mod progress;
pub mod route;
pub mod schedule;
pub mod site;
pub mod study;

pub use catalog::{Catalog, CatalogEntry, CatalogError, PackKind};
pub use catalog_filter::{CatalogFacets, CatalogFilter};
pub use classroom::{Assignment, AssignmentError, AssignmentId, Receipt, ReceiptError, Roster};
pub use localized::LocalizedText;
pub use pack::{Pack, PackIssue};
pub use route::Route;
pub use site::{SiteLoad, SiteProblem, SiteSettings};
