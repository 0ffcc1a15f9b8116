//! Match pairs: choose an item on the left, then its partner on the right. Buttons all the way,
//! so it works with a keyboard and a screen reader; each pair shows the same number.

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};
use passage_i18n::FluentArgs;

use super::PackText;
use crate::i18n::{t, t_args};

/// Matching pairs.
#[component]
pub fn MatchingExercise(
    /// A matching exercise.
    exercise: Exercise,
    /// Called once with the right item chosen for each left item.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Match {
        prompt,
        left,
        right,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let answered = RwSignal::new(false);
    let selected = RwSignal::new(None::<usize>);
    let pairs = RwSignal::new(vec![None::<usize>; left.len()]);
    let has_prompt = !prompt.is_empty();
    let pair_number =
        move |left: usize| pairs.with(|pairs| pairs.get(left).copied().flatten().map(|_| left + 1));
    let left_views = left
        .into_iter()
        .enumerate()
        .map(|(index, text)| {
            view! {
                <li>
                    <button
                        type="button"
                        class="option match-left"
                        aria-pressed=move || if selected.get() == Some(index) { "true" } else { "false" }
                        disabled=move || answered.get()
                        on:click=move |_| selected.set(Some(index))
                    >
                        <PairMark number=Signal::derive(move || pair_number(index))/>
                        <PackText text=text/>
                    </button>
                </li>
            }
        })
        .collect_view();
    let right_views = right
        .into_iter()
        .enumerate()
        .map(|(index, text)| {
            let partner = move || pairs.with(|pairs| pairs.iter().position(|p| *p == Some(index)));
            let click = move |_| {
                if let Some(left) = selected.get_untracked() {
                    pairs.update(|pairs| {
                        for pair in pairs.iter_mut() {
                            if *pair == Some(index) {
                                *pair = None;
                            }
                        }
                        if let Some(pair) = pairs.get_mut(left) {
                            *pair = Some(index);
                        }
                    });
                    selected.set(None);
                }
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="option match-right"
                        disabled=move || answered.get() || selected.get().is_none()
                        on:click=click
                    >
                        <PairMark number=Signal::derive(move || partner().map(|left| left + 1))/>
                        <PackText text=text/>
                    </button>
                </li>
            }
        })
        .collect_view();
    let complete = move || pairs.with(|pairs| pairs.iter().all(Option::is_some));
    let check = move |_| {
        if !answered.get_untracked() && complete() {
            answered.set(true);
            let right_of_left = pairs
                .get_untracked()
                .into_iter()
                .map(|pair| pair.unwrap_or(usize::MAX))
                .collect();
            on_response.run(Response::Pairs { right_of_left });
        }
    };
    view! {
        <div class="exercise matching">
            <p class="exercise-instruction">{t("learn-match-instruction")}</p>
            {has_prompt.then(|| view! { <p class="exercise-prompt"><PackText text=prompt.clone()/></p> })}
            <div class="match-columns">
                <ul class="options" role="list">{left_views}</ul>
                <ul class="options" role="list">{right_views}</ul>
            </div>
            <button type="button" class="button button-primary" disabled=move || answered.get() || !complete() on:click=check>
                {t("learn-check")}
            </button>
        </div>
    }
    .into_any()
}

/// The number a pair shares, read out as "pair 2".
#[component]
fn PairMark(number: Signal<Option<usize>>) -> impl IntoView {
    move || {
        number.get().map(|number| {
            let label = t_args("learn-match-pair", move || {
                let mut args = FluentArgs::new();
                args.set("number", number);
                args
            });
            view! { <span class="pair-mark" aria-label=label>{number}</span> }
        })
    }
}
