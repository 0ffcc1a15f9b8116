//! The site's colours and the WCAG 2.2 contrast rule they must meet.
//!
//! A site may set two colours: `accent`, the app's main colour (buttons, links, the selected
//! language; the stylesheet's `--brand`), and `accent_text`, the text on an accent background (the
//! stylesheet's `--brand-ink`). They apply to the light colour scheme only: in the dark scheme the
//! app keeps its own colours, which are chosen for a dark page (a dark accent that reads well on a
//! light page would vanish on a dark one).
//!
//! Each pair the app draws must reach WCAG 2.2 AA for normal text, 4.5:1:
//! `accent_text` on `accent` (button labels), and `accent` on the page and on cards (links and
//! outlined buttons). When any pair falls short, both colours fall back to the app's own, so a
//! site never ends up half-branded.

use std::fmt;

use thiserror::Error;

/// WCAG 2.2 success criterion 1.4.3 (AA), normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Colour {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// The app's light-scheme colours that the site's colours are drawn with (`style/main.css`,
/// `:root`; a test keeps them in step).
pub mod app {
    use super::Colour;

    /// `--paper`: the page background.
    pub const PAGE: Colour = Colour::rgb(0xf7, 0xf5, 0xf0);
    /// `--card`: the background of cards and dialogs.
    pub const CARD: Colour = Colour::rgb(0xff, 0xff, 0xff);
    /// `--ink`: body text.
    pub const INK: Colour = Colour::rgb(0x1d, 0x24, 0x27);
    /// `--brand`: the app's own accent.
    pub const ACCENT: Colour = Colour::rgb(0x0d, 0x5c, 0x63);
    /// `--brand-ink`: the app's own text on the accent.
    pub const ACCENT_TEXT: Colour = Colour::rgb(0xff, 0xff, 0xff);
}

/// Why text is not a colour.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ColourError {
    #[error("a colour is written #rrggbb or #rgb with hexadecimal digits (for example #0d5c63)")]
    NotHex,
    #[error(
        "colours with transparency (#rrggbbaa) are not allowed: their contrast depends on what is behind them"
    )]
    HasAlpha,
}

impl Colour {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Reads `#rrggbb` or `#rgb` (any case).
    pub fn parse_hex(text: &str) -> Result<Self, ColourError> {
        let digits = text.strip_prefix('#').ok_or(ColourError::NotHex)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ColourError::NotHex);
        }
        let nibble = |index: usize| {
            digits
                .get(index..=index)
                .and_then(|digit| u8::from_str_radix(digit, 16).ok())
                .unwrap_or(0)
        };
        match digits.len() {
            3 => Ok(Self::rgb(nibble(0) * 17, nibble(1) * 17, nibble(2) * 17)),
            6 => Ok(Self::rgb(
                nibble(0) * 16 + nibble(1),
                nibble(2) * 16 + nibble(3),
                nibble(4) * 16 + nibble(5),
            )),
            4 | 8 => Err(ColourError::HasAlpha),
            _ => Err(ColourError::NotHex),
        }
    }

    /// WCAG 2.2 relative luminance, from 0 (black) to 1 (white).
    pub fn relative_luminance(self) -> f64 {
        fn linear(channel: u8) -> f64 {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// The WCAG contrast ratio between two colours, from 1 to 21; the order does not matter.
    pub fn contrast_ratio(self, other: Colour) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        let (lighter, darker) = if a >= b { (a, b) } else { (b, a) };
        (lighter + 0.05) / (darker + 0.05)
    }
}

impl fmt::Display for Colour {
    /// `#rrggbb`, lower case: ready for CSS.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// Where a pair of colours meets in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColourUse {
    /// `accent_text` on an `accent` background: labels of the main buttons.
    TextOnAccent,
    /// `accent` text on the page background: links, outlined buttons.
    AccentOnPage,
    /// `accent` text on a card.
    AccentOnCard,
}

