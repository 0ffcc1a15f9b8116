//! The site settings file, `site.json` in the site's folder: what a hosting organisation can
//! change without rebuilding (name, logo, colours, default language, featured packs, corrections
//! link, extra catalogs, local help directory).
//!
//! Reading it never fails. [`SiteSettings::from_json`] always returns usable settings, with the
//! default for anything missing or wrong, and the list of problems found, each with the field's
//! path, so the app can work and the host can see what to fix. A file of a newer format than this
//! build knows is not guessed at: one problem, and the defaults.

use serde_json::Value;

use crate::LocalizedText;

use super::catalog_url::CatalogUrl;
use super::colour::{Colour, ColourUse, Theme};
use super::contact::{Email, Phone};
use super::help::{HelpCategory, HelpOrganisation};
use super::link::{CorrectionsLink, SitePath, https_link, web_link};
use super::merge::PackKey;
use super::problem::{FieldPath, Problems, SiteProblem, SiteProblemKind};
use super::read::{list, localized, object, string, text};
use super::suggest::nearest;

/// The file's name, in the same folder as `index.html`.
pub const SITE_FILE: &str = "site.json";
/// The settings format this build reads.
pub const SITE_FORMAT_VERSION: u32 = 1;
/// The largest file read; a larger one is not parsed at all.
pub const MAX_SITE_FILE_BYTES: usize = 256 * 1024;
/// The most organisations in the help directory.
pub const MAX_HELP_ENTRIES: usize = 200;
/// The most featured packs.
pub const MAX_FEATURED_PACKS: usize = 20;
/// The most extra catalogs the settings may name.
pub const MAX_EXTRA_CATALOGS: usize = 10;
/// The most languages or categories listed for one organisation.
pub const MAX_ORGANISATION_TAGS: usize = 30;
/// Names: the site's, an organisation's.
pub const MAX_NAME_CHARS: usize = 100;
/// An address.
pub const MAX_ADDRESS_CHARS: usize = 300;
/// Longer texts: what an organisation offers, its opening hours.
pub const MAX_TEXT_CHARS: usize = 1000;

const TOP_FIELDS: &[&str] = &[
    "format_version",
    "name",
    "logo",
    "colours",
    "default_language",
    "featured_packs",
    "corrections_link",
    "extra_catalogs",
    "help",
];
const COLOUR_FIELDS: &[&str] = &["accent", "accent_text"];
const HELP_FIELDS: &[&str] = &[
    "name",
    "offers",
    "categories",
    "languages",
    "address",
    "phone",
    "opening_hours",
    "website",
    "map",
    "email",
];

/// What a site can set. [`Default`] is what a site without a settings file gets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SiteSettings {
    /// The site's name; empty means the app's own name.
    pub name: LocalizedText,
    /// A logo inside the site, shown beside the name.
    pub logo: Option<SitePath>,
    /// Colours for the light scheme, already checked for contrast.
    pub theme: Theme,
    /// The interface language for learners whose browser languages the app does not have; `None`
    /// leaves the app's own choice. Always one of the known locales, spelled as they spell it.
    pub default_language: Option<String>,
    /// Packs to show first, in this order.
    pub featured_packs: Vec<PackKey>,
    /// Where learners send translation corrections; `None` means the app's default.
    pub corrections_link: Option<CorrectionsLink>,
    /// Catalogs of other sites whose packs are offered too.
    pub extra_catalogs: Vec<CatalogUrl>,
    /// The local help directory, in the file's order.
    pub help: Vec<HelpOrganisation>,
}

/// The result of reading the settings file: settings to use, always, and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SiteLoad {
    pub settings: SiteSettings,
    pub problems: Vec<SiteProblem>,
}

impl SiteLoad {
    /// Whether the file was read without any problem.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

impl SiteSettings {
    /// Reads `site.json`. `known_locales` are the interface languages the app has (from
    /// `passage-i18n`), which `default_language` must be one of. Never fails: see [`SiteLoad`].
    pub fn from_json(text: &str, known_locales: &[&str]) -> SiteLoad {
        let mut problems = Problems::default();
        let settings = read_settings(text, known_locales, &mut problems).unwrap_or_default();
        SiteLoad {
            settings,
            problems: problems.into_vec(),
        }
    }

