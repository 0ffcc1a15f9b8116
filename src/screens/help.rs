//! The local help directory (`#/help`): the organisations the site lists in its settings file,
//! filtered by kind of help and language spoken, those speaking the learner's languages first.
//! It comes with the settings file, which the service worker keeps, so it works offline.

use leptos::prelude::*;
use passage_core::site::{
    HelpCategory, HelpOrganisation, HelpQuery, categories_offered, find_help, languages_spoken,
};
use passage_i18n::{FluentArgs, endonym};

use super::packs::FilterSelect;
use crate::components::site_name;
use crate::i18n::{t, t_args, use_i18n};
use crate::site_settings::use_site_settings;

/// The directory with its filters; a plain sentence when the site lists no one.
#[component]
pub fn HelpScreen() -> impl IntoView {
    let site = use_site_settings();
    let name = site_name();
    let lead = t_args("help-lead", move || {
        let mut args = FluentArgs::new();
        args.set("site", name.get());
        args
    });
    let listed = move || !site.settings().help.is_empty();
    view! {
        <section aria-labelledby="help-title">
            <h1 id="help-title">{t("help-title")}</h1>
            {move || if listed() {
                view! {
                    <p class="lead">{lead}</p>
                    <p class="help-offline">{t("help-offline")}</p>
                    <Directory/>
                }
                .into_any()
            } else {
                view! { <p>{t("help-empty")}</p> }.into_any()
            }}
        </section>
    }
}

