//! The list of lesson packs: the site's own catalog, the extra catalogs of its settings and of the
//! learner, and the packs opened from files, narrowed by the learner's filters, each with its
//! origin, its size and a button to keep it for offline use. Each catalog arrives on its own: a
//! slow or broken one only costs its own packs and says so.

use leptos::prelude::*;
use passage_core::pack::CefrLevel;
use passage_core::site::{
    AddCatalogError, CatalogSource, CatalogSources, CatalogUrl, CatalogUrlError, merge_catalogs,
    read_shared_pack,
};
use passage_core::{
    Catalog, CatalogFacets, CatalogFilter, PackKind, Route, catalog::CATALOG_FORMAT_VERSION,
};
use passage_i18n::{FluentArgs, endonym};
use wasm_bindgen::{JsCast, JsValue};

use super::loading;
use super::pack_text::{PackLanguageNote, chosen_language, text_in};
use crate::catalogs::{fetch_source, sources, sources_with, store_learner_catalogs};
use crate::components::{LearnerLanguageSelect, OfflinePack};
use crate::i18n::{t, t_args, use_i18n};
use crate::offline_packs::{StoreSharedError, shared_texts, store_shared};
use crate::pack_loader::{PackRef, keep_shared};
use crate::site::FetchError;
use crate::site_settings::use_site_settings;
use crate::storage::{file_text, take_chosen_files};
use crate::unicode::BrowserForms;

/// What each catalog gave, as it arrives (a catalog not there yet is still loading).
type Fetched = Vec<(CatalogSource, Result<Catalog, FetchError>)>;

/// Every pack on offer, with what it teaches, its origin and its size, in the learner's language.
#[component]
pub fn PacksScreen() -> impl IntoView {
    let sources = RwSignal::new(sources());
    let fetched = RwSignal::new(Fetched::new());
    let shared = RwSignal::new(Vec::<PackRef>::new());
    let filter = RwSignal::new(CatalogFilter::default());
    // The catalogs asked for, so that each is fetched once, whatever else changes.
    let started = StoredValue::new(Vec::<CatalogUrl>::new());
    let start = move |source: CatalogSource| {
        if started.with_value(|started| started.contains(&source.url)) {
            return;
        }
        started.update_value(|started| started.push(source.url.clone()));
        leptos::task::spawn_local(async move {
            let result = fetch_source(&source).await;
            let _ = fetched.try_update(|fetched| {
                fetched.retain(|(done, _)| done.url != source.url);
                fetched.push((source, result));
            });
        });
    };
    // At once, and again when the site's settings arrive or change: their catalogs join.
    Effect::new(move |_| {
        let now = sources_with(&use_site_settings().settings().extra_catalogs);
        now.all().cloned().for_each(start);
        sources.set(now);
    });
    leptos::task::spawn_local(async move {
        let mut found = Vec::new();
        for text in shared_texts().await {
            if let Ok(pack) = read_shared_pack(&text, &BrowserForms) {
                found.push(keep_shared(pack));
            }
        }
        let _ = shared.try_update(|shared| shared.extend(found));
    });
    let packs = Memo::new(move |_| {
        let settings = use_site_settings().settings();
        sources.with(|sources| {
            fetched.with(|fetched| {
                let loaded: Vec<(&CatalogSource, &Catalog)> = fetched
                    .iter()
                    .filter(|(source, _)| sources.find(&source.url).is_some())
                    .filter_map(|(source, result)| result.as_ref().ok().map(|c| (source, c)))
                    .collect();
                let merged = merge_catalogs(&loaded);
                let mut packs: Vec<PackRef> = merged
                    .featured_first(&settings.featured_packs)
                    .into_iter()
                    .map(PackRef::offered)
                    .collect();
                packs.extend(shared.get());
                packs
            })
        })
    });
    let own_state = move || {
        fetched.with(|fetched| {
            fetched
                .iter()
                .find(|(source, _)| source.is_own())
                .map(|(_, result)| result.as_ref().err().cloned())
        })
    };
    view! {
        <section aria-labelledby="packs-title">
            <h1 id="packs-title">{t("packs-title")}</h1>
            <LearnerLanguageSelect/>
            {move || match own_state() {
                None => Some(loading("packs-loading")),
                Some(Some(error)) => Some(view! { <CatalogProblem error=error/> }.into_any()),
                Some(None) => None,
            }}
            <CatalogProblems sources=sources fetched=fetched/>
            {move || {
                let shown = packs.get();
                if shown.is_empty() {
                    (own_state() == Some(None)).then(|| view! { <p>{t("packs-none")}</p> }.into_any())
                } else {
                    Some(view! { <FilteredPacks packs=shown filter=filter/> }.into_any())
                }
            }}
            <OpenPackFile shared=shared/>
            <OtherCatalogs
                sources=sources
                fetched=fetched
                on_add=Callback::new(start)
                on_remove=Callback::new(move |url: CatalogUrl| started.update_value(|started| started.retain(|u| *u != url)))
            />
        </section>
    }
}

