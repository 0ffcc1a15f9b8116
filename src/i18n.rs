//! The interface language, from the page's side: which language is shown, loading a language's
//! messages when it is chosen, remembering the choice, and `<html lang dir>`.
//!
//! English is compiled in, so the first screen never waits. Another language's Fluent files are
//! fetched from `locales/<tag>/` when it is chosen or negotiated (the service worker keeps them
//! for offline use), parsed once, and kept for the life of the page. The rules (negotiation,
//! fallback, formats) live in `passage-i18n`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use passage_i18n::{ENGLISH, FILES, FluentArgs, LOCALES, Locale, Localizer, Messages};

use crate::site::{FetchError, fetch_text};

/// Where the choices are remembered (`localStorage`).
pub const INTERFACE_KEY: &str = "passage.interface-language";
pub const LEARNER_KEY: &str = "passage.learner-language";

thread_local! {
    /// Every language parsed so far, by tag; English is added on first use.
    static LOADED: RefCell<HashMap<&'static str, Arc<Messages>>> = RefCell::new(HashMap::new());
    /// Fluent files a page has beyond [`FILES`], and their English (compiled into that page only).
    static PAGE_FILES: Cell<PageFiles> = const { Cell::new(PageFiles { names: &[], english: &[] }) };
}

/// A page's own Fluent files (the teachers' page has `teach.ftl`).
#[derive(Clone, Copy)]
pub struct PageFiles {
    pub names: &'static [&'static str],
    pub english: &'static [(&'static str, &'static str)],
}

/// Makes this page load `files` after the app's own, in every language. Call before anything is
/// shown.
pub fn use_page_files(files: PageFiles) {
    PAGE_FILES.with(|page| page.set(files));
}

fn loaded(tag: &str) -> Option<Arc<Messages>> {
    LOADED.with(|loaded| loaded.borrow().get(tag).cloned())
}

fn english() -> Arc<Messages> {
    loaded(ENGLISH.tag).unwrap_or_else(|| {
        let messages = Arc::new(Messages::english_with(PAGE_FILES.with(Cell::get).english));
        LOADED.with(|loaded| loaded.borrow_mut().insert(ENGLISH.tag, messages.clone()));
        messages
    })
}

/// Makes a language's messages available without fetching them (used by tests, whose server has
/// no `locales/`). Unknown tags are ignored.
pub fn add_messages(tag: &str, ftl: &str) {
    if let Some(locale) = passage_i18n::by_tag(tag) {
        let messages = Arc::new(Messages::parse_lenient(locale, &[("app.ftl", ftl)]));
        LOADED.with(|loaded| loaded.borrow_mut().insert(locale.tag, messages));
    }
}

/// A language's messages: from memory, else fetched from the site (or the worker's cache).
pub async fn load(locale: &'static Locale) -> Result<Arc<Messages>, FetchError> {
    if locale.tag == ENGLISH.tag {
        return Ok(english());
    }
    if let Some(messages) = loaded(locale.tag) {
        return Ok(messages);
    }
    let mut texts = Vec::new();
    for file in FILES.iter().chain(PAGE_FILES.with(Cell::get).names) {
        texts.push((
            *file,
            fetch_text(&format!("locales/{}/{file}", locale.tag)).await?,
        ));
    }
    let files: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let messages = Arc::new(Messages::parse_lenient(locale, &files));
    LOADED.with(|loaded| loaded.borrow_mut().insert(locale.tag, messages.clone()));
    Ok(messages)
}

fn localizer_for(locale: &'static Locale) -> Option<Localizer> {
    if locale.tag == ENGLISH.tag {
        return Some(Localizer::english(english()));
    }
    loaded(locale.tag).map(|messages| Localizer::new(messages, english()))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn remembered(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Remembers a choice; without storage (private mode, disabled) it lasts as long as the page.
fn remember(key: &str, value: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// The language the learner asked for: the remembered choice, else the first of the browser's
/// languages the interface speaks; `None` when neither.
pub fn chosen_locale() -> Option<&'static Locale> {
    remembered(INTERFACE_KEY)
        .and_then(|tag| passage_i18n::by_tag(&tag))
        .or_else(|| passage_i18n::negotiate_known(&browser_languages()))
}

/// The language to start in: [`chosen_locale`], else the site's default language (its settings
/// file), else English.
pub fn initial_locale() -> &'static Locale {
    chosen_locale()
        .or_else(|| {
            let settings = crate::site_settings::use_site_settings().settings_untracked();
            settings
                .default_language
                .as_deref()
                .and_then(passage_i18n::by_tag)
        })
        .unwrap_or(&ENGLISH)
}

/// Sets `<html lang dir>` to the interface language.
fn apply_to_document(locale: &Locale) {
    if let Some(html) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = html.set_attribute("lang", locale.tag);
        let _ = html.set_attribute("dir", locale.direction.as_html());
    }
}

