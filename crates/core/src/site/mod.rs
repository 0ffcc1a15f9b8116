//! Site settings and pack catalogs: what a hosting organisation (an NGO, a municipality) sets in
//! `site.json` without rebuilding the app, and the catalogs the app reads packs from.
//!
//! - [`SiteSettings::from_json`] reads the settings file; it always gives usable settings and a
//!   list of [`SiteProblem`]s, each naming the field (`help[2].phone`). `docs/site-settings.md`
//!   documents the file for people who are not developers.
//! - [`find_help`] and friends query the local help directory.
//! - [`CatalogUrl`], [`CatalogSources`] and [`merge_catalogs`] handle the site's own catalog and
//!   extra ones: addresses, pack file addresses relative to a catalog, where each pack comes
//!   from, and keys that keep packs of different catalogs apart.
//!
//! Everything here is plain data and pure functions; fetching files and showing them is the UI's.

pub mod catalog_source;
pub mod catalog_url;
pub mod colour;
pub mod contact;
pub mod help;
pub mod help_query;
pub mod link;
pub mod merge;
pub mod problem;
mod read;
pub mod settings;
pub mod shared;
pub mod suggest;
pub mod web_url;

pub use catalog_source::{AddCatalogError, AddedBy, CatalogSource, CatalogSources};
pub use catalog_url::{CatalogUrl, CatalogUrlError};
pub use colour::{Colour, ColourError, ColourUse, LowContrast, Theme};
pub use contact::{Email, EmailError, Phone, PhoneError};
pub use help::{HelpCategory, HelpOrganisation};
pub use help_query::{HelpQuery, categories_offered, find_help, languages_spoken};
pub use link::{CorrectionsLink, LinkError, SitePath, SitePathError};
pub use merge::{MergeNote, MergedCatalog, OfferedPack, PackKey, merge_catalogs};
pub use problem::{FieldPath, JsonKind, SiteProblem, SiteProblemKind};
pub use settings::{SITE_FILE, SITE_FORMAT_VERSION, SiteLoad, SiteSettings};
pub use shared::{
    MAX_SHARED_FILE_BYTES, MediaDamage, SHARED_FILE_FORMAT, SHARED_NAMESPACE, SharedMedia,
    SharedPack, SharedPackError, read_shared_pack, shared_file_name, write_shared_file,
};
pub use web_url::{ResolveError, Scheme, WebUrl, WebUrlError};

#[cfg(test)]
mod tests;
