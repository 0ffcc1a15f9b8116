//! The list of lesson packs this site offers, from its catalog (cached for offline use).

use leptos::prelude::*;
use passage_core::{CatalogEntry, Route};
use passage_i18n::{FluentArgs, endonym};

use super::pack_text::{PackLanguageNote, chosen_language, text_in};
use crate::components::LearnerLanguageSelect;
use crate::i18n::{t, t_args, use_i18n};
use crate::site::{FetchError, fetch_catalog};

/// Every pack in the site's catalog, with what it teaches and its size, in the learner's language.
#[component]
pub fn PacksScreen() -> impl IntoView {
    let catalog = LocalResource::new(fetch_catalog);
    view! {
        <section aria-labelledby="packs-title">
            <h1 id="packs-title">{t("packs-title")}</h1>
            <LearnerLanguageSelect/>
            <Suspense fallback=|| view! { <p class="loading" role="status">{t("packs-loading")}</p> }>
                {move || catalog.get().map(|result| match result {
                    Ok(catalog) if catalog.packs.is_empty() => view! {
                        <p>{t("packs-none")}</p>
                    }.into_any(),
                    Ok(catalog) => {
                        let count = catalog.packs.len();
                        let counted = t_args("packs-count", move || {
                            let mut args = FluentArgs::new();
                            args.set("count", count);
                            args
                        });
                        view! {
                            <p class="pack-count">{counted}</p>
                            <ul class="pack-list" role="list">
                                {catalog.packs.into_iter().map(|pack| view! { <PackCard pack=pack/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(error) => view! { <CatalogProblem error=error/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

/// One pack: its title and description in the learner's language (marked with the language they
/// are in), what it teaches, and its download size.
#[component]
fn PackCard(pack: CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let text = {
        let pack = pack.clone();
        Memo::new(move |_| {
            let language = chosen_language(i18n, &pack).tag;
            let title = text_in(&pack.title, &language, i18n)
                .unwrap_or_else(|| (String::new(), pack.id.clone()));
            let description = text_in(&pack.description, &language, i18n);
            (title, description)
        })
    };
    let title = move || text.get().0;
    let href = Route::Pack(pack.id.clone()).fragment();
    let target = pack.target_language.clone();
    let learns = t_args("pack-learns", move || {
        let mut args = FluentArgs::new();
        args.set("language", endonym(&target).to_owned());
        args
    });
    let size = size_text(pack.size_bytes);
    view! {
        <li class="pack-card">
            <h2>
                <a href=href lang=move || title().0 dir="auto">{move || title().1}</a>
            </h2>
            {move || text.get().1.map(|(lang, description)| view! {
                <p lang=lang dir="auto">{description}</p>
            })}
            <PackLanguageNote pack=pack.clone()/>
            <p class="pack-meta">
                <span>{learns}</span>
                <span>{size}</span>
            </p>
        </li>
    }
}

#[component]
fn CatalogProblem(error: FetchError) -> impl IntoView {
    let id = match error {
        FetchError::Unreachable => "packs-unreachable",
        FetchError::Status(_) => "packs-missing",
        FetchError::Catalog(_) => "packs-damaged",
    };
    view! { <p class="problem" role="alert">{t(id)}</p> }
}

/// A size in bytes as a learner on metered data reads it, in the interface language.
pub fn size_text(bytes: u64) -> Signal<String> {
    let (id, amount, decimals): (&'static str, f64, usize) = match bytes {
        0..1_000 => ("size-bytes", bytes as f64, 0),
        1_000..1_000_000 => ("size-kb", bytes.div_ceil(1_000) as f64, 0),
        _ => ("size-mb", (bytes as f64 / 100_000.0).round() / 10.0, 1),
    };
    t_args(id, move || {
        let mut number = passage_i18n::FluentValue::from(amount);
        if let passage_i18n::FluentValue::Number(n) = &mut number
            && decimals > 0
        {
            n.options.minimum_fraction_digits = Some(decimals);
        }
        let mut args = FluentArgs::new();
        args.set("size", number);
        args
    })
}
