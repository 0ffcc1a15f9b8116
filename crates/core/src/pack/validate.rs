//! The rules every pack must follow, checked on the compiled model so that packs from anywhere
//! (this site's build, another site's catalog, a file from another phone) meet the same bar.
//! Every problem is collected; nothing stops at the first.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::text_safety::{has_control_character, has_unisolated_mixed_direction};
use super::{
    Answer, ClozeSegment, Date, IssueKind, IssueLocation, Item, Lesson, PACK_FORMAT_VERSION, Pack,
    PackIssue, Severity, has_bidi_override, is_safe_href, looks_like_markup,
};
use crate::LocalizedText;
use crate::answer::{NoNormalization, UnicodeForms};
use crate::route::is_pack_id;

/// What checks that depend on the world are measured against. Tests and the app pass `today`;
/// without it, date checks that need it are skipped.
#[derive(Debug, Clone, Copy, Default)]
pub struct ValidationContext {
    pub today: Option<Date>,
}

/// Facts that are older than this many months get a warning.
pub const REVIEW_MONTHS: i32 = 12;

/// Checks a pack: `Err` with every error (warnings left out) when it must not be used.
pub fn validate(pack: &Pack) -> Result<(), Vec<PackIssue>> {
    validate_with(pack, &NoNormalization)
}

/// [`validate`], with lower case from `forms` (the app passes the browser's, to carry no Unicode
/// tables of its own).
pub fn validate_with(pack: &Pack, forms: &dyn UnicodeForms) -> Result<(), Vec<PackIssue>> {
    let errors: Vec<PackIssue> = check_with(pack, &ValidationContext::default(), forms)
        .into_iter()
        .filter(PackIssue::is_error)
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Every problem of a pack, errors and warnings, in pack order.
pub fn check(pack: &Pack, context: &ValidationContext) -> Vec<PackIssue> {
    check_with(pack, context, &NoNormalization)
}

/// [`check`], with lower case from `forms`.
fn check_with(
    pack: &Pack,
    context: &ValidationContext,
    forms: &dyn UnicodeForms,
) -> Vec<PackIssue> {
    let mut checker = Checker {
        pack,
        forms,
        issues: Vec::new(),
        gaps: BTreeMap::new(),
    };
    checker.check_meta(context);
    checker.check_lessons();
    checker.finish()
}

struct Checker<'a> {
    pack: &'a Pack,
    /// Lower case, for options that differ only in case.
    forms: &'a dyn UnicodeForms,
    issues: Vec<PackIssue>,
    /// Where optional texts are missing, per support language; reported once per language.
    gaps: BTreeMap<String, Vec<IssueLocation>>,
}

#[derive(Clone, Default)]
struct Place {
    lesson: Option<String>,
    item: Option<String>,
}

impl Place {
    fn at(&self, field: &str) -> IssueLocation {
        IssueLocation {
            lesson: self.lesson.clone(),
            item: self.item.clone(),
            field: field.to_owned(),
        }
    }
}

