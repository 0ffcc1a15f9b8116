//! The interface languages: one row each, with the language's own name (endonym), its writing
//! direction and whether a native speaker has reviewed the translation.
//!
//! This table is the one place a new interface language is added (with its folder in `locales/`).
//! A host test checks that the two agree.

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Self::LeftToRight => "ltr",
            Self::RightToLeft => "rtl",
        }
    }
}

/// How far a translation can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The source language, written by the team.
    Source,
    /// Translated carefully but not yet reviewed by a native speaker: the app invites corrections.
    Draft,
    /// Reviewed by a native speaker.
    Reviewed,
}

/// How numbers are written in a language (CLDR's default number system and symbols).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSymbols {
    /// The ten digits, zero first.
    pub digits: [char; 10],
    pub decimal: char,
    pub group: char,
    /// Numbers with fewer integer digits than this are not grouped (Spanish writes `1234`).
    pub min_grouping_digits: usize,
}

/// The order and separator of a numeric date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayMonthYear(char),
    YearMonthDay(char),
}

/// One interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// The BCP 47 tag and the folder name in `locales/`.
    pub tag: &'static str,
    /// The language's name in itself, as the picker lists it.
    pub endonym: &'static str,
    /// The language's name in English, for documentation and logs.
    pub english_name: &'static str,
    pub direction: Direction,
    pub status: Status,
    pub numbers: NumberSymbols,
    pub dates: DateOrder,
}

impl Locale {
    /// Whether the app should invite corrections of this translation.
    pub fn is_draft(&self) -> bool {
        self.status == Status::Draft
    }
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];

const fn symbols(digits: [char; 10], decimal: char, group: char) -> NumberSymbols {
    NumberSymbols {
        digits,
        decimal,
        group,
        min_grouping_digits: 1,
    }
}

/// English: the source of every message and the last fallback.
pub const ENGLISH: Locale = Locale {
    tag: "en",
    endonym: "English",
    english_name: "English",
    direction: Direction::LeftToRight,
    status: Status::Source,
    numbers: symbols(LATIN, '.', ','),
    dates: DateOrder::DayMonthYear('/'),
};

const fn draft(
    tag: &'static str,
    endonym: &'static str,
    english_name: &'static str,
    direction: Direction,
    numbers: NumberSymbols,
    dates: DateOrder,
) -> Locale {
    Locale {
        tag,
        endonym,
        english_name,
        direction,
        status: Status::Draft,
        numbers,
        dates,
    }
}

use Direction::{LeftToRight as Ltr, RightToLeft as Rtl};

/// Every interface language, in the order the picker lists them.
pub const LOCALES: &[Locale] = &[
    ENGLISH,
    draft(
        "ar",
        "العربية",
        "Arabic",
        Rtl,
        symbols(ARABIC_INDIC, '٫', '٬'),
        DateOrder::DayMonthYear('/'),
    ),
    draft(
        "fa",
        "فارسی / دری",
        "Persian (Farsi, Dari)",
        Rtl,
        symbols(PERSIAN, '٫', '٬'),
        DateOrder::YearMonthDay('/'),
    ),
    draft(
        "ps",
        "پښتو",
        "Pashto",
        Rtl,
        symbols(PERSIAN, '٫', '٬'),
        DateOrder::YearMonthDay('/'),
    ),
    draft(
        "uk",
        "Українська",
        "Ukrainian",
        Ltr,
        symbols(LATIN, ',', '\u{a0}'),
        DateOrder::DayMonthYear('.'),
    ),
    draft(
        "ru",
        "Русский",
        "Russian",
        Ltr,
        symbols(LATIN, ',', '\u{a0}'),
        DateOrder::DayMonthYear('.'),
    ),
    draft(
        "tr",
        "Türkçe",
        "Turkish",
        Ltr,
        symbols(LATIN, ',', '.'),
        DateOrder::DayMonthYear('.'),
    ),
    draft(
        "ti",
        "ትግርኛ",
        "Tigrinya",
        Ltr,
        symbols(LATIN, '.', ','),
        DateOrder::DayMonthYear('/'),
    ),
    draft(
        "so",
        "Soomaali",
        "Somali",
        Ltr,
        symbols(LATIN, '.', ','),
        DateOrder::DayMonthYear('/'),
    ),
    draft(
        "es",
        "Español",
        "Spanish",
        Ltr,
        NumberSymbols {
            digits: LATIN,
            decimal: ',',
            group: '.',
            min_grouping_digits: 2,
        },
        DateOrder::DayMonthYear('/'),
    ),
    draft(
        "fr",
        "Français",
        "French",
        Ltr,
        symbols(LATIN, ',', '\u{202f}'),
        DateOrder::DayMonthYear('/'),
    ),
    draft(
        "de",
        "Deutsch",
        "German",
        Ltr,
        symbols(LATIN, ',', '.'),
        DateOrder::DayMonthYear('.'),
    ),
];

/// The interface language with this exact tag (as stored or as a folder name).
pub fn by_tag(tag: &str) -> Option<&'static Locale> {
    LOCALES
        .iter()
        .find(|locale| locale.tag.eq_ignore_ascii_case(tag))
}

/// A language's own name for the tags the interface knows (`"de-AT"` → `"Deutsch"`), else the tag.
pub fn endonym(tag: &str) -> &str {
    crate::negotiate::match_tag(tag).map_or(tag, |locale| locale.endonym)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_languages_english_first_and_only_english_not_draft() {
        assert_eq!(LOCALES.len(), 12);
        assert_eq!(LOCALES[0], ENGLISH);
        for locale in &LOCALES[1..] {
            assert!(locale.is_draft(), "{} should be marked draft", locale.tag);
        }
        let mut tags: Vec<_> = LOCALES.iter().map(|locale| locale.tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), LOCALES.len(), "tags are unique");
    }

    #[test]
    fn arabic_script_languages_run_right_to_left() {
        for (tag, direction) in [
            ("ar", "rtl"),
            ("fa", "rtl"),
            ("ps", "rtl"),
            ("en", "ltr"),
            ("ti", "ltr"),
            ("uk", "ltr"),
        ] {
            assert_eq!(by_tag(tag).map(|l| l.direction.as_html()), Some(direction));
        }
    }

    #[test]
    fn names_languages_in_themselves() {
        assert_eq!(endonym("de-AT"), "Deutsch");
        assert_eq!(endonym("prs"), "فارسی / دری");
        assert_eq!(endonym("xx"), "xx");
    }
}
