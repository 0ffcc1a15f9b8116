//! The list of lesson packs this site offers, from its catalog (cached for offline use).

use leptos::prelude::*;
use passage_core::{CatalogEntry, Route};

use crate::site::{FetchError, fetch_catalog};

/// The languages the interface prefers for pack titles; English until the interface is translated.
const PREFERRED: &[&str] = &["en"];

/// Every pack in the site's catalog, with what it teaches and its size.
#[component]
pub fn PacksScreen() -> impl IntoView {
    let catalog = LocalResource::new(fetch_catalog);
    view! {
        <section aria-labelledby="packs-title">
            <h1 id="packs-title">"Lesson packs"</h1>
            <Suspense fallback=|| view! { <p class="loading" role="status">"Loading packs…"</p> }>
                {move || catalog.get().map(|result| match result {
                    Ok(catalog) if catalog.packs.is_empty() => view! {
                        <p>"This site offers no lesson packs yet."</p>
                    }.into_any(),
                    Ok(catalog) => view! {
                        <ul class="pack-list" role="list">
                            {catalog.packs.into_iter().map(|pack| view! { <PackCard pack=pack/> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <CatalogProblem error=error/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn PackCard(pack: CatalogEntry) -> impl IntoView {
    let title = pack
        .title
        .best(PREFERRED, "en")
        .unwrap_or(&pack.id)
        .to_owned();
    let description = pack
        .description
        .best(PREFERRED, "en")
        .unwrap_or_default()
        .to_owned();
    let href = Route::Pack(pack.id.clone()).fragment();
    view! {
        <li class="pack-card">
            <h2><a href=href>{title}</a></h2>
            <p>{description}</p>
            <p class="pack-meta">
                <span>"Learn: " <span lang=pack.target_language.clone()>{pack.target_language.clone()}</span></span>
                <span>{format_size(pack.size_bytes)}</span>
            </p>
        </li>
    }
}

#[component]
fn CatalogProblem(error: FetchError) -> impl IntoView {
    let message = match error {
        FetchError::Unreachable => {
            "The list of packs could not be loaded. Check your connection and try again."
        }
        FetchError::Status(_) => "This site's list of packs is missing. Tell the site's owner.",
        FetchError::Catalog(_) => "This site's list of packs is damaged. Tell the site's owner.",
    };
    view! { <p class="problem" role="alert">{message}</p> }
}

/// A size in bytes as a learner on metered data reads it.
fn format_size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} KB", bytes.div_ceil(1_000)),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0),
    }
}
