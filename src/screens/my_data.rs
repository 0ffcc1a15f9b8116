//! "My data": what is stored on this device and how much space it takes, whether the browser keeps
//! it, moving progress to another phone (export, import and merge), and deleting it all.

use leptos::html;
use leptos::prelude::*;
use passage_core::progress::DecodeError;
use passage_i18n::FluentArgs;

use super::size_text;
use crate::i18n::{t, t_args};
use crate::learner::use_learner;
use crate::storage::download::{download_text, today};
use crate::storage::persistence::{StorageUse, estimate, persisted, request_persistence};
use crate::storage::{file_text, take_chosen_files};

/// What the last import did, for the message under the import field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImportOutcome {
    Imported,
    NotProgress,
    Damaged,
    Newer,
    Unreadable,
}

impl ImportOutcome {
    fn of(error: &DecodeError) -> Self {
        match error {
            DecodeError::NotProgress => Self::NotProgress,
            DecodeError::NewerVersion { .. } => Self::Newer,
            DecodeError::ChecksumMismatch { .. } | DecodeError::Malformed(_) => Self::Damaged,
        }
    }

    fn message(self) -> &'static str {
        match self {
            Self::Imported => "my-data-imported",
            Self::NotProgress => "my-data-import-not-progress",
            Self::Damaged => "my-data-import-damaged",
            Self::Newer => "my-data-import-newer",
            Self::Unreadable => "my-data-import-unreadable",
        }
    }
}

/// The learner's data on this device and what they can do with it.
#[component]
pub fn MyDataScreen() -> impl IntoView {
    view! {
        <section class="my-data" aria-labelledby="my-data-title">
            <h1 id="my-data-title">{t("my-data-title")}</h1>
            <Summary/>
            <StorageUseSection/>
            <MoveSection/>
            <DeleteSection/>
        </section>
    }
}

/// How much the learner has done: items studied and lessons done.
#[component]
fn Summary() -> impl IntoView {
    let learner = use_learner();
    let counts = Memo::new(move |_| {
        learner.progress.with(|progress| {
            let lessons = progress
                .lessons
                .values()
                .filter(|lesson| lesson.completions > 0)
                .count();
            (progress.items.len(), lessons)
        })
    });
    let items = counted("my-data-items", Signal::derive(move || counts.get().0));
    let lessons = counted("my-data-lessons", Signal::derive(move || counts.get().1));
    view! {
        <ul class="my-data-counts" role="list">
            <li class="my-data-items">{items}</li>
            <li class="my-data-lessons">{lessons}</li>
        </ul>
    }
}

/// A message with a `$count` (one function, so one copy of the code in the wasm).
fn counted(id: &'static str, count: Signal<usize>) -> Signal<String> {
    t_args(id, move || {
        let mut args = FluentArgs::new();
        args.set("count", count.get());
        args
    })
}

/// Space used and whether the browser keeps the data; a button to ask it to.
#[component]
fn StorageUseSection() -> impl IntoView {
    // `None` until the browser answers; then `Some(answer)`, itself `None` where it cannot say.
    let usage = RwSignal::new(None::<Option<StorageUse>>);
    let kept = RwSignal::new(None::<bool>);
    let refused = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let answer = estimate().await;
        let _ = usage.try_set(Some(answer));
        let _ = kept.try_set(Some(persisted().await == Some(true)));
    });
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            let granted = request_persistence().await == Some(true);
            let _ = kept.try_set(Some(granted));
            let _ = refused.try_set(!granted);
        });
    };
    view! {
        <section class="my-data-part" aria-labelledby="my-data-storage-title">
            <h2 id="my-data-storage-title">{t("my-data-storage-title")}</h2>
            {move || usage.get().map(|usage| match usage {
                Some(usage) => view! { <UsageLine usage=usage/> }.into_any(),
                None => view! { <p>{t("my-data-storage-unknown")}</p> }.into_any(),
            })}
            {move || kept.get().map(|kept| {
                let id = if kept { "my-data-persistent-yes" } else { "my-data-persistent-no" };
                view! { <p class="my-data-persistence">{t(id)}</p> }
            })}
            <button class="button" type="button" on:click=ask>{t("my-data-persist")}</button>
            <p role="status">{move || refused.get().then(|| t("my-data-persist-refused"))}</p>
        </section>
    }
}

