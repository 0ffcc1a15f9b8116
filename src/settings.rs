//! Settings a hosting organisation will be able to change (issue 7 reads them from the host's
//! settings file). Until then, the defaults live here, in one place.

/// Where learners send corrections of a draft translation.
pub fn translation_corrections_url() -> &'static str {
    concat!(env!("CARGO_PKG_REPOSITORY"), "/issues")
}
