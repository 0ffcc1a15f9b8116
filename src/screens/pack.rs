//! One pack: where it comes from, what it teaches, in which languages, and how large it is; saving
//! it for offline use and as a file to give to another phone.

use leptos::prelude::*;
use passage_core::site::shared_file_name;
use passage_core::{CatalogEntry, Route};
use passage_i18n::{FluentArgs, endonym};

use super::pack_text::{PackLanguageNote, chosen_language, text_in};
use super::{PackOrigin, size_text};
use super::{loading, pack_when_loaded, when_loaded};
use crate::components::OfflinePack;
use crate::exercises::PackText;
use crate::i18n::{t, t_args, use_i18n};
use crate::learner::use_learner;
use crate::pack_loader::{PackRef, locate};
use crate::pack_media::shared_file;

/// The details of one pack, of any catalog or opened from a file.
#[component]
pub fn PackScreen(
    /// The pack's key, from the address.
    id: String,
) -> impl IntoView {
    let found = when_loaded({
        let id = id.clone();
        async move { locate(&id).await.ok() }
    });
    view! {
        <section aria-labelledby="pack-title">
            {
                let id = id.clone();
                move || found.get().map(|found| {
                    match found {
                        Some(pack) => view! {
                            <PackDetails pack=pack.entry.clone()/>
                            <PackOrigin pack=pack.clone()/>
                            <OfflinePack entry=pack.entry.clone() pack=pack.clone()/>
                            <SaveAsFile pack=pack.clone()/>
                            <PackLessons id=pack.key.to_string()/>
                            <ListeningSwitch/>
                        }.into_any(),
                        None => view! {
                            <h1 id="pack-title">{t("pack-not-found-title")}</h1>
                            <p>{t("pack-not-found-text")}</p>
                            <p><code dir="ltr" translate="no">{id.clone()}</code></p>
                        }.into_any(),
                    }
                })
                .unwrap_or_else(|| loading("pack-loading"))
            }
            <a class="button" href=Route::Packs.fragment()>{t("pack-all")}</a>
        </section>
    }
}

/// "Save as a file": the compiled pack with its pictures and recordings, to give to a phone with
/// no network.
#[component]
fn SaveAsFile(pack: PackRef) -> impl IntoView {
    // How many media files could not be added, once saved; `Err` when saving failed.
    let outcome = RwSignal::new(None::<Result<usize, ()>>);
    // Fetching the media can take a while: one save at a time.
    let saving = RwSignal::new(false);
    let pack = StoredValue::new(pack);
    let on_click = move |_| {
        outcome.set(None);
        saving.set(true);
        leptos::task::spawn_local(async move {
            let pack = pack.get_value();
            let saved = shared_file(&pack).await.and_then(|(text, missing)| {
                crate::storage::download_text(
                    &shared_file_name(&pack.entry.id),
                    &text,
                    "application/json",
                )
                .then_some(missing)
            });
            let _ = outcome.try_set(Some(saved.ok_or(())));
            let _ = saving.try_set(false);
        });
    };
    let missing_note = t_args("share-save-media-missing", move || {
        let mut args = FluentArgs::new();
        args.set("count", outcome.get().and_then(Result::ok).unwrap_or(0));
        args
    });
    view! {
        <div class="share-pack">
            <button type="button" class="button share-save" on:click=on_click disabled=saving aria-busy=move || saving.get().then_some("true")>
                {t("share-save")}
            </button>
            <p class="hint">{t("share-save-hint")}</p>
            <div aria-live="polite">
                {move || match outcome.get() {
                    Some(Err(())) => Some(view! { <p class="problem">{t("share-save-failed")}</p> }.into_any()),
                    Some(Ok(missing)) if missing > 0 => Some(view! { <p class="hint share-missing">{missing_note}</p> }.into_any()),
                    _ => None,
                }}
            </div>
        </div>
    }
}

