//! A teacher's assignment, opened from its link (`#/assign/<code>`): the class, the teacher's
//! message, the due date and the packs (with the lessons named), and "Accept", which keeps it with
//! the learner's progress and adds its packs; then each pack offered for offline use and the way to
//! start. A damaged link is explained and changes nothing.

use leptos::prelude::*;
use passage_core::classroom::{AssignedPack, Assignment, AssignmentError};
use passage_core::{Catalog, Route};

use super::pack_text::catalog_title;
use crate::components::OfflinePack;
use crate::exercises::{PackText, date_text};
use crate::i18n::{t, use_i18n};
use crate::learner::use_learner;

/// The message that explains why a link holds no assignment this app can read.
fn error_message(error: &AssignmentError) -> &'static str {
    match error {
        AssignmentError::Empty => "assign-error-empty",
        AssignmentError::TooLong { .. } => "assign-error-too-long",
        AssignmentError::Truncated => "assign-error-truncated",
        AssignmentError::ChecksumMismatch => "assign-error-damaged",
        AssignmentError::NewerVersion { .. } => "assign-error-newer",
        AssignmentError::Malformed(_) | AssignmentError::Invalid(_) => {
            "assign-error-not-assignment"
        }
    }
}

/// The assignment in `code`, or why the link does not work.
#[component]
pub fn AssignmentScreen(
    /// The code from the address, as it came.
    code: String,
) -> impl IntoView {
    match Assignment::from_code(&code) {
        Ok(assignment) => view! { <AssignmentDetails assignment=assignment/> }.into_any(),
        Err(error) => view! {
            <section aria-labelledby="assign-title">
                <h1 id="assign-title">{t("assign-broken-title")}</h1>
                <div role="alert">
                    <p class="problem assign-error">{t(error_message(&error))}</p>
                    <p>{t("assign-nothing-changed")}</p>
                </div>
                <a class="button" href=Route::Home.fragment()>{t("not-found-home")}</a>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn AssignmentDetails(assignment: Assignment) -> impl IntoView {
    let learner = use_learner();
    let id = assignment.id();
    let accepted = move || {
        learner
            .progress
            .with(|progress| progress.assignments.contains_key(&id))
    };
    let catalog = super::catalog_when_loaded();
    let start = match assignment.packs.first() {
        Some(AssignedPack { pack, lessons }) if !lessons.is_empty() => Route::Lesson {
            pack: pack.clone(),
            lesson: lessons[0].clone(),
        },
        Some(first) => Route::Pack(first.pack.clone()),
        None => Route::Packs,
    };
    let other_catalog = assignment.catalog.is_some();
    let packs = assignment.packs.clone();
    let kept = StoredValue::new(assignment.clone());
    let accept = move |_| {
        let now = crate::clock::now();
        // Only a valid assignment of this site's packs gets here; nothing else could fail.
        learner.update(|progress| {
            let _ = kept.with_value(|assignment| progress.accept_assignment(assignment, now));
        });
    };
    let message = (!assignment.message.is_empty()).then(|| {
        view! { <p class="assignment-message" dir="auto">{assignment.message.clone()}</p> }
    });
    view! {
        <section aria-labelledby="assign-title">
            <p class="lead">{t("assign-from-teacher")}</p>
            <h1 id="assign-title" dir="auto">{assignment.class_name.clone()}</h1>
            {assignment.due.map(|due| view! { <p class="assignment-due">{date_text("assign-due", due)}</p> })}
            {message}
            <h2 id="assign-packs-title">{t("assign-packs-title")}</h2>
            <ul class="pack-list" role="list" aria-labelledby="assign-packs-title">
                {move || {
                    let found = catalog.get().and_then(Result::ok);
                    packs.iter().map(|assigned| view! {
                        <AssignedPackCard assigned=assigned.clone() catalog=found.clone() accepted=Signal::derive(accepted)/>
                    }).collect_view()
                }}
            </ul>
            {if other_catalog {
                view! { <p class="problem">{t("assign-other-catalog")}</p> }.into_any()
            } else {
                view! {
                    <div class="actions" aria-live="polite">
                        <Show
                            when=accepted
                            fallback=move || view! {
                                <button type="button" class="button button-primary button-large assign-accept" on:click=accept>
                                    {t("assign-accept")}
                                </button>
                            }
                        >
                            <p class="assign-accepted">{t("assign-accepted")}</p>
                            <a class="button button-primary" href=start.fragment()>{t("assign-start")}</a>
                            <a class="button" href=Route::Receipt(id.to_string()).fragment()>{t("assign-send-progress")}</a>
                        </Show>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// One assigned pack: its title, the lessons the teacher named, whether this site has it, and
/// (once accepted) its offline download.
#[component]
fn AssignedPackCard(
    assigned: AssignedPack,
    /// The site's catalog, once at hand.
    catalog: Option<Catalog>,
    accepted: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let entry = catalog
        .as_ref()
        .and_then(|catalog| catalog.pack(&assigned.pack))
        .cloned();
    let missing = catalog.is_some() && entry.is_none();
    let title = {
        let (catalog, id) = (catalog.clone(), assigned.pack.clone());
        Signal::derive(move || catalog_title(catalog.as_ref(), &id, i18n))
    };
    let lessons = (!assigned.lessons.is_empty() && !missing).then(|| {
        let pack = assigned.pack.clone();
        // The same one-shot load as the lesson and review screens, not a resource of its own.
        let loaded = super::pack_when_loaded(pack.clone());
        let links = assigned
            .lessons
            .iter()
            .map(|lesson| {
                let href = Route::Lesson {
                    pack: pack.clone(),
                    lesson: lesson.clone(),
                }
                .fragment();
                let lesson = lesson.clone();
                view! {
                    <li class="lesson-card">
                        <a href=href>
                            {move || {
                                let found = loaded.with(|loaded| {
                                    let (_, pack) = loaded.as_ref()?.as_ref().ok()?;
                                    pack.lessons.iter().find(|l| l.id == lesson).map(|l| l.title.clone())
                                });
                                match found {
                                    Some(title) => view! { <PackText text=title/> }.into_any(),
                                    None => lesson.clone().into_any(),
                                }
                            }}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{t("assign-lessons")}</p>
            <ul class="lesson-list" role="list">{links}</ul>
        }
    });
    view! {
        <li class="pack-card assignment-card">
            <h3><a href=Route::Pack(assigned.pack.clone()).fragment() lang=move || title.get().0 dir="auto">{move || title.get().1}</a></h3>
            {lessons}
            {missing.then(|| view! { <p class="problem">{t("assign-pack-missing")}</p> })}
            {move || accepted.get().then(|| entry.clone().map(|entry| view! { <OfflinePack entry=entry/> }))}
        </li>
    }
}
