//! Showing a pack's own texts in the learner's language, with the language they are really in.

use leptos::prelude::*;
use passage_core::{Catalog, CatalogEntry, LocalizedText};
use passage_i18n::{FluentArgs, PackLanguage, best_text, endonym, pack_language};

use crate::i18n::{I18n, t_args, use_i18n};

/// The language a pack's texts are shown in for this learner (reactive).
pub fn chosen_language(i18n: I18n, pack: &CatalogEntry) -> PackLanguage {
    pack_language(
        i18n.learner_language(),
        i18n.locale().tag,
        &pack.support_languages,
        &pack.target_language,
    )
}

/// A pack text in `language`, else the interface language, else English, else any; with its tag.
pub fn text_in(text: &LocalizedText, language: &str, i18n: I18n) -> Option<(String, String)> {
    let preferred = [language, i18n.locale().tag, "en"];
    best_text(
        text.0
            .iter()
            .map(|(tag, text)| (tag.as_str(), text.as_str())),
        &preferred,
    )
    .map(|(tag, text)| (tag.to_owned(), text.to_owned()))
}

/// A pack's title from the site's catalog in the learner's language, with its tag; its id (and no
/// tag) while the catalog is not at hand or does not list it.
pub fn catalog_title(catalog: Option<&Catalog>, id: &str, i18n: I18n) -> (String, String) {
    // Another catalog's pack, or one opened from a file, has its title once it was loaded.
    let other = crate::pack_loader::loaded(id).map(|(entry, _)| entry);
    catalog
        .and_then(|catalog| catalog.pack(id))
        .or(other.as_ref())
        .and_then(|entry| text_in(&entry.title, i18n.learner_language(), i18n))
        .unwrap_or_else(|| (String::new(), id.to_owned()))
}

/// "No translations in X in this pack; it uses Y", when the pack lacks the learner's language.
#[component]
pub fn PackLanguageNote(
    /// The pack whose languages are compared with the learner's.
    pack: CatalogEntry,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = {
        let pack = pack.clone();
        move || chosen_language(i18n, &pack)
    };
    let note = t_args("pack-no-translation", move || {
        let mut args = FluentArgs::new();
        args.set("wanted", endonym(i18n.learner_language()).to_owned());
        args.set("used", endonym(&chosen().tag).to_owned());
        args
    });
    let chosen_again = {
        let pack = pack.clone();
        move || chosen_language(i18n, &pack)
    };
    view! {
        <Show when=move || !chosen_again().is_learners>
            <p class="pack-note">{note}</p>
        </Show>
    }
}