/// A language name in its own language and script, isolated from the text around it.
fn language_name(tag: &str) -> impl IntoView + use<> {
    view! { <bdi lang=tag.to_owned()>{endonym(tag).to_owned()}</bdi> }
}

#[component]
fn PackDetails(pack: CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let text = {
        let pack = pack.clone();
        Memo::new(move |_| {
            let language = chosen_language(i18n, &pack).tag;
            let title = text_in(&pack.title, &language, i18n)
                .unwrap_or_else(|| (String::new(), pack.id.clone()));
            (title, text_in(&pack.description, &language, i18n))
        })
    };
    let title = move || text.get().0;
    let translations = pack
        .support_languages
        .iter()
        .enumerate()
        .map(|(index, tag)| {
            view! {
                {(index > 0).then(|| t("list-separator"))}
                {language_name(tag)}
            }
        })
        .collect_view();
    view! {
        <h1 id="pack-title" lang=move || title().0 dir="auto">{move || title().1}</h1>
        {move || text.get().1.map(|(lang, description)| view! {
            <p lang=lang dir="auto">{description}</p>
        })}
        <PackLanguageNote pack=pack.clone()/>
        <dl class="pack-facts">
            <dt>{t("pack-target")}</dt>
            <dd>{language_name(&pack.target_language)}</dd>
            <dt>{t("pack-translations")}</dt>
            <dd>{translations}</dd>
            <dt>{t("pack-size")}</dt>
            <dd>{size_text(pack.download_bytes())}</dd>
            <dt>{t("pack-version")}</dt>
            <dd><bdi dir="ltr">{pack.version.clone()}</bdi></dd>
        </dl>
    }
}

/// The pack's lessons, each with whether it is done and its best score.
#[component]
fn PackLessons(id: String) -> impl IntoView {
    let learner = use_learner();
    let loaded = pack_when_loaded(id.clone());
    view! {
        <h2 id="lessons-title">{t("learn-lessons-title")}</h2>
        {
            let id = id.clone();
            move || loaded.get().map(|result| match result {
                Err(error) => view! { <p class="problem" role="alert">{t(error.message_id())}</p> }.into_any(),
                Ok((_, pack)) => {
                    let lessons = pack.lessons.iter().map(|lesson| {
                        let href = Route::Lesson { pack: id.clone(), lesson: lesson.id.clone() }.fragment();
                        let print = Route::Print { pack: id.clone(), lesson: lesson.id.clone() }.fragment();
                        let (pack_id, lesson_id) = (id.clone(), lesson.id.clone());
                        let best = move || learner.progress.with(|progress| {
                            progress.lesson(&pack_id, &lesson_id).and_then(|lesson| lesson.best_score)
                        });
                        view! {
                            <li class="lesson-card">
                                <a href=href><PackText text=lesson.title.clone()/></a>
                                {lesson.has_study_material().then(|| view! { <a class="lesson-print" href=print.clone()>{t("print-link")}</a> })}
                                {move || best().map(|score| {
                                    let done = t_args("learn-lesson-done", move || {
                                        let mut args = FluentArgs::new();
                                        args.set("score", score);
                                        args
                                    });
                                    view! { <span class="lesson-done">{done}</span> }
                                })}
                            </li>
                        }
                    }).collect_view();
                    view! { <ul class="lesson-list" role="list" aria-labelledby="lessons-title">{lessons}</ul> }.into_any()
                }
            })
            .unwrap_or_else(|| loading("learn-loading"))
        }
    }
}

/// The learner's switch for listening exercises (kept in their progress).
#[component]
pub fn ListeningSwitch() -> impl IntoView {
    let learner = use_learner();
    let on = move || learner.progress.with(|progress| progress.settings.audio);
    view! {
        <label class="switch">
            <input
                type="checkbox"
                prop:checked=on
                on:change=move |event| {
                    let checked = event_target_checked(&event);
                    learner.update(|progress| progress.settings.audio = checked);
                }
            />
            <span>{t("learn-listening-switch")}</span>
        </label>
    }
}
