//! Turning a typed answer into the forms it is compared in.
//!
//! * The **strict form** ignores only what never changes the answer: Unicode forms (NFKC), case,
//!   spacing, sentence punctuation, invisible marks (zero-width joiners and non-joiners, bidi
//!   marks, soft hyphens), Arabic tashkeel and tatweel, Hebrew points, stress marks on Cyrillic
//!   vowels, and keyboard variants of the same letter (Persian `ی`/`ک` and Arabic `ي`/`ك`,
//!   Arabic-Indic digits, final `ς`). Matching in this form is [`super::Verdict::Correct`].
//! * The **loose form** of a strict form also drops diacritics (`é`→`e`, `ß`→`ss`, `أ`→`ا`);
//!   matching only in this form is a missing-diacritics note.
//!
//! Unicode normalisation, lower case and the letter classes are injected through
//! [`UnicodeForms`], so the app can use the browser's instead of shipping Unicode tables in the
//! wasm.

use super::language::Language;

/// Unicode normalisation forms, lower case and letter classes, provided by the caller.
///
/// The app implements it with the browser's `String.prototype.normalize`, `toLowerCase` and
/// Unicode property escapes; host tests with the `unicode-normalization` crate. [`NoNormalization`]
/// is the identity, for callers without one. Lower case and the letter classes default to Rust's
/// own, whose tables (about 10 KB compressed) the app leaves out by overriding them.
pub trait UnicodeForms {
    /// Canonical composition (NFC).
    fn nfc(&self, text: &str) -> String;
    /// Compatibility composition (NFKC): full-width letters, ligatures, superscripts.
    fn nfkc(&self, text: &str) -> String;
    /// Canonical decomposition (NFD): base letters followed by combining marks.
    fn nfd(&self, text: &str) -> String;

    /// Lower case by Unicode's default mapping, without any language's special rules.
    fn lowercase(&self, text: &str) -> String {
        text.to_lowercase()
    }

    /// Whether `c` is a letter (the Unicode property `Alphabetic`).
    fn is_alphabetic(&self, c: char) -> bool {
        c.is_alphabetic()
    }

    /// Whether `c` is a letter or a number (`Alphabetic`, or the general category `N`).
    fn is_alphanumeric(&self, c: char) -> bool {
        c.is_alphanumeric()
    }
}

/// Leaves text as it is. Checking still works, but an answer typed in another Unicode form than
/// the pack's (decomposed `u` + `◌̈` for `ü`, full-width letters) is no longer recognised as the
/// same, and precomposed letters keep their diacritics in the loose form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoNormalization;

impl UnicodeForms for NoNormalization {
    fn nfc(&self, text: &str) -> String {
        text.to_owned()
    }

    fn nfkc(&self, text: &str) -> String {
        text.to_owned()
    }

    fn nfd(&self, text: &str) -> String {
        text.to_owned()
    }
}

/// What a character is to the strict form.
enum Class {
    /// Dropped without a trace: it never changes the answer.
    Silent,
    /// A word boundary: white space and sentence punctuation.
    Boundary,
    /// Kept only between two letters or digits, as `'` or `-` (`geht's`, `E-Mail`); a boundary
    /// elsewhere.
    Joiner(char),
    /// `.`, `,` or `:`, kept only between two digits (`3,50`, `9:30`); a boundary elsewhere.
    DigitSeparator(char),
    /// Part of the answer.
    Kept,
}

fn class(c: char) -> Class {
    match c {
        // Invisible: soft hyphen, zero-width space / non-joiner / joiner, bidi marks, embeddings
        // and isolates, word joiner, BOM, Arabic letter mark.
        '\u{AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}' => Class::Silent,
        // Arabic tatweel and tashkeel.
        '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => {
            Class::Silent
        }
        // Hebrew cantillation and points (not maqaf, paseq, sof pasuq or nun hafukha).
        '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'
        | '\u{05C2}'
        | '\u{05C4}'
        | '\u{05C5}'
        | '\u{05C7}' => Class::Silent,
        '.' | ',' | ':' => Class::DigitSeparator(c),
        '!' | '?' | ';' | '¡' | '¿' | '"' | '«' | '»' | '„' | '“' | '”' | '‟' | '‹' | '›' | '‚'
        | '(' | ')' | '[' | ']' | '{' | '}' | '…' | '؟' | '،' | '؛' | '۔' | '。' | '、' | '「'
        | '」' | '『' | '』' => Class::Boundary,
        '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '′' => Class::Joiner('\''),
        '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '\u{05BE}' | '\u{FE63}' | '\u{FF0D}' => {
            Class::Joiner('-')
        }
        _ if c.is_whitespace() => Class::Boundary,
        _ => Class::Kept,
    }
}

