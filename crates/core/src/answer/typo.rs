//! Typos: one letter wrong, missing, extra, or swapped with its neighbour, in a word long enough
//! that one letter does not make another word.

use super::normalize::UnicodeForms;

/// The fewest letters a word needs for one typo in it to be accepted: below this, one letter
/// often makes another word (`Hund`/`Hand`, `Rat`/`Rad`).
pub const TYPO_MIN_LETTERS: usize = 5;

/// Whether `typed` is one acceptable typo away from `expected` (both in the same normalised
/// form): exactly one insertion, deletion, substitution or swap of two neighbours (optimal string
/// alignment distance 1), not touching a digit (`1776` is not `1777`), in a word of `expected`
/// with at least [`TYPO_MIN_LETTERS`] letters (as `forms` tells letters). Runs in linear time
/// without allocating.
pub(crate) fn is_typo(typed: &str, expected: &str, forms: &dyn UnicodeForms) -> bool {
    let Some(edit) = single_edit(typed, expected) else {
        return false;
    };
    !edit.touches_digit && word_letters_at(expected, edit.at, forms) >= TYPO_MIN_LETTERS
}

/// Where and what the one edit is.
struct Edit {
    /// Byte offset in `expected` of the first difference.
    at: usize,
    touches_digit: bool,
}

/// The one edit turning `expected` into `typed`, if they are exactly one edit apart.
fn single_edit(typed: &str, expected: &str) -> Option<Edit> {
    if typed == expected || typed.len().abs_diff(expected.len()) > 4 {
        return None;
    }
    let mismatch = typed
        .char_indices()
        .zip(expected.char_indices())
        .find(|((_, a), (_, b))| a != b);
    let Some(((at_typed, a), (at, b))) = mismatch else {
        // One is a prefix of the other: the edit is one extra character at the end.
        let (short, long) = if typed.len() < expected.len() {
            (typed, expected)
        } else {
            (expected, typed)
        };
        let mut extra = long.get(short.len()..)?.chars();
        let only = extra.next()?;
        return extra.next().is_none().then_some(Edit {
            at: short.len(),
            touches_digit: only.is_ascii_digit(),
        });
    };
    let typed_rest = typed.get(at_typed..)?;
    let expected_rest = expected.get(at..)?;
    let typed_after = typed_rest.get(a.len_utf8()..)?;
    let expected_after = expected_rest.get(b.len_utf8()..)?;
    let edited = if typed_after == expected_after {
        // Substitution.
        Some(a.is_ascii_digit() || b.is_ascii_digit())
    } else if typed_after == expected_rest {
        // An extra character typed.
        Some(a.is_ascii_digit())
    } else if typed_rest == expected_after {
        // A character left out.
        Some(b.is_ascii_digit())
    } else {
        // Two neighbours swapped.
        let mut typed_chars = typed_after.chars();
        let mut expected_chars = expected_after.chars();
        match (typed_chars.next(), expected_chars.next()) {
            (Some(a2), Some(b2))
                if a2 == b && b2 == a && typed_chars.as_str() == expected_chars.as_str() =>
            {
                Some(a.is_ascii_digit() || b.is_ascii_digit())
            }
            _ => None,
        }
    };
    edited.map(|touches_digit| Edit { at, touches_digit })
}

/// How many letters the word of `text` at byte offset `at` has. At a space or the end, the word
/// before counts (a letter added or dropped at the end of a word); at the very start, the first.
fn word_letters_at(text: &str, at: usize, forms: &dyn UnicodeForms) -> usize {
    let before = text.get(..at).unwrap_or(text);
    let after = text.get(at..).unwrap_or("");
    let left = before.rsplit(' ').next().unwrap_or("");
    let right = if after.starts_with(' ') && !left.is_empty() {
        ""
    } else {
        after
            .trim_start_matches(' ')
            .split(' ')
            .next()
            .unwrap_or("")
    };
    left.chars()
        .chain(right.chars())
        .filter(|c| forms.is_alphabetic(*c))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::NoNormalization;

    #[test]
    fn one_edit_of_each_kind() {
        assert!(is_typo("apoteke", "apotheke", &NoNormalization), "deletion");
        assert!(
            is_typo("apothekee", "apotheke", &NoNormalization),
            "insertion at the end"
        );
        assert!(is_typo("apothkee", "apotheke", &NoNormalization), "swap");
        assert!(
            is_typo("apothake", "apotheke", &NoNormalization),
            "substitution"
        );
        assert!(
            is_typo("xapotheke", "apotheke", &NoNormalization),
            "insertion at the start"
        );
        assert!(
            is_typo("gutenmorgen", "guten morgen", &NoNormalization),
            "space left out"
        );
        assert!(
            is_typo("münchan", "münchen", &NoNormalization),
            "multi-byte neighbours"
        );
    }

    #[test]
    fn not_one_edit() {
        assert!(
            !is_typo("apotheke", "apotheke", &NoNormalization),
            "equal is not a typo"
        );
        assert!(
            !is_typo("apotkeke", "apothekx", &NoNormalization),
            "two edits"
        );
        assert!(!is_typo("hand", "hund", &NoNormalization), "short word");
        assert!(
            !is_typo("der hand ist", "der hund ist", &NoNormalization),
            "short word in a phrase"
        );
        assert!(!is_typo("1777", "1776", &NoNormalization), "digits");
        assert!(!is_typo("ab", "abcdefgh", &NoNormalization), "far apart");
        assert!(!is_typo("", "apotheke", &NoNormalization), "empty");
    }

    #[test]
    fn word_at_edit() {
        assert_eq!(word_letters_at("guten morgen", 5, &NoNormalization), 5);
        assert_eq!(word_letters_at("guten morgen", 6, &NoNormalization), 6);
        assert_eq!(word_letters_at("guten morgen", 12, &NoNormalization), 6);
        assert_eq!(word_letters_at("guten morgen", 0, &NoNormalization), 5);
        assert_eq!(word_letters_at("e-mail", 3, &NoNormalization), 5);
    }
}