/// One pack: its title and description in the learner's language (marked with the language they
/// are in), where it comes from, what it teaches, and its download size.
#[component]
fn PackCard(pack: PackRef) -> impl IntoView {
    let i18n = use_i18n();
    let place = pack.clone();
    let pack = pack.entry;
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
    let href = Route::Pack(place.key.to_string()).fragment();
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
            <PackOrigin pack=place.clone()/>
            {move || text.get().1.map(|(lang, description)| view! {
                <p lang=lang dir="auto">{description}</p>
            })}
            <PackLanguageNote pack=pack.clone()/>
            <p class="pack-meta">
                <span>{learns}</span>
                <span>{size}</span>
            </p>
            <OfflinePack entry=pack.clone() pack=place/>
        </li>
    }
}

/// Where a pack comes from, when it is not this site: "from ngo.example.org", "shared as a file".
#[component]
pub fn PackOrigin(pack: PackRef) -> impl IntoView {
    let text = if pack.key.is_shared() {
        Some(t("packs-shared-origin"))
    } else {
        pack.origin.map(|origin| {
            t_args("packs-from", move || {
                let mut args = FluentArgs::new();
                args.set("origin", origin.clone());
                args
            })
        })
    };
    text.map(|text| view! { <p class="pack-origin">{text}</p> })
}