    /// The site's name in the first of the reader's languages it has, else in `fallback`, else in
    /// any; `None` when the site sets no name (show the app's own).
    pub fn site_name(&self, preferred: &[&str], fallback: &str) -> Option<&str> {
        self.name.best(preferred, fallback)
    }
}

fn read_settings(
    text: &str,
    known_locales: &[&str],
    problems: &mut Problems,
) -> Option<SiteSettings> {
    let root = FieldPath::root();
    if text.len() > MAX_SITE_FILE_BYTES {
        problems.push(
            &root,
            SiteProblemKind::TooLarge {
                bytes: text.len(),
                limit: MAX_SITE_FILE_BYTES,
            },
        );
        return None;
    }
    // Editors on Windows may save UTF-8 with a byte order mark, which JSON does not allow.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            problems.push(
                &root,
                SiteProblemKind::Syntax {
                    line: error.line(),
                    column: error.column(),
                    message: syntax_message(&error),
                },
            );
            return None;
        }
    };
    let Some(map) = value.as_object() else {
        problems.push(&root, SiteProblemKind::NotAnObject);
        return None;
    };
    if let Some(version) = map.get("format_version") {
        let path = root.field("format_version");
        match version.as_u64() {
            Some(1) => {}
            Some(found) if found > u64::from(SITE_FORMAT_VERSION) => {
                problems.push(
                    &path,
                    SiteProblemKind::NewerFormat {
                        found,
                        supported: SITE_FORMAT_VERSION,
                    },
                );
                return None;
            }
            _ => {
                problems.push(&path, SiteProblemKind::BadFormatVersion);
                return None;
            }
        }
    }
    let map = object(&value, &root, TOP_FIELDS, problems)?;
    let mut settings = SiteSettings::default();
    let field = |name: &str| map.get(name).map(|value| (value, root.field(name)));

    if let Some((value, path)) = field("name") {
        settings.name = localized(value, &path, MAX_NAME_CHARS, problems);
    }
    if let Some((value, path)) = field("logo") {
        settings.logo = string(value, &path, problems).and_then(|text| {
            SitePath::parse_image(text)
                .map_err(|error| problems.push(&path, SiteProblemKind::BadSitePath(error)))
                .ok()
        });
    }
    if let Some((value, path)) = field("colours") {
        settings.theme = read_theme(value, &path, problems);
    }
    if let Some((value, path)) = field("default_language") {
        settings.default_language = string(value, &path, problems)
            .and_then(|tag| read_locale(tag, known_locales, &path, problems));
    }
    if let Some((value, path)) = field("featured_packs") {
        for (index, item) in list(value, &path, MAX_FEATURED_PACKS, problems)
            .iter()
            .enumerate()
        {
            let path = path.index(index);
            let Some(text) = string(item, &path, problems) else {
                continue;
            };
            match PackKey::parse(text) {
                None => problems.push(&path, SiteProblemKind::BadPackId),
                Some(key) if settings.featured_packs.contains(&key) => {
                    problems.push(&path, SiteProblemKind::Duplicate)
                }
                Some(key) => settings.featured_packs.push(key),
            }
        }
    }
    if let Some((value, path)) = field("corrections_link") {
        settings.corrections_link = string(value, &path, problems).and_then(|text| {
            CorrectionsLink::parse(text)
                .map_err(|error| problems.push(&path, SiteProblemKind::BadLink(error)))
                .ok()
        });
    }
    if let Some((value, path)) = field("extra_catalogs") {
        for (index, item) in list(value, &path, MAX_EXTRA_CATALOGS, problems)
            .iter()
            .enumerate()
        {
            let path = path.index(index);
            let Some(text) = string(item, &path, problems) else {
                continue;
            };
            match CatalogUrl::parse(text) {
                Err(error) => problems.push(&path, SiteProblemKind::BadCatalog(error)),
                Ok(url) if settings.extra_catalogs.contains(&url) => {
                    problems.push(&path, SiteProblemKind::Duplicate)
                }
                Ok(url) => settings.extra_catalogs.push(url),
            }
        }
    }
    if let Some((value, path)) = field("help") {
        for (index, item) in list(value, &path, MAX_HELP_ENTRIES, problems)
            .iter()
            .enumerate()
        {
            if let Some(organisation) = read_organisation(item, &path.index(index), problems) {
                settings.help.push(organisation);
            }
        }
    }
    Some(settings)
}

/// serde_json's message without its " at line L column C" tail, which the problem carries apart.
fn syntax_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

fn read_theme(value: &Value, path: &FieldPath, problems: &mut Problems) -> Theme {
    let Some(map) = object(value, path, COLOUR_FIELDS, problems) else {
        return Theme::default();
    };
    // Either colour unreadable: keep both of the app's, so a site is never half-branded.
    let mut unreadable = false;
    let mut colour = |name: &str, problems: &mut Problems| -> Option<Colour> {
        let value = map.get(name)?;
        let path = path.field(name);
        let parsed = string(value, &path, problems).and_then(|text| {
            Colour::parse_hex(text.trim())
                .map_err(|error| problems.push(&path, SiteProblemKind::BadColour(error)))
                .ok()
        });
        unreadable |= parsed.is_none();
        parsed
    };
    let accent = colour("accent", problems);
    let accent_text = colour("accent_text", problems);
    if unreadable || (accent.is_none() && accent_text.is_none()) {
        return Theme::default();
    }
    Theme::checked(accent, accent_text).unwrap_or_else(|failures| {
        for failure in failures {
            let field = match failure.used_as {
                ColourUse::TextOnAccent if accent_text.is_some() => "accent_text",
                _ => "accent",
            };
            problems.push(&path.field(field), SiteProblemKind::LowContrast(failure));
        }
        Theme::default()
    })
}

