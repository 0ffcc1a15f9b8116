//! Every exercise component in a real browser: mounted with a hand-made exercise, answered right
//! and wrong through DOM events, checking the `Response` sent and what the learner sees.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;

use leptos::prelude::*;
use passage::exercises::{
    ChoiceExercise, ClozeExercise, DialogueExercise, FlashcardExercise, MatchingExercise,
    OrderingExercise, ReadExercise, TrueFalseExercise, TypingExercise, WordBankExercise,
};
use passage::screens::{SessionItem, StudySession};
use passage_core::answer::CheckRules;
use passage_core::exercise::{
    AnswerKey, Audio, ChoiceOption, DialogueStep, Exercise, ExerciseKind, Response,
};
use passage_core::pack::{Block, ClozeSegment, Date, Inline, Source};
use passage_core::schedule::Rating;
use passage_core::{LocalizedText, Route};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

fn en(text: &str) -> LocalizedText {
    LocalizedText::single("en", text)
}

fn exercise(kind: ExerciseKind, key: AnswerKey) -> Exercise {
    Exercise {
        item_id: "item".into(),
        kind,
        key,
        explanation: LocalizedText::default(),
        source: None,
        varies: None,
    }
}

/// Mounts an exercise component; returns its container and the response it sends.
async fn mount(
    exercise: Exercise,
    component: fn(Exercise, Callback<Response>) -> AnyView,
) -> (web_sys::HtmlElement, RwSignal<Option<Response>>) {
    let container = new_container();
    let response = RwSignal::new(None);
    let on_response = Callback::new(move |r: Response| response.set(Some(r)));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        component(exercise.clone(), on_response)
    });
    handle.forget();
    leptos::task::tick().await;
    (container, response)
}

fn elements(container: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = container.query_selector_all(selector).expect("a selector");
    (0..list.length())
        .filter_map(|at| list.item(at))
        .map(|node| node.unchecked_into())
        .collect()
}

/// The first button whose text contains `text`.
fn button(container: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    elements(container, "button")
        .into_iter()
        .find(|button| button.text_content().unwrap_or_default().contains(text))
        .unwrap_or_else(|| panic!("no button {text:?} in {}", container.inner_html()))
}

/// Text without Fluent's isolation marks around placed values.
fn plain(text: Option<String>) -> String {
    text.unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

async fn click(element: &web_sys::HtmlElement) {
    element.click();
    leptos::task::tick().await;
}

async fn type_into(input: &web_sys::HtmlElement, text: &str) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("an event");
    input.dispatch_event(&event).expect("dispatched");
    leptos::task::tick().await;
}

fn flashcard() -> Exercise {
    exercise(
        ExerciseKind::Flashcard {
            text: "Arzt".into(),
            article: Some("der".into()),
            meaning: en("doctor"),
            note: LocalizedText::default(),
            image: None,
            audio: Audio {
                recording: None,
                text: "der Arzt".into(),
                language: "de".into(),
            },
        },
        AnswerKey::None,
    )
}

#[wasm_bindgen_test]
async fn a_flashcard_reveals_its_meaning_then_is_rated() {
    let (card, response) = mount(flashcard(), |exercise, on_response| {
        view! { <FlashcardExercise exercise on_response/> }.into_any()
    })
    .await;
    let text = card.text_content().unwrap_or_default();
    assert!(text.contains("der Arzt"), "{text}");
    assert!(!text.contains("doctor"), "the meaning is hidden first");
    click(&button(&card, "Show the meaning")).await;
    assert!(card.text_content().unwrap_or_default().contains("doctor"));
    click(&button(&card, "Not at all")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Rated {
            rating: Rating::Again
        })
    );
}

fn choice(multiple: bool) -> Exercise {
    exercise(
        ExerciseKind::Choice {
            prompt: en("doctor"),
            audio: None,
            image: None,
            options: ["der Arzt", "die Hand", "das Haus"]
                .iter()
                .map(|text| ChoiceOption {
                    text: LocalizedText::single("de", text),
                    image: (*text == "das Haus").then(|| "house.webp".to_owned()),
                })
                .collect(),
            multiple,
        },
        AnswerKey::Choice { correct: vec![0] },
    )
}

fn choice_view(exercise: Exercise, on_response: Callback<Response>) -> AnyView {
    view! { <ChoiceExercise exercise on_response/> }.into_any()
}