/// The filters and the packs that match them.
#[component]
fn FilteredPacks(packs: Vec<PackRef>, filter: RwSignal<CatalogFilter>) -> impl IntoView {
    let facets = CatalogFacets::of(&Catalog {
        format_version: CATALOG_FORMAT_VERSION,
        packs: packs.iter().map(|pack| pack.entry.clone()).collect(),
    });
    let packs = StoredValue::new(packs);
    let shown = Memo::new(move |_| {
        filter.with(|filter| {
            packs.with_value(|packs| {
                packs
                    .iter()
                    .filter(|pack| filter.matches(&pack.entry))
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
    view! {
        <CatalogFilters facets=facets filter=filter/>
        <p class="pack-count" role="status">{counted}</p>
        <Show when=move || !filter.with(CatalogFilter::is_empty)>
            <button type="button" class="button" on:click=move |_| filter.set(CatalogFilter::default())>
                {t("packs-filter-clear")}
            </button>
        </Show>
        <ul class="pack-list" role="list">
            {move || shown.get().into_iter().map(|pack| view! { <PackCard pack=pack/> }).collect_view()}
        </ul>
    }
}

/// What went wrong with each extra catalog, naming it; the other packs are listed all the same.
#[component]
fn CatalogProblems(sources: RwSignal<CatalogSources>, fetched: RwSignal<Fetched>) -> impl IntoView {
    move || {
        let problems: Vec<(String, &'static str)> = sources.with(|sources| {
            fetched.with(|fetched| {
                fetched
                    .iter()
                    .filter(|(source, _)| !source.is_own() && sources.find(&source.url).is_some())
                    .filter_map(|(source, result)| {
                        let id = match result.as_ref().err()? {
                            FetchError::Unreachable => "catalogs-unreachable",
                            FetchError::TimedOut => "catalogs-slow",
                            FetchError::Status(_) => "catalogs-missing",
                            FetchError::Catalog(_) => "catalogs-damaged",
                        };
                        Some((source.label(), id))
                    })
                    .collect()
            })
        });
        problems
            .into_iter()
            .map(|(origin, id)| {
                let text = t_args(id, move || {
                    let mut args = FluentArgs::new();
                    args.set("origin", origin.clone());
                    args
                });
                view! { <p class="problem catalog-problem" role="alert">{text}</p> }
            })
            .collect_view()
    }
}

/// The message for an address the learner cannot add.
fn add_error_id(error: &AddCatalogError) -> &'static str {
    match error {
        AddCatalogError::Invalid(CatalogUrlError::NotHttps) => "catalogs-error-https",
        AddCatalogError::Invalid(_) => "catalogs-error-address",
        AddCatalogError::SameAsOwn => "catalogs-error-own",
        AddCatalogError::AlreadyAdded { .. } => "catalogs-error-listed",
        AddCatalogError::TooMany { .. } => "catalogs-error-too-many",
    }
}

/// The extra catalogs, the learner's with "Remove", and a field to add one by its address.
#[component]
fn OtherCatalogs(
    sources: RwSignal<CatalogSources>,
    fetched: RwSignal<Fetched>,
    on_add: Callback<CatalogSource>,
    /// A learner's catalog removed, so that adding it again fetches it again.
    on_remove: Callback<CatalogUrl>,
) -> impl IntoView {
    let address = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<AddCatalogError>);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = address.get_untracked();
        let mut added = None;
        sources.update(|sources| match sources.add_learner(&text) {
            Ok(source) => added = Some(source),
            Err(error) => problem.set(Some(error)),
        });
        if let Some(source) = added {
            problem.set(None);
            address.set(String::new());
            sources.with_untracked(store_learner_catalogs);
            on_add.run(source);
        }
    };
    let listed = move || {
        sources
            .with(|sources| sources.extra().to_vec())
            .into_iter()
            .map(|source| {
                let label = source.label();
                let remove = (source.added_by == passage_core::site::AddedBy::Learner).then(|| {
                    let url = source.url.clone();
                    let remove_click = move |_| {
                        sources.update(|sources| {
                            sources.remove_learner(&url);
                        });
                        sources.with_untracked(store_learner_catalogs);
                        fetched.update(|fetched| fetched.retain(|(done, _)| done.url != url));
                        on_remove.run(url.clone());
                    };
                    view! {
                        <button type="button" class="button catalog-remove" on:click=remove_click>
                            {t("catalogs-remove")}
                        </button>
                    }
                });
                view! {
                    <li class="catalog-source">
                        <bdi dir="ltr" translate="no">{label}</bdi>
                        " "
                        {remove}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="other-catalogs" aria-labelledby="catalogs-title">
            <h2 id="catalogs-title">{t("catalogs-title")}</h2>
            <p>{t("catalogs-intro")}</p>
            <ul class="catalog-list" role="list">{listed}</ul>
            <form class="catalog-add" novalidate=true on:submit=on_submit>
                <label class="field">
                    <span>{t("catalogs-address")}</span>
                    <input type="url" inputmode="url" dir="ltr" name="catalog" autocomplete="off"
                        placeholder="https://"
                        prop:value=address on:input=move |event| address.set(event_target_value(&event))/>
                </label>
                <button type="submit" class="button">{t("catalogs-add")}</button>
            </form>
            {move || problem.get().map(|error| {
                let limit = match error { AddCatalogError::TooMany { limit } => limit, _ => 0 };
                let text = t_args(add_error_id(&error), move || {
                    let mut args = FluentArgs::new();
                    args.set("limit", limit);
                    args
                });
                view! { <p class="problem" role="alert">{text}</p> }
            })}
        </section>
    }
}

/// Why a pack file was not opened, for the learner.
fn shared_error_id(error: &passage_core::site::SharedPackError) -> &'static str {
    use passage_core::pack::PackError;
    use passage_core::site::SharedPackError;
    match error {
        SharedPackError::Empty => "share-error-empty",
        SharedPackError::Unreadable(PackError::TooLarge { .. }) => "share-error-large",
        SharedPackError::Unreadable(PackError::UnsupportedFormat { .. }) => "share-error-newer",
        SharedPackError::Unreadable(PackError::Malformed(_)) => "share-error-unreadable",
        SharedPackError::Invalid(_) => "share-error-invalid",
        SharedPackError::DamagedMedia { .. } => "share-error-media",
    }
}

/// "Open a pack file": a pack another phone saved as a file, checked, then kept for offline use.
#[component]
fn OpenPackFile(shared: RwSignal<Vec<PackRef>>) -> impl IntoView {
    // The pack opened and how many of its media the file lacked, or why it was refused.
    let outcome = RwSignal::new(None::<Result<(PackRef, usize), &'static str>>);
    let on_file = move |event: leptos::ev::Event| {
        let Some(file) = take_chosen_files(&event).into_iter().next() else {
            return;
        };
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let text = file_text(&file).await.unwrap_or_default();
            let result = match read_shared_pack(&text, &BrowserForms) {
                Err(error) => Err(shared_error_id(&error)),
                Ok(pack) => {
                    let missing = pack.missing_media;
                    match store_shared(pack).await {
                        Ok(opened) => {
                            shared.update(|shared| {
                                shared.retain(|other| other.key != opened.key);
                                shared.push(opened.clone());
                            });
                            Ok((opened, missing))
                        }
                        Err(StoreSharedError::DamagedMedia) => Err("share-error-media"),
                        Err(StoreSharedError::Storage) => Err("share-error-storage"),
                    }
                }
            };
            let _ = outcome.try_set(Some(result));
        });
    };
    view! {
        <section class="open-pack-file" aria-labelledby="share-open-title">
            <h2 id="share-open-title">{t("share-open-title")}</h2>
            <p>{t("share-open-intro")}</p>
            <label class="button">
                <span>{t("share-open-button")}</span>
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file/>
            </label>
            // The region announces what it shows; its paragraphs have no role of their own, so
            // nothing is read twice.
            <div aria-live="polite">
                {move || outcome.get().map(|result| match result {
                    Ok((pack, missing)) => view! {
                        <p class="share-opened">
                            {t("share-opened")} " "
                            {(missing > 0).then(|| view! {
                                {t_args("share-opened-media-missing", move || {
                                    let mut args = FluentArgs::new();
                                    args.set("count", missing);
                                    args
                                })} " "
                            })}
                            <a href=Route::Pack(pack.key.to_string()).fragment()>{t("share-open-link")}</a>
                        </p>
                    }.into_any(),
                    Err(id) => view! { <p class="problem">{t(id)}</p> }.into_any(),
                })}
            </div>
        </section>
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
        FetchError::Unreachable | FetchError::TimedOut => "packs-unreachable",
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
