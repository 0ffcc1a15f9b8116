//! The list of lesson packs this site offers, from its catalog (cached for offline use), narrowed by
//! the learner's filters, each with its size and a button to keep it for offline use.

use leptos::prelude::*;
use passage_core::pack::CefrLevel;
use passage_core::{Catalog, CatalogEntry, CatalogFacets, CatalogFilter, PackKind, Route};
use passage_i18n::{FluentArgs, endonym};
use wasm_bindgen::{JsCast, JsValue};

use super::loading;
use super::pack_text::{PackLanguageNote, chosen_language, text_in};
use crate::components::{LearnerLanguageSelect, OfflinePack};
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
            {move || {
                catalog
                    .get()
                    .map(|result| match result {
                        Ok(catalog) if catalog.packs.is_empty() => view! { <p>{t("packs-none")}</p> }.into_any(),
                        Ok(catalog) => view! { <FilteredPacks catalog=catalog/> }.into_any(),
                        Err(error) => view! { <CatalogProblem error=error/> }.into_any(),
                    })
                    .unwrap_or_else(|| loading("packs-loading"))
            }}
        </section>
    }
}

/// One pack: its title and description in the learner's language (marked with the language they
/// are in), what it teaches, and its download size.
#[component]
fn PackCard(pack: CatalogEntry, others: Vec<CatalogEntry>) -> impl IntoView {
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
    let size = size_text(pack.download_bytes());
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
            <OfflinePack entry=pack.clone() others=others/>
        </li>
    }
}

