//! Choose one option (or every right one), in text or pictures; the listening variant plays the
//! word first.

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};

use super::{PackText, pack_image};
use crate::audio::{ListenButton, play};
use crate::i18n::t;

/// A single or multiple choice.
#[component]
pub fn ChoiceExercise(
    /// A choice exercise.
    exercise: Exercise,
    /// Called once with the chosen options.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Choice {
        prompt,
        audio,
        image,
        options,
        multiple,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let answered = RwSignal::new(false);
    let chosen = RwSignal::new(Vec::<usize>::new());
    if let Some(audio) = &audio {
        // Listening: the word plays as the exercise appears (and again on "Listen").
        play(audio);
    }
    let instruction = match (&audio, multiple) {
        (Some(_), _) => "learn-choice-listen",
        (None, true) => "learn-choice-multiple",
        (None, false) => "learn-choice-single",
    };
    let has_prompt = !prompt.is_empty();
    let option_views = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let pressed = move || chosen.with(|chosen| chosen.contains(&index));
            let click = move |_| {
                if answered.get_untracked() {
                    return;
                }
                if multiple {
                    chosen.update(|chosen| {
                        if let Some(at) = chosen.iter().position(|c| *c == index) {
                            chosen.remove(at);
                        } else {
                            chosen.push(index);
                        }
                    });
                } else {
                    answered.set(true);
                    chosen.set(vec![index]);
                    on_response.run(Response::Chosen {
                        options: vec![index],
                    });
                }
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="option"
                        aria-pressed=move || if pressed() { "true" } else { "false" }
                        disabled=move || answered.get()
                        on:click=click
                    >
                        {option.image.as_deref().map(pack_image)}
                        <PackText text=option.text.clone()/>
                    </button>
                </li>
            }
        })
        .collect_view();
    let check = move |_| {
        if !answered.get_untracked() {
            answered.set(true);
            on_response.run(Response::Chosen {
                options: chosen.get_untracked(),
            });
        }
    };
    view! {
        <div class="exercise choice">
            <p class="exercise-instruction">{t(instruction)}</p>
            {image.as_deref().map(pack_image)}
            {has_prompt.then(|| view! { <p class="exercise-prompt"><PackText text=prompt.clone()/></p> })}
            {audio.map(|audio| view! { <ListenButton audio=audio/> })}
            <ul class="options" role="list">{option_views}</ul>
            {multiple.then(|| view! {
                <button
                    type="button"
                    class="button button-primary"
                    disabled=move || answered.get() || chosen.with(Vec::is_empty)
                    on:click=check
                >
                    {t("learn-check")}
                </button>
            })}
        </div>
    }
    .into_any()
}
