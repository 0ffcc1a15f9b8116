//! A lesson laid out as a worksheet for printing: its words and phrases with their meanings in the
//! learner's language, its dialogues line by line, and its reading passages with their sources.
//! Questions are left out: a worksheet is for learning, the app is for testing.

use leptos::prelude::*;
use passage_core::Route;
use passage_core::pack::{Item, Lesson, Pack};

use super::{loading, pack_when_loaded};
use crate::exercises::{PackText, ReadingBody, TargetText, date_text};
use crate::i18n::t;

/// The print view of one lesson.
#[component]
pub fn PrintScreen(
    /// The pack's id.
    pack: String,
    /// The lesson's id.
    lesson: String,
) -> impl IntoView {
    let loaded = pack_when_loaded(pack.clone());
    let back = Route::Pack(pack).fragment();
    view! {
        <section class="print-sheet" aria-labelledby="print-title">
            <div class="print-actions">
                <button type="button" class="button button-primary" on:click=|_| print_page()>{t("print-now")}</button>
                <a class="button" href=back>{t("learn-summary-back")}</a>
            </div>
            {
                let lesson = lesson.clone();
                move || loaded.get().map(|result| match result {
                    Err(error) => view! {
                        <h1 id="print-title">{t("learn-lesson-problem")}</h1>
                        <p class="problem" role="alert">{t(error.message_id())}</p>
                    }.into_any(),
                    Ok((_, pack)) => match pack.lessons.iter().find(|found| found.id == lesson) {
                        Some(found) => sheet(&pack, found).into_any(),
                        None => view! {
                            <h1 id="print-title">{t("learn-lesson-problem")}</h1>
                            <p class="problem" role="alert">{t("learn-lesson-missing")}</p>
                        }.into_any(),
                    },
                })
                .unwrap_or_else(|| loading("learn-loading"))
            }
        </section>
    }
}

fn sheet(pack: &Pack, lesson: &Lesson) -> impl IntoView + use<> {
    let target = pack.meta.target_language.clone();
    let words = lesson
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Word(word) => {
                let text = match &word.article {
                    Some(article) => format!("{article} {}", word.text),
                    None => word.text.clone(),
                };
                Some((text, word.translations.clone()))
            }
            Item::Phrase(phrase) => Some((phrase.text.clone(), phrase.translations.clone())),
            _ => None,
        })
        .map(|(text, meaning)| {
            view! {
                <tr>
                    <td><TargetText text=text language=target.clone()/></td>
                    <td><PackText text=meaning/></td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let has_words = !words.is_empty();
    let dialogues = lesson
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Dialogue(dialogue) => Some(dialogue.clone()),
            _ => None,
        })
        .map(|dialogue| {
            let lines = dialogue
                .lines
                .into_iter()
                .map(|line| {
                    view! {
                        <li>
                            <span class="speaker" dir="auto">{line.speaker}</span>
                            <TargetText text=line.text language=target.clone()/>
                            <span class="dialogue-meaning"><PackText text=line.translations/></span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="print-dialogue">
                    <h2><PackText text=dialogue.title/></h2>
                    <ol class="print-lines">{lines}</ol>
                </section>
            }
        })
        .collect_view();
    let readings = lesson
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Reading(reading) => Some(reading.clone()),
            _ => None,
        })
        .map(|reading| {
            let sources = reading
                .sources
                .iter()
                .filter_map(|id| pack.meta.sources.iter().find(|source| &source.id == id))
                .map(|source| view! { <li dir="auto">{source.title.clone()} " — " <bdi dir="ltr">{source.url.clone()}</bdi></li> })
                .collect_view();
            view! {
                <section class="print-reading">
                    <h2><PackText text=reading.title/></h2>
                    <ReadingBody body=reading.body/>
                    <h3>{t("learn-sources")}</h3>
                    <ul class="sources">{sources}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 id="print-title"><PackText text=lesson.title.clone()/></h1>
        <p class="print-pack"><PackText text=pack.meta.title.clone()/> " · " {date_text("learn-reviewed", pack.meta.reviewed)}</p>
        {has_words.then(|| view! {
            <table class="print-words">
                <thead><tr><th scope="col">{t("print-word")}</th><th scope="col">{t("print-meaning")}</th></tr></thead>
                <tbody>{words}</tbody>
            </table>
        })}
        {dialogues}
        {readings}
    }
}

/// Opens the browser's print dialog (worksheets here, assignments and class tables on the
/// teachers' page).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
