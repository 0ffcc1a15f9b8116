//! Checking a typed answer against the accepted ones.

use super::language::{Language, split_article};
use super::normalize::{UnicodeForms, loose_form, strict_form};
use super::typo::is_typo;
use super::verdict::{NoteKind, Verdict};
use crate::pack::{AnswerRules, Phrase, Word};

/// What the learner should have typed. Borrows from the pack: building one does not allocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected<'a> {
    /// The answer shown to the learner when they are wrong.
    pub canonical: &'a str,
    /// Other accepted answers (spellings, synonyms), as correct as the canonical one.
    pub alternatives: &'a [String],
    /// The word's article (`die`), when its language has them. It is checked only when
    /// [`CheckRules::require_article`] is set, and always shown with the expected answer.
    pub article: Option<&'a str>,
    /// The answer's language (BCP 47): it decides case rules (Turkish `I`/`ı`), optional
    /// letters (Russian `ё`, Swiss `ß`), German `ae`/`oe`/`ue`, and which words are articles.
    pub language: &'a str,
}

impl<'a> Expected<'a> {
    /// One answer, no alternatives, no article.
    #[must_use]
    pub fn new(canonical: &'a str, language: &'a str) -> Self {
        Self {
            canonical,
            alternatives: &[],
            article: None,
            language,
        }
    }

    /// A pack's list of accepted answers, the first shown (`Answer::Typed { accepted }`, a cloze
    /// blank's `answers`); `None` when the list is empty.
    #[must_use]
    pub fn from_accepted(accepted: &'a [String], language: &'a str) -> Option<Self> {
        let (canonical, alternatives) = accepted.split_first()?;
        Some(Self {
            canonical,
            alternatives,
            article: None,
            language,
        })
    }

    /// A vocabulary word: its text, its alternatives and its article.
    #[must_use]
    pub fn word(word: &'a Word, language: &'a str) -> Self {
        Self {
            canonical: &word.text,
            alternatives: &word.alternatives,
            article: word.article.as_deref(),
            language,
        }
    }

    /// A phrase: its text and its alternatives.
    #[must_use]
    pub fn phrase(phrase: &'a Phrase, language: &'a str) -> Self {
        Self {
            canonical: &phrase.text,
            alternatives: &phrase.alternatives,
            article: None,
            language,
        }
    }

    /// The same answers, with `alternatives` also accepted.
    #[must_use]
    pub fn with_alternatives(self, alternatives: &'a [String]) -> Self {
        Self {
            alternatives,
            ..self
        }
    }

    /// The same answers, with this article.
    #[must_use]
    pub fn with_article(self, article: &'a str) -> Self {
        Self {
            article: Some(article),
            ..self
        }
    }

    fn answers(&self) -> impl Iterator<Item = &'a str> {
        std::iter::once(self.canonical).chain(self.alternatives.iter().map(String::as_str))
    }
}

/// How strict a check is: the pack's [`AnswerRules`], plus what the exercise asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckRules {
    /// Accept an answer differing only in diacritics, with [`NoteKind::MissingDiacritics`].
    pub accept_missing_diacritics: bool,
    /// Accept one typo in a word of at least [`super::TYPO_MIN_LETTERS`] letters, with
    /// [`NoteKind::Typo`].
    pub accept_typos: bool,
    /// The exercise asks for the article: a missing or wrong one is [`Verdict::Wrong`]. Without
    /// it, a typed article is ignored when right and noted ([`NoteKind::WrongArticle`]) when
    /// wrong. Has no effect when the answer has no article.
    pub require_article: bool,
}

impl CheckRules {
    /// Exactly as written (give or take case, spacing, punctuation and Unicode forms).
    pub const STRICT: Self = Self {
        accept_missing_diacritics: false,
        accept_typos: false,
        require_article: false,
    };

    /// The pack's rules, on an exercise that does not ask for the article.
    #[must_use]
    pub fn from_pack(rules: AnswerRules) -> Self {
        Self {
            accept_missing_diacritics: rules.accept_missing_diacritics,
            accept_typos: rules.accept_typos,
            require_article: false,
        }
    }

    /// The same rules, on an exercise that asks for the article (or not).
    #[must_use]
    pub fn requiring_article(self, require_article: bool) -> Self {
        Self {
            require_article,
            ..self
        }
    }
}

impl Default for CheckRules {
    /// The default pack rules (diacritics and typos accepted with a note), article not asked.
    fn default() -> Self {
        Self::from_pack(AnswerRules::default())
    }
}

impl From<AnswerRules> for CheckRules {
    fn from(rules: AnswerRules) -> Self {
        Self::from_pack(rules)
    }
}

