//! Which language to show a pack's translations in: the learner's own language when the pack has
//! it, else the next language the pack supports, so the app can say so instead of silently
//! switching.

/// The language chosen for a pack's titles, descriptions and translations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackLanguage {
    /// The tag as the pack spells it (`"fa-AF"`).
    pub tag: String,
    /// `false` when the pack lacks the learner's language and this is a replacement.
    pub is_learners: bool,
}

fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| crate::negotiate::match_tag(tag).map(|locale| locale.tag);
    a.eq_ignore_ascii_case(b) || primary(a).is_some_and(|tag| primary(b) == Some(tag))
}

/// The learner's language if the pack supports it; otherwise the interface language, then English,
/// then the pack's first support language, then the language it teaches. A pack is written in its
/// target language, so it always "has" that one.
pub fn pack_language(
    learner: &str,
    interface: &str,
    support: &[String],
    target: &str,
) -> PackLanguage {
    let has = |wanted: &str| {
        support
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(target))
            .find(|tag| same_language(tag, wanted))
    };
    if let Some(tag) = has(learner) {
        return PackLanguage {
            tag: tag.to_owned(),
            is_learners: true,
        };
    }
    let tag = [interface, "en"]
        .into_iter()
        .find_map(has)
        .or_else(|| support.first().map(String::as_str))
        .unwrap_or(target);
    PackLanguage {
        tag: tag.to_owned(),
        is_learners: false,
    }
}

/// The best of several translations of one text (`(tag, text)` pairs, such as a pack's title) for
/// a reader who prefers `preferred` in order, with its tag, so the page can mark its language.
/// Matches `fa` to `fa-AF` and `prs`; else takes the first text there is.
pub fn best_text<'a>(
    texts: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    preferred: &[&str],
) -> Option<(&'a str, &'a str)> {
    preferred
        .iter()
        .find_map(|wanted| {
            texts
                .clone()
                .into_iter()
                .find(|(tag, _)| same_language(tag, wanted))
        })
        .or_else(|| texts.into_iter().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_text_with_its_language() {
        let texts = [("ar", "مرحبًا"), ("en", "Welcome"), ("fa-AF", "خوش آمدید")];
        let best = |preferred: &[&str]| best_text(texts.iter().copied(), preferred);
        assert_eq!(best(&["prs", "en"]), Some(("fa-AF", "خوش آمدید")));
        assert_eq!(best(&["ti", "en"]), Some(("en", "Welcome")));
        assert_eq!(best(&["ti"]), Some(("ar", "مرحبًا")));
        assert_eq!(best_text(std::iter::empty(), &["en"]), None);
    }

    fn support() -> Vec<String> {
        ["ar", "fa-AF", "uk"].map(String::from).to_vec()
    }

    #[test]
    fn prefers_the_learner_then_says_what_replaces_it() {
        let cases = [
            ("ar", "en", "de", "ar", true),
            ("fa", "ar", "de", "fa-AF", true),
            ("prs", "ar", "de", "fa-AF", true),
            ("ti", "uk", "de", "uk", false),
            ("ti", "ti", "de", "ar", false),
            ("ti", "ti", "en", "en", false),
            ("de", "ti", "de", "de", true),
        ];
        for (learner, interface, target, tag, is_learners) in cases {
            assert_eq!(
                pack_language(learner, interface, &support(), target),
                PackLanguage {
                    tag: tag.into(),
                    is_learners
                },
                "{learner}/{interface}/{target}"
            );
        }
        assert_eq!(pack_language("so", "so", &[], "de").tag, "de");
    }
}