fn read_locale(
    tag: &str,
    known_locales: &[&str],
    path: &FieldPath,
    problems: &mut Problems,
) -> Option<String> {
    let tag = tag.trim();
    if let Some(known) = known_locales
        .iter()
        .find(|known| known.eq_ignore_ascii_case(tag))
    {
        return Some((*known).to_owned());
    }
    let lowered_primary = {
        let mut parts = tag.splitn(2, '-');
        let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
        match parts.next() {
            Some(rest) => format!("{primary}-{rest}"),
            None => primary,
        }
    };
    if !crate::pack::is_language_tag(&lowered_primary) {
        problems.push(path, SiteProblemKind::BadLanguageTag);
        return None;
    }
    let primary = lowered_primary.split('-').next().unwrap_or_default();
    let suggestion = known_locales
        .iter()
        .find(|known| {
            known
                .split('-')
                .next()
                .unwrap_or_default()
                .eq_ignore_ascii_case(primary)
        })
        .map(|known| (*known).to_owned());
    problems.push(path, SiteProblemKind::UnknownLocale { suggestion });
    None
}

fn read_organisation(
    value: &Value,
    path: &FieldPath,
    problems: &mut Problems,
) -> Option<HelpOrganisation> {
    let map = object(value, path, HELP_FIELDS, problems)?;
    let field = |name: &str| map.get(name).map(|value| (value, path.field(name)));
    let Some((name_value, name_path)) = field("name") else {
        problems.push(&path.field("name"), SiteProblemKind::Missing);
        return None;
    };
    let name = text(name_value, &name_path, MAX_NAME_CHARS, problems)?;
    let mut organisation = HelpOrganisation {
        name,
        ..HelpOrganisation::default()
    };
    if let Some((value, path)) = field("offers") {
        organisation.offers = localized(value, &path, MAX_TEXT_CHARS, problems);
    }
    if let Some((value, path)) = field("categories") {
        organisation.categories = read_categories(value, &path, problems);
    }
    if let Some((value, path)) = field("languages") {
        organisation.languages = read_languages(value, &path, problems);
    }
    if let Some((value, path)) = field("address") {
        organisation.address = text(value, &path, MAX_ADDRESS_CHARS, problems);
    }
    if let Some((value, path)) = field("phone") {
        organisation.phone = string(value, &path, problems).and_then(|text| {
            Phone::parse(text)
                .map_err(|error| problems.push(&path, SiteProblemKind::BadPhone(error)))
                .ok()
        });
    }
    if let Some((value, path)) = field("opening_hours") {
        organisation.opening_hours = localized(value, &path, MAX_TEXT_CHARS, problems);
    }
    if let Some((value, path)) = field("website") {
        organisation.website = string(value, &path, problems).and_then(|text| {
            web_link(text.trim())
                .map_err(|error| problems.push(&path, SiteProblemKind::BadLink(error)))
                .ok()
        });
    }
    if let Some((value, path)) = field("map") {
        organisation.map = string(value, &path, problems).and_then(|text| {
            https_link(text.trim())
                .map_err(|error| problems.push(&path, SiteProblemKind::BadLink(error)))
                .ok()
        });
    }
    if let Some((value, path)) = field("email") {
        organisation.email = string(value, &path, problems).and_then(|text| {
            Email::parse(text)
                .map_err(|error| problems.push(&path, SiteProblemKind::BadEmail(error)))
                .ok()
        });
    }
    Some(organisation)
}

fn read_categories(value: &Value, path: &FieldPath, problems: &mut Problems) -> Vec<HelpCategory> {
    let mut categories = Vec::new();
    for (index, item) in list(value, path, MAX_ORGANISATION_TAGS, problems)
        .iter()
        .enumerate()
    {
        let path = path.index(index);
        let Some(name) = string(item, &path, problems) else {
            continue;
        };
        let category = HelpCategory::from_name(name).unwrap_or_else(|| {
            problems.push(
                &path,
                SiteProblemKind::UnknownCategory {
                    suggestion: nearest(name, &HelpCategory::names()),
                },
            );
            HelpCategory::Other
        });
        if categories.contains(&category) {
            if HelpCategory::from_name(name).is_some() {
                problems.push(&path, SiteProblemKind::Duplicate);
            }
        } else {
            categories.push(category);
        }
    }
    categories
}

fn read_languages(value: &Value, path: &FieldPath, problems: &mut Problems) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    for (index, item) in list(value, path, MAX_ORGANISATION_TAGS, problems)
        .iter()
        .enumerate()
    {
        let path = path.index(index);
        let Some(tag) = string(item, &path, problems) else {
            continue;
        };
        let tag = tag.trim();
        if !crate::pack::is_language_tag(tag) {
            problems.push(&path, SiteProblemKind::BadLanguageTag);
        } else if languages
            .iter()
            .any(|known| known.eq_ignore_ascii_case(tag))
        {
            problems.push(&path, SiteProblemKind::Duplicate);
        } else {
            languages.push(tag.to_owned());
        }
    }
    languages
}
