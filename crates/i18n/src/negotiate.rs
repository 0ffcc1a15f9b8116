//! Choosing the interface language from the browser's list of preferred languages.

use crate::locale::{ENGLISH, LOCALES, Locale};

/// Other codes for the interface languages: ISO 639-3 and macrolanguage members, and the codes
/// browsers and phones use for Dari and the Pashto varieties.
const ALIASES: &[(&str, &str)] = &[
    ("prs", "fa"),
    ("pes", "fa"),
    ("fas", "fa"),
    ("per", "fa"),
    ("pbu", "ps"),
    ("pbt", "ps"),
    ("pst", "ps"),
    ("pus", "ps"),
    ("ara", "ar"),
    ("arb", "ar"),
    ("apc", "ar"),
    ("ajp", "ar"),
    ("acm", "ar"),
    ("arz", "ar"),
    ("ukr", "uk"),
    ("rus", "ru"),
    ("tur", "tr"),
    ("tir", "ti"),
    ("som", "so"),
    ("spa", "es"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("deu", "de"),
    ("ger", "de"),
    ("gsw", "de"),
    ("eng", "en"),
];

/// The interface language for one requested tag, if the interface has it: `fa-AF` and `prs` give
/// Persian/Dari, `de-AT` German; `pt-BR` gives none.
pub fn match_tag(requested: &str) -> Option<&'static Locale> {
    let primary = requested
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let primary = ALIASES
        .iter()
        .find(|(alias, _)| *alias == primary)
        .map_or(primary.as_str(), |(_, tag)| tag);
    LOCALES.iter().find(|locale| locale.tag == primary)
}

/// The first of the browser's languages (most preferred first) that the interface speaks, else
/// English.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static Locale {
    negotiate_known(requested).unwrap_or(&ENGLISH)
}

/// The first of the browser's languages that the interface speaks, if any: `None` lets a site's
/// default language (its settings file) choose before English does.
pub fn negotiate_known<S: AsRef<str>>(requested: &[S]) -> Option<&'static Locale> {
    requested.iter().find_map(|tag| match_tag(tag.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_from_the_browser_list() {
        let cases: &[(&[&str], &str)] = &[
            (&["fa-AF", "en"], "fa"),
            (&["prs"], "fa"),
            (&["fa-IR"], "fa"),
            (&["ps-AF"], "ps"),
            (&["pbu"], "ps"),
            (&["pt-BR"], "en"),
            (&["pt-BR", "es-419"], "es"),
            (&["ar-SY", "de-DE"], "ar"),
            (&["ti-ER"], "ti"),
            (&["so-SO"], "so"),
            (&["uk-UA", "ru"], "uk"),
            (&["de_AT"], "de"),
            (&["TR"], "tr"),
            (&["am-ET", "ti"], "ti"),
            (&[], "en"),
            (&[""], "en"),
            (&["x-klingon", "*"], "en"),
        ];
        for (requested, expected) in cases {
            assert_eq!(negotiate(requested).tag, *expected, "{requested:?}");
        }
    }

    #[test]
    fn says_when_no_browser_language_is_spoken() {
        assert_eq!(negotiate_known(&["pt-BR", "x-klingon"]), None);
        assert_eq!(negotiate_known::<&str>(&[]), None);
        assert_eq!(negotiate_known(&["pt-BR", "so"]).map(|l| l.tag), Some("so"));
        // English in the browser's list is a choice, not a fallback.
        assert_eq!(negotiate_known(&["en-GB"]).map(|l| l.tag), Some("en"));
    }
}
