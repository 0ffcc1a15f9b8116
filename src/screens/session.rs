//! A study session, shared by lessons and reviews: one exercise at a time with a progress bar,
//! graded by the domain, feedback after each answer, the answer recorded in the learner's
//! progress, wrong answers asked once more at the end, then a summary.

use leptos::prelude::*;
use passage_core::Route;
use passage_core::answer::{CheckRules, NoteKind, Verdict};
use passage_core::exercise::{
    Exercise, ExerciseKind, Feedback, Response, RightAnswer, grade, right_answer,
};
use passage_core::pack::{ExamRule, Source, VariesBy};
use passage_core::progress::ItemKey;
use passage_core::schedule::SchedulerConfig;
use passage_core::study::{ExamOutcome, ExamTally, lesson_score, record_feedback};
use passage_i18n::FluentArgs;
use wasm_bindgen::JsCast;

use crate::exercises::{PackText, date_text, exercise_view};
use crate::i18n::{t, t_args};
use crate::learner::use_learner;
use crate::unicode::BrowserForms;

/// One exercise of a session, with the pack it comes from and that pack's answer rules.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionItem {
    pub pack: String,
    pub exercise: Exercise,
    pub rules: CheckRules,
}

/// How a session ended: right answers among the first attempts, the score, and for a practice
/// test its tally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionResult {
    pub right: usize,
    pub answered: usize,
    pub score: u8,
    pub exam: Option<ExamTally>,
}