/// Checks a typed answer.
///
/// Both sides are compared in a normalised form (see [`UnicodeForms`] and the module
/// documentation). Among the accepted answers, an exact match is [`Verdict::Correct`]; otherwise
/// the closest one wins (missing diacritics, then a typo, then a wrong article not asked for), and
/// its expected form is the matched answer; with none, [`Verdict::Wrong`] shows the canonical
/// answer. Empty input, or input that is only spaces and punctuation, is always wrong.
#[must_use]
pub fn check_typed(
    input: &str,
    expected: &Expected<'_>,
    rules: CheckRules,
    forms: &dyn UnicodeForms,
) -> Verdict {
    let language = Language::from_tag(expected.language);
    let wrong = || Verdict::Wrong {
        expected: shown(expected.canonical, expected.article, forms),
    };
    // Nothing that long can normalise down to an answer; do not spend time on it.
    let longest =
        expected.answers().map(str::len).max().unwrap_or(0) + expected.article.map_or(0, str::len);
    if input.len() > 8 * longest + 256 {
        return wrong();
    }
    let typed = strict_form(input, &language, forms);
    if typed.is_empty() {
        return wrong();
    }
    let candidates: Vec<Candidate<'_>> = expected
        .answers()
        .filter_map(|raw| {
            let strict = strict_form(raw, &language, forms);
            (!strict.is_empty()).then_some(Candidate { raw, strict })
        })
        .collect();
    let matcher = Matcher {
        candidates: &candidates,
        language: &language,
        rules,
        forms,
    };
    let article = expected
        .article
        .map(|article| article_form(article, &language, forms))
        .filter(|article| !article.is_empty());

    let found = match article.as_deref() {
        Some(article) if rules.require_article => {
            match split_article(&typed, &language, Some(article)) {
                Some((typed_article, rest)) if typed_article == article => matcher.best(rest),
                _ => None,
            }
        }
        article => {
            let whole = matcher.best(&typed);
            if whole.is_some_and(|found| found.note.is_none()) {
                whole
            } else {
                let stripped =
                    split_article(&typed, &language, article).and_then(|(typed_article, rest)| {
                        let found = matcher.best(rest)?;
                        // Another article that tells the gender is a mistake worth a note;
                        // `ein` for `die` is not.
                        let other_gender = language.citation_articles.contains(&typed_article);
                        Some(match article {
                            Some(article) if article != typed_article && other_gender => Found {
                                note: Some(NoteKind::WrongArticle),
                                ..found
                            },
                            _ => found,
                        })
                    });
                match (whole, stripped) {
                    (Some(whole), Some(stripped)) => Some(whole.min(stripped)),
                    (whole, stripped) => whole.or(stripped),
                }
            }
        }
    };

    match found {
        None => wrong(),
        Some(Found { note: None, .. }) => Verdict::Correct,
        Some(Found {
            note: Some(kind),
            index,
        }) => Verdict::CorrectWithNote {
            kind,
            expected: shown(
                candidates.get(index).map_or(expected.canonical, |c| c.raw),
                expected.article,
                forms,
            ),
        },
    }
}

/// An accepted answer, as authored and in strict form.
struct Candidate<'a> {
    raw: &'a str,
    strict: String,
}

/// The best match among the candidates: ordered by note (none first), then by candidate order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    note: Option<NoteKind>,
    index: usize,
}

struct Matcher<'m> {
    candidates: &'m [Candidate<'m>],
    language: &'m Language,
    rules: CheckRules,
    forms: &'m dyn UnicodeForms,
}

impl Matcher<'_> {
    /// The best match for `typed` (strict form), if any candidate accepts it.
    fn best(&self, typed: &str) -> Option<Found> {
        if let Some(index) = self.candidates.iter().position(|c| c.strict == typed) {
            return Some(Found { note: None, index });
        }
        let rules = self.rules;
        if !rules.accept_missing_diacritics && !rules.accept_typos {
            return None;
        }
        let typed_loose = loose_form(typed, false, self.forms);
        let mut best: Option<Found> = None;
        for (index, candidate) in self.candidates.iter().enumerate() {
            let plain = loose_form(&candidate.strict, false, self.forms);
            let transliterated = self
                .language
                .german
                .then(|| loose_form(&candidate.strict, true, self.forms))
                .filter(|transliterated| *transliterated != plain);
            let mut loose = std::iter::once(&plain).chain(transliterated.as_ref());
            let note = if loose.clone().any(|form| *form == typed_loose) {
                // Only diacritics differ. When the pack wants them, this is not a typo either.
                rules
                    .accept_missing_diacritics
                    .then_some(NoteKind::MissingDiacritics)
            } else if rules.accept_typos
                && (is_typo(typed, &candidate.strict, self.forms)
                    || (rules.accept_missing_diacritics
                        && loose.any(|form| is_typo(&typed_loose, form, self.forms))))
            {
                Some(NoteKind::Typo)
            } else {
                None
            };
            if let Some(note) = note {
                let found = Found {
                    note: Some(note),
                    index,
                };
                best = Some(best.map_or(found, |best| best.min(found)));
            }
        }
        best
    }
}

/// The strict form of an article, keeping the apostrophe of an elided one (`l'`), which the
/// strict form drops at the end of a text.
fn article_form(article: &str, language: &Language, forms: &dyn UnicodeForms) -> String {
    let mut form = strict_form(article, language, forms);
    if !form.is_empty() && article.trim_end().ends_with(APOSTROPHES) {
        form.push('\'');
    }
    form
}

/// What an elided article ends with.
const APOSTROPHES: [char; 4] = ['\'', '’', 'ʼ', '‘'];

/// An answer as the learner sees it: as authored (trimmed, NFC), after its article.
fn shown(answer: &str, article: Option<&str>, forms: &dyn UnicodeForms) -> String {
    let answer = forms.nfc(answer.trim());
    match article.map(str::trim).filter(|article| !article.is_empty()) {
        Some(article) => {
            let mut shown = forms.nfc(article);
            if !shown.ends_with(APOSTROPHES) {
                shown.push(' ');
            }
            shown.push_str(&answer);
            shown
        }
        None => answer,
    }
}
