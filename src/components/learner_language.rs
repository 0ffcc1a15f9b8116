//! The learner's language: which language packs translate into. It follows the interface
//! language unless the learner picks another (someone may read the interface in English but want
//! translations in Tigrinya).

use leptos::prelude::*;

use crate::i18n::{locales, t, use_i18n};

/// A labelled select: "Same as the interface", then every language in its own name.
#[component]
pub fn LearnerLanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let options = locales()
        .iter()
        .map(|locale| {
            let tag = locale.tag;
            view! {
                <option
                    value=tag
                    lang=tag
                    selected=move || i18n.learner_choice() == Some(tag)
                >
                    {locale.endonym}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="learner-language">
            <span class="learner-language-label">{t("learner-language-label")}</span>
            <select
                class="learner-language-select"
                on:change=move |event| {
                    let value = event_target_value(&event);
                    i18n.set_learner_language((!value.is_empty()).then_some(value.as_str()));
                }
            >
                <option value="" selected=move || i18n.learner_choice().is_none()>
                    {t("learner-language-auto")}
                </option>
                {options}
            </select>
        </label>
    }
}