#[wasm_bindgen_test]
async fn a_single_choice_answers_on_the_first_tap() {
    let (view, response) = mount(choice(false), choice_view).await;
    assert_eq!(elements(&view, ".option img").len(), 1, "an image option");
    click(&button(&view, "die Hand")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Chosen { options: vec![1] })
    );
    let (view, response) = mount(choice(false), choice_view).await;
    click(&button(&view, "der Arzt")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Chosen { options: vec![0] })
    );
    assert!(
        elements(&view, ".option")
            .iter()
            .all(|option| option.has_attribute("disabled")),
        "one answer only"
    );
}

#[wasm_bindgen_test]
async fn a_multiple_choice_toggles_options_then_checks() {
    let (view, response) = mount(choice(true), choice_view).await;
    click(&button(&view, "der Arzt")).await;
    click(&button(&view, "das Haus")).await;
    click(&button(&view, "das Haus")).await;
    click(&button(&view, "die Hand")).await;
    assert_eq!(response.get_untracked(), None, "nothing sent before Check");
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Chosen {
            options: vec![0, 1]
        })
    );
}

#[wasm_bindgen_test]
async fn true_or_false() {
    let make = || {
        exercise(
            ExerciseKind::TrueFalse {
                prompt: en("Berlin is the capital."),
            },
            AnswerKey::TrueFalse { correct: true },
        )
    };
    let view_of =
        |exercise, on_response| view! { <TrueFalseExercise exercise on_response/> }.into_any();
    let (view, response) = mount(make(), view_of).await;
    click(&button(&view, "True")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::TrueFalse { answer: true })
    );
    let (view, response) = mount(make(), view_of).await;
    click(&button(&view, "False")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::TrueFalse { answer: false })
    );
}

fn typing(listening: bool) -> Exercise {
    exercise(
        ExerciseKind::Type {
            prompt: if listening {
                LocalizedText::default()
            } else {
                en("doctor")
            },
            audio: listening.then(|| Audio {
                recording: Some("arzt.mp3".into()),
                text: "der Arzt".into(),
                language: "de".into(),
            }),
            asks_article: !listening,
            language: "de".into(),
        },
        AnswerKey::Typed {
            answers: vec!["Arzt".into()],
            article: Some("der".into()),
            require_article: !listening,
        },
    )
}

fn typing_view(exercise: Exercise, on_response: Callback<Response>) -> AnyView {
    view! { <TypingExercise exercise on_response/> }.into_any()
}

#[wasm_bindgen_test]
async fn typing_sends_what_was_typed_and_listening_offers_the_recording() {
    let (view, response) = mount(typing(false), typing_view).await;
    let input = elements(&view, "input.answer-input").remove(0);
    assert_eq!(input.get_attribute("lang").as_deref(), Some("de"));
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        None,
        "an empty answer is not sent"
    );
    type_into(&input, "der Artz").await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Typed {
            text: "der Artz".into()
        })
    );

    let (view, response) = mount(typing(true), typing_view).await;
    assert!(
        view.text_content().unwrap_or_default().contains("Listen"),
        "a recording can always be played"
    );
    type_into(&elements(&view, "input.answer-input").remove(0), "Arzt").await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Typed {
            text: "Arzt".into()
        })
    );
}

#[wasm_bindgen_test]
async fn a_word_bank_places_and_removes_tiles_in_the_language_direction() {
    let make = |language: &str, tiles: &[&str]| {
        exercise(
            ExerciseKind::WordBank {
                meaning: en("My name is Sara."),
                tiles: tiles.iter().map(|tile| (*tile).to_owned()).collect(),
                language: language.into(),
            },
            AnswerKey::Sentence {
                answers: vec![tiles.join(" ")],
            },
        )
    };
    let view_of =
        |exercise, on_response| view! { <WordBankExercise exercise on_response/> }.into_any();
    let (view, response) = mount(make("de", &["Ich", "heiße", "Sara."]), view_of).await;
    click(&button(&view, "heiße")).await;
    click(&button(&view, "Ich")).await;
    let placed = elements(&view, ".tile-answer .tile");
    assert_eq!(placed.len(), 2);
    click(&placed[0]).await;
    assert_eq!(
        elements(&view, ".tile-answer .tile").len(),
        1,
        "tap to remove"
    );
    click(&button(&view, "heiße")).await;
    click(&button(&view, "Sara.")).await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Tiles {
            tiles: vec![0, 1, 2]
        })
    );

    let (view, _) = mount(make("ar", &["اسمي", "سارة"]), view_of).await;
    let answer = elements(&view, ".tile-answer").remove(0);
    assert_eq!(answer.get_attribute("dir").as_deref(), Some("rtl"));
}