/// A pair of colours that does not reach [`MIN_CONTRAST`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LowContrast {
    pub used_as: ColourUse,
    pub foreground: Colour,
    pub background: Colour,
    /// The ratio times 100, rounded down (`449` for 4.49:1), so it never reads as passing.
    pub ratio_x100: u32,
}

/// The two colours the app is drawn with in the light scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// For the stylesheet's `--brand`.
    pub accent: Colour,
    /// For the stylesheet's `--brand-ink`.
    pub accent_text: Colour,
}

impl Default for Theme {
    fn default() -> Self {
        Self {
            accent: app::ACCENT,
            accent_text: app::ACCENT_TEXT,
        }
    }
}

impl Theme {
    /// Whether these are the app's own colours (the UI then sets nothing).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// A theme from the site's colours, either of which may be left out.
    ///
    /// A missing `accent` is the app's; a missing `accent_text` is whichever of white and the
    /// app's ink reads better on the accent. Every pair is checked; any shortfall is returned
    /// and the caller keeps the app's colours.
    pub fn checked(
        accent: Option<Colour>,
        accent_text: Option<Colour>,
    ) -> Result<Self, Vec<LowContrast>> {
        let accent = accent.unwrap_or(app::ACCENT);
        let accent_text = accent_text.unwrap_or_else(|| {
            if app::CARD.contrast_ratio(accent) >= app::INK.contrast_ratio(accent) {
                app::CARD
            } else {
                app::INK
            }
        });
        let pairs = [
            (ColourUse::TextOnAccent, accent_text, accent),
            (ColourUse::AccentOnPage, accent, app::PAGE),
            (ColourUse::AccentOnCard, accent, app::CARD),
        ];
        let failures: Vec<LowContrast> = pairs
            .into_iter()
            .filter_map(|(used_as, foreground, background)| {
                let ratio = foreground.contrast_ratio(background);
                (ratio < MIN_CONTRAST).then(|| LowContrast {
                    used_as,
                    foreground,
                    background,
                    ratio_x100: ratio_x100(ratio),
                })
            })
            .collect();
        if failures.is_empty() {
            Ok(Self {
                accent,
                accent_text,
            })
        } else {
            Err(failures)
        }
    }
}

