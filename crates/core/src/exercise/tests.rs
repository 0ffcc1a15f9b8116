//! Lesson plans and grading, on a small pack with every kind of item.

use std::collections::BTreeMap;

use super::*;
use crate::answer::{CheckRules, NoNormalization, Verdict};
use crate::pack::{
    Answer, AnswerRules, Block, Choice, ClozeSegment, Date, Dialogue, DialogueLine, ExamRule,
    Inline, Item, Lesson, Pack, PackMeta, Pair, Phrase, Question, Reading, Source, Word,
};
use crate::schedule::Rating;
use crate::{LocalizedText, PackKind};

fn text(pairs: &[(&str, &str)]) -> LocalizedText {
    LocalizedText(
        pairs
            .iter()
            .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
            .collect(),
    )
}

fn word(id: &str, de: &str, article: &str, en: &str) -> Item {
    Item::Word(Word {
        id: id.into(),
        text: de.into(),
        article: Some(article.into()),
        gender: None,
        plural: None,
        alternatives: vec![],
        translations: text(&[("en", en)]),
        note: LocalizedText::default(),
        image: None,
        audio: None,
    })
}

fn question(id: &str, answer: Answer) -> Item {
    Item::Question(Question {
        id: id.into(),
        prompt: text(&[("de", "Frage"), ("en", "Question")]),
        answer,
        explanation: text(&[("en", "Because.")]),
        source: Some("gesetz".into()),
        varies: None,
        image: None,
        audio: None,
    })
}

fn choice(de: &str) -> Choice {
    Choice {
        text: text(&[("de", de)]),
        image: None,
    }
}

pub(crate) fn pack() -> Pack {
    let items = vec![
        Item::Reading(Reading {
            id: "anmeldung".into(),
            title: text(&[("en", "Registering")]),
            body: BTreeMap::from([(
                "de".to_owned(),
                vec![Block::Paragraph {
                    content: vec![Inline::Text {
                        text: "Melden Sie sich an.".into(),
                    }],
                }],
            )]),
            sources: vec!["gesetz".into()],
        }),
        word("arzt", "Arzt", "der", "doctor"),
        word("apotheke", "Apotheke", "die", "pharmacy"),
        word("rezept", "Rezept", "das", "prescription"),
        word("termin", "Termin", "der", "appointment"),
        Item::Phrase(Phrase {
            id: "termin-brauche".into(),
            text: "Ich brauche einen Termin.".into(),
            alternatives: vec![],
            translations: text(&[("en", "I need an appointment.")]),
            note: LocalizedText::default(),
            audio: None,
        }),
        Item::Dialogue(Dialogue {
            id: "praxis".into(),
            title: text(&[("en", "At the practice")]),
            scene: LocalizedText::default(),
            lines: vec![
                DialogueLine {
                    speaker: "Praxis".into(),
                    text: "Guten Tag!".into(),
                    translations: text(&[("en", "Hello!")]),
                    wrong: vec![],
                    audio: None,
                },
                DialogueLine {
                    speaker: "Sie".into(),
                    text: "Guten Tag, ich brauche einen Termin.".into(),
                    translations: text(&[("en", "Hello, I need an appointment.")]),
                    wrong: vec!["Tschüss!".into(), "Ich heiße Termin.".into()],
                    audio: None,
                },
            ],
        }),
        question(
            "notruf",
            Answer::Single {
                options: vec![choice("112"), choice("110"), choice("115")],
                correct: 0,
            },
        ),
        question(
            "pflichten",
            Answer::Multiple {
                options: vec![choice("a"), choice("b"), choice("c")],
                correct: vec![0, 2],
            },
        ),
        question("sonntag", Answer::TrueFalse { correct: false }),
        question(
            "polizei",
            Answer::Typed {
                accepted: vec!["110".into(), "eins eins null".into()],
            },
        ),
        question(
            "schritte",
            Answer::Ordering {
                items: vec![
                    text(&[("de", "eins")]),
                    text(&[("de", "zwei")]),
                    text(&[("de", "drei")]),
                ],
            },
        ),
        question(
            "paare",
            Answer::Matching {
                pairs: vec![
                    Pair {
                        left: text(&[("de", "112")]),
                        right: text(&[("en", "fire")]),
                    },
                    Pair {
                        left: text(&[("de", "110")]),
                        right: text(&[("en", "police")]),
                    },
                    Pair {
                        left: text(&[("de", "116 117")]),
                        right: text(&[("en", "doctor on call")]),
                    },
                ],
            },
        ),
        question(
            "lücke",
            Answer::Cloze {
                segments: vec![
                    ClozeSegment::Text {
                        text: "Ich ".into(),
                    },
                    ClozeSegment::Blank {
                        answers: vec!["bin".into(), "war".into()],
                    },
                    ClozeSegment::Text {
                        text: " krank.".into(),
                    },
                ],
                distractors: vec!["habe".into()],
            },
        ),
    ];
    Pack {
        format_version: 1,
        meta: PackMeta {
            id: "de-a1".into(),
            version: "1".into(),
            title: text(&[("en", "German")]),
            description: LocalizedText::default(),
            target_language: "de".into(),
            support_languages: vec!["en".into()],
            kind: PackKind::Mixed,
            level: None,
            region: None,
            licence: "CC0-1.0".into(),
            authors: vec!["Team".into()],
            sources: vec![Source {
                id: "gesetz".into(),
                title: "Gesetz".into(),
                url: "https://www.gesetze-im-internet.de/".into(),
                publisher: None,
            }],
            reviewed: Date {
                year: 2026,
                month: 11,
                day: 1,
            },
            valid_until: None,
            answers: AnswerRules::default(),
            translations_reviewed: vec![],
        },
        lessons: vec![Lesson {
            id: "doctor".into(),
            title: text(&[("en", "Doctor")]),
            description: LocalizedText::default(),
            exam: None,
            items,
        }],
    }
}

