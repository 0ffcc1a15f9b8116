//! The site's name and logo in the header, and its name for titles: the hosting organisation's
//! (its settings file) where it sets them, else Passage's own.

use leptos::prelude::*;
use passage_core::Route;

use crate::i18n::use_i18n;
use crate::site_settings::use_site_settings;

/// The site's name in the interface language, else Passage's (reactive).
pub fn site_name() -> Signal<String> {
    let site = use_site_settings();
    let i18n = use_i18n();
    Signal::derive(move || {
        let settings = site.settings();
        match settings.site_name(&[i18n.locale().tag], "en") {
            Some(name) => name.to_owned(),
            None => i18n.text("app-name"),
        }
    })
}

/// The link home at the top of every screen: the logo (the site's, else Passage's mark) and the
/// name. The logo is decoration beside the name, so it has no text of its own.
#[component]
pub fn SiteBrand() -> impl IntoView {
    let site = use_site_settings();
    let name = site_name();
    let logo = move || {
        site.settings()
            .logo
            .as_ref()
            .map(|path| path.as_str().to_owned())
    };
    // The tab's title follows the name, in the interface language.
    Effect::new(move |_| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&name.get());
        }
    });
    view! {
        <a class="brand" href=Route::Home.fragment()>
            <img
                class=move || if logo().is_some() { "brand-logo" } else { "brand-mark" }
                src=move || logo().unwrap_or_else(|| "icons/mark.svg".to_owned())
                alt=""
                height=move || if logo().is_some() { "40" } else { "32" }
            />
            <span class="brand-name" dir="auto">{name}</span>
        </a>
    }
}
