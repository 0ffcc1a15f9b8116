//! Checks on text that the app will show: characters that can make text lie about itself, and
//! text that looks like markup (shown as plain text, never interpreted).

/// Bidirectional embedding and override characters (U+202A to U+202E). They can make text display
/// in a different order from how it is stored ("Trojan source"); isolates (U+2066 to U+2069) are
/// the safe way to mix directions and are allowed.
pub fn has_bidi_override(text: &str) -> bool {
    text.chars().any(|c| ('\u{202A}'..='\u{202E}').contains(&c))
}

/// Control characters other than line breaks and tabs, which have no place in lesson text.
pub fn has_control_character(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

/// Whether text looks like HTML (`<b>`, `</p>`, `<script`, `<!--`). It is always shown as text,
/// so this is only worth a warning: the author probably expected it to do something.
pub fn looks_like_markup(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        let next = text[at + 1..].chars().next();
        next.is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    })
}

/// Whether right-to-left text embeds a left-to-right run (a German word, a Latin name) without
/// isolation marks, which can make punctuation and numbers around it display in the wrong place.
pub fn has_unisolated_mixed_direction(text: &str) -> bool {
    let has_rtl = text.chars().any(is_strong_rtl);
    let has_ltr = text.chars().any(|c| c.is_ascii_alphabetic());
    let isolated = text.contains(['\u{2066}', '\u{2067}', '\u{2068}']);
    has_rtl && has_ltr && !isolated
}

fn is_strong_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_bidi_overrides_but_allows_isolates() {
        assert!(has_bidi_override("abc\u{202E}cba"));
        assert!(has_bidi_override("\u{202A}x"));
        assert!(!has_bidi_override("مرحبا \u{2068}Anmeldung\u{2069}"));
    }

    #[test]
    fn finds_control_characters() {
        assert!(has_control_character("a\u{0007}b"));
        assert!(!has_control_character("line one\nline two\ttab"));
    }

    #[test]
    fn finds_markup_but_not_comparisons() {
        for markup in [
            "<b>bold</b>",
            "</p>",
            "<script>alert(1)</script>",
            "<!-- x -->",
            "a<img src=x>",
        ] {
            assert!(looks_like_markup(markup), "{markup}");
        }
        for plain in ["3 < 4", "a <= b", "<3", "x<", ""] {
            assert!(!looks_like_markup(plain), "{plain}");
        }
    }

    #[test]
    fn finds_unisolated_mixed_direction() {
        assert!(has_unisolated_mixed_direction("اذهب إلى Bürgeramt غدًا"));
        assert!(!has_unisolated_mixed_direction(
            "اذهب إلى \u{2068}Bürgeramt\u{2069} غدًا"
        ));
        assert!(!has_unisolated_mixed_direction("اتصل بالرقم 112"));
        assert!(!has_unisolated_mixed_direction("Go to the Bürgeramt"));
    }
}
