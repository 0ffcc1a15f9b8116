//! What answer checking needs to know about the answer's language: its case rules, its optional
//! letters and its articles.

/// The language-dependent parts of answer checking, read from a BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Language {
    /// Turkish and Azerbaijani: `I` lower-cases to `ı`, `İ` to `i`.
    pub turkic: bool,
    /// Russian: `ё` is optional in ordinary writing, so `е` matches it silently.
    pub russian: bool,
    /// German: `ae`/`oe`/`ue` are accepted spellings of `ä`/`ö`/`ü` (with a note).
    pub german: bool,
    /// Swiss and Liechtenstein German write `ss` for `ß`, so the two match silently.
    pub swiss_german: bool,
    /// Articles nouns are cited with, which tell their gender (`der`, `die`, `das`), lower-case;
    /// elided ones end with `'`.
    pub citation_articles: &'static [&'static str],
    /// Other articles a learner may type before a noun (`ein`, `eine`).
    pub other_articles: &'static [&'static str],
}

impl Language {
    /// Reads a language tag (`de`, `de-CH`, `tr`, `fa-IR` ...); unknown or empty tags get the
    /// language-neutral rules.
    pub fn from_tag(tag: &str) -> Self {
        let mut subtags = tag.trim().split(['-', '_']);
        let primary = subtags.next().unwrap_or("").to_ascii_lowercase();
        let region_is = |codes: &[&str]| {
            tag.trim()
                .split(['-', '_'])
                .skip(1)
                .any(|subtag| codes.iter().any(|code| subtag.eq_ignore_ascii_case(code)))
        };
        let german = primary == "de";
        let (citation_articles, other_articles) = articles(&primary);
        Self {
            turkic: matches!(primary.as_str(), "tr" | "az"),
            russian: primary == "ru",
            german,
            swiss_german: german && region_is(&["CH", "LI"]),
            citation_articles,
            other_articles,
        }
    }
}

/// Articles that can stand before a noun, per language (ISO 639-1 primary subtag): first the
/// ones dictionaries cite nouns with (`der`, `die`, `das`), which tell the noun's gender, then the
/// others (`ein`, `eine` ...).
fn articles(primary: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match primary {
        "de" => (
            &["der", "die", "das"],
            &[
                "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            ],
        ),
        "nl" => (&["de", "het"], &["een"]),
        "en" => (&["the"], &["a", "an"]),
        "fr" => (&["le", "la", "les", "l'"], &["un", "une", "des"]),
        "es" => (&["el", "la", "los", "las"], &["un", "una", "unos", "unas"]),
        "it" => (
            &["il", "lo", "la", "i", "gli", "le", "l'"],
            &["un", "uno", "una", "un'"],
        ),
        "pt" => (&["o", "a", "os", "as"], &["um", "uma", "uns", "umas"]),
        "ca" => (
            &["el", "la", "els", "les", "l'"],
            &["un", "una", "uns", "unes"],
        ),
        // Scandinavian definite articles are endings; nouns are cited with the indefinite one.
        "sv" => (&["en", "ett"], &[]),
        "da" => (&["en", "et"], &[]),
        "no" | "nb" | "nn" => (&["en", "ei", "et"], &[]),
        _ => (&[], &[]),
    }
}

/// Splits a leading article off a normalised answer: `die apotheke` gives `("die", "apotheke")`,
/// `l'école` gives `("l'", "école")`. An article is one of the language's, or `expected` (the
/// word's own article, normalised). `None` when there is none or nothing follows it.
pub(crate) fn split_article<'t>(
    text: &'t str,
    language: &Language,
    expected: Option<&str>,
) -> Option<(&'t str, &'t str)> {
    let mut known = language
        .citation_articles
        .iter()
        .chain(language.other_articles)
        .copied()
        .chain(expected);
    if let Some((first, rest)) = text.split_once(' ')
        && !rest.is_empty()
        && known.clone().any(|article| article == first)
    {
        return Some((first, rest));
    }
    known.find_map(|article| {
        if !article.ends_with('\'') {
            return None;
        }
        let rest = text.strip_prefix(article)?;
        let head = text.get(..article.len())?;
        (!rest.is_empty() && !rest.starts_with(' ')).then_some((head, rest))
    })
}