impl Checker<'_> {
    fn push(&mut self, severity: Severity, location: IssueLocation, kind: IssueKind) {
        self.issues.push(PackIssue {
            severity,
            location,
            kind,
        });
    }

    fn error(&mut self, location: IssueLocation, kind: IssueKind) {
        self.push(Severity::Error, location, kind);
    }

    fn warning(&mut self, location: IssueLocation, kind: IssueKind) {
        self.push(Severity::Warning, location, kind);
    }

    fn target(&self) -> &str {
        &self.pack.meta.target_language
    }

    fn finish(mut self) -> Vec<PackIssue> {
        for (language, places) in std::mem::take(&mut self.gaps) {
            let examples = places
                .iter()
                .take(3)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ");
            self.warning(
                Place::default().at("translations"),
                IssueKind::TranslationGaps {
                    language,
                    missing: places.len(),
                    examples,
                },
            );
        }
        self.issues
    }

    fn check_meta(&mut self, context: &ValidationContext) {
        let meta = &self.pack.meta;
        let top = Place::default();
        if self.pack.format_version != PACK_FORMAT_VERSION {
            self.error(
                top.at("format_version"),
                IssueKind::UnsupportedFormat {
                    found: self.pack.format_version,
                    supported: PACK_FORMAT_VERSION,
                },
            );
        }
        if !is_pack_id(&meta.id) {
            self.error(
                top.at("id"),
                IssueKind::InvalidId {
                    id: meta.id.clone(),
                },
            );
        }
        for (field, value) in [("version", &meta.version), ("licence", &meta.licence)] {
            self.text(&top, field, None, value);
        }
        if meta.authors.iter().all(|author| author.trim().is_empty()) {
            self.error(top.at("authors"), IssueKind::Empty);
        }
        self.localized(&top, "title", &meta.title, Need::Any);
        self.localized(&top, "description", &meta.description, Need::Optional);
        self.check_languages();
        if let Some(region) = &meta.region {
            let country_ok =
                region.country.len() == 2 && region.country.bytes().all(|b| b.is_ascii_uppercase());
            if !country_ok {
                self.error(
                    top.at("region.country"),
                    IssueKind::InvalidRegion {
                        code: region.country.clone(),
                    },
                );
            }
            if let Some(subdivision) = &region.subdivision {
                let ok = subdivision.split_once('-').is_some_and(|(country, rest)| {
                    country == region.country
                        && (1..=3).contains(&rest.len())
                        && rest
                            .bytes()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                });
                if !ok {
                    self.error(
                        top.at("region.subdivision"),
                        IssueKind::InvalidRegion {
                            code: subdivision.clone(),
                        },
                    );
                }
            }
        }
        let mut source_ids = HashSet::new();
        for source in &meta.sources {
            let place = Place::default();
            if !is_pack_id(&source.id) {
                self.error(
                    place.at("sources.id"),
                    IssueKind::InvalidId {
                        id: source.id.clone(),
                    },
                );
            }
            if !source_ids.insert(source.id.as_str()) {
                self.error(
                    place.at("sources.id"),
                    IssueKind::DuplicateSource {
                        id: source.id.clone(),
                    },
                );
            }
            self.text(&place, "sources.title", None, &source.title);
            let web = source.url.starts_with("https://") || source.url.starts_with("http://");
            if !web || !is_safe_href(&source.url) {
                self.error(
                    place.at("sources.url"),
                    IssueKind::UnsafeLink {
                        href: source.url.clone(),
                    },
                );
            }
        }
        if let Some(valid_until) = meta.valid_until
            && valid_until < meta.reviewed
        {
            self.error(top.at("valid_until"), IssueKind::ValidUntilBeforeReviewed);
        }
        if let Some(today) = context.today {
            if meta.reviewed > today {
                self.error(top.at("reviewed"), IssueKind::ReviewedInFuture);
            }
            let months = meta.reviewed.months_until(today);
            if months >= REVIEW_MONTHS {
                self.warning(top.at("reviewed"), IssueKind::ReviewedLongAgo { months });
            }
            if let Some(valid_until) = meta.valid_until
                && valid_until < today
            {
                self.warning(
                    top.at("valid_until"),
                    IssueKind::PastValidUntil {
                        date: valid_until.to_string(),
                    },
                );
            }
        }
    }

    fn check_languages(&mut self) {
        let meta = &self.pack.meta;
        let top = Place::default();
        if !is_language_tag(&meta.target_language) {
            self.error(
                top.at("target_language"),
                IssueKind::InvalidLanguageTag {
                    tag: meta.target_language.clone(),
                },
            );
        }
        if meta.support_languages.is_empty() {
            self.error(top.at("support_languages"), IssueKind::Empty);
        }
        for tag in &meta.translations_reviewed {
            if !meta.support_languages.contains(tag) {
                self.error(
                    top.at("translations_reviewed"),
                    IssueKind::NotASupportLanguage { tag: tag.clone() },
                );
            }
        }
        let mut seen = HashSet::new();
        for tag in &meta.support_languages {
            if !is_language_tag(tag) {
                self.error(
                    top.at("support_languages"),
                    IssueKind::InvalidLanguageTag { tag: tag.clone() },
                );
            } else if !seen.insert(tag.as_str()) {
                self.error(
                    top.at("support_languages"),
                    IssueKind::DuplicateLanguage { tag: tag.clone() },
                );
            } else if *tag == meta.target_language {
                self.error(
                    top.at("support_languages"),
                    IssueKind::TargetAsSupport { tag: tag.clone() },
                );
            }
        }
    }

    fn check_lessons(&mut self) {
        let mut lesson_ids = HashSet::new();
        let mut item_lessons: HashMap<&str, &str> = HashMap::new();
        let (mut recordable, mut unrecorded) = (0, 0);
        for lesson in &self.pack.lessons {
            let place = Place {
                lesson: Some(lesson.id.clone()),
                item: None,
            };
            if !is_pack_id(&lesson.id) {
                self.error(
                    place.at("id"),
                    IssueKind::InvalidId {
                        id: lesson.id.clone(),
                    },
                );
            }
            if !lesson_ids.insert(lesson.id.as_str()) {
                self.error(
                    place.at("id"),
                    IssueKind::DuplicateLesson {
                        id: lesson.id.clone(),
                    },
                );
            }
            self.localized(&place, "title", &lesson.title, Need::Any);
            self.localized(&place, "description", &lesson.description, Need::Optional);
            self.check_exam(&place, lesson);
            for item in &lesson.items {
                let id = item.id();
                let item_place = Place {
                    lesson: Some(lesson.id.clone()),
                    item: Some(id.to_owned()),
                };
                if !is_pack_id(id) {
                    self.error(
                        item_place.at("id"),
                        IssueKind::InvalidId { id: id.to_owned() },
                    );
                }
                if let Some(first_lesson) = item_lessons.insert(id, &lesson.id) {
                    self.error(
                        item_place.at("id"),
                        IssueKind::DuplicateItem {
                            id: id.to_owned(),
                            first_lesson: first_lesson.to_owned(),
                        },
                    );
                }
                if let Item::Word(_) | Item::Phrase(_) = item {
                    recordable += 1;
                    if item_audio(item).is_none() {
                        unrecorded += 1;
                    }
                }
                self.check_item(&item_place, item);
            }
        }
        if unrecorded > 0 {
            self.warning(
                Place::default().at("audio"),
                IssueKind::NoRecordings {
                    without: unrecorded,
                    total: recordable,
                },
            );
        }
    }

    fn check_exam(&mut self, place: &Place, lesson: &Lesson) {
        let Some(exam) = lesson.exam else { return };
        let questions = lesson
            .items
            .iter()
            .filter(|item| matches!(item, Item::Question(_)))
            .count();
        if exam.ask == 0
            || exam.pass == 0
            || exam.pass > exam.ask
            || (exam.ask as usize) > questions
        {
            self.error(
                place.at("exam"),
                IssueKind::ExamImpossible {
                    ask: exam.ask,
                    pass: exam.pass,
                    questions,
                },
            );
        }
    }

    fn check_item(&mut self, place: &Place, item: &Item) {
        match item {
            Item::Word(word) => {
                self.text(place, "text", None, &word.text);
                for (field, value) in [("article", &word.article), ("plural", &word.plural)] {
                    if let Some(value) = value {
                        self.text(place, field, None, value);
                    }
                }
                for alternative in &word.alternatives {
                    self.text(place, "alternatives", None, alternative);
                }
                self.translations(place, "translations", &word.translations);
                self.localized(place, "note", &word.note, Need::Optional);
            }
            Item::Phrase(phrase) => {
                self.text(place, "text", None, &phrase.text);
                for alternative in &phrase.alternatives {
                    self.text(place, "alternatives", None, alternative);
                }
                self.translations(place, "translations", &phrase.translations);
                self.localized(place, "note", &phrase.note, Need::Optional);
            }
            Item::Dialogue(dialogue) => {
                self.localized(place, "title", &dialogue.title, Need::Any);
                self.localized(place, "scene", &dialogue.scene, Need::Optional);
                if dialogue.lines.is_empty() {
                    self.error(place.at("line"), IssueKind::Empty);
                }
                for line in &dialogue.lines {
                    self.text(place, "line.speaker", None, &line.speaker);
                    self.text(place, "line.text", None, &line.text);
                    self.translations(place, "line.translations", &line.translations);
                    for wrong in &line.wrong {
                        self.text(place, "line.wrong", None, wrong);
                        if wrong.trim() == line.text.trim() {
                            self.error(
                                place.at("line.wrong"),
                                IssueKind::WrongIsRight {
                                    text: wrong.clone(),
                                },
                            );
                        }
                    }
                }
            }
            Item::Reading(reading) => {
                self.localized(place, "title", &reading.title, Need::Any);
                let target = self.target().to_owned();
                if !reading.body.contains_key(&target) {
                    self.error(
                        place.at("body"),
                        IssueKind::MissingText { language: target },
                    );
                }
                for language in self.pack.meta.support_languages.clone() {
                    if !reading.body.contains_key(&language) {
                        self.gaps
                            .entry(language)
                            .or_default()
                            .push(place.at("body"));
                    }
                }
                for (language, blocks) in &reading.body {
                    if blocks.is_empty() {
                        self.error(place.at("body"), IssueKind::Empty);
                    }
                    for block in blocks {
                        for text in block.texts() {
                            self.safe_text(place, "body", Some(language), text);
                        }
                        for href in block.hrefs() {
                            if !is_safe_href(href) {
                                self.error(
                                    place.at("body"),
                                    IssueKind::UnsafeLink {
                                        href: href.to_owned(),
                                    },
                                );
                            }
                        }
                    }
                }
                for source in &reading.sources {
                    self.source(place, "sources", source);
                }
            }
            Item::Question(question) => {
                self.localized(place, "prompt", &question.prompt, Need::Any);
                self.localized(place, "explanation", &question.explanation, Need::Optional);
                if let Some(source) = &question.source {
                    self.source(place, "source", source);
                }
                self.check_answer(place, &question.answer);
            }
        }
    }

    fn check_answer(&mut self, place: &Place, answer: &Answer) {
        match answer {
            Answer::Single { options, correct } => {
                self.options(place, options);
                if *correct >= options.len() {
                    self.error(
                        place.at("options"),
                        IssueKind::CorrectOutOfRange {
                            index: *correct,
                            options: options.len(),
                        },
                    );
                }
            }
            Answer::Multiple { options, correct } => {
                self.options(place, options);
                if correct.is_empty() {
                    self.error(place.at("options"), IssueKind::Empty);
                }
                for index in correct.iter().filter(|index| **index >= options.len()) {
                    self.error(
                        place.at("options"),
                        IssueKind::CorrectOutOfRange {
                            index: *index,
                            options: options.len(),
                        },
                    );
                }
            }
            Answer::TrueFalse { .. } => {}
            Answer::Typed { accepted } => {
                if accepted.is_empty() {
                    self.error(place.at("answer"), IssueKind::Empty);
                }
                for text in accepted {
                    self.text(place, "answer", None, text);
                }
            }
            Answer::Ordering { items } => {
                if items.len() < 2 {
                    self.error(
                        place.at("items"),
                        IssueKind::TooFewOptions {
                            found: items.len(),
                            needed: 2,
                        },
                    );
                }
                for text in items {
                    self.localized(place, "items", text, Need::AnyUntranslated);
                }
            }
            Answer::Matching { pairs } => {
                if pairs.len() < 2 {
                    self.error(
                        place.at("pairs"),
                        IssueKind::TooFewOptions {
                            found: pairs.len(),
                            needed: 2,
                        },
                    );
                }
                for pair in pairs {
                    self.localized(place, "pairs", &pair.left, Need::AnyUntranslated);
                    self.localized(place, "pairs", &pair.right, Need::AnyUntranslated);
                }
            }
            Answer::Cloze {
                segments,
                distractors,
            } => {
                let mut blanks = 0;
                for segment in segments {
                    match segment {
                        ClozeSegment::Text { text } => self.safe_text(place, "text", None, text),
                        ClozeSegment::Blank { answers } => {
                            blanks += 1;
                            if answers.iter().all(|answer| answer.trim().is_empty()) {
                                self.error(place.at("text"), IssueKind::EmptyBlank);
                            }
                            for answer in answers {
                                self.safe_text(place, "text", None, answer);
                            }
                        }
                    }
                }
                if blanks == 0 {
                    self.error(place.at("text"), IssueKind::NoBlank);
                }
                for distractor in distractors {
                    self.text(place, "distractors", None, distractor);
                }
            }
        }
    }

    fn options(&mut self, place: &Place, options: &[super::Choice]) {
        if options.len() < 2 {
            self.error(
                place.at("options"),
                IssueKind::TooFewOptions {
                    found: options.len(),
                    needed: 2,
                },
            );
        }
        let mut seen = HashSet::new();
        for option in options {
            self.localized(place, "options", &option.text, Need::AnyUntranslated);
            if let Some(first) = option.text.0.values().next()
                && !seen.insert(self.forms.lowercase(first.trim()))
            {
                self.error(
                    place.at("options"),
                    IssueKind::DuplicateOption {
                        text: first.clone(),
                    },
                );
            }
        }
    }

    fn source(&mut self, place: &Place, field: &str, id: &str) {
        if !self.pack.meta.sources.iter().any(|source| source.id == id) {
            self.error(
                place.at(field),
                IssueKind::UnknownSource { id: id.to_owned() },
            );
        }
    }

    /// Translations that every support language must have (words, phrases, dialogue lines).
    fn translations(&mut self, place: &Place, field: &str, texts: &LocalizedText) {
        for language in &self.pack.meta.support_languages {
            if texts
                .get(language)
                .is_none_or(|text| text.trim().is_empty())
            {
                self.error(
                    place.at(field),
                    IssueKind::MissingTranslation {
                        item: place.item.clone().unwrap_or_default(),
                        language: language.clone(),
                    },
                );
            }
        }
        self.localized(place, field, texts, Need::Optional);
    }

    /// A text given per language: checks each text, and counts missing support languages as gaps.
    fn localized(&mut self, place: &Place, field: &str, texts: &LocalizedText, need: Need) {
        if need != Need::Optional && texts.0.values().all(|text| text.trim().is_empty()) {
            self.error(place.at(field), IssueKind::Empty);
            return;
        }
        for (language, text) in &texts.0 {
            if !is_language_tag(language) {
                self.error(
                    place.at(field),
                    IssueKind::InvalidLanguageTag {
                        tag: language.clone(),
                    },
                );
            }
            self.safe_text(place, field, Some(language), text);
        }
        if !texts.is_empty() && need != Need::AnyUntranslated {
            for language in &self.pack.meta.support_languages {
                if texts.get(language).is_none() {
                    self.gaps
                        .entry(language.clone())
                        .or_default()
                        .push(place.at(field));
                }
            }
        }
    }

    /// A required text in the language being learned.
    fn text(&mut self, place: &Place, field: &str, language: Option<&str>, text: &str) {
        if text.trim().is_empty() {
            self.error(place.at(field), IssueKind::Empty);
        }
        self.safe_text(place, field, language, text);
    }

    fn safe_text(&mut self, place: &Place, field: &str, language: Option<&str>, text: &str) {
        if has_bidi_override(text) {
            self.error(place.at(field), IssueKind::BidiOverride);
        }
        if has_control_character(text) {
            self.error(place.at(field), IssueKind::ControlCharacter);
        }
        if looks_like_markup(text) {
            self.warning(place.at(field), IssueKind::LooksLikeMarkup);
        }
        let language = language
            .unwrap_or(&self.pack.meta.target_language)
            .to_owned();
        if is_rtl_language(&language) && has_unisolated_mixed_direction(text) {
            self.warning(place.at(field), IssueKind::MixedDirection { language });
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// At least one language must have text; missing support languages are gaps.
    Any,
    /// At least one language must have text; it is content in the language being learned (a
    /// choice, a tile), so missing translations are no gap.
    AnyUntranslated,
    Optional,
}

fn item_audio(item: &Item) -> Option<&str> {
    match item {
        Item::Word(word) => word.audio.as_deref(),
        Item::Phrase(phrase) => phrase.audio.as_deref(),
        _ => None,
    }
}

/// A light BCP 47 check: a 2–3 letter lower-case language, then subtags of 1–8 letters or digits
/// (`de`, `fa-AF`, `sr-Latn`, `es-419`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Languages written right to left.
pub fn is_rtl_language(tag: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or(tag);
    matches!(
        primary,
        "ar" | "fa" | "prs" | "ps" | "he" | "ur" | "ckb" | "yi" | "dv" | "sd" | "ug"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PackKind;
    use crate::pack::{
        AnswerRules, Choice, ExamRule, PackMeta, Phrase, Question, Reading, Source, Word,
    };
    use crate::pack::{Block, Inline};

    fn text(pairs: &[(&str, &str)]) -> LocalizedText {
        LocalizedText(
            pairs
                .iter()
                .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
                .collect(),
        )
    }

    fn word(id: &str) -> Item {
        Item::Word(Word {
            id: id.into(),
            text: "Arzt".into(),
            article: Some("der".into()),
            gender: None,
            plural: None,
            alternatives: vec![],
            translations: text(&[("en", "doctor"), ("ar", "طبيب")]),
            note: LocalizedText::default(),
            image: None,
            audio: Some("a.mp3".into()),
        })
    }

    fn question(id: &str, answer: Answer) -> Item {
        Item::Question(Question {
            id: id.into(),
            prompt: text(&[("de", "Frage?"), ("en", "Question?"), ("ar", "سؤال؟")]),
            answer,
            explanation: LocalizedText::default(),
            source: Some("gesetz".into()),
            varies: None,
            image: None,
            audio: None,
        })
    }

    fn choice(t: &str) -> Choice {
        Choice {
            text: text(&[("de", t)]),
            image: None,
        }
    }

    fn pack(items: Vec<Item>) -> Pack {
        Pack {
            format_version: PACK_FORMAT_VERSION,
            meta: PackMeta {
                id: "de-a1".into(),
                version: "1.0.0".into(),
                title: text(&[
                    ("de", "Erste Schritte"),
                    ("en", "First steps"),
                    ("ar", "الخطوات الأولى"),
                ]),
                description: LocalizedText::default(),
                target_language: "de".into(),
                support_languages: vec!["en".into(), "ar".into()],
                kind: PackKind::Mixed,
                level: None,
                region: None,
                licence: "CC-BY-SA-4.0".into(),
                authors: vec!["Team".into()],
                sources: vec![Source {
                    id: "gesetz".into(),
                    title: "Gesetz".into(),
                    url: "https://www.gesetze-im-internet.de/".into(),
                    publisher: None,
                }],
                reviewed: Date {
                    year: 2026,
                    month: 10,
                    day: 1,
                },
                valid_until: None,
                answers: AnswerRules::default(),
                translations_reviewed: vec![],
            },
            lessons: vec![Lesson {
                id: "doctor".into(),
                title: text(&[("en", "Doctor"), ("ar", "الطبيب")]),
                description: LocalizedText::default(),
                exam: None,
                items,
            }],
        }
    }

    fn kinds(pack: &Pack) -> Vec<IssueKind> {
        check(pack, &ValidationContext::default())
            .into_iter()
            .map(|issue| issue.kind)
            .collect()
    }

    #[test]
    fn a_sound_pack_passes() {
        let single = Answer::Single {
            options: vec![choice("112"), choice("110")],
            correct: 0,
        };
        assert_eq!(
            validate(&pack(vec![word("arzt"), question("q", single)])),
            Ok(())
        );
    }

    #[test]
    fn answer_rules_are_checked() {
        let cases: Vec<(Answer, IssueKind)> = vec![
            (
                Answer::Single {
                    options: vec![choice("a"), choice("b")],
                    correct: 2,
                },
                IssueKind::CorrectOutOfRange {
                    index: 2,
                    options: 2,
                },
            ),
            (
                Answer::Single {
                    options: vec![choice("a")],
                    correct: 0,
                },
                IssueKind::TooFewOptions {
                    found: 1,
                    needed: 2,
                },
            ),
            (
                Answer::Multiple {
                    options: vec![choice("a"), choice("A ")],
                    correct: vec![0],
                },
                IssueKind::DuplicateOption { text: "A ".into() },
            ),
            (Answer::Typed { accepted: vec![] }, IssueKind::Empty),
            (
                Answer::Cloze {
                    segments: vec![ClozeSegment::Text {
                        text: "Ich bin müde.".into(),
                    }],
                    distractors: vec![],
                },
                IssueKind::NoBlank,
            ),
            (
                Answer::Cloze {
                    segments: vec![ClozeSegment::Blank {
                        answers: vec![" ".into()],
                    }],
                    distractors: vec![],
                },
                IssueKind::EmptyBlank,
            ),
            (
                Answer::Ordering {
                    items: vec![text(&[("de", "eins")])],
                },
                IssueKind::TooFewOptions {
                    found: 1,
                    needed: 2,
                },
            ),
        ];
        for (answer, expected) in cases {
            let found = kinds(&pack(vec![question("q", answer.clone())]));
            assert!(
                found.contains(&expected),
                "{answer:?}: expected {expected:?} in {found:?}"
            );
        }
    }

    #[test]
    fn ids_must_be_unique_and_well_formed() {
        let found = kinds(&pack(vec![word("arzt"), word("arzt"), word("Arzt")]));
        assert!(found.contains(&IssueKind::DuplicateItem {
            id: "arzt".into(),
            first_lesson: "doctor".into()
        }));
        assert!(found.contains(&IssueKind::InvalidId { id: "Arzt".into() }));
    }

    #[test]
    fn words_need_every_support_language() {
        let mut item = word("arzt");
        if let Item::Word(word) = &mut item {
            word.translations = text(&[("en", "doctor")]);
        }
        assert_eq!(
            validate(&pack(vec![item]))
                .map_err(|issues| issues.into_iter().map(|i| i.kind).collect::<Vec<_>>()),
            Err(vec![IssueKind::MissingTranslation {
                item: "arzt".into(),
                language: "ar".into()
            }])
        );
    }

    #[test]
    fn readings_need_the_target_language_and_safe_links() {
        let reading = Item::Reading(Reading {
            id: "anmeldung".into(),
            title: text(&[("en", "Registering")]),
            body: [(
                "en".to_owned(),
                vec![Block::Paragraph {
                    content: vec![Inline::Link {
                        href: "javascript:x".into(),
                        content: vec![],
                    }],
                }],
            )]
            .into(),
            sources: vec!["nowhere".into()],
        });
        let found = kinds(&pack(vec![reading]));
        assert!(
            found.contains(&IssueKind::MissingText {
                language: "de".into()
            }),
            "{found:?}"
        );
        assert!(found.contains(&IssueKind::UnsafeLink {
            href: "javascript:x".into()
        }));
        assert!(found.contains(&IssueKind::UnknownSource {
            id: "nowhere".into()
        }));
    }

    #[test]
    fn exams_must_be_passable() {
        let mut sound = pack(vec![question("q", Answer::TrueFalse { correct: true })]);
        sound.lessons[0].exam = Some(ExamRule { ask: 2, pass: 1 });
        assert!(kinds(&sound).contains(&IssueKind::ExamImpossible {
            ask: 2,
            pass: 1,
            questions: 1
        }));
    }

    #[test]
    fn dates_are_checked_against_the_given_today() {
        let mut stale = pack(vec![]);
        stale.meta.reviewed = Date {
            year: 2025,
            month: 1,
            day: 1,
        };
        stale.meta.valid_until = Some(Date {
            year: 2026,
            month: 1,
            day: 1,
        });
        let context = ValidationContext {
            today: Date::new(2026, 11, 24),
        };
        let found: Vec<IssueKind> = check(&stale, &context)
            .into_iter()
            .map(|i| i.kind)
            .collect();
        assert!(found.contains(&IssueKind::ReviewedLongAgo { months: 22 }));
        assert!(found.contains(&IssueKind::PastValidUntil {
            date: "2026-01-01".into()
        }));
        assert!(
            !kinds(&stale)
                .iter()
                .any(|k| matches!(k, IssueKind::ReviewedLongAgo { .. })),
            "no today, no date warnings"
        );
    }

    #[test]
    fn phrases_with_overrides_are_errors() {
        let phrase = Item::Phrase(Phrase {
            id: "p".into(),
            text: "Guten\u{202E}Tag".into(),
            alternatives: vec![],
            translations: text(&[("en", "Hello"), ("ar", "مرحبا")]),
            note: LocalizedText::default(),
            audio: None,
        });
        assert_eq!(
            validate(&pack(vec![phrase]))
                .map_err(|issues| issues.into_iter().map(|i| i.kind).collect::<Vec<_>>()),
            Err(vec![IssueKind::BidiOverride])
        );
    }
}
