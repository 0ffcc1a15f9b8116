//! What a learner waits for while studying, on a large record: checking one typed answer, building
//! the review queue from 10,000 items, and saving and loading progress with 10,000 items (whose
//! stored size is printed once, since two copies of it must fit in `localStorage`'s 5 MB).
//!
//! `cargo xtask bench` (or `cargo bench -p passage-core --bench study`). Numbers are for the host;
//! a cheap phone running the wasm build is roughly 5–10 times slower.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use passage_core::answer::{CheckRules, Expected, UnicodeForms, check_typed};
use passage_core::progress::{ItemKey, ItemProgress, Progress, decode, encode};
use passage_core::schedule::{MemoryState, Rating, SchedulerConfig, Timestamp};
use passage_core::study::{due_items, record_feedback};
use unicode_normalization::UnicodeNormalization;

/// The browser's `String.prototype.normalize`, as the app injects it.
struct HostForms;

impl UnicodeForms for HostForms {
    fn nfc(&self, text: &str) -> String {
        text.nfc().collect()
    }
    fn nfkc(&self, text: &str) -> String {
        text.nfkc().collect()
    }
    fn nfd(&self, text: &str) -> String {
        text.nfd().collect()
    }
}

const ITEMS: u32 = 10_000;
const NOW: Timestamp = Timestamp(1_710_000_000);

/// A learner who has met 10,000 items over months, in two packs; about a tenth are due now.
fn large_progress() -> Progress {
    let mut progress = Progress::default();
    for index in 0..ITEMS {
        let pack = if index < ITEMS / 2 {
            "de-a1"
        } else {
            "de-leben"
        };
        let last = 1_700_000_000 + i64::from(index) * 97;
        let due = if index % 10 == 0 {
            NOW.0 - 3_600
        } else {
            NOW.0 + 86_400 * i64::from(1 + index % 60)
        };
        progress.items.insert(
            ItemKey::new(pack, format!("w-{index:05}")),
            ItemProgress {
                memory: Some(MemoryState {
                    stability: 0.5 + index as f32 * 0.731,
                    difficulty: 1.0 + (index % 900) as f32 / 100.0,
                }),
                due: Timestamp(due),
                last_review: Some(Timestamp(last)),
                reviews: 4 + index % 20,
                lapses: index % 3,
                correct: 6 + index % 25,
                attempts: 9 + index % 30,
                last_answer_ms: Some(1_000 + index % 9_000),
            },
        );
        progress.packs.insert(pack.to_owned());
    }
    progress
}

fn answer_checking(c: &mut Criterion) {
    let rules = CheckRules {
        accept_missing_diacritics: true,
        accept_typos: true,
        require_article: false,
    };
    let alternatives = ["die Strasse".to_owned()];
    let strasse = Expected {
        canonical: "Straße",
        alternatives: &alternatives,
        article: Some("die"),
        language: "de",
    };
    let sentence = Expected::new("Ich habe einen Termin beim Arzt um halb drei.", "de");
    let arabic = Expected::new("مَدْرَسَة", "ar");
    let mut group = c.benchmark_group("check one typed answer");
    for (name, input, expected) in [
        ("right", "Straße", &strasse),
        ("missing diacritics", "Strasse", &strasse),
        ("one typo", "Strase", &strasse),
        ("wrong", "Haus", &strasse),
        (
            "sentence with a typo",
            "ich habe einen termin beim arzt um halb drie",
            &sentence,
        ),
        ("Arabic without tashkeel", "مدرسة", &arabic),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| check_typed(black_box(input), expected, rules, &HostForms));
        });
    }
    group.finish();
}

fn review_queue(c: &mut Criterion) {
    let progress = large_progress();
    let due = due_items(&progress, NOW, usize::MAX).len();
    println!("review queue: {due} of {ITEMS} items due");
    c.bench_function("review queue from 10,000 items", |b| {
        b.iter(|| due_items(black_box(&progress), NOW, 50));
    });
    let config = SchedulerConfig::default();
    let key = ItemKey::new("de-a1", "w-00010");
    let feedback = passage_core::exercise::Feedback {
        verdict: passage_core::answer::Verdict::Correct,
        rating: Some(Rating::Good),
        parts: vec![],
    };
    c.bench_function("record one answer in 10,000 items", |b| {
        b.iter_batched_ref(
            || progress.clone(),
            |progress| record_feedback(progress, &key, &feedback, 2_000, NOW, 19_790, &config),
            criterion::BatchSize::LargeInput,
        );
    });
}

fn stored_progress(c: &mut Criterion) {
    let progress = large_progress();
    let text = encode(&progress, 1_234, NOW);
    println!(
        "stored progress, {ITEMS} items: {} bytes ({:.1} bytes an item; two slots: {:.2} MB)",
        text.len(),
        text.len() as f64 / f64::from(ITEMS),
        2.0 * text.len() as f64 / 1_000_000.0
    );
    assert_eq!(
        decode(&text).map(|decoded| decoded.progress),
        Ok(progress.clone())
    );
    c.bench_function("save progress with 10,000 items", |b| {
        b.iter(|| encode(black_box(&progress), 1_234, NOW));
    });
    c.bench_function("load progress with 10,000 items", |b| {
        b.iter(|| decode(black_box(&text)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = answer_checking, review_queue, stored_progress
}
criterion_main!(benches);
