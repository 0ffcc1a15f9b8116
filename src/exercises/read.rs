//! A reading passage: a readable page built from the pack's safe text tree (elements and text
//! nodes only), with its sources and when its facts were last checked, then "Continue".

use std::collections::BTreeMap;

use leptos::prelude::*;
use passage_core::exercise::{Exercise, ExerciseKind, Response};
use passage_core::pack::{Block, Date, Inline};
use passage_i18n::FluentArgs;

use super::PackText;
use crate::i18n::{t, t_args, use_i18n};

/// A date in the interface language's way of writing it (reactive).
pub fn date_text(id: &'static str, date: Date) -> Signal<String> {
    t_args(id, move || {
        let mut args = FluentArgs::new();
        args.set("date", date.to_string());
        args
    })
}

/// An element that only holds children: one view type for every tag of the text tree (one per
/// tag cost about 2.5 KB of the wasm).
fn element(tag: &'static str, children: Vec<AnyView>) -> AnyView {
    leptos::html::custom(tag).child(children).into_any()
}

fn inline_view(inline: Inline) -> AnyView {
    match inline {
        Inline::Text { text } => text.into_any(),
        Inline::Emphasis { content } => element("em", inlines(content)),
        Inline::Strong { content } => element("strong", inlines(content)),
        Inline::Link { href, content } => {
            // `validate` allows only safe schemes; check again rather than trust the file.
            if passage_core::pack::is_safe_href(&href) {
                view! { <a href=href target="_blank" rel="noopener noreferrer">{inlines(content)}</a> }
                    .into_any()
            } else {
                inlines(content).into_any()
            }
        }
        Inline::LineBreak => view! { <br/> }.into_any(),
    }
}

fn inlines(content: Vec<Inline>) -> Vec<AnyView> {
    content.into_iter().map(inline_view).collect()
}

fn block_view(block: Block) -> AnyView {
    match block {
        // The passage's title is the page's h2, so its sections start at h3.
        Block::Heading { level, content } => element(
            match level {
                0 | 1 => "h3",
                2 => "h4",
                _ => "h5",
            },
            inlines(content),
        ),
        Block::Paragraph { content } => element("p", inlines(content)),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|blocks| element("li", blocks.into_iter().map(block_view).collect()))
                .collect();
            element(if ordered { "ol" } else { "ul" }, items)
        }
    }
}

/// A reading passage's text, in the learner's language where the pack has it, else the interface
/// language, else English, else the first it has.
#[component]
pub fn ReadingBody(body: BTreeMap<String, Vec<Block>>) -> impl IntoView {
    let i18n = use_i18n();
    let body = StoredValue::new(body);
    move || {
        let wanted = [i18n.learner_language(), i18n.locale().tag, "en"];
        body.with_value(|body| {
            let found = wanted
                .iter()
                .find_map(|tag| body.get_key_value(*tag))
                .or_else(|| body.iter().next());
            found.map(|(lang, blocks)| {
                let blocks = blocks.clone().into_iter().map(block_view).collect_view();
                view! { <div class="reading-body" lang=lang.clone() dir="auto">{blocks}</div> }
            })
        })
    }
}

/// A reading page.
#[component]
pub fn ReadExercise(
    /// A reading exercise.
    exercise: Exercise,
    /// Called with `Response::Read` when the learner has read it.
    on_response: Callback<Response>,
) -> impl IntoView {
    let ExerciseKind::Read {
        title,
        body,
        sources,
        reviewed,
    } = exercise.kind
    else {
        return ().into_any();
    };
    let done = RwSignal::new(false);
    let page = view! { <ReadingBody body=body/> };
    let has_sources = !sources.is_empty();
    let source_views = sources
        .into_iter()
        .map(|source| {
            view! {
                <li>
                    <a href=source.url target="_blank" rel="noopener noreferrer" dir="auto">{source.title}</a>
                    {source.publisher.map(|publisher| view! { " " <bdi>"(" {publisher} ")"</bdi> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="exercise reading">
            <h2><PackText text=title/></h2>
            {page}
            <footer class="reading-footer">
                {has_sources.then(|| view! {
                    <h3>{t("learn-sources")}</h3>
                    <ul class="sources">{source_views}</ul>
                })}
                <p class="reviewed">{date_text("learn-reviewed", reviewed)}</p>
            </footer>
            <button
                type="button"
                class="button button-primary"
                disabled=move || done.get()
                on:click=move |_| {
                    if !done.get_untracked() {
                        done.set(true);
                        on_response.run(Response::Read);
                    }
                }
            >
                {t("learn-continue")}
            </button>
        </article>
    }
    .into_any()
}
