//! A review session: the items due now, mixed across every pack the learner studies.

use leptos::prelude::*;
use passage_core::Route;
use passage_core::answer::CheckRules;
use passage_core::exercise::{PlanOptions, review_exercise};
use passage_core::study::due_items;

use super::lesson::listening;
use super::session::{SessionItem, StudySession};
use super::{loading, when_loaded};
use crate::i18n::t;
use crate::learner::use_learner;
use crate::pack_loader::load_pack;

/// How many items one review session asks at most.
const REVIEW_ITEMS: usize = 20;

/// Review of due items.
#[component]
pub fn ReviewScreen() -> impl IntoView {
    let learner = use_learner();
    let progress = learner.progress.get_untracked();
    let session = when_loaded(async move {
        let now = crate::clock::now();
        let mut items = Vec::new();
        let mut failed = false;
        for key in due_items(&progress, now, REVIEW_ITEMS) {
            match load_pack(&key.pack).await {
                Ok((_, pack)) => {
                    let options = PlanOptions {
                        seed: now.0 as u64,
                        audio: listening(progress.settings.audio, &pack.meta.target_language),
                    };
                    if let Some(exercise) = review_exercise(&pack, &key.item, options) {
                        items.push(SessionItem {
                            pack: key.pack.clone(),
                            exercise,
                            rules: CheckRules::from_pack(pack.meta.answers),
                        });
                    }
                }
                Err(_) => failed = true,
            }
        }
        (items, failed)
    });
    view! {
        <section class="review" aria-labelledby="review-title">
            <h1 id="review-title">{t("learn-review-title")}</h1>
            {move || {
                session
                    .get()
                    .map(|(items, failed)| {
                        view! {
                            {failed.then(|| view! { <p class="problem" role="alert">{t("learn-review-some-missing")}</p> })}
                            {if items.is_empty() {
                                view! {
                                    <p>{t("learn-review-nothing")}</p>
                                    <a class="button" href=Route::Home.fragment()>{t("learn-summary-home")}</a>
                                }.into_any()
                            } else {
                                view! { <StudySession items=items on_finish=Callback::new(|_| ()) back=Route::Home exam=None/> }.into_any()
                            }}
                        }
                        .into_any()
                    })
                    .unwrap_or_else(|| loading("learn-loading"))
            }}
        </section>
    }
}
