//! Meet a word: see it (and hear it), reveal its meaning, then say how well you knew it.

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};
use passage_core::schedule::Rating;

use super::{PackText, TargetText, pack_image};
use crate::audio::ListenButton;
use crate::i18n::t;

/// A flashcard: reveal, then rate.
#[component]
pub fn FlashcardExercise(
    /// A flashcard exercise.
    exercise: Exercise,
    /// Called once with the learner's rating.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Flashcard {
        text,
        article,
        meaning,
        note,
        image,
        audio,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let revealed = RwSignal::new(false);
    let rated = RwSignal::new(false);
    let language = audio.language.clone();
    let shown = match article {
        Some(article) => format!("{article} {text}"),
        None => text,
    };
    let rate = move |rating: Rating| {
        if !rated.get_untracked() {
            rated.set(true);
            on_response.run(Response::Rated { rating });
        }
    };
    let rating_button = move |rating: Rating, id: &'static str| {
        view! {
            <button type="button" class="button" disabled=move || rated.get() on:click=move |_| rate(rating)>
                {t(id)}
            </button>
        }
    };
    let has_note = !note.is_empty();
    view! {
        <div class="exercise flashcard">
            <p class="exercise-instruction">{t("learn-flashcard-instruction")}</p>
            {image.as_deref().map(pack_image)}
            <p class="flashcard-text"><TargetText text=shown language=language/></p>
            <ListenButton audio=audio/>
            <Show
                when=move || revealed.get()
                fallback=move || view! {
                    <button type="button" class="button button-primary" on:click=move |_| revealed.set(true)>
                        {t("learn-reveal")}
                    </button>
                }
            >
                <p class="flashcard-meaning"><PackText text=meaning.clone()/></p>
                {has_note.then(|| view! { <p class="flashcard-note"><PackText text=note.clone()/></p> })}
                <p id="rate-question">{t("learn-rate-question")}</p>
                <div class="rating" role="group" aria-labelledby="rate-question">
                    {rating_button(Rating::Again, "learn-rate-again")}
                    {rating_button(Rating::Hard, "learn-rate-hard")}
                    {rating_button(Rating::Good, "learn-rate-good")}
                    {rating_button(Rating::Easy, "learn-rate-easy")}
                </div>
            </Show>
        </div>
    }
    .into_any()
}