#[wasm_bindgen_test]
async fn matching_pairs_a_left_item_with_a_right_one() {
    let make = || {
        exercise(
            ExerciseKind::Match {
                prompt: LocalizedText::default(),
                left: vec![
                    LocalizedText::single("de", "Arzt"),
                    LocalizedText::single("de", "Hand"),
                ],
                right: vec![en("hand"), en("doctor")],
            },
            AnswerKey::Pairs {
                right_of_left: vec![1, 0],
            },
        )
    };
    let view_of =
        |exercise, on_response| view! { <MatchingExercise exercise on_response/> }.into_any();
    let (view, response) = mount(make(), view_of).await;
    let check = button(&view, "Check");
    assert!(
        check.has_attribute("disabled"),
        "until every item is paired"
    );
    click(&button(&view, "Arzt")).await;
    click(&button(&view, "doctor")).await;
    click(&button(&view, "Hand")).await;
    click(&button(&view, "hand")).await;
    assert_eq!(
        elements(&view, ".pair-mark").len(),
        4,
        "both sides show the pair"
    );
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Pairs {
            right_of_left: vec![1, 0]
        })
    );
    // Wrongly: the same right item twice moves it.
    let (view, response) = mount(make(), view_of).await;
    click(&button(&view, "Arzt")).await;
    click(&button(&view, "hand")).await;
    click(&button(&view, "Hand")).await;
    click(&button(&view, "doctor")).await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Pairs {
            right_of_left: vec![0, 1]
        })
    );
}

fn cloze(tiles: Vec<String>) -> Exercise {
    exercise(
        ExerciseKind::Cloze {
            prompt: en("Fill in."),
            segments: vec![
                ClozeSegment::Text {
                    text: "Ich ".into(),
                },
                ClozeSegment::Blank { answers: vec![] },
                ClozeSegment::Text {
                    text: " Sara.".into(),
                },
            ],
            tiles,
            language: "de".into(),
        },
        AnswerKey::Blanks {
            answers: vec![vec!["heiße".into()]],
        },
    )
}

fn cloze_view(exercise: Exercise, on_response: Callback<Response>) -> AnyView {
    view! { <ClozeExercise exercise on_response/> }.into_any()
}

#[wasm_bindgen_test]
async fn a_cloze_is_typed_or_filled_from_tiles() {
    let (view, response) = mount(cloze(vec![]), cloze_view).await;
    type_into(&elements(&view, "input.blank-input").remove(0), "heisse").await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Blanks {
            answers: vec!["heisse".into()]
        })
    );
    let (view, response) = mount(cloze(vec!["bin".into(), "heiße".into()]), cloze_view).await;
    click(&button(&view, "bin")).await;
    click(&elements(&view, "button.blank").remove(0)).await;
    click(&button(&view, "heiße")).await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Blanks {
            answers: vec!["heiße".into()]
        })
    );
}

#[wasm_bindgen_test]
async fn ordering_moves_items_up_and_down() {
    let make = || {
        exercise(
            ExerciseKind::Order {
                prompt: en("Oldest first."),
                items: vec![en("second"), en("first"), en("third")],
            },
            AnswerKey::Sequence {
                order: vec![1, 0, 2],
            },
        )
    };
    let view_of =
        |exercise, on_response| view! { <OrderingExercise exercise on_response/> }.into_any();
    let (view, response) = mount(make(), view_of).await;
    let up = elements(&view, "button.move")
        .into_iter()
        .find(|b| plain(b.get_attribute("aria-label")) == "Move up: first")
        .expect("a move-up button named by its item");
    click(&up).await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Sequence {
            order: vec![1, 0, 2]
        })
    );
    let (view, response) = mount(make(), view_of).await;
    click(&button(&view, "Check")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Sequence {
            order: vec![0, 1, 2]
        })
    );
}

