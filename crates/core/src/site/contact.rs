//! Phone numbers and e-mail addresses of help organisations: kept as written for reading, and
//! turned into `tel:` and `mailto:` links only from characters that are safe in them.

use std::fmt;

use thiserror::Error;

/// The longest phone number text accepted.
pub const MAX_PHONE_CHARS: usize = 40;

/// A phone number: the text as written (`+49 30 1234-567`) and its `tel:` link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone {
    text: String,
    dial: String,
}

/// Why text is not a phone number.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PhoneError {
    #[error("the phone number is longer than {limit} characters")]
    TooLong { limit: usize },
    #[error("the phone number contains {0:?}; use digits, spaces, + - . / ( ) only")]
    InvalidCharacter(char),
    #[error("+ may only come first in a phone number")]
    MisplacedPlus,
    #[error("a phone number needs between 3 and 17 digits")]
    WrongLength,
}

impl Phone {
    /// Reads a phone number. Spaces, `-`, `.`, `/` and brackets are kept in the text and left out
    /// of the link; a leading `+` is kept in both.
    pub fn parse(text: &str) -> Result<Self, PhoneError> {
        let text = text.trim();
        if text.chars().count() > MAX_PHONE_CHARS {
            return Err(PhoneError::TooLong {
                limit: MAX_PHONE_CHARS,
            });
        }
        let mut dial = String::new();
        for c in text.chars() {
            match c {
                '0'..='9' => dial.push(c),
                '+' if dial.is_empty() => dial.push('+'),
                '+' => return Err(PhoneError::MisplacedPlus),
                ' ' | '-' | '.' | '/' | '(' | ')' => {}
                other => return Err(PhoneError::InvalidCharacter(other)),
            }
        }
        let digits = dial.trim_start_matches('+').len();
        if !(3..=17).contains(&digits) {
            return Err(PhoneError::WrongLength);
        }
        Ok(Self {
            text: text.to_owned(),
            dial,
        })
    }

    /// The number as written, to show.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The link to call it (`tel:+49301234567`): only a leading `+` and digits.
    pub fn href(&self) -> String {
        format!("tel:{}", self.dial)
    }
}

/// An e-mail address, restricted to characters that need no escaping in a `mailto:` link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

/// Why text is not an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EmailError {
    #[error("this is not an e-mail address such as help@example.org")]
    Invalid,
}

impl Email {
    pub fn parse(text: &str) -> Result<Self, EmailError> {
        let text = text.trim();
        let (local, domain) = text.split_once('@').ok_or(EmailError::Invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'));
        let domain_ok = domain.len() <= 253
            && domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if local_ok && domain_ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(EmailError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The link to write to it (`mailto:help@example.org`).
    pub fn href(&self) -> String {
        format!("mailto:{}", self.0)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        let good = [
            ("+49 30 1234-567", "tel:+49301234567"),
            ("030 / 123 45 67", "tel:0301234567"),
            ("(030) 123.45.67", "tel:0301234567"),
            ("112", "tel:112"),
            ("  +43 1 234 56 78  ", "tel:+4312345678"),
        ];
        for (text, href) in good {
            let phone = Phone::parse(text);
            assert_eq!(
                phone.as_ref().map(Phone::href),
                Ok(href.to_owned()),
                "{text}"
            );
            assert_eq!(
                phone.map(|p| p.text().to_owned()),
                Ok(text.trim().to_owned())
            );
        }
        use PhoneError::*;
        let bad: &[(&str, PhoneError)] = &[
            ("", WrongLength),
            ("12", WrongLength),
            ("+1 234 567 890 123 456 789", WrongLength),
            ("0800-HELP", InvalidCharacter('H')),
            ("030 123;ext=5", InvalidCharacter(';')),
            ("030\u{202e}123", InvalidCharacter('\u{202e}')),
            ("+49+30 123", MisplacedPlus),
            ("030 +123", MisplacedPlus),
            ("javascript:alert(1)", InvalidCharacter('j')),
            (
                &"1".repeat(MAX_PHONE_CHARS + 1),
                TooLong {
                    limit: MAX_PHONE_CHARS,
                },
            ),
        ];
        for (text, expected) in bad {
            assert_eq!(Phone::parse(text), Err(expected.clone()), "{text:?}");
        }
    }

    #[test]
    fn email_addresses() {
        for good in ["help@example.org", "a.b+c_d-e@sub.example.org", " x@y.de "] {
            assert_eq!(
                Email::parse(good).map(|e| e.href()),
                Ok(format!("mailto:{}", good.trim()))
            );
        }
        for bad in [
            "",
            "help",
            "@example.org",
            "help@",
            "help@localhost",
            "a b@example.org",
            "a@b@example.org",
            "help@example.org?bcc=x@evil.example",
            "help@exa_mple.org",
            ".help@example.org",
            "hélp@example.org",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad:?}");
        }
    }
}
