//! The app's own defaults for what a hosting organisation may change in its settings file
//! (`crate::site_settings`).

/// Where learners send corrections of a draft translation.
pub fn translation_corrections_url() -> &'static str {
    concat!(env!("CARGO_PKG_REPOSITORY"), "/issues")
}