fn focus_by_id(id: &'static str) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        if let Some(element) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(id))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// The session: exercises in turn, then the summary.
#[component]
pub fn StudySession(
    /// The exercises, in order.
    items: Vec<SessionItem>,
    /// Called once when the last exercise is done.
    on_finish: Callback<SessionResult>,
    /// Where "Back" leads from the summary.
    back: Route,
    /// For a practice test: no second tries, and it ends as soon as the result is certain.
    exam: Option<ExamRule>,
) -> impl IntoView {
    let learner = use_learner();
    let first_count = items.len();
    let queue = RwSignal::new(items);
    let position = RwSignal::new(0usize);
    let retry = RwSignal::new(Vec::<SessionItem>::new());
    let retried = RwSignal::new(false);
    let feedback = RwSignal::new(None::<(SessionItem, Feedback)>);
    let right = RwSignal::new(0usize);
    let answered = RwSignal::new(0usize);
    let finished = RwSignal::new(None::<SessionResult>);
    let shown_at = StoredValue::new(crate::clock::millis());
    let tally = RwSignal::new(exam.map(ExamTally::new));

    let advance = move || {
        feedback.set(None);
        let next = position.get_untracked() + 1;
        let decided = tally.with_untracked(|tally| tally.is_some_and(|t| t.outcome().is_some()));
        if decided || next >= queue.with_untracked(Vec::len) {
            let again = retry.get_untracked();
            if !retried.get_untracked() && !again.is_empty() {
                retried.set(true);
                retry.set(Vec::new());
                queue.update(|queue| queue.extend(again));
            } else {
                let result = SessionResult {
                    right: right.get_untracked(),
                    answered: answered.get_untracked(),
                    score: lesson_score(right.get_untracked(), answered.get_untracked()),
                    exam: tally.get_untracked(),
                };
                finished.set(Some(result));
                on_finish.run(result);
                focus_by_id("summary-title");
                return;
            }
        }
        shown_at.set_value(crate::clock::millis());
        position.set(next);
        focus_by_id("exercise-area");
    };

    let respond = move |response: Response| {
        let at = position.get_untracked();
        let Some(item) = queue.with_untracked(|queue| queue.get(at).cloned()) else {
            return;
        };
        let result = grade(&item.exercise, &response, item.rules, &BrowserForms);
        let took = (crate::clock::millis() - shown_at.get_value()).clamp(0.0, f64::from(u32::MAX));
        let now = crate::clock::now();
        let today = crate::clock::today();
        let key = ItemKey::new(item.pack.clone(), item.exercise.item_id.clone());
        learner.update(|progress| {
            record_feedback(
                progress,
                &key,
                &result,
                took as u32,
                now,
                today,
                &SchedulerConfig::default(),
            );
        });
        let graded = item.exercise.kind.is_graded();
        if graded && at < first_count {
            answered.update(|count| *count += 1);
            let accepted = result.verdict.is_accepted();
            if accepted {
                right.update(|count| *count += 1);
            } else if exam.is_none() {
                retry.update(|retry| retry.push(item.clone()));
            }
            tally.update(|tally| {
                if let Some(tally) = tally {
                    tally.record(accepted);
                }
            });
        }
        // Flashcards are rated by the learner and readings are not graded: nothing to tell.
        let self_rated = matches!(item.exercise.kind, ExerciseKind::Flashcard { .. });
        if !graded || self_rated {
            advance();
        } else {
            feedback.set(Some((item, result)));
            focus_by_id("feedback");
        }
    };
    let on_response = Callback::new(respond);

    let total = move || queue.with(Vec::len);
    let bar_label = t_args("learn-progress", move || {
        let mut args = FluentArgs::new();
        args.set("done", position.get().min(total()));
        args.set("total", total());
        args
    });

    view! {
        <Show
            when=move || finished.get().is_none()
            fallback=move || view! { <Summary result=finished.get().unwrap_or(SessionResult { right: 0, answered: 0, score: 0, exam: None }) back=back.clone()/> }
        >
            <div class="session-progress">
                <progress
                    class="lesson-progress"
                    max=move || total().to_string()
                    value=move || position.get().to_string()
                    aria-label=bar_label
                ></progress>
                <span class="progress-count" aria-hidden="true">{bar_label}</span>
            </div>
            <div id="exercise-area" class="exercise-area" tabindex="-1">
                {move || {
                    let at = position.get();
                    queue.with(|queue| queue.get(at).cloned()).map(|item| {
                        let again = at >= first_count;
                        view! {
                            {again.then(|| view! { <p class="again-note">{t("learn-again-note")}</p> })}
                            {exercise_view(item.exercise, on_response)}
                        }
                    })
                }}
            </div>
            <div id="feedback" class="feedback-area" tabindex="-1" aria-live="polite">
                {move || feedback.get().map(|(item, result)| view! {
                    <FeedbackPanel exercise=item.exercise feedback=result on_continue=Callback::new(move |()| advance())/>
                })}
            </div>
        </Show>
    }
}

fn note_id(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::MissingDiacritics => "learn-note-diacritics",
        NoteKind::Typo => "learn-note-typo",
        NoteKind::WrongArticle => "learn-note-article",
    }
}

fn varies_id(by: VariesBy) -> &'static str {
    match by {
        VariesBy::OfficeHolder => "learn-varies-office",
        VariesBy::LearnerRegion => "learn-varies-region",
        VariesBy::Yearly => "learn-varies-yearly",
    }
}

/// The right answer, for a wrong one whose verdict does not carry it.
fn right_answer_view(exercise: &Exercise) -> impl IntoView + use<> {
    let answer = match right_answer(exercise) {
        RightAnswer::None => return None,
        RightAnswer::Options(options) | RightAnswer::Sequence(options) => options
            .into_iter()
            .map(|text| view! { <li><PackText text=text/></li> })
            .collect_view()
            .into_any(),
        RightAnswer::TrueFalse(value) => {
            view! { <li>{t(if value { "learn-true" } else { "learn-false" })}</li> }.into_any()
        }
        RightAnswer::Pairs(pairs) => pairs
            .into_iter()
            .map(
                |(left, right)| view! { <li><PackText text=left/>" — "<PackText text=right/></li> },
            )
            .collect_view()
            .into_any(),
        RightAnswer::Replies(replies) => replies
            .into_iter()
            .map(|reply| view! { <li dir="auto">{reply}</li> })
            .collect_view()
            .into_any(),
    };
    Some(view! {
        <p>{t("learn-right-answer")}</p>
        <ul class="right-answer">{answer}</ul>
    })
}

