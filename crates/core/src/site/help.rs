//! The local help directory: organisations near the site's learners, what they offer, in which
//! languages, and how to reach them. Shown in the app and available offline.

use crate::LocalizedText;
use crate::localized::primary_subtag;

use super::contact::{Email, Phone};
use super::web_url::WebUrl;

/// What kind of help an organisation gives. Written in the settings file in lower case with
/// hyphens (`legal-advice`); anything else is read as [`HelpCategory::Other`] with a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HelpCategory {
    LegalAdvice,
    Health,
    Work,
    Housing,
    LanguageCourses,
    Family,
    Emergency,
    Other,
}

impl HelpCategory {
    /// Every category, in the order filters list them.
    pub const ALL: [HelpCategory; 8] = [
        Self::Emergency,
        Self::LegalAdvice,
        Self::Health,
        Self::Housing,
        Self::Work,
        Self::LanguageCourses,
        Self::Family,
        Self::Other,
    ];

    /// The name in the settings file (`legal-advice`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LegalAdvice => "legal-advice",
            Self::Health => "health",
            Self::Work => "work",
            Self::Housing => "housing",
            Self::LanguageCourses => "language-courses",
            Self::Family => "family",
            Self::Emergency => "emergency",
            Self::Other => "other",
        }
    }

    /// Reads a category name exactly as [`Self::as_str`] writes it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|category| category.as_str() == name)
    }

    /// Every name, for suggestions.
    pub fn names() -> [&'static str; 8] {
        Self::ALL.map(Self::as_str)
    }
}

/// An organisation in the help directory. Only `name` is required; the UI shows what is there.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HelpOrganisation {
    /// Its name as it is known locally (not translated).
    pub name: String,
    /// What it offers, in the languages the site writes it in.
    pub offers: LocalizedText,
    /// Kinds of help, no repeats, in the file's order.
    pub categories: Vec<HelpCategory>,
    /// Languages spoken there (BCP 47), no repeats, in the file's order.
    pub languages: Vec<String>,
    /// The postal address as text.
    pub address: Option<String>,
    pub phone: Option<Phone>,
    /// Free text, in the languages the site writes it in ("Mon–Fri 9:00–13:00").
    pub opening_hours: LocalizedText,
    /// `https:` or `http:`.
    pub website: Option<WebUrl>,
    /// A link to a map (`https:` only).
    pub map: Option<WebUrl>,
    pub email: Option<Email>,
}

impl HelpOrganisation {
    pub fn has_category(&self, category: HelpCategory) -> bool {
        self.categories.contains(&category)
    }

    /// Whether someone there speaks the language, matching on the primary language (`fa` matches
    /// `fa-AF` and the other way round; `ar` matches `ar-SY`).
    pub fn speaks(&self, language: &str) -> bool {
        let wanted = primary_subtag(language);
        self.languages
            .iter()
            .any(|spoken| primary_subtag(spoken).eq_ignore_ascii_case(wanted))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_names_round_trip() {
        for category in HelpCategory::ALL {
            assert_eq!(HelpCategory::from_name(category.as_str()), Some(category));
        }
        assert_eq!(HelpCategory::from_name("Legal-Advice"), None);
        assert_eq!(HelpCategory::from_name("lawyers"), None);
    }

    #[test]
    fn speaks_matches_primary_languages() {
        let org = HelpOrganisation {
            name: "Example Advice Centre".into(),
            languages: vec!["fa-AF".into(), "ar".into()],
            ..HelpOrganisation::default()
        };
        assert!(org.speaks("fa"));
        assert!(org.speaks("ar-SY"));
        assert!(org.speaks("AR"));
        assert!(!org.speaks("uk"));
    }
}
