//! The site's settings (`site.json`, see docs/site-settings.md), from the page's side: fetched
//! once at start-up, before the first screen when it comes quickly, and applied: the name, the
//! logo, the colours, the default language, the corrections link, the help directory.
//!
//! Reading and checking the file is the domain's (`passage_core::site::SiteSettings::from_json`,
//! which never fails). Here a missing file, or none reachable, is simply the app's own settings;
//! the service worker keeps the last copy for offline use (network first, `crates/site-files`).

use std::cell::OnceCell;
use std::sync::Arc;

use leptos::prelude::*;
use passage_core::site::{SITE_FILE, SiteLoad, SiteProblem, SiteSettings, Theme};

use crate::site::fetch_text;

/// The settings in use and the problems found in the file (shown to the site's staff).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SiteState {
    pub settings: Arc<SiteSettings>,
    pub problems: Arc<[SiteProblem]>,
}

impl From<SiteLoad> for SiteState {
    fn from(load: SiteLoad) -> Self {
        Self {
            settings: Arc::new(load.settings),
            problems: load.problems.into(),
        }
    }
}

thread_local! {
    /// One for the page: settings are the site's, not a screen's.
    static STATE: OnceCell<RwSignal<SiteState>> = const { OnceCell::new() };
}

fn state() -> RwSignal<SiteState> {
    STATE.with(|cell| *cell.get_or_init(|| RwSignal::new(SiteState::default())))
}

/// The site's settings, for any component (reactive; the app's own until the file is read).
#[derive(Clone, Copy)]
pub struct SiteSettingsHandle(RwSignal<SiteState>);

impl SiteSettingsHandle {
    /// The settings in use (reactive).
    pub fn settings(&self) -> Arc<SiteSettings> {
        self.0.with(|state| state.settings.clone())
    }

    /// What was wrong in the file, if anything (reactive).
    pub fn problems(&self) -> Arc<[SiteProblem]> {
        self.0.with(|state| state.problems.clone())
    }

    /// The settings in use, read once (for start-up decisions outside the reactive tree).
    pub fn settings_untracked(&self) -> Arc<SiteSettings> {
        self.0.with_untracked(|state| state.settings.clone())
    }
}

pub fn use_site_settings() -> SiteSettingsHandle {
    SiteSettingsHandle(state())
}

/// Fetches and applies `site.json`. No file, or no network and no saved copy, means the app's
/// own settings, which is not a problem; a file with mistakes gives its problems.
pub async fn load() {
    let load = match fetch_text(SITE_FILE).await {
        Ok(text) => read(&text),
        Err(_) => SiteLoad::default(),
    };
    apply(load.into());
}

/// Reads a settings file's text against the interface languages this build has.
pub fn read(text: &str) -> SiteLoad {
    let known: Vec<&str> = passage_i18n::LOCALES
        .iter()
        .map(|locale| locale.tag)
        .collect();
    SiteSettings::from_json(text, &known)
}

/// Puts settings in use at once: components follow, and the colours are set on the page.
pub fn apply(new: SiteState) {
    apply_theme(&new.settings.theme);
    state().set(new);
}

/// The site's colours, as the stylesheet's `--site-brand` and `--site-brand-ink`, which the light
/// scheme uses in place of its own (the dark scheme keeps the app's, see `style/main.css`).
fn apply_theme(theme: &Theme) {
    let Some(style) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root).ok())
        .map(|root| root.style())
    else {
        return;
    };
    // Set through the CSS object model, which the Content-Security-Policy allows (a `style`
    // attribute would not be).
    if theme.is_default() {
        let _ = style.remove_property("--site-brand");
        let _ = style.remove_property("--site-brand-ink");
    } else {
        let _ = style.set_property("--site-brand", &theme.accent.to_string());
        let _ = style.set_property("--site-brand-ink", &theme.accent_text.to_string());
    }
}
