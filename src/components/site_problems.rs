//! The notice that the site's settings file has mistakes: the learner learns that the app works
//! as usual; the site's staff, who read it too, get each mistake with where it is (in English,
//! the language of the settings guide, docs/site-settings.md).

use leptos::prelude::*;
use passage_i18n::FluentArgs;

use crate::i18n::{t, t_args};
use crate::site_settings::use_site_settings;

/// Shown only when the file had mistakes.
#[component]
pub fn SiteProblems() -> impl IntoView {
    let site = use_site_settings();
    let count = move || site.problems().len();
    let details = t_args("site-settings-problem-details", move || {
        let mut args = FluentArgs::new();
        args.set("count", count());
        args
    });
    view! {
        <Show when=move || !site.problems().is_empty()>
            <div class="notice site-problems" role="status">
                <p>{t("site-settings-problem")}</p>
                <details>
                    <summary>{details}</summary>
                    <ul lang="en" dir="ltr">
                        {move || site.problems().iter().map(|problem| view! {
                            <li><code>"site.json"</code>" "{problem.to_string()}</li>
                        }).collect_view()}
                    </ul>
                </details>
            </div>
        </Show>
    }
}
