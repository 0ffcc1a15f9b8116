//! Text given in several languages, such as a pack's title, and picking the best one for a reader.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A text in one or more languages, keyed by BCP 47 tag (`"de"`, `"fa-AF"`).
///
/// A `BTreeMap` keeps the serialised form in a stable order, so compiled packs are deterministic.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

impl LocalizedText {
    /// A text in a single language.
    pub fn single(lang: &str, text: &str) -> Self {
        Self(BTreeMap::from([(lang.to_owned(), text.to_owned())]))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in exactly this language tag, if given.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// The text in the first of `preferred` that it has (matching `fa` to `fa-AF` and back), else in
    /// `fallback`, else in any language it has. `None` only when it holds no text at all.
    pub fn best<'a>(&'a self, preferred: &[&str], fallback: &str) -> Option<&'a str> {
        preferred
            .iter()
            .chain(std::iter::once(&fallback))
            .find_map(|wanted| self.lookup(wanted))
            .or_else(|| self.0.values().next().map(String::as_str))
    }

    fn lookup(&self, wanted: &str) -> Option<&str> {
        if let Some(exact) = self.0.get(wanted) {
            return Some(exact);
        }
        let primary = primary_subtag(wanted);
        self.0
            .iter()
            .find(|(tag, _)| primary_subtag(tag).eq_ignore_ascii_case(primary))
            .map(|(_, text)| text.as_str())
    }
}

/// The primary language subtag of a BCP 47 tag, as written: `fa-AF` → `fa`.
pub fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title() -> LocalizedText {
        LocalizedText(BTreeMap::from([
            ("de".into(), "Erste Schritte".into()),
            ("en".into(), "First steps".into()),
            ("fa-AF".into(), "گام‌های نخست".into()),
        ]))
    }

    #[test]
    fn picks_the_first_preferred_language_it_has() {
        assert_eq!(title().best(&["uk", "de"], "en"), Some("Erste Schritte"));
    }

    #[test]
    fn matches_on_the_primary_language_both_ways() {
        assert_eq!(title().best(&["fa"], "en"), Some("گام‌های نخست"));
        assert_eq!(title().best(&["en-US"], "de"), Some("First steps"));
    }

    #[test]
    fn falls_back_then_takes_any() {
        assert_eq!(title().best(&["ti"], "en"), Some("First steps"));
        assert_eq!(title().best(&["ti"], "so"), Some("Erste Schritte"));
        assert_eq!(LocalizedText::default().best(&["en"], "en"), None);
    }
}
