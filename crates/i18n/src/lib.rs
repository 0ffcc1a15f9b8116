//! Passage's interface languages, in plain Rust (no web dependencies, tested on the host).
//!
//! - [`locale`]: the table of interface languages (tag, endonym, direction, draft or reviewed);
//! - [`negotiate`]: choosing a language from the browser's preferences;
//! - [`fluent`]: reading and formatting the part of Fluent the messages use (fluent-bundle is
//!   only the oracle of its tests, and fluent-syntax only the parser of the host checks);
//! - [`messages`]: Fluent messages with the fallback chain (chosen language, then English), never a
//!   raw message id;
//! - [`number`]: numbers and dates as each language writes them;
//! - [`pack_language`]: which of a pack's languages to show a learner;
//! - [`check`]: the checks over `locales/` that the host tests run.

pub mod check;
pub mod fluent;
pub mod locale;
pub mod messages;
pub mod negotiate;
pub mod number;
pub mod pack_language;

pub use fluent::{FluentArgs, FluentNumber, FluentNumberOptions, FluentValue};
pub use locale::{Direction, ENGLISH, LOCALES, Locale, Status, by_tag, endonym};
pub use messages::{
    ENGLISH_FILES, ENGLISH_TEACHER_FILES, Localizer, Messages, MessagesError, PLACEHOLDER,
};
pub use negotiate::{match_tag, negotiate, negotiate_known};
pub use pack_language::{PackLanguage, best_text, pack_language};

/// The Fluent files of each locale, in `locales/<tag>/`, fetched in this order: the app's frame
/// and first screens, learning (lessons, exercises, review), the learner's data, the site's settings,
/// and packs from other sites and shared as files.
pub const FILES: &[&str] = &[
    "app.ftl",
    "learn.ftl",
    "data.ftl",
    "site.ftl",
    "packs-sharing.ftl",
];

/// The teachers' page (`teach.html`) loads these after [`FILES`]: its screens' messages stay out
/// of the learner's app, which never shows them.
pub const TEACHER_FILES: &[&str] = &["teach.ftl"];

/// Every Fluent file a locale has, for the checks.
pub const ALL_FILES: &[&str] = &[
    "app.ftl",
    "learn.ftl",
    "data.ftl",
    "site.ftl",
    "packs-sharing.ftl",
    "teach.ftl",
];
