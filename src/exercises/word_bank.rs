//! Build a sentence from word tiles: tap a tile to place it, tap a placed tile to take it back.
//! The sentence runs in its own language's direction.

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};

use super::{PackText, direction};
use crate::i18n::t;

/// A word bank.
#[component]
pub fn WordBankExercise(
    /// A word-bank exercise.
    exercise: Exercise,
    /// Called once with the tiles placed, in order.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::WordBank {
        meaning,
        tiles,
        language,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let answered = RwSignal::new(false);
    let placed = RwSignal::new(Vec::<usize>::new());
    let tiles = StoredValue::new(tiles);
    let dir = direction(&language);
    let lang = StoredValue::new(language);
    let tile_text =
        move |index: usize| tiles.with_value(|tiles| tiles.get(index).cloned().unwrap_or_default());
    let check = move |_| {
        if !answered.get_untracked() {
            answered.set(true);
            on_response.run(Response::Tiles {
                tiles: placed.get_untracked(),
            });
        }
    };
    view! {
        <div class="exercise word-bank">
            <p class="exercise-instruction">{t("learn-word-bank-instruction")}</p>
            <p class="exercise-prompt"><PackText text=meaning/></p>
            <p class="visually-hidden" id="built-label">{t("learn-word-bank-built")}</p>
            <div class="tile-answer" dir=dir lang=lang.get_value() role="group" aria-labelledby="built-label">
                {move || placed.get().into_iter().enumerate().map(|(at, index)| view! {
                    <button
                        type="button"
                        class="tile tile-placed"
                        disabled=move || answered.get()
                        on:click=move |_| placed.update(|placed| { placed.remove(at); })
                    >
                        {tile_text(index)}
                    </button>
                }).collect_view()}
            </div>
            <p class="visually-hidden" id="bank-label">{t("learn-word-bank-tiles")}</p>
            <div class="tile-bank" dir=dir lang=lang.get_value() role="group" aria-labelledby="bank-label">
                {move || {
                    let count = tiles.with_value(Vec::len);
                    (0..count).filter(|index| !placed.with(|placed| placed.contains(index))).map(|index| view! {
                        <button
                            type="button"
                            class="tile"
                            disabled=move || answered.get()
                            on:click=move |_| placed.update(|placed| placed.push(index))
                        >
                            {tile_text(index)}
                        </button>
                    }).collect_view()
                }}
            </div>
            <button
                type="button"
                class="button button-primary"
                disabled=move || answered.get() || placed.with(Vec::is_empty)
                on:click=check
            >
                {t("learn-check")}
            </button>
        </div>
    }
    .into_any()
}
