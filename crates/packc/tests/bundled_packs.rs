//! The packs that ship with Passage: each passes the pack tool, and none can silently shrink. The
//! minimum counts below are what each pack had when it was written; lowering one is a decision to
//! make in review, not an accident.

use std::collections::BTreeMap;
use std::path::Path;

use passage_core::pack::{Date, Item, Pack, ValidationContext};

/// What is counted in a pack.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Counts {
    vocabulary: usize,
    dialogues: usize,
    readings: usize,
    questions: usize,
    questions_with_source: usize,
    question_types: BTreeMap<&'static str, usize>,
    /// Words, phrases and dialogue lines translated, per support language.
    translated: BTreeMap<String, usize>,
}

fn counts(pack: &Pack) -> Counts {
    let mut counts = Counts::default();
    let translated = |texts: &passage_core::LocalizedText, counts: &mut Counts| {
        for language in &pack.meta.support_languages {
            if texts
                .get(language)
                .is_some_and(|text| !text.trim().is_empty())
            {
                *counts.translated.entry(language.clone()).or_default() += 1;
            }
        }
    };
    for (_, item) in pack.items() {
        match item {
            Item::Word(word) => {
                counts.vocabulary += 1;
                translated(&word.translations, &mut counts);
            }
            Item::Phrase(phrase) => {
                counts.vocabulary += 1;
                translated(&phrase.translations, &mut counts);
            }
            Item::Dialogue(dialogue) => {
                counts.dialogues += 1;
                for line in &dialogue.lines {
                    translated(&line.translations, &mut counts);
                }
            }
            Item::Reading(_) => counts.readings += 1,
            Item::Question(question) => {
                counts.questions += 1;
                if question.source.is_some() {
                    counts.questions_with_source += 1;
                }
                let kind = question.answer.kind();
                *counts.question_types.entry(kind).or_default() += 1;
            }
        }
    }
    counts
}

fn bundled() -> Vec<Pack> {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let context = ValidationContext {
        today: Date::new(2026, 11, 24),
    };
    match passage_packc::check(&lessons, &context) {
        Ok(report) => {
            let unexpected: Vec<String> = report
                .warnings
                .iter()
                .map(|warning| warning.labelled())
                .filter(|warning| !warning.contains("have no recording"))
                .collect();
            assert!(
                unexpected.is_empty(),
                "undocumented warnings:\n{}",
                unexpected.join("\n")
            );
            report.packs.into_iter().map(|source| source.pack).collect()
        }
        Err(problems) => panic!(
            "the bundled packs have problems:\n{}",
            problems
                .iter()
                .map(|p| p.labelled())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// (pack, vocabulary, dialogues, readings, questions, questions with a source, translated per
/// support language, question types that must appear)
type Minimum = (
    &'static str,
    usize,
    usize,
    usize,
    usize,
    usize,
    usize,
    &'static [&'static str],
);

const ALL_TYPES: &[&str] = &[
    "single",
    "multiple",
    "true-false",
    "typed",
    "ordering",
    "matching",
    "cloze",
];

const MINIMUMS: &[Minimum] = &[
    ("de-a1", 432, 12, 0, 72, 8, 487, ALL_TYPES),
    ("de-leben", 46, 3, 12, 44, 44, 59, ALL_TYPES),
    ("en-us-a1", 312, 11, 1, 59, 16, 389, ALL_TYPES),
    ("starting-well", 39, 1, 9, 44, 37, 49, ALL_TYPES),
    ("us-civics", 30, 1, 1, 264, 260, 40, ALL_TYPES),
    ("welcome", 6, 0, 0, 1, 0, 6, &["single"]),
];

#[test]
fn every_bundled_pack_keeps_its_size() {
    let packs = bundled();
    let mut report = Vec::new();
    for pack in &packs {
        let found = counts(pack);
        report.push(format!("{}: {found:?}", pack.meta.id));
        let Some(minimum) = MINIMUMS.iter().find(|minimum| minimum.0 == pack.meta.id) else {
            panic!(
                "{} has no minimum counts in this test; add them",
                pack.meta.id
            );
        };
        let (id, vocabulary, dialogues, readings, questions, sourced, translated, types) = *minimum;
        assert!(
            found.vocabulary >= vocabulary,
            "{id}: {} words and phrases, expected at least {vocabulary}",
            found.vocabulary
        );
        assert!(
            found.dialogues >= dialogues,
            "{id}: {} dialogues, expected at least {dialogues}",
            found.dialogues
        );
        assert!(
            found.readings >= readings,
            "{id}: {} readings, expected at least {readings}",
            found.readings
        );
        assert!(
            found.questions >= questions,
            "{id}: {} questions, expected at least {questions}",
            found.questions
        );
        assert!(
            found.questions_with_source >= sourced,
            "{id}: {} questions with a source, expected at least {sourced}",
            found.questions_with_source
        );
        for language in &pack.meta.support_languages {
            let count = found.translated.get(language).copied().unwrap_or(0);
            assert!(
                count >= translated,
                "{id}: {count} items translated into {language}, expected at least {translated}"
            );
        }
        for kind in types {
            assert!(
                found.question_types.contains_key(kind),
                "{id}: no {kind} question"
            );
        }
    }
    println!("{}", report.join("\n"));
    for minimum in MINIMUMS {
        assert!(
            packs.iter().any(|pack| pack.meta.id == minimum.0),
            "the pack {} is missing",
            minimum.0
        );
    }
}

#[test]
fn civic_packs_cite_a_source_for_every_reading_question_and_say_when_facts_were_checked() {
    for pack in bundled() {
        if pack.meta.kind != passage_core::PackKind::Civic {
            continue;
        }
        assert!(
            !pack.meta.sources.is_empty(),
            "{} lists no sources",
            pack.meta.id
        );
        // Civic facts are taught in readings; every question about a reading cites its source
        // (vocabulary questions in a civic pack state no fact).
        let unsourced: Vec<&str> = pack
            .lessons
            .iter()
            .filter(|lesson| {
                lesson
                    .items
                    .iter()
                    .any(|item| matches!(item, Item::Reading(_)))
            })
            .flat_map(|lesson| &lesson.items)
            .filter_map(|item| match item {
                Item::Question(question) if question.source.is_none() => Some(question.id.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            unsourced.is_empty(),
            "{}: questions without a source: {unsourced:?}",
            pack.meta.id
        );
        assert!(
            pack.meta.reviewed
                >= Date {
                    year: 2026,
                    month: 1,
                    day: 1
                },
            "{} was not reviewed recently",
            pack.meta.id
        );
    }
}

#[test]
fn every_exercise_material_is_used_somewhere() {
    let packs = bundled();
    let all = packs
        .iter()
        .map(counts)
        .fold(Counts::default(), |mut total, counts| {
            total.vocabulary += counts.vocabulary;
            total.dialogues += counts.dialogues;
            total.readings += counts.readings;
            for (kind, n) in counts.question_types {
                *total.question_types.entry(kind).or_default() += n;
            }
            total
        });
    assert!(all.vocabulary > 0 && all.dialogues > 0 && all.readings > 0);
    for kind in ALL_TYPES {
        assert!(
            all.question_types.contains_key(kind),
            "no pack has a {kind} question"
        );
    }
}