/// The filters and the organisations that match them.
#[component]
fn Directory() -> impl IntoView {
    let site = use_site_settings();
    let i18n = use_i18n();
    let category = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    let categories = move || {
        categories_offered(&site.settings().help)
            .into_iter()
            .map(|category| (category.as_str().to_owned(), t(category_message(category))))
            .collect::<Vec<_>>()
    };
    let languages = move || {
        languages_spoken(&site.settings().help)
            .into_iter()
            .map(|tag| {
                let name = Signal::stored(endonym(&tag).to_owned());
                (tag, name)
            })
            .collect::<Vec<_>>()
    };
    let found = Memo::new(move |_| {
        let settings = site.settings();
        let query = HelpQuery {
            category: HelpCategory::from_name(&category.get()),
            speaks: Some(language.get()).filter(|tag| !tag.is_empty()),
            // The learner's own language (pack translations) before the interface's, which may be
            // one they only manage in.
            learner_languages: vec![
                i18n.learner_language().to_owned(),
                i18n.locale().tag.to_owned(),
            ],
        };
        find_help(&settings.help, &query)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    let counted = t_args("help-count", move || {
        let mut args = FluentArgs::new();
        args.set("count", found.with(Vec::len));
        args
    });
    view! {
        <div class="catalog-filters" role="group" aria-label=t("help-title")>
            {move || view! {
                <FilterSelect
                    label="help-filter-category"
                    options=categories()
                    selected=category.into()
                    on_pick=Callback::new(move |value| category.set(value))
                />
                <FilterSelect
                    label="help-filter-language"
                    options=languages()
                    selected=language.into()
                    on_pick=Callback::new(move |value| language.set(value))
                />
            }}
        </div>
        <p class="pack-count" role="status">{counted}</p>
        {move || found.with(Vec::is_empty).then(|| view! { <p>{t("help-none-match")}</p> })}
        <ul class="help-list" role="list">
            {move || found.get().into_iter().map(|org| view! { <Organisation org=org/> }).collect_view()}
        </ul>
    }
}

/// One organisation: what it offers, in which languages, when and how to reach it. The site
/// writes these texts; they are shown as text, in the language they are written in.
#[component]
fn Organisation(org: HelpOrganisation) -> impl IntoView {
    let i18n = use_i18n();
    let offers = org.offers.clone();
    let hours = org.opening_hours.clone();
    // The site's texts in the learner's language where written, else the interface's, else
    // English, else any.
    let localized = move |text: &passage_core::LocalizedText| {
        text.best(&[i18n.learner_language(), i18n.locale().tag], "en")
            .map(str::to_owned)
    };
    let offers = move || localized(&offers);
    let hours = move || localized(&hours);
    let categories = org
        .categories
        .iter()
        .map(|&category| view! { <li>{t(category_message(category))}</li> })
        .collect_view();
    let spoken = (!org.languages.is_empty()).then(|| {
        let names = org
            .languages
            .iter()
            // Each name isolated, so Arabic and Latin names in one list keep their order.
            .map(|tag| format!("\u{2068}{}\u{2069}", endonym(tag)))
            .collect::<Vec<_>>()
            .join(", ");
        let text = t_args("help-languages", move || {
            let mut args = FluentArgs::new();
            args.set("languages", names.clone());
            args
        });
        view! { <p>{text}</p> }
    });
    // Every detail is one row of one shape: a label, maybe a text, maybe a link (one view type
    // for all, which keeps the wasm small).
    let map = org.map.as_ref().map(|map| Link {
        href: map.to_string(),
        shown: None,
        rel: Some("noopener noreferrer"),
        dir: None,
    });
    // A map link without an address still helps.
    let address = (org.address.is_some() || map.is_some()).then(|| Row {
        label: "help-address",
        text: org.address.clone(),
        link: map,
    });
    let fixed_after = [
        org.phone.as_ref().map(|phone| Row {
            label: "help-phone",
            text: None,
            link: Some(Link {
                href: phone.href(),
                shown: Some(phone.text().to_owned()),
                rel: None,
                dir: Some("ltr"),
            }),
        }),
        org.email.as_ref().map(|email| Row {
            label: "help-email",
            text: None,
            link: Some(Link {
                href: email.href(),
                shown: Some(email.as_str().to_owned()),
                rel: None,
                dir: Some("ltr"),
            }),
        }),
        org.website.as_ref().map(|website| Row {
            label: "help-website",
            text: None,
            link: Some(Link {
                href: website.to_string(),
                shown: Some(website.host().to_owned()),
                rel: Some("noopener noreferrer"),
                dir: Some("ltr"),
            }),
        }),
    ];
    let details = move || {
        let hours = hours().map(|text| Row {
            label: "help-hours",
            text: Some(text),
            link: None,
        });
        [address.clone(), hours]
            .into_iter()
            .chain(fixed_after.iter().cloned())
            .flatten()
            .map(Row::view)
            .collect_view()
    };
    view! {
        <li class="card help-org">
            <h2 dir="auto">{org.name.clone()}</h2>
            <ul class="help-categories" role="list">{categories}</ul>
            {move || offers().map(|text| view! { <p dir="auto">{text}</p> })}
            {spoken}
            <dl class="help-details">{details}</dl>
        </li>
    }
}

/// A link in a detail row: its text is the address it shows, else "map".
#[derive(Clone)]
struct Link {
    href: String,
    shown: Option<String>,
    rel: Option<&'static str>,
    dir: Option<&'static str>,
}

/// One detail of an organisation: the site's text (shown as written) and a link.
#[derive(Clone)]
struct Row {
    label: &'static str,
    text: Option<String>,
    link: Option<Link>,
}

impl Row {
    fn view(self) -> impl IntoView {
        let space = (self.text.is_some() && self.link.is_some()).then_some(" ");
        let text = self
            .text
            .map(|text| view! { <span dir="auto">{text}</span> });
        let link = self.link.map(|link| {
            let shown = link.shown.unwrap_or_else(|| use_i18n().text("help-map"));
            view! { <a href=link.href rel=link.rel dir=link.dir>{shown}</a> }
        });
        view! {
            <div class="help-detail">
                <dt>{t(self.label)}</dt>
                <dd>{text}{space}{link}</dd>
            </div>
        }
    }
}

fn category_message(category: HelpCategory) -> &'static str {
    match category {
        HelpCategory::Emergency => "help-category-emergency",
        HelpCategory::LegalAdvice => "help-category-legal-advice",
        HelpCategory::Health => "help-category-health",
        HelpCategory::Housing => "help-category-housing",
        HelpCategory::Work => "help-category-work",
        HelpCategory::LanguageCourses => "help-category-language-courses",
        HelpCategory::Family => "help-category-family",
        HelpCategory::Other => "help-category-other",
    }
}