fn plan(seed: u64, audio: bool) -> Vec<Exercise> {
    plan_lesson(&pack(), "doctor", PlanOptions { seed, audio }).unwrap_or_default()
}

/// The right response to an exercise, worked out from its key the way a learner who knows
/// everything would answer.
fn solve(exercise: &Exercise) -> Response {
    match (&exercise.kind, &exercise.key) {
        (ExerciseKind::Flashcard { .. }, _) => Response::Rated {
            rating: Rating::Good,
        },
        (ExerciseKind::Read { .. }, _) => Response::Read,
        (_, AnswerKey::Choice { correct }) => Response::Chosen {
            options: correct.clone(),
        },
        (_, AnswerKey::TrueFalse { correct }) => Response::TrueFalse { answer: *correct },
        (
            _,
            AnswerKey::Typed {
                answers,
                article,
                require_article,
            },
        ) => {
            let answer = answers.first().cloned().unwrap_or_default();
            Response::Typed {
                text: match article {
                    Some(article) if *require_article => format!("{article} {answer}"),
                    _ => answer,
                },
            }
        }
        (ExerciseKind::WordBank { tiles, .. }, AnswerKey::Sentence { answers }) => {
            let mut used = vec![false; tiles.len()];
            let order = sentence_words(answers.first().map_or("", String::as_str))
                .iter()
                .filter_map(|word| {
                    let at = tiles
                        .iter()
                        .enumerate()
                        .position(|(i, tile)| tile == word && !used[i])?;
                    used[at] = true;
                    Some(at)
                })
                .collect();
            Response::Tiles { tiles: order }
        }
        (_, AnswerKey::Pairs { right_of_left }) => Response::Pairs {
            right_of_left: right_of_left.clone(),
        },
        (_, AnswerKey::Blanks { answers }) => Response::Blanks {
            answers: answers
                .iter()
                .map(|a| a.first().cloned().unwrap_or_default())
                .collect(),
        },
        (_, AnswerKey::Sequence { order }) => Response::Sequence {
            order: order.clone(),
        },
        (_, AnswerKey::Replies { correct }) => Response::Replies {
            chosen: correct.clone(),
        },
        _ => Response::Read,
    }
}

fn grade_it(exercise: &Exercise, response: &Response) -> Feedback {
    grade(exercise, response, CheckRules::default(), &NoNormalization)
}

