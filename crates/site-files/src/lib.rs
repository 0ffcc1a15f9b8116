//! The files a built Passage site derives from its content: the service worker (`sw.js`, which
//! precaches one build and names its caches by the build's content hash) and the precompressed
//! `.br`/`.gz` copies beside each text and wasm file.
//!
//! Two tools change a site: `cargo xtask dist` builds it, and `packc publish` replaces its packs
//! on an NGO's computer, with no toolchain. Both regenerate these files with this crate, so a
//! site whose packs changed always gets a new worker: learners who have the app installed are
//! offered "Update available" and then see the new catalog, never a stale one.

pub mod compress;
pub mod pages;
pub mod site;
pub mod worker;

pub use site::SiteFiles;