#[wasm_bindgen_test]
async fn a_dialogue_gives_feedback_at_each_turn_then_sends_every_reply() {
    let audio = |text: &str| Audio {
        recording: None,
        text: text.into(),
        language: "de".into(),
    };
    let make = || {
        exercise(
            ExerciseKind::Dialogue {
                title: en("At the doctor's"),
                scene: en("You arrive."),
                steps: vec![
                    DialogueStep::Line {
                        speaker: "Ärztin".into(),
                        text: "Guten Tag!".into(),
                        meaning: en("Hello!"),
                        audio: audio("Guten Tag!"),
                    },
                    DialogueStep::Reply {
                        speaker: "Sie".into(),
                        options: vec!["Tschüss!".into(), "Guten Tag!".into()],
                    },
                    DialogueStep::Line {
                        speaker: "Sie".into(),
                        text: "Guten Tag!".into(),
                        meaning: en("Hello!"),
                        audio: audio("Guten Tag!"),
                    },
                ],
                language: "de".into(),
            },
            AnswerKey::Replies { correct: vec![1] },
        )
    };
    let view_of =
        |exercise, on_response| view! { <DialogueExercise exercise on_response/> }.into_any();
    let (view, response) = mount(make(), view_of).await;
    assert_eq!(
        elements(&view, ".dialogue-line").len(),
        1,
        "the first line only"
    );
    click(&button(&view, "Tschüss!")).await;
    let text = view.text_content().unwrap_or_default();
    assert!(text.contains("Not the best answer"), "{text}");
    assert_eq!(
        elements(&view, ".dialogue-line").len(),
        2,
        "the scene goes on"
    );
    click(&button(&view, "Continue")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Replies { chosen: vec![0] })
    );
    let (view, response) = mount(make(), view_of).await;
    click(&elements(&view, ".dialogue-turn .option")[1]).await;
    assert!(
        view.text_content()
            .unwrap_or_default()
            .contains("Good answer.")
    );
    click(&button(&view, "Continue")).await;
    assert_eq!(
        response.get_untracked(),
        Some(Response::Replies { chosen: vec![1] })
    );
}

#[wasm_bindgen_test]
async fn a_reading_is_a_page_with_safe_links_sources_and_its_date() {
    let mut body = BTreeMap::new();
    body.insert(
        "en".to_owned(),
        vec![
            Block::Heading {
                level: 1,
                content: vec![Inline::Text {
                    text: "Registering".into(),
                }],
            },
            Block::Paragraph {
                content: vec![
                    Inline::Text {
                        text: "Go to the <b>office</b> ".into(),
                    },
                    Inline::Link {
                        href: "https://example.org/".into(),
                        content: vec![Inline::Text {
                            text: "online".into(),
                        }],
                    },
                    Inline::Link {
                        href: "javascript:alert(1)".into(),
                        content: vec![Inline::Text { text: "bad".into() }],
                    },
                ],
            },
        ],
    );
    let reading = exercise(
        ExerciseKind::Read {
            title: en("Anmeldung"),
            body,
            sources: vec![Source {
                id: "law".into(),
                title: "Federal Registration Act".into(),
                url: "https://example.org/law".into(),
                publisher: None,
            }],
            reviewed: Date::new(2026, 3, 1).expect("a date"),
        },
        AnswerKey::None,
    );
    let (view, response) = mount(reading, |exercise, on_response| {
        view! { <ReadExercise exercise on_response/> }.into_any()
    })
    .await;
    assert_eq!(elements(&view, "b").len(), 0, "text stays text");
    let links = elements(&view, "a");
    assert_eq!(links.len(), 2, "the unsafe link is plain text");
    for link in &links {
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    }
    let text = view.text_content().unwrap_or_default();
    assert!(text.contains("Federal Registration Act"), "{text}");
    assert!(text.contains("Last checked on"), "{text}");
    click(&button(&view, "Continue")).await;
    assert_eq!(response.get_untracked(), Some(Response::Read));
}

/// Mounts a session of one exercise; returns its container.
async fn session(exercise: Exercise) -> web_sys::HtmlElement {
    let container = new_container();
    let items = vec![SessionItem {
        pack: "test".into(),
        exercise,
        rules: CheckRules::from_pack(Default::default()),
    }];
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <StudySession items=items.clone() on_finish=Callback::new(|_| ()) back=Route::Home exam=None/> }
    });
    handle.forget();
    leptos::task::tick().await;
    container
}