#[component]
fn UsageLine(usage: StorageUse) -> impl IntoView {
    let used = size_text(usage.usage as u64);
    let text = match usage.quota {
        Some(quota) => {
            let quota = size_text(quota as u64);
            t_args("my-data-storage-used-of", move || {
                let mut args = FluentArgs::new();
                args.set("used", used.get());
                args.set("quota", quota.get());
                args
            })
        }
        None => t_args("my-data-storage-used", move || {
            let mut args = FluentArgs::new();
            args.set("used", used.get());
            args
        }),
    };
    view! { <p class="my-data-usage">{text}</p> }
}

/// Export to a file, and import a file from another phone (merged with this one's progress).
#[component]
fn MoveSection() -> impl IntoView {
    let learner = use_learner();
    let outcome = RwSignal::new(None::<ImportOutcome>);
    let export = move |_| {
        let text = learner.export_text();
        download_text(
            &format!("passage-progress-{}.json", today()),
            &text,
            "application/json",
        );
    };
    let import = move |event: leptos::ev::Event| {
        let Some(file) = take_chosen_files(&event).into_iter().next() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = match file_text(&file).await {
                None => ImportOutcome::Unreadable,
                Some(text) => match learner.import_text(&text) {
                    Ok(()) => ImportOutcome::Imported,
                    Err(error) => ImportOutcome::of(&error),
                },
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <section class="my-data-part" aria-labelledby="my-data-move-title">
            <h2 id="my-data-move-title">{t("my-data-export-title")}</h2>
            <p>{t("my-data-export-text")}</p>
            <button class="button button-primary" type="button" on:click=export>
                {t("my-data-export")}
            </button>
            <label class="my-data-import">
                // The button-like label stands for the input, whose own text the browser writes in
                // its language, not the learner's.
                <span class="button">{t("my-data-import")}</span>
                <input
                    class="my-data-import-file visually-hidden"
                    type="file"
                    accept=".json,application/json,text/plain"
                    on:change=import
                />
            </label>
            <div role="status" aria-live="polite">
                {move || outcome.get().filter(|o| *o == ImportOutcome::Imported).map(|o| view! {
                    <p class="my-data-import-outcome">{t(o.message())}</p>
                })}
            </div>
            <div role="alert">
                {move || outcome.get().filter(|o| *o != ImportOutcome::Imported).map(|o| view! {
                    <p class="problem my-data-import-outcome">{t(o.message())}</p>
                })}
            </div>
        </section>
    }
}

/// "Delete all my data", with a confirmation step.
#[component]
fn DeleteSection() -> impl IntoView {
    let learner = use_learner();
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(None::<bool>);
    let question = NodeRef::<html::P>::new();
    let start = move |_| {
        done.set(None);
        confirming.set(true);
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            if let Some(question) = question.get_untracked() {
                let _ = question.focus();
            }
        });
    };
    let confirm = move |_| {
        confirming.set(false);
        done.set(Some(learner.delete_all().is_ok()));
    };
    view! {
        <section class="my-data-part my-data-delete" aria-labelledby="my-data-delete-title">
            <h2 id="my-data-delete-title">{t("my-data-delete-title")}</h2>
            <p>{t("my-data-delete-text")}</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="button button-danger" type="button" on:click=start>
                        {t("my-data-delete")}
                    </button>
                }
            >
                <p class="my-data-delete-question" tabindex="-1" node_ref=question>
                    {t("my-data-delete-confirm-question")}
                </p>
                <div class="my-data-delete-actions">
                    <button class="button button-danger-confirm" type="button" on:click=confirm>
                        {t("my-data-delete-confirm")}
                    </button>
                    <button class="button" type="button" on:click=move |_| confirming.set(false)>
                        {t("my-data-delete-cancel")}
                    </button>
                </div>
            </Show>
            <div role="status" aria-live="polite">
                {move || done.get().map(|deleted| {
                    let id = if deleted { "my-data-deleted" } else { "my-data-delete-failed" };
                    view! { <p class="my-data-delete-outcome">{t(id)}</p> }
                })}
            </div>
        </section>
    }
}
