//! A lesson: its exercises planned from the pack's items, studied one at a time.

use leptos::prelude::*;
use passage_core::Route;
use passage_core::answer::CheckRules;
use passage_core::exercise::{PlanOptions, plan_exam, plan_lesson};
use passage_core::progress::LessonKey;
use passage_core::study::finish_lesson;

use super::session::{SessionItem, SessionResult, StudySession};
use super::{loading, pack_when_loaded};
use crate::exercises::PackText;
use crate::i18n::{t, t_args};
use crate::learner::use_learner;
use passage_i18n::FluentArgs;

/// Whether listening exercises are planned: the learner wants them and the device can speak the
/// language (recordings alone do not cover every word).
pub fn listening(audio_setting: bool, language: &str) -> bool {
    audio_setting && crate::audio::has_voice(language)
}

/// A lesson of a pack.
#[component]
pub fn LessonScreen(
    /// The pack's id.
    pack: String,
    /// The lesson's id.
    lesson: String,
) -> impl IntoView {
    let learner = use_learner();
    let loaded = pack_when_loaded(pack.clone());
    let back = Route::Pack(pack.clone());
    view! {
        <section class="lesson" aria-labelledby="lesson-title">
            {
                let pack = pack.clone();
                let lesson = lesson.clone();
                let back = back.clone();
                move || loaded.get().map(|result| match result {
                    Err(error) => view! {
                        <h1 id="lesson-title">{t("learn-lesson-problem")}</h1>
                        <p class="problem" role="alert">{t(error.message_id())}</p>
                    }.into_any(),
                    Ok((_, found)) => {
                        let Some(info) = found.lessons.iter().find(|l| l.id == lesson).cloned() else {
                            return view! {
                                <h1 id="lesson-title">{t("learn-lesson-problem")}</h1>
                                <p class="problem" role="alert">{t("learn-lesson-missing")}</p>
                            }.into_any();
                        };
                        let now = crate::clock::now();
                        let audio = listening(
                            learner.progress.with_untracked(|p| p.settings.audio),
                            &found.meta.target_language,
                        );
                        let options = PlanOptions { seed: now.0 as u64, audio };
                        let rules = CheckRules::from_pack(found.meta.answers);
                        let planned = if info.exam.is_some() {
                            plan_exam(&found, &lesson, options)
                        } else {
                            plan_lesson(&found, &lesson, options)
                        };
                        let items: Vec<SessionItem> = planned
                            .unwrap_or_default()
                            .into_iter()
                            .map(|exercise| SessionItem { pack: pack.clone(), exercise, rules })
                            .collect();
                        let key = LessonKey::new(pack.clone(), lesson.clone());
                        learner.update({
                            let key = key.clone();
                            move |progress| progress.lessons.entry(key).or_default().reached(0, now)
                        });
                        let on_finish = Callback::new(move |result: SessionResult| {
                            let now = crate::clock::now();
                            learner.update(|progress| finish_lesson(progress, &key, result.score, now));
                            // A learner who finished a lesson has something to lose: now is
                            // the moment to ask the browser to keep it.
                            crate::storage::request_persistence_once();
                        });
                        let exam_intro = info.exam.map(|rule| {
                            let intro = t_args("learn-exam-intro", move || {
                                let mut args = FluentArgs::new();
                                args.set("ask", rule.ask);
                                args.set("pass", rule.pass);
                                args
                            });
                            view! { <p class="exam-intro">{intro}</p> }
                        });
                        view! {
                            <h1 id="lesson-title"><PackText text=info.title/></h1>
                            {exam_intro}
                            <StudySession items=items on_finish=on_finish back=back.clone() exam=info.exam/>
                        }.into_any()
                    }
                })
                .unwrap_or_else(|| loading("learn-loading"))
            }
        </section>
    }
}
