//! Fill in the blanks: typed, or chosen from word tiles (tap a tile to fill the next blank, tap a
//! filled blank to empty it).

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};
use passage_core::pack::ClozeSegment;
use passage_i18n::FluentArgs;

use super::{PackText, direction};
use crate::i18n::{t, t_args};

/// A cloze.
#[component]
pub fn ClozeExercise(
    /// A cloze exercise.
    exercise: Exercise,
    /// Called once with what is in each blank.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Cloze {
        prompt,
        segments,
        tiles,
        language,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let blanks = segments
        .iter()
        .filter(|segment| matches!(segment, ClozeSegment::Blank { .. }))
        .count();
    let answered = RwSignal::new(false);
    let typed = RwSignal::new(vec![String::new(); blanks]);
    let from_tiles = !tiles.is_empty();
    let filled = RwSignal::new(vec![None::<usize>; blanks]);
    let tiles = StoredValue::new(tiles);
    let tile_text =
        move |index: usize| tiles.with_value(|tiles| tiles.get(index).cloned().unwrap_or_default());
    let has_prompt = !prompt.is_empty();
    let mut blank = 0;
    let sentence = segments
        .into_iter()
        .map(|segment| match segment {
            ClozeSegment::Text { text } => view! { <span>{text}</span> }.into_any(),
            ClozeSegment::Blank { .. } => {
                let at = blank;
                blank += 1;
                let label = t_args("learn-blank", move || {
                    let mut args = FluentArgs::new();
                    args.set("number", at + 1);
                    args
                });
                if from_tiles {
                    view! {
                        <button
                            type="button"
                            class="tile blank"
                            aria-label=label
                            disabled=move || answered.get()
                            on:click=move |_| filled.update(|filled| if let Some(slot) = filled.get_mut(at) { *slot = None; })
                        >
                            {move || filled.with(|filled| filled.get(at).copied().flatten()).map(tile_text).unwrap_or_else(|| "   ".to_owned())}
                        </button>
                    }
                    .into_any()
                } else {
                    view! {
                        <input
                            type="text"
                            class="blank-input"
                            aria-label=label
                            autocomplete="off"
                            autocapitalize="off"
                            spellcheck="false"
                            dir="auto"
                            readonly=move || answered.get()
                            prop:value=move || typed.with(|typed| typed.get(at).cloned().unwrap_or_default())
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                typed.update(|typed| if let Some(slot) = typed.get_mut(at) { *slot = value; });
                            }
                        />
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    let tile_views = move || {
        let count = tiles.with_value(Vec::len);
        (0..count)
            .filter(|index| !filled.with(|filled| filled.contains(&Some(*index))))
            .map(|index| {
                view! {
                    <button
                        type="button"
                        class="tile"
                        disabled=move || answered.get()
                        on:click=move |_| filled.update(|filled| {
                            if let Some(slot) = filled.iter_mut().find(|slot| slot.is_none()) {
                                *slot = Some(index);
                            }
                        })
                    >
                        {tile_text(index)}
                    </button>
                }
            })
            .collect_view()
    };
    let check = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if answered.get_untracked() {
            return;
        }
        answered.set(true);
        let answers = if from_tiles {
            filled
                .get_untracked()
                .into_iter()
                .map(|slot| slot.map(tile_text).unwrap_or_default())
                .collect()
        } else {
            typed.get_untracked()
        };
        on_response.run(Response::Blanks { answers });
    };
    let dir = direction(&language);
    view! {
        <form class="exercise cloze" on:submit=check>
            <p class="exercise-instruction">{t("learn-cloze-instruction")}</p>
            {has_prompt.then(|| view! { <p class="exercise-prompt"><PackText text=prompt.clone()/></p> })}
            <p class="cloze-sentence" lang=language.clone() dir=dir>{sentence}</p>
            {from_tiles.then(|| view! { <div class="tile-bank" lang=language.clone() dir=dir>{tile_views}</div> })}
            <button type="submit" class="button button-primary" disabled=move || answered.get()>
                {t("learn-check")}
            </button>
        </form>
    }
    .into_any()
}
