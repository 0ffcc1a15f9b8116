//! A scene played line by line ("at the doctor's"); on the learner's turns, choose the reply and
//! hear at once whether it fits.

use leptos::prelude::*;
use passage_core::exercise::{DialogueStep, Exercise, ExerciseKind, Response, is_right_reply};

use super::{PackText, TargetText};
use crate::audio::ListenButton;
use crate::i18n::t;

/// Where the scene stops next: the first reply step at or after `from`, else the end.
fn next_stop(steps: &[DialogueStep], from: usize) -> usize {
    steps
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, step)| matches!(step, DialogueStep::Reply { .. }))
        .map_or(steps.len(), |(at, _)| at)
}

/// A dialogue.
#[component]
pub fn DialogueExercise(
    /// A dialogue exercise.
    exercise: Exercise,
    /// Called once, at the end of the scene, with every reply chosen.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Dialogue {
        title,
        scene,
        steps,
        language,
    } = exercise.kind.clone()
    else {
        return ().into_any();
    };
    let stop = RwSignal::new(next_stop(&steps, 0));
    let chosen = RwSignal::new(Vec::<usize>::new());
    let answered = RwSignal::new(false);
    let exercise = StoredValue::new(exercise);
    let steps = StoredValue::new(steps);
    let language = StoredValue::new(language);
    let step_count = steps.with_value(Vec::len);
    let choose = move |option: usize| {
        chosen.update(|chosen| chosen.push(option));
        let at = stop.get_untracked();
        stop.set(steps.with_value(|steps| next_stop(steps, at + 1)));
    };
    let history = move || {
        let until = stop.get();
        let mut reply = 0;
        steps.with_value(|steps| {
            steps
                .iter()
                .take(until)
                .map(|step| match step.clone() {
                    DialogueStep::Line {
                        speaker,
                        text,
                        meaning,
                        audio,
                    } => view! {
                        <li class="dialogue-line">
                            <span class="speaker" dir="auto">{speaker}</span>
                            <TargetText text=text language=language.get_value()/>
                            <span class="dialogue-meaning"><PackText text=meaning/></span>
                            <ListenButton audio=audio/>
                        </li>
                    }
                    .into_any(),
                    DialogueStep::Reply { options, .. } => {
                        let number = reply;
                        reply += 1;
                        let picked = chosen.with_untracked(|chosen| chosen.get(number).copied());
                        let right = picked.is_some_and(|picked| {
                            exercise.with_value(|exercise| is_right_reply(exercise, number, picked))
                        });
                        let said = picked.and_then(|picked| options.get(picked).cloned()).unwrap_or_default();
                        view! {
                            <li class="dialogue-reply" class:reply-right=right class:reply-wrong=!right>
                                <span class="reply-said"><TargetText text=said language=language.get_value()/></span>
                                <span class="reply-verdict">{t(if right { "learn-reply-right" } else { "learn-reply-wrong" })}</span>
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view()
        })
    };
    let turn = move || {
        let at = stop.get();
        steps.with_value(|steps| match steps.get(at) {
            Some(DialogueStep::Reply { speaker, options }) => {
                let buttons = options
                    .iter()
                    .cloned()
                    .enumerate()
                    .map(|(index, option)| view! {
                        <li>
                            <button type="button" class="option" on:click=move |_| choose(index)>
                                <TargetText text=option language=language.get_value()/>
                            </button>
                        </li>
                    })
                    .collect_view();
                view! {
                    <div class="dialogue-turn">
                        <p class="exercise-instruction">
                            {t("learn-dialogue-your-turn")} " " <bdi>{speaker.clone()}</bdi>
                        </p>
                        <ul class="options" role="list">{buttons}</ul>
                    </div>
                }
                .into_any()
            }
            _ => ().into_any(),
        })
    };
    let finish = move |_| {
        if !answered.get_untracked() {
            answered.set(true);
            on_response.run(Response::Replies {
                chosen: chosen.get_untracked(),
            });
        }
    };
    view! {
        <div class="exercise dialogue">
            <h2 class="dialogue-title"><PackText text=title/></h2>
            <p class="dialogue-scene"><PackText text=scene/></p>
            <ol class="dialogue-lines" aria-live="polite">{history}</ol>
            {turn}
            <Show when=move || { stop.get() >= step_count }>
                <button type="button" class="button button-primary" disabled=move || answered.get() on:click=finish>
                    {t("learn-continue")}
                </button>
            </Show>
        </div>
    }
    .into_any()
}