/// What the learner sees after answering: right or not, the right answer, the explanation, the
/// official source and whether the answer changes.
#[component]
fn FeedbackPanel(
    exercise: Exercise,
    feedback: Feedback,
    on_continue: Callback<()>,
) -> impl IntoView {
    let (class, headline) = match &feedback.verdict {
        Verdict::Correct => ("feedback feedback-right", "learn-right"),
        Verdict::CorrectWithNote { .. } => ("feedback feedback-note", "learn-right-with-note"),
        Verdict::Wrong { .. } => ("feedback feedback-wrong", "learn-wrong"),
    };
    let detail = match feedback.verdict.clone() {
        Verdict::Correct => None,
        Verdict::CorrectWithNote { kind, expected } => Some(
            view! {
                <p>{t(note_id(kind))}</p>
                <p class="expected"><bdi>{expected}</bdi></p>
            }
            .into_any(),
        ),
        Verdict::Wrong { expected } if !expected.is_empty() => Some(
            view! {
                <p>{t("learn-right-answer")}</p>
                <p class="expected"><bdi>{expected}</bdi></p>
            }
            .into_any(),
        ),
        Verdict::Wrong { .. } => Some(right_answer_view(&exercise).into_any()),
    };
    let explanation = (!exercise.explanation.is_empty()).then(
        || view! { <p class="explanation"><PackText text=exercise.explanation.clone()/></p> },
    );
    let source = exercise.source.clone().map(|source: Source| {
        view! {
            <p class="source">
                {t("learn-source")} " "
                <a href=source.url target="_blank" rel="noopener noreferrer" dir="auto">{source.title}</a>
            </p>
        }
    });
    let varies = exercise.varies.map(|variation| {
        view! {
            <p class="varies">
                {t(varies_id(variation.by))} " " {date_text("learn-checked", variation.checked)}
            </p>
        }
    });
    view! {
        <div class=class>
            <p class="feedback-headline">{t(headline)}</p>
            {detail}
            {explanation}
            {source}
            {varies}
            <button type="button" class="button button-primary" on:click=move |_| on_continue.run(())>
                {t("learn-continue")}
            </button>
        </div>
    }
}

/// The end of a session: the score and where to go next.
#[component]
fn Summary(result: SessionResult, back: Route) -> impl IntoView {
    let score = t_args("learn-summary-score", move || {
        let mut args = FluentArgs::new();
        args.set("score", result.score);
        args
    });
    let counted = t_args("learn-summary-right", move || {
        let mut args = FluentArgs::new();
        args.set("right", result.right);
        args.set("total", result.answered);
        args
    });
    let exam = result.exam.map(|tally| view! { <ExamResult tally=tally/> });
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" tabindex="-1">{t("learn-summary-title")}</h2>
            {exam}
            <p class="score">{score}</p>
            <p>{counted}</p>
            <div class="actions">
                <a class="button button-primary" href=back.fragment()>{t("learn-summary-back")}</a>
                <a class="button" href=Route::Home.fragment()>{t("learn-summary-home")}</a>
            </div>
        </section>
    }
}

/// The result of a practice test: passed or not, and the rule it was measured by.
#[component]
fn ExamResult(tally: ExamTally) -> impl IntoView {
    let (class, headline) = match tally.outcome() {
        Some(ExamOutcome::Passed) => ("exam-result exam-passed", "learn-exam-passed"),
        _ => ("exam-result exam-not-passed", "learn-exam-not-passed"),
    };
    let counts = t_args("learn-exam-tally", move || {
        let mut args = FluentArgs::new();
        args.set("right", tally.right);
        args.set("wrong", tally.wrong);
        args.set("pass", tally.rule.pass);
        args.set("ask", tally.rule.ask);
        args
    });
    view! {
        <div class=class>
            <p class="exam-headline">{t(headline)}</p>
            <p>{counts}</p>
        </div>
    }
}