#[test]
fn a_lesson_reads_first_meets_every_word_then_practises_and_asks() {
    let exercises = plan(1, true);
    let names: Vec<&str> = exercises.iter().map(|e| e.kind.name()).collect();
    assert_eq!(names.first(), Some(&"read"));
    let flashcards: Vec<&str> = exercises
        .iter()
        .filter(|e| e.kind.name() == "flashcard")
        .map(|e| e.item_id.as_str())
        .collect();
    assert_eq!(
        flashcards,
        vec!["arzt", "apotheke", "rezept", "termin", "termin-brauche"]
    );
    let first_practice = names
        .iter()
        .position(|n| *n != "read" && *n != "flashcard")
        .unwrap_or(0);
    assert!(
        names[first_practice..].iter().all(|n| *n != "flashcard"),
        "{names:?}"
    );
    for id in ["arzt", "apotheke", "rezept", "termin", "termin-brauche"] {
        let practised = exercises
            .iter()
            .filter(|e| e.item_id == id && e.kind.name() != "flashcard")
            .count();
        assert!(practised >= 1, "{id} is never practised: {names:?}");
    }
    for kind in [
        "match",
        "dialogue",
        "choice",
        "multiple-choice",
        "true-false",
        "type",
        "order",
        "cloze",
        "word-bank",
    ] {
        assert!(names.contains(&kind), "no {kind} in {names:?}");
    }
    assert!(names.iter().any(|n| n.starts_with("listen")), "{names:?}");
    let sources = exercises
        .iter()
        .filter(|e| e.item_id == "notruf")
        .filter_map(|e| e.source.as_ref());
    assert_eq!(
        sources.map(|s| s.id.as_str()).collect::<Vec<_>>(),
        vec!["gesetz"]
    );
}

#[test]
fn plans_are_deterministic_and_seeds_vary_them() {
    assert_eq!(plan(7, true), plan(7, true));
    assert!((0..10).any(|seed| plan(seed, true) != plan(7, true)));
}

#[test]
fn without_audio_there_is_no_listening() {
    for seed in 0..20 {
        let names: Vec<&str> = plan(seed, false)
            .iter()
            .map(|e| e.kind.name())
            .collect::<Vec<_>>()
            .leak()
            .to_vec();
        assert!(!names.iter().any(|n| n.starts_with("listen")), "{names:?}");
    }
}

#[test]
fn the_right_response_to_every_exercise_is_right() {
    for seed in 0..30 {
        for exercise in plan(seed, seed % 2 == 0) {
            let feedback = grade_it(&exercise, &solve(&exercise));
            assert_eq!(
                feedback.verdict,
                Verdict::Correct,
                "seed {seed}: {exercise:?}"
            );
            let scheduled = exercise.kind.is_graded();
            assert_eq!(
                feedback.rating.is_some(),
                scheduled,
                "{}",
                exercise.kind.name()
            );
        }
    }
}

#[test]
fn wrong_responses_are_wrong() {
    let exercises = plan(3, true);
    let find = |name: &str| exercises.iter().find(|e| e.kind.name() == name).cloned();
    let cases: Vec<(&str, Response)> = vec![
        ("true-false", Response::TrueFalse { answer: true }),
        (
            "type",
            Response::Typed {
                text: "falsch".into(),
            },
        ),
        (
            "order",
            Response::Sequence {
                order: vec![0, 1, 2],
            },
        ),
        (
            "cloze",
            Response::Blanks {
                answers: vec!["habe".into()],
            },
        ),
        ("dialogue", Response::Replies { chosen: vec![9] }),
        (
            "match",
            Response::Pairs {
                right_of_left: vec![],
            },
        ),
        ("word-bank", Response::Tiles { tiles: vec![0] }),
    ];
    for (name, response) in cases {
        let Some(exercise) = find(name) else {
            panic!("no {name}")
        };
        let feedback = grade_it(&exercise, &response);
        assert!(
            matches!(feedback.verdict, Verdict::Wrong { .. }),
            "{name}: {feedback:?}"
        );
        assert_eq!(feedback.rating, Some(Rating::Again), "{name}");
    }
    // A response of another shape is wrong, never a panic.
    let Some(choice) = find("choice") else {
        panic!("no choice")
    };
    assert!(matches!(
        grade_it(&choice, &Response::Read).verdict,
        Verdict::Wrong { .. }
    ));
}

#[test]
fn a_noun_typed_without_its_article_is_wrong_when_asked_and_ordering_never_starts_solved() {
    for seed in 0..40 {
        for exercise in plan(seed, false) {
            if let AnswerKey::Typed {
                require_article: true,
                answers,
                ..
            } = &exercise.key
            {
                let bare = Response::Typed {
                    text: answers.first().cloned().unwrap_or_default(),
                };
                assert!(matches!(
                    grade_it(&exercise, &bare).verdict,
                    Verdict::Wrong { .. }
                ));
            }
            if let AnswerKey::Sequence { order } = &exercise.key {
                assert_ne!(order, &(0..order.len()).collect::<Vec<_>>());
            }
        }
    }
}

