//! One pack: what it teaches, in which languages, and how large it is.

use leptos::prelude::*;
use passage_core::Route;

use crate::site::fetch_catalog;

/// The details of one pack from the catalog.
#[component]
pub fn PackScreen(
    /// The pack's id, from the address.
    id: String,
) -> impl IntoView {
    let catalog = LocalResource::new(fetch_catalog);
    view! {
        <section aria-labelledby="pack-title">
            <Suspense fallback=|| view! { <p class="loading" role="status">"Loading…"</p> }>
                {
                    let id = id.clone();
                    move || catalog.get().map(|result| {
                        let pack = result.ok().and_then(|catalog| catalog.pack(&id).cloned());
                        match pack {
                            Some(pack) => view! {
                                <h1 id="pack-title">{pack.title.best(&["en"], "en").unwrap_or(&pack.id).to_owned()}</h1>
                                <p>{pack.description.best(&["en"], "en").unwrap_or_default().to_owned()}</p>
                                <dl class="pack-facts">
                                    <dt>"Language you learn"</dt>
                                    <dd lang=pack.target_language.clone()>{pack.target_language.clone()}</dd>
                                    <dt>"Translations"</dt>
                                    <dd>{pack.support_languages.join(", ")}</dd>
                                    <dt>"Version"</dt>
                                    <dd>{pack.version.clone()}</dd>
                                </dl>
                            }.into_any(),
                            None => view! {
                                <h1 id="pack-title">"Pack not found"</h1>
                                <p>"This site has no pack called " <code>{id.clone()}</code> "."</p>
                            }.into_any(),
                        }
                    })
                }
            </Suspense>
            <a class="button" href=Route::Packs.fragment()>"All packs"</a>
        </section>
    }
}
