//! Say whether a statement is true.

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};

use super::PackText;
use crate::i18n::t;

/// True or false.
#[component]
pub fn TrueFalseExercise(
    /// A true/false exercise.
    exercise: Exercise,
    /// Called once with the answer.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::TrueFalse { prompt } = exercise.kind else {
        return ().into_any();
    };
    let answered = RwSignal::new(false);
    let answer = move |answer: bool| {
        if !answered.get_untracked() {
            answered.set(true);
            on_response.run(Response::TrueFalse { answer });
        }
    };
    view! {
        <div class="exercise true-false">
            <p class="exercise-instruction">{t("learn-true-false-instruction")}</p>
            <p class="exercise-prompt"><PackText text=prompt/></p>
            <div class="options-row">
                <button type="button" class="option" disabled=move || answered.get() on:click=move |_| answer(true)>
                    {t("learn-true")}
                </button>
                <button type="button" class="option" disabled=move || answered.get() on:click=move |_| answer(false)>
                    {t("learn-false")}
                </button>
            </div>
        </div>
    }
    .into_any()
}
