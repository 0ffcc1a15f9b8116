//! Type the answer in the language being learned: translate, or write what you heard.

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};

use super::PackText;
use crate::audio::{ListenButton, play};
use crate::i18n::t;

/// Typing, with the listening variant.
#[component]
pub fn TypingExercise(
    /// A typing exercise.
    exercise: Exercise,
    /// Called once with what was typed.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Type {
        prompt,
        audio,
        asks_article,
        language,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let answered = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    if let Some(audio) = &audio {
        play(audio);
    }
    let instruction = match (&audio, asks_article) {
        (Some(_), _) => "learn-type-listen",
        (None, true) => "learn-type-article",
        (None, false) => "learn-type-translate",
    };
    let has_prompt = !prompt.is_empty();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if !answered.get_untracked() && !typed.with_untracked(|text| text.trim().is_empty()) {
            answered.set(true);
            on_response.run(Response::Typed {
                text: typed.get_untracked(),
            });
        }
    };
    view! {
        <form class="exercise typing" on:submit=submit>
            <p class="exercise-instruction">{t(instruction)}</p>
            {has_prompt.then(|| view! { <p class="exercise-prompt"><PackText text=prompt.clone()/></p> })}
            {audio.map(|audio| view! { <ListenButton audio=audio/> })}
            <label class="field">
                <span>{t("learn-your-answer")}</span>
                <input
                    type="text"
                    class="answer-input"
                    lang=language
                    dir="auto"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    prop:value=move || typed.get()
                    readonly=move || answered.get()
                    on:input=move |event| typed.set(event_target_value(&event))
                />
            </label>
            <button type="submit" class="button button-primary" disabled=move || answered.get()>
                {t("learn-check")}
            </button>
        </form>
    }
    .into_any()
}
