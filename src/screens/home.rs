//! The first screen: what Passage is and where to start; for a returning learner, what is due,
//! today's goal and streak, where they left off, their teachers' assignments, and their packs.

use leptos::prelude::*;
use passage_core::study::due_count;
use passage_core::{Catalog, Route};
use passage_i18n::FluentArgs;

use super::pack_text::catalog_title;
use crate::components::{SiteProblems, site_name};
use crate::exercises::date_text;
use crate::i18n::{t, t_args, use_i18n};
use crate::learner::use_learner;
use crate::site::FetchError;
use crate::site_settings::use_site_settings;

/// Welcome, the promise of the app, and "Start learning"; the learner's own start for those who
/// have studied.
#[component]
pub fn HomeScreen() -> impl IntoView {
    let learner = use_learner();
    let returning = move || learner.progress.with(|progress| !progress.packs.is_empty());
    let site = use_site_settings();
    view! {
        <SiteProblems/>
        <Show
            when=returning
            fallback=|| view! {
                <section class="hero" aria-labelledby="home-title">
                    <h1 id="home-title">{site_name()}</h1>
                    <p class="lead">{t("home-lead")}</p>
                    <a class="button button-primary button-large" href=Route::Packs.fragment()>
                        {t("home-start")}
                    </a>
                </section>
            }
        >
            <Dashboard/>
        </Show>
        <Show when=move || !site.settings().help.is_empty()>
            <p class="help-card">
                <a class="button button-large" href=Route::Help.fragment()>{t("help-link")}</a>
            </p>
        </Show>
        <ul class="promises" role="list">
            <li>
                <h2>{t("home-offline-title")}</h2>
                <p>{t("home-offline-text")}</p>
            </li>
            <li>
                <h2>{t("home-private-title")}</h2>
                <p>{t("home-private-text")}</p>
            </li>
            <li>
                <h2>{t("home-free-title")}</h2>
                <p>{t("home-free-text")}</p>
            </li>
        </ul>
    }
}

/// The returning learner's start: review, today's goal, streak, continue, my packs.
#[component]
fn Dashboard() -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let catalog = super::catalog_when_loaded();
    let due = move || {
        learner
            .progress
            .with(|progress| due_count(progress, crate::clock::now()))
    };
    let today = crate::clock::today();
    let done_today = move || learner.progress.with(|progress| progress.daily.on(today));
    let goal = move || learner.progress.with(|progress| progress.daily.goal.max(1));
    let streak = move || {
        learner
            .progress
            .with(|progress| progress.daily.streak(today))
    };
    let due_text = t_args("home-due", move || {
        let mut args = FluentArgs::new();
        args.set("count", due());
        args
    });
    let goal_text = t_args("home-goal", move || {
        let mut args = FluentArgs::new();
        args.set("done", done_today().min(goal()));
        args.set("goal", goal());
        args
    });
    let streak_text = t_args("home-streak", move || {
        let mut args = FluentArgs::new();
        args.set("days", streak());
        args
    });
    let last = move || {
        learner.progress.with(|progress| {
            progress.last_lesson().map(|(key, _)| Route::Lesson {
                pack: key.pack.clone(),
                lesson: key.lesson.clone(),
            })
        })
    };
    let packs = move || learner.progress.with(|progress| progress.packs.clone());
    view! {
        <section class="dashboard" aria-labelledby="home-title">
            <h1 id="home-title">{t("home-welcome-back")}</h1>
            <div class="dashboard-card">
                <p class="due">{due_text}</p>
                <Show when=move || { due() > 0 }>
                    <a class="button button-primary" href=Route::Review.fragment()>{t("home-review-now")}</a>
                </Show>
            </div>
            <div class="dashboard-card">
                <p id="goal-label">{goal_text}</p>
                <progress
                    class="goal-progress"
                    aria-labelledby="goal-label"
                    max=move || goal().to_string()
                    value=move || done_today().min(goal()).to_string()
                ></progress>
                <p class="streak">{streak_text}</p>
                <GoalPicker/>
            </div>
            {move || last().map(|route| view! {
                <a class="button button-large" href=route.fragment()>{t("home-continue")}</a>
            })}
            <YourAssignments catalog=catalog/>
            <h2 id="my-packs-title">{t("home-my-packs")}</h2>
            <ul class="pack-list" role="list" aria-labelledby="my-packs-title">
                {move || {
                    let found = catalog.get().and_then(Result::ok);
                    packs().into_iter().map(|id| {
                        let title = catalog_title(found.as_ref(), &id, i18n);
                        view! {
                            <li class="pack-card">
                                <a href=Route::Pack(id.clone()).fragment() lang=title.0 dir="auto">{title.1}</a>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            <a class="button" href=Route::Packs.fragment()>{t("home-all-packs")}</a>
        </section>
    }
}

/// The teachers' assignments the learner accepted, the next due first: class, due date (overdue
/// said plainly), packs, and the way to send a receipt. Nothing when there are none.
#[component]
fn YourAssignments(catalog: ReadSignal<Option<Result<Catalog, FetchError>>>) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let accepted = Memo::new(move |_| {
        learner
            .progress
            .with(|progress| progress.accepted_assignments())
    });
    let today = crate::clock::today();
    move || {
        let accepted = accepted.get();
        (!accepted.is_empty()).then(|| {
            let found = catalog.get().and_then(Result::ok);
            let cards = accepted.into_iter().map(|assignment| {
                let packs = assignment.packs.iter().enumerate().map(|(index, assigned)| {
                    let title = catalog_title(found.as_ref(), &assigned.pack, i18n);
                    view! {
                        {(index > 0).then(|| t("list-separator"))}
                        <bdi lang=title.0>{title.1}</bdi>
                    }
                }).collect_view();
                let overdue = assignment.is_overdue(today);
                let (href, receipt) = (
                    Route::Assign(assignment.to_code().unwrap_or_default()).fragment(),
                    Route::Receipt(assignment.id().to_string()).fragment(),
                );
                view! {
                    <li class="pack-card assignment-card">
                        <a href=href dir="auto">{assignment.class_name}</a>
                        {assignment.due.map(|due| view! {
                            <p class:problem=overdue>
                                {date_text(if overdue { "assign-overdue" } else { "assign-due" }, due)}
                            </p>
                        })}
                        <p>{packs}</p>
                        <a href=receipt>{t("assign-send-progress")}</a>
                    </li>
                }
            }).collect_view();
            view! {
                <h2 id="assignments-title">{t("home-assignments")}</h2>
                <ul class="pack-list" role="list" aria-labelledby="assignments-title">{cards}</ul>
            }
        })
    }
}

/// The learner's daily goal, picked from the sizes the domain offers.
#[component]
fn GoalPicker() -> impl IntoView {
    let learner = use_learner();
    let goal = move || learner.progress.with(|progress| progress.daily.goal.max(1));
    let choices = move || {
        learner
            .progress
            .with(|progress| progress.daily.goal_choices())
    };
    view! {
        <label class="goal-picker">
            <span>{t("home-goal-label")}</span>
            <select
                class="select"
                on:change=move |event| {
                    if let Ok(chosen) = event_target_value(&event).parse::<u32>() {
                        learner.update(|progress| progress.daily.set_goal(chosen));
                    }
                }
            >
                {move || choices().into_iter().map(|count| {
                    let text = t_args("home-goal-choice", move || {
                        let mut args = FluentArgs::new();
                        args.set("count", count);
                        args
                    });
                    view! { <option value=count.to_string() selected=move || goal() == count>{text}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
