//! Put items in order with "move up" and "move down" buttons.

use leptos::prelude::*;
use passage_core::LocalizedText;
use passage_core::exercise::{Exercise, ExerciseKind, Response};
use passage_i18n::FluentArgs;

use super::{PackText, pack_text};
use crate::i18n::{t, t_args};

/// Ordering.
#[component]
pub fn OrderingExercise(
    /// An ordering exercise.
    exercise: Exercise,
    /// Called once with the items' order.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Order { prompt, items } = exercise.kind else {
        return ().into_any();
    };
    let answered = RwSignal::new(false);
    let order = RwSignal::new((0..items.len()).collect::<Vec<usize>>());
    let items = StoredValue::new(items);
    let item =
        move |index: usize| items.with_value(|items| items.get(index).cloned().unwrap_or_default());
    let swap = move |at: usize, other: usize| {
        order.update(|order| {
            if at < order.len() && other < order.len() {
                order.swap(at, other);
            }
        });
    };
    let check = move |_| {
        if !answered.get_untracked() {
            answered.set(true);
            on_response.run(Response::Sequence {
                order: order.get_untracked(),
            });
        }
    };
    view! {
        <div class="exercise ordering">
            <p class="exercise-instruction">{t("learn-order-instruction")}</p>
            <p class="exercise-prompt"><PackText text=prompt/></p>
            <ol class="order-list">
                {move || {
                    let current = order.get();
                    let last = current.len().saturating_sub(1);
                    current.into_iter().enumerate().map(|(at, index)| {
                        let text: LocalizedText = item(index);
                        let name = pack_text(&text);
                        let up = t_args("learn-move-up", move || {
                            let mut args = FluentArgs::new();
                            args.set("item", name.get().1);
                            args
                        });
                        let down = t_args("learn-move-down", move || {
                            let mut args = FluentArgs::new();
                            args.set("item", name.get().1);
                            args
                        });
                        view! {
                            <li class="order-item">
                                <PackText text=text/>
                                <span class="order-moves">
                                    <button type="button" class="button move" aria-label=up
                                        disabled=move || answered.get() || at == 0
                                        on:click=move |_| swap(at, at.wrapping_sub(1))>
                                        <span aria-hidden="true">"↑"</span>
                                    </button>
                                    <button type="button" class="button move" aria-label=down
                                        disabled=move || answered.get() || at == last
                                        on:click=move |_| swap(at, at + 1)>
                                        <span aria-hidden="true">"↓"</span>
                                    </button>
                                </span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <button type="button" class="button button-primary" disabled=move || answered.get() on:click=check>
                {t("learn-check")}
            </button>
        </div>
    }
    .into_any()
}
