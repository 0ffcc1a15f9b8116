//! Checking typed answers.
//!
//! [`check_typed`] compares what the learner typed with a pack's accepted answers and returns a
//! [`Verdict`]: [`Verdict::Correct`], [`Verdict::CorrectWithNote`] (a [`NoteKind`] and the form
//! to show) or [`Verdict::Wrong`] (the canonical answer). Verdicts are data; the app words them in
//! the learner's language.
//!
//! # What never matters (silently ignored)
//! * Unicode forms: both sides are NFKC, so decomposed `u` + `◌̈` is `ü`, full-width `ｈｅｌｌｏ`
//!   is `hello` and the ligature `ﬁ` is `fi`. Normalisation is injected ([`UnicodeForms`]) so the
//!   wasm app carries no Unicode tables; [`NoNormalization`] is the identity.
//! * Case, with Unicode lower-casing; in Turkish and Azerbaijani `I` is `ı` and `İ` is `i`
//!   (elsewhere `İ` is `i` too). Greek final `ς` is `σ`.
//! * Spaces around and repeated inside; sentence punctuation (`.,!?;:¡¿"«»„“”‘’()…`, Arabic
//!   `؟،؛`, Urdu `۔`, CJK `。、「」`) anywhere, as a word boundary: `Guten Tag, Frau Müller!` is
//!   `guten tag frau müller`. `.`, `,` and `:` between digits stay (`3,50`, `9:30`).
//! * Apostrophes (`'`, `’`, `ʼ` ...) and hyphens/dashes (`-`, `‐`, `–` ...) are one character each;
//!   they matter between two letters or digits (`geht's`, `E-Mail`) and are boundaries elsewhere.
//! * Invisible characters: zero-width space, non-joiner and joiner (Persian `می‌خواهم` typed
//!   without its ZWNJ is right, with no note), bidi marks and isolates, soft hyphens.
//! * Arabic tashkeel (U+064B–U+065F, U+0670, U+06D6–U+06ED) and tatweel (U+0640); Hebrew points;
//!   stress marks on Cyrillic vowels (`моло́ко`).
//! * Keyboard variants of one letter: Persian `ی` and Arabic `ي`, Persian `ک` and Arabic `ك`;
//!   Arabic-Indic and Persian digits are ASCII digits.
//! * Russian `ё` and `е` (Russian writes `ё` optionally). Ukrainian and Belarusian letters with
//!   marks (`ї`, `й`, `ў`, Belarusian `ё`) are letters of their own and always matter.
//! * Swiss German (`de-CH`, `de-LI`) `ß` and `ss`.
//!
//! # Accepted with a note, when the pack's [`crate::pack::AnswerRules`] allow
//! * [`NoteKind::MissingDiacritics`]: the answers differ only in diacritics: combining marks
//!   dropped after NFD, plus `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`, `ł`→`l`, `đ`→`d`, `ħ`→`h`,
//!   Turkish `ı`→`i`; in German also `ä`/`ö`/`ü`→`ae`/`oe`/`ue` (`Munchen` and `Muenchen` for
//!   `München`); in Arabic script, hamza and madda dropped (`أ`, `إ`, `آ`, `ٱ` → `ا`), `ى`→`ي`
//!   and `ة`→`ه`, the usual omissions when typing fast.
//! * [`NoteKind::Typo`]: exactly one letter inserted, left out, replaced or swapped with its
//!   neighbour, in a word of at least [`TYPO_MIN_LETTERS`] letters of the expected answer (the
//!   word where the difference is: `Gutem Morgen` passes, `der Hand` for `der Hund` does not),
//!   never on a digit. When the pack also accepts missing diacritics, a typo may come with them
//!   (`Munchn` for `München`): the note is `Typo`. When the pack does not accept missing
//!   diacritics, a difference in diacritics alone is wrong, even where it is one letter.
//!
//! # Articles
//! When the exercise requires the article ([`CheckRules::require_article`]) and the word has one,
//! the answer must start with exactly that article: missing or wrong is [`Verdict::Wrong`].
//! Otherwise a leading article (one of the language's, or the word's own) is ignored (`der Arzt`
//! or `ein Arzt` for `Arzt`), except one that names another gender (`das Arzt` for `der Arzt`):
//! that is accepted with [`NoteKind::WrongArticle`].
//! The expected form shown always carries the word's article.
//!
//! # Which answer is shown
//! Correct beats any note, a smaller note beats a larger one ([`NoteKind`] is ordered), and on a
//! tie the earlier answer wins. A note shows the accepted answer that matched, the closest to what
//! was typed (`Tschus` against `Tschüss`/`Tschüs` shows `Tschüs`); `Wrong` shows the canonical
//! (first) answer. Alternatives are as correct as the canonical answer: there is no
//! "also accepted" note, the app can show the canonical answer itself.

mod check;
mod language;
mod normalize;
mod typo;
mod verdict;

#[cfg(test)]
mod tests;

pub use check::{CheckRules, Expected, check_typed};
pub use normalize::{NoNormalization, UnicodeForms};
pub use typo::TYPO_MIN_LETTERS;
pub use verdict::{NoteKind, Verdict};