#[wasm_bindgen_test]
async fn the_session_shows_right_wrong_and_noted_answers_with_the_source() {
    let mut question = choice(false);
    question.explanation = en("A doctor treats the sick.");
    question.source = Some(Source {
        id: "s".into(),
        title: "Official guide".into(),
        url: "https://example.org/".into(),
        publisher: None,
    });
    let view = session(question.clone()).await;
    click(&button(&view, "die Hand")).await;
    let feedback = elements(&view, "#feedback").remove(0);
    let text = feedback.text_content().unwrap_or_default();
    assert!(text.contains("Not quite."), "{text}");
    assert!(
        text.contains("der Arzt"),
        "the right option is shown: {text}"
    );
    assert!(text.contains("A doctor treats the sick."), "{text}");
    assert!(text.contains("Official guide"), "{text}");
    assert_eq!(
        feedback.get_attribute("aria-live").as_deref(),
        Some("polite")
    );
    // The wrong answer comes back once at the end.
    click(&button(&feedback, "Continue")).await;
    assert!(
        view.text_content()
            .unwrap_or_default()
            .contains("One more try")
    );
    click(&button(&view, "der Arzt")).await;
    assert!(view.text_content().unwrap_or_default().contains("Right!"));
    click(&button(&view, "Continue")).await;
    let summary = plain(view.text_content());
    assert!(summary.contains("Your score: 0%"), "{summary}");

    let bye = exercise(
        ExerciseKind::Type {
            prompt: en("bye"),
            audio: None,
            asks_article: false,
            language: "de".into(),
        },
        AnswerKey::Typed {
            answers: vec!["Tschüss".into()],
            article: None,
            require_article: false,
        },
    );
    let view = session(bye).await;
    type_into(&elements(&view, "input.answer-input").remove(0), "Tschuss").await;
    click(&button(&view, "Check")).await;
    let text = view.text_content().unwrap_or_default();
    assert!(text.contains("Right, with a small note."), "{text}");
    assert!(text.contains("Watch the accents"), "{text}");
    assert!(text.contains("Tschüss"), "{text}");
    click(&button(&view, "Continue")).await;
    assert!(plain(view.text_content()).contains("Your score: 100%"));
}

/// A typing exercise in Russian that expects "Пожалуйста".
fn please() -> Exercise {
    exercise(
        ExerciseKind::Type {
            prompt: en("please"),
            audio: None,
            asks_article: false,
            language: "ru".into(),
        },
        AnswerKey::Typed {
            answers: vec!["Пожалуйста".into()],
            article: None,
            require_article: false,
        },
    )
}

#[wasm_bindgen_test]
async fn answers_in_capitals_and_with_a_typo_are_told_apart_by_the_browsers_unicode() {
    let view = session(please()).await;
    type_into(
        &elements(&view, "input.answer-input").remove(0),
        "ПОЖАЛУЙСТА",
    )
    .await;
    click(&button(&view, "Check")).await;
    let text = view.text_content().unwrap_or_default();
    assert!(
        text.contains("Right!"),
        "capitals are the same answer: {text}"
    );
    assert!(!text.contains("small note"), "{text}");

    let view = session(please()).await;
    type_into(
        &elements(&view, "input.answer-input").remove(0),
        "ПОЖАЛУСТА",
    )
    .await;
    click(&button(&view, "Check")).await;
    let text = view.text_content().unwrap_or_default();
    assert!(text.contains("Right, with a small note."), "{text}");
    assert!(
        text.contains("Watch the spelling"),
        "one letter of ten missing: {text}"
    );
}

#[wasm_bindgen_test]
fn the_browser_lower_cases_and_tells_letters_as_rust_does() {
    use passage::unicode::BrowserForms;
    use passage_core::answer::UnicodeForms;

    // The scripts of the interface and pack languages, with their digits and punctuation.
    let blocks = [
        ('\u{0}', '\u{24F}'),     // Latin
        ('\u{370}', '\u{52F}'),   // Greek, Cyrillic
        ('\u{591}', '\u{6FF}'),   // Hebrew, Arabic
        ('\u{900}', '\u{97F}'),   // Devanagari
        ('\u{1200}', '\u{137F}'), // Ethiopic (Tigrinya)
        ('\u{1E00}', '\u{1FFF}'), // Latin and Greek extended
        ('\u{2000}', '\u{24FF}'), // punctuation, letter-like symbols, Roman numerals, circled letters
        ('\u{FB00}', '\u{FDFF}'), // ligatures, Arabic presentation forms
        ('\u{FF00}', '\u{FFEF}'), // full-width forms
    ];
    let forms = BrowserForms;
    let mut differ = Vec::new();
    for (first, last) in blocks {
        for c in first..=last {
            let text = c.to_string();
            if forms.is_alphabetic(c) != c.is_alphabetic()
                || forms.is_alphanumeric(c) != c.is_alphanumeric()
                || forms.lowercase(&text) != text.to_lowercase()
            {
                differ.push(c);
            }
        }
    }
    assert_eq!(differ, Vec::<char>::new());
    for sentence in [
        "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ",
        "Straße ÄRZTIN",
        "ПОЖАЛУЙСТА, Їжак",
        "İSTANBUL",
    ] {
        assert_eq!(
            forms.lowercase(sentence),
            sentence.to_lowercase(),
            "{sentence}"
        );
    }
}
