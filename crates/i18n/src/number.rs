//! Numbers and dates written the way each interface language writes them: its digits (Arabic-Indic
//! in Arabic, Persian in Farsi/Dari and Pashto), decimal sign and thousands separator.
//!
//! Fluent's own number formatting is not localised in Rust; these functions back the bundle's
//! formatter (every number placed in a message) and the `DATE()` function.

use crate::locale::{DateOrder, Locale, NumberSymbols};

/// Rewrites a plain number (`"-1234.5"`, as Rust or Fluent prints it) in a language's symbols.
pub fn localize_number(plain: &str, symbols: &NumberSymbols) -> String {
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    // Fluent writes `335.` for zero fraction digits: an empty fraction is no fraction.
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((integer, fraction)) if !fraction.is_empty() => (integer, Some(fraction)),
        Some((integer, _)) => (integer, None),
        None => (unsigned, None),
    };
    let mut out = String::from(sign);
    let grouped = integer.len() >= 4 && integer.len() >= 3 + symbols.min_grouping_digits;
    for (index, digit) in integer.chars().enumerate() {
        let remaining = integer.len() - index;
        if grouped && index > 0 && remaining % 3 == 0 {
            out.push(symbols.group);
        }
        out.push(localize_digit(digit, symbols));
    }
    if let Some(fraction) = fraction {
        out.push(symbols.decimal);
        out.extend(fraction.chars().map(|digit| localize_digit(digit, symbols)));
    }
    out
}

fn localize_digit(digit: char, symbols: &NumberSymbols) -> char {
    digit
        .to_digit(10)
        .and_then(|value| symbols.digits.get(value as usize).copied())
        .unwrap_or(digit)
}

/// A calendar date (`"2025-03-01"`) as a language writes it numerically, or `None` when `iso` is
/// not such a date.
pub fn localize_date(iso: &str, locale: &Locale) -> Option<String> {
    let mut parts = iso.get(..10)?.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let number = |value: u32, width: usize| {
        localize_number(&format!("{value:0width$}"), &plain_digits(&locale.numbers))
    };
    Some(match locale.dates {
        DateOrder::DayMonthYear(separator) => format!(
            "{}{separator}{}{separator}{}",
            number(day, 2),
            number(month, 2),
            number(year, 4)
        ),
        DateOrder::YearMonthDay(separator) => format!(
            "{}{separator}{}{separator}{}",
            number(year, 4),
            number(month, 2),
            number(day, 2)
        ),
    })
}

/// The same digits, never grouped (a year is `2025`, not `2,025`).
fn plain_digits(symbols: &NumberSymbols) -> NumberSymbols {
    NumberSymbols {
        min_grouping_digits: usize::MAX / 2,
        ..*symbols
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::by_tag;

    fn number(tag: &str, plain: &str) -> String {
        let Some(locale) = by_tag(tag) else {
            panic!("no locale {tag}");
        };
        localize_number(plain, &locale.numbers)
    }

    #[test]
    fn writes_numbers_in_each_language() {
        for (tag, plain, expected) in [
            ("en", "1234567.5", "1,234,567.5"),
            ("en", "999", "999"),
            ("en", "335.", "335"),
            ("en", "-1000", "-1,000"),
            ("de", "1234.5", "1.234,5"),
            ("tr", "1234.5", "1.234,5"),
            ("es", "1234", "1234"),
            ("es", "12345", "12.345"),
            ("fr", "1234.5", "1\u{202f}234,5"),
            ("uk", "12345", "12\u{a0}345"),
            ("ru", "0.5", "0,5"),
            ("ar", "1234.5", "١٬٢٣٤٫٥"),
            ("fa", "2.5", "۲٫۵"),
            ("ps", "1500", "۱٬۵۰۰"),
            ("ti", "1234", "1,234"),
            ("so", "3", "3"),
        ] {
            assert_eq!(number(tag, plain), expected, "{tag} {plain}");
        }
    }

    #[test]
    fn writes_dates_in_each_language() {
        for (tag, expected) in [
            ("en", Some("01/03/2025")),
            ("de", Some("01.03.2025")),
            ("ar", Some("٠١/٠٣/٢٠٢٥")),
            ("fa", Some("۲۰۲۵/۰۳/۰۱")),
        ] {
            let locale = by_tag(tag).unwrap_or(&crate::ENGLISH);
            assert_eq!(
                localize_date("2025-03-01", locale).as_deref(),
                expected,
                "{tag}"
            );
        }
        assert_eq!(localize_date("March", &crate::ENGLISH), None);
        assert_eq!(localize_date("2025-13-01", &crate::ENGLISH), None);
    }
}