#[test]
fn dialogue_replies_are_graded_one_by_one() {
    let exercises = plan(5, true);
    let Some(dialogue) = exercises.iter().find(|e| e.kind.name() == "dialogue") else {
        panic!("no dialogue")
    };
    let AnswerKey::Replies { correct } = &dialogue.key else {
        panic!("no replies")
    };
    let right = correct.first().copied().unwrap_or(0);
    assert!(is_right_reply(dialogue, 0, right));
    assert!(!is_right_reply(dialogue, 0, (right + 1) % 3));
    let ExerciseKind::Dialogue { steps, .. } = &dialogue.kind else {
        panic!("not a dialogue")
    };
    let Some(DialogueStep::Reply { options, .. }) = steps.get(1) else {
        panic!("the reply comes second: {steps:?}")
    };
    assert_eq!(
        options.get(right).map(String::as_str),
        Some("Guten Tag, ich brauche einen Termin.")
    );
}

#[test]
fn review_exercises_practise_and_never_show_a_flashcard() {
    for seed in 0..20 {
        for id in ["arzt", "termin-brauche", "notruf", "praxis"] {
            let options = PlanOptions { seed, audio: true };
            let Some(exercise) = review_exercise(&pack(), id, options) else {
                panic!("{id}")
            };
            assert_ne!(exercise.kind.name(), "flashcard");
            assert_eq!(
                grade_it(&exercise, &solve(&exercise)).verdict,
                Verdict::Correct
            );
        }
    }
    assert!(
        review_exercise(
            &pack(),
            "gone",
            PlanOptions {
                seed: 1,
                audio: true
            }
        )
        .is_none()
    );
}

#[test]
fn the_right_answer_is_there_to_show_for_every_answered_kind() {
    for exercise in plan(7, true) {
        let shown = right_answer(&exercise);
        match (&exercise.kind, &shown) {
            (ExerciseKind::Choice { .. }, RightAnswer::Options(options)) => {
                assert!(!options.is_empty(), "{}", exercise.item_id);
            }
            (ExerciseKind::TrueFalse { .. }, RightAnswer::TrueFalse(_)) => {}
            (ExerciseKind::Match { left, .. }, RightAnswer::Pairs(pairs)) => {
                assert_eq!(pairs.len(), left.len());
            }
            (ExerciseKind::Order { items, .. }, RightAnswer::Sequence(sequence)) => {
                assert_eq!(sequence.len(), items.len());
                // The right order, applied to the shown items, solves the exercise.
                let response = solve(&exercise);
                assert!(grade_it(&exercise, &response).verdict.is_accepted());
            }
            (ExerciseKind::Dialogue { .. }, RightAnswer::Replies(replies)) => {
                assert!(!replies.is_empty());
            }
            (
                ExerciseKind::Flashcard { .. }
                | ExerciseKind::Type { .. }
                | ExerciseKind::WordBank { .. }
                | ExerciseKind::Cloze { .. }
                | ExerciseKind::Read { .. },
                RightAnswer::None,
            ) => {}
            (kind, shown) => panic!("{} shows {shown:?}", kind.name()),
        }
    }
}

fn exam_pack(ask: u32, pass: u32) -> Pack {
    let mut pack = pack();
    let questions: Vec<Item> = (0..8)
        .map(|n| {
            question(
                &format!("q{n}"),
                Answer::TrueFalse {
                    correct: n % 2 == 0,
                },
            )
        })
        .collect();
    pack.lessons.push(Lesson {
        id: "test".into(),
        title: text(&[("en", "Practice test")]),
        description: LocalizedText::default(),
        exam: Some(ExamRule { ask, pass }),
        items: questions,
    });
    pack
}

#[test]
fn a_practice_test_asks_its_number_of_questions_drawn_at_random() {
    let pack = exam_pack(5, 3);
    let sitting = |seed| {
        plan_exam(&pack, "test", PlanOptions { seed, audio: true })
            .unwrap_or_default()
            .into_iter()
            .map(|exercise| exercise.item_id)
            .collect::<Vec<_>>()
    };
    let first = sitting(1);
    assert_eq!(first.len(), 5);
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 5, "no question twice: {first:?}");
    assert_eq!(sitting(1), first, "the same seed gives the same sitting");
    assert!(
        (2..20).any(|seed| sitting(seed) != first),
        "other sittings draw other questions or another order"
    );
    // Only questions: nothing to print as a worksheet.
    assert!(!pack.lessons[1].has_study_material());
    assert!(pack.lessons[0].has_study_material());
    // A lesson that is not a test has no sitting.
    assert_eq!(
        plan_exam(
            &pack,
            "doctor",
            PlanOptions {
                seed: 1,
                audio: true
            }
        ),
        None
    );
}