/// The filters and the packs that match them.
#[component]
fn FilteredPacks(catalog: Catalog) -> impl IntoView {
    let facets = CatalogFacets::of(&catalog);
    let filter = RwSignal::new(CatalogFilter::default());
    let catalog = StoredValue::new(catalog);
    let shown = Memo::new(move |_| {
        filter.with(|filter| {
            catalog.with_value(|catalog| {
                filter
                    .apply(catalog)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let counted = t_args("packs-count", move || {
        let mut args = FluentArgs::new();
        args.set("count", shown.with(Vec::len));
        args
    });
    let all = catalog.with_value(|catalog| catalog.packs.clone());
    view! {
        <CatalogFilters facets=facets filter=filter/>
        <p class="pack-count" role="status">{counted}</p>
        <Show when=move || !filter.with(CatalogFilter::is_empty)>
            <button type="button" class="button" on:click=move |_| filter.set(CatalogFilter::default())>
                {t("packs-filter-clear")}
            </button>
        </Show>
        <ul class="pack-list" role="list">
            {move || shown.get().into_iter().map(|pack| view! { <PackCard pack=pack others=all.clone()/> }).collect_view()}
        </ul>
    }
}

fn kind_id(kind: PackKind) -> &'static str {
    match kind {
        PackKind::Language => "packs-kind-language",
        PackKind::Civic => "packs-kind-civic",
        PackKind::Mixed => "packs-kind-mixed",
    }
}

fn level_name(level: CefrLevel) -> &'static str {
    match level {
        CefrLevel::A0 => "A0",
        CefrLevel::A1 => "A1",
        CefrLevel::A2 => "A2",
        CefrLevel::B1 => "B1",
        CefrLevel::B2 => "B2",
        CefrLevel::C1 => "C1",
    }
}

/// A country's name in the interface language, from the browser's own list (`Intl.DisplayNames`);
/// the code where the browser has none.
fn country_name(code: &str, locale: &str) -> String {
    let named = || -> Option<String> {
        let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let constructor = js_sys::Reflect::get(&intl, &JsValue::from_str("DisplayNames")).ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let arguments = js_sys::Array::of2(&js_sys::Array::of1(&locale.into()), &options);
        let names =
            js_sys::Reflect::construct(constructor.dyn_ref::<js_sys::Function>()?, &arguments)
                .ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
            .ok()?
            .dyn_into()
            .ok()?;
        of.call1(&names, &code.into()).ok()?.as_string()
    };
    named().unwrap_or_else(|| code.to_owned())
}

/// One choice of the filter: "Any" and the values the catalog has. Not shown when there is
/// nothing to choose between.
#[component]
pub(super) fn FilterSelect(
    label: &'static str,
    /// Each value's key and its name (a signal, so it follows the interface language).
    options: Vec<(String, Signal<String>)>,
    selected: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    (options.len() >= 2).then(|| view! {
        <label class="filter">
            <span>{t(label)}</span>
            <select class="select" on:change=move |event| on_pick.run(event_target_value(&event))>
                <option value="" selected=move || selected.get().is_empty()>{t("packs-filter-any")}</option>
                {options.into_iter().map(|(key, name)| {
                    let value = key.clone();
                    view! { <option value=value selected=move || selected.get() == key>{name}</option> }
                }).collect_view()}
            </select>
        </label>
    })
}

/// The filters: language to learn, my language, kind, level, country.
#[component]
fn CatalogFilters(facets: CatalogFacets, filter: RwSignal<CatalogFilter>) -> impl IntoView {
    let i18n = use_i18n();
    let language_options = |tags: &[String]| -> Vec<(String, Signal<String>)> {
        tags.iter()
            .map(|tag| (tag.clone(), Signal::stored(endonym(tag).to_owned())))
            .collect()
    };
    let some = |value: String| (!value.is_empty()).then_some(value);
    let kinds = facets
        .kinds
        .iter()
        .map(|&kind| (format!("{kind:?}"), t(kind_id(kind))))
        .collect();
    let levels = facets
        .levels
        .iter()
        .map(|&level| {
            (
                level_name(level).to_owned(),
                Signal::stored(level_name(level).to_owned()),
            )
        })
        .collect();
    let countries = facets
        .countries
        .iter()
        .map(|code| {
            let code = code.clone();
            let named = code.clone();
            (
                code,
                Signal::derive(move || country_name(&named, i18n.locale().tag)),
            )
        })
        .collect();
    let (kind_list, level_list) = (facets.kinds.clone(), facets.levels.clone());
    view! {
        <div class="catalog-filters" role="group" aria-label=t("packs-filter-title")>
            <FilterSelect
                label="packs-filter-learning"
                options=language_options(&facets.learning)
                selected=Signal::derive(move || filter.with(|f| f.learning.clone().unwrap_or_default()))
                on_pick=Callback::new(move |value| filter.update(|f| f.learning = some(value)))
            />
            <FilterSelect
                label="packs-filter-mine"
                options=language_options(&facets.my_languages)
                selected=Signal::derive(move || filter.with(|f| f.my_language.clone().unwrap_or_default()))
                on_pick=Callback::new(move |value| filter.update(|f| f.my_language = some(value)))
            />
            <FilterSelect
                label="packs-filter-kind"
                options=kinds
                selected=Signal::derive(move || filter.with(|f| f.kind.map(|k| format!("{k:?}")).unwrap_or_default()))
                on_pick=Callback::new(move |value: String| {
                    let kind = kind_list.iter().copied().find(|kind| format!("{kind:?}") == value);
                    filter.update(|f| f.kind = kind);
                })
            />
            <FilterSelect
                label="packs-filter-level"
                options=levels
                selected=Signal::derive(move || filter.with(|f| f.level.map(|l| level_name(l).to_owned()).unwrap_or_default()))
                on_pick=Callback::new(move |value: String| {
                    let level = level_list.iter().copied().find(|&level| level_name(level) == value);
                    filter.update(|f| f.level = level);
                })
            />
            <FilterSelect
                label="packs-filter-country"
                options=countries
                selected=Signal::derive(move || filter.with(|f| f.country.clone().unwrap_or_default()))
                on_pick=Callback::new(move |value| filter.update(|f| f.country = some(value)))
            />
        </div>
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