/// An ASCII digit for any decimal digit a phone keyboard types (`٣` and `۳` are `3`).
fn ascii_digit(c: char) -> Option<char> {
    let offset = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return None,
    };
    char::from_digit(offset, 10)
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// The strict form of `text`: see the module documentation.
pub(crate) fn strict_form(text: &str, language: &Language, forms: &dyn UnicodeForms) -> String {
    // `İ` lower-cases to `i` and a combining dot, and Turkish and Azeri write `I` for `ı`: those
    // are settled before the rest is lower-cased.
    let composed: String = forms
        .nfkc(text)
        .chars()
        .map(|c| match c {
            'İ' => 'i',
            'I' if language.turkic => 'ı',
            _ => c,
        })
        .collect();
    let lowered = forms.lowercase(&composed);
    let mut out = String::with_capacity(lowered.len());
    // A boundary was seen since the last kept character.
    let mut gap = false;
    // A joiner or digit separator waiting for the next character to decide.
    let mut pending: Option<Class> = None;
    let mut last: Option<char> = None;
    for c in lowered.chars() {
        match class(c) {
            Class::Silent => {}
            Class::Boundary => {
                gap = true;
                pending = None;
            }
            joiner @ (Class::Joiner(_) | Class::DigitSeparator(_)) => {
                let after_word = !gap && pending.is_none() && last.is_some();
                let after_digit = last.is_some_and(|l| l.is_ascii_digit());
                let keep = match joiner {
                    Class::DigitSeparator(_) => after_word && after_digit,
                    _ => after_word,
                };
                if keep {
                    pending = Some(joiner);
                } else {
                    gap = true;
                    pending = None;
                }
            }
            Class::Kept => {
                // Stress marks on Cyrillic vowels are a teaching aid, not spelling.
                if matches!(c, '\u{0300}' | '\u{0301}') && last.is_some_and(is_cyrillic) {
                    continue;
                }
                match pending.take() {
                    Some(Class::Joiner(joiner)) if forms.is_alphanumeric(c) => out.push(joiner),
                    Some(Class::DigitSeparator(separator)) if ascii_digit(c).is_some() => {
                        out.push(separator);
                    }
                    Some(_) => gap = true,
                    None => {}
                }
                if gap {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    gap = false;
                }
                push_variant(&mut out, c, language);
                last = out.chars().next_back();
            }
        }
    }
    out
}

/// Pushes a lower-cased `c`, with keyboard variants of the same letter made one.
fn push_variant(out: &mut String, c: char, language: &Language) {
    match c {
        'ی' => out.push('ي'),
        'ک' => out.push('ك'),
        'ς' => out.push('σ'),
        'ё' if language.russian => out.push('е'),
        'ß' if language.swiss_german => out.push_str("ss"),
        _ => out.push(ascii_digit(c).unwrap_or(c)),
    }
}

/// Combining marks dropped by the loose form: the general diacritic blocks, and Arabic madda
/// and hamza (which NFD splits off `آ`, `أ`, `إ`, `ؤ`, `ئ`).
fn is_diacritic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{0653}'..='\u{0655}'
    )
}

/// The loose form of a strict form: see the module documentation.
///
/// With `german_transliteration`, `ä`/`ö`/`ü` become `ae`/`oe`/`ue` instead of `a`/`o`/`u`.
/// Marks on Cyrillic letters are kept: `й`, `ї`, `ў` are letters of their own, not `и`, `і`, `у`
/// with an accent.
pub(crate) fn loose_form(
    strict: &str,
    german_transliteration: bool,
    forms: &dyn UnicodeForms,
) -> String {
    if strict.is_ascii() {
        return strict.to_owned();
    }
    let decomposed = forms.nfd(strict);
    let mut out = String::with_capacity(decomposed.len() + 8);
    let mut base: Option<char> = None;
    let mut chars = decomposed.chars().peekable();
    while let Some(c) = chars.next() {
        if is_diacritic_mark(c) {
            if base.is_some_and(is_cyrillic) {
                out.push(c);
            }
            continue;
        }
        base = Some(c);
        if german_transliteration
            && matches!(c, 'a' | 'o' | 'u')
            && chars.next_if_eq(&'\u{0308}').is_some()
        {
            out.push(c);
            out.push('e');
            continue;
        }
        match c {
            'ä' | 'ö' | 'ü' if german_transliteration => {
                out.push(match c {
                    'ä' => 'a',
                    'ö' => 'o',
                    _ => 'u',
                });
                out.push('e');
            }
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' => out.push('d'),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            'ٱ' => out.push('ا'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(text: &str, tag: &str) -> String {
        strict_form(text, &Language::from_tag(tag), &NoNormalization)
    }

    #[test]
    fn strict_form_cleans_what_never_matters() {
        assert_eq!(strict("  Die   Apotheke. ", "de"), "die apotheke");
        assert_eq!(
            strict("«Guten Tag, Frau Müller!»", "de"),
            "guten tag frau müller"
        );
        assert_eq!(strict("geht’s?", "de"), "geht's");
        assert_eq!(strict("'Hallo'", "de"), "hallo");
        assert_eq!(strict("E–Mail", "de"), "e-mail");
        assert_eq!(strict("Ja – gerne", "de"), "ja gerne");
        assert_eq!(strict("3,50 €", "de"), "3,50 €");
        assert_eq!(strict("Um 9:30.", "de"), "um 9:30");
        assert_eq!(strict("١٢٣", "ar"), "123");
        assert_eq!(strict("ISPARTA", "tr"), "ısparta");
        assert_eq!(strict("İSTANBUL", "en"), "istanbul");
        assert_eq!(strict("ΟΔΟΣ", "el"), "οδοσ");
        assert_eq!(strict("мо\u{301}локо", "ru"), "молоко");
        assert_eq!(strict("...", "de"), "");
    }

    #[test]
    fn loose_form_drops_diacritics_but_keeps_cyrillic_letters() {
        assert_eq!(loose_form("straße", false, &NoNormalization), "strasse");
        assert_eq!(loose_form("ﬁ", false, &NoNormalization), "ﬁ");
        assert_eq!(
            loose_form("mu\u{308}nchen", true, &NoNormalization),
            "muenchen"
        );
        assert_eq!(
            loose_form("mu\u{308}nchen", false, &NoNormalization),
            "munchen"
        );
        assert_eq!(loose_form("и\u{306}", false, &NoNormalization), "и\u{306}");
    }
}