/// Reports a message problem (missing everywhere, a Fluent error) on the console, where the
/// browser tests notice it; the learner sees a placeholder, never an id.
fn report(problems: &[String]) {
    for problem in problems {
        web_sys::console::error_1(&format!("i18n: {problem}").into());
    }
}

/// The interface language and the learner's language, provided once at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    localizer: RwSignal<Localizer>,
    /// The language being fetched, while it is.
    loading: RwSignal<Option<&'static str>>,
    /// The language that could not be fetched, until another choice.
    failed: RwSignal<Option<&'static str>>,
    /// The learner's language for translations in packs; `None` follows the interface.
    learner: RwSignal<Option<&'static str>>,
}

impl I18n {
    /// The interface language (reactive).
    pub fn locale(&self) -> &'static Locale {
        self.localizer.with(Localizer::locale)
    }

    /// A message in the interface language (reactive).
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, None)
    }

    /// A message with arguments in the interface language (reactive).
    pub fn text_with(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let (text, problems) = self.localizer.with(|l| l.format_reporting(id, args));
        report(&problems);
        text
    }

    /// The language being loaded, if any.
    pub fn loading(&self) -> Option<&'static str> {
        self.loading.get()
    }

    /// The language that could not be loaded, if any.
    pub fn failed(&self) -> Option<&'static str> {
        self.failed.get()
    }

    /// Switches the interface to `tag` at once (after fetching it if needed) and remembers it.
    /// Returns whether the switch happened; on failure the current language stays.
    pub async fn choose(self, tag: &str) -> bool {
        let Some(locale) = passage_i18n::by_tag(tag) else {
            return false;
        };
        self.failed.set(None);
        self.loading.set(Some(locale.tag));
        let result = load(locale).await;
        self.loading.set(None);
        match result.ok().and_then(|_| localizer_for(locale)) {
            Some(localizer) => {
                apply_to_document(locale);
                self.localizer.set(localizer);
                remember(INTERFACE_KEY, Some(locale.tag));
                true
            }
            None => {
                self.failed.set(Some(locale.tag));
                false
            }
        }
    }

    /// The learner's own choice for pack translations, `None` when it follows the interface.
    pub fn learner_choice(&self) -> Option<&'static str> {
        self.learner.get()
    }

    /// The language pack translations are shown in (reactive).
    pub fn learner_language(&self) -> &'static str {
        self.learner.get().unwrap_or_else(|| self.locale().tag)
    }

    /// Sets (and remembers) the learner's language; `None` follows the interface again.
    pub fn set_learner_language(&self, tag: Option<&str>) {
        let locale = tag.and_then(passage_i18n::by_tag).map(|locale| locale.tag);
        remember(LEARNER_KEY, locale);
        self.learner.set(locale);
    }
}

/// Provides the languages to every component below: the start language if its messages are
/// already here (see [`crate::start`]), else English while it loads.
pub fn provide_i18n() -> I18n {
    let start = initial_locale();
    let localizer = localizer_for(start).unwrap_or_else(|| Localizer::english(english()));
    apply_to_document(localizer.locale());
    let learner = remembered(LEARNER_KEY)
        .and_then(|tag| passage_i18n::by_tag(&tag))
        .map(|locale| locale.tag);
    let i18n = I18n {
        localizer: RwSignal::new(localizer),
        loading: RwSignal::new(None),
        failed: RwSignal::new(None),
        learner: RwSignal::new(learner),
    };
    provide_context(i18n);
    if i18n.localizer.with_untracked(Localizer::locale).tag != start.tag {
        leptos::task::spawn_local(async move {
            i18n.choose(start.tag).await;
        });
    }
    i18n
}

/// The languages provided at the root (English only, outside the app).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        localizer: RwSignal::new(Localizer::english(english())),
        loading: RwSignal::new(None),
        failed: RwSignal::new(None),
        learner: RwSignal::new(None),
    })
}

/// A message as reactive text: `{t("home-start")}`.
pub fn t(id: &'static str) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.text(id))
}

/// A message with arguments as reactive text; `args` is re-run when the language changes.
pub fn t_args(
    id: &'static str,
    args: impl Fn() -> FluentArgs<'static> + Send + Sync + 'static,
) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.text_with(id, Some(&args())))
}

/// Every interface language, for pickers.
pub fn locales() -> &'static [Locale] {
    LOCALES
}