fn ratio_x100(ratio: f64) -> u32 {
    // Ratios are between 1 and 21, so the cast is exact enough and never saturates.
    (ratio * 100.0).floor() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Colour {
        Colour::parse_hex(text).unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn parses_hex_colours() {
        assert_eq!(Colour::parse_hex("#0d5c63"), Ok(Colour::rgb(13, 92, 99)));
        assert_eq!(Colour::parse_hex("#0D5C63"), Ok(Colour::rgb(13, 92, 99)));
        assert_eq!(Colour::parse_hex("#fff"), Ok(Colour::rgb(255, 255, 255)));
        assert_eq!(Colour::parse_hex("#a1b"), Ok(Colour::rgb(0xaa, 0x11, 0xbb)));
        for bad in [
            "0d5c63",
            "#0d5c6",
            "#0d5c6g",
            "",
            "#",
            "red",
            "#+12345",
            "rgb(0,0,0)",
            "#ｆｆｆ",
        ] {
            assert_eq!(Colour::parse_hex(bad), Err(ColourError::NotHex), "{bad:?}");
        }
        for alpha in ["#0d5c63ff", "#fff8"] {
            assert_eq!(
                Colour::parse_hex(alpha),
                Err(ColourError::HasAlpha),
                "{alpha}"
            );
        }
        assert_eq!(hex("#0D5C63").to_string(), "#0d5c63");
    }

    #[test]
    fn contrast_ratios_of_known_pairs() {
        // (foreground, background, ratio x 100 rounded down), from WebAIM's contrast checker.
        let cases = [
            ("#000000", "#ffffff", 2100),
            ("#ffffff", "#ffffff", 100),
            ("#767676", "#ffffff", 454),
            ("#777777", "#ffffff", 447),
            ("#0000ff", "#ffffff", 859),
            ("#ff0000", "#ffffff", 399),
            ("#595959", "#ffffff", 700),
        ];
        for (fg, bg, expected) in cases {
            assert_eq!(
                ratio_x100(hex(fg).contrast_ratio(hex(bg))),
                expected,
                "{fg} on {bg}"
            );
            assert_eq!(
                ratio_x100(hex(bg).contrast_ratio(hex(fg))),
                expected,
                "symmetric"
            );
        }
    }

    #[test]
    fn the_app_colours_pass_their_own_rule() {
        assert_eq!(Theme::checked(None, None), Ok(Theme::default()));
        assert!(Theme::default().is_default());
    }

    #[test]
    fn site_colours_table() {
        type Expected = Result<(&'static str, &'static str), &'static [ColourUse]>;
        let cases: &[(Option<&str>, Option<&str>, Expected)] = &[
            // A dark blue with white text: fine everywhere.
            (Some("#1a4d8f"), Some("#ffffff"), Ok(("#1a4d8f", "#ffffff"))),
            // Text colour left out: white is picked on a dark accent.
            (Some("#7a1f5c"), None, Ok(("#7a1f5c", "#ffffff"))),
            // Mid grey: 4.54 on white but under 4.5 on the page.
            (Some("#767676"), None, Err(&[ColourUse::AccentOnPage])),
            // Yellow: unreadable as link text, and white on it too.
            (
                Some("#f2b544"),
                Some("#ffffff"),
                Err(&[
                    ColourUse::TextOnAccent,
                    ColourUse::AccentOnPage,
                    ColourUse::AccentOnCard,
                ]),
            ),
            // Good accent, text too close to it.
            (
                Some("#1a4d8f"),
                Some("#2a5d9f"),
                Err(&[ColourUse::TextOnAccent]),
            ),
            // Only a text colour, on the app's accent.
            (None, Some("#f7f5f0"), Ok(("#0d5c63", "#f7f5f0"))),
            (None, Some("#1d2427"), Err(&[ColourUse::TextOnAccent])),
        ];
        for (accent, text, expected) in cases {
            let got = Theme::checked(accent.map(hex), text.map(hex));
            match expected {
                Ok((a, t)) => assert_eq!(
                    got,
                    Ok(Theme {
                        accent: hex(a),
                        accent_text: hex(t)
                    }),
                    "{accent:?} {text:?}"
                ),
                Err(uses) => {
                    let failures = got.err().unwrap_or_default();
                    let got_uses: Vec<ColourUse> = failures.iter().map(|f| f.used_as).collect();
                    assert_eq!(&got_uses, uses, "{accent:?} {text:?}");
                    assert!(failures.iter().all(|f| f.ratio_x100 < 450));
                }
            }
        }
    }

    #[test]
    fn the_app_colours_match_the_stylesheet() {
        let css = include_str!("../../../../style/main.css");
        let root = css.split("@media").next().unwrap_or_default();
        for (name, colour) in [
            ("--paper", app::PAGE),
            ("--card", app::CARD),
            ("--ink", app::INK),
            ("--brand", app::ACCENT),
            ("--brand-ink", app::ACCENT_TEXT),
        ] {
            let declared = root
                .lines()
                .find_map(|line| line.trim().strip_prefix(&format!("{name}:")))
                .map(|value| value.trim().trim_end_matches(';').trim())
                // `var(--site-brand, #0d5c63)`: the site's colour, else the app's.
                .map(|value| match value.strip_prefix("var(--site-") {
                    Some(rest) => rest
                        .split_once(',')
                        .map_or(rest, |(_, own)| own)
                        .trim_end_matches(')')
                        .trim(),
                    None => value,
                });
            assert_eq!(
                declared,
                Some(colour.to_string().as_str()),
                "{name} in style/main.css"
            );
        }
    }
}
