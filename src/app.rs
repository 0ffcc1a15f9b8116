//! The root component: provides the app-wide context and lays out the frame every screen shares.

use leptos::prelude::*;
use passage_core::Route;

use crate::components::{DraftNote, LanguagePicker, SiteBrand, StorageNotice, UpdateBanner};
use crate::i18n::t;
use crate::screens::{
    AssignmentScreen, HelpScreen, HomeScreen, LessonScreen, MyDataScreen, NotFoundScreen,
    PackScreen, PacksScreen, PrintScreen, ReceiptScreen, ReviewScreen,
};

/// The whole app: header, the current screen, and the update notice.
#[component]
pub fn App() -> impl IntoView {
    crate::i18n::provide_i18n();
    let route = crate::routing::provide_route();
    crate::offline::provide_offline();
    crate::learner::provide_learner();
    let site = crate::site_settings::use_site_settings();

    view! {
        <header class="site-header">
            <SiteBrand/>
            <LanguagePicker/>
        </header>
        <UpdateBanner/>
        <StorageNotice/>
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Home => view! { <HomeScreen/> }.into_any(),
                Route::Packs => view! { <PacksScreen/> }.into_any(),
                Route::Pack(id) => view! { <PackScreen id=id/> }.into_any(),
                Route::MyData => view! { <MyDataScreen/> }.into_any(),
                Route::Help => view! { <HelpScreen/> }.into_any(),
                Route::Lesson { pack, lesson } => {
                    view! { <LessonScreen pack=pack lesson=lesson/> }.into_any()
                }
                Route::Review => view! { <ReviewScreen/> }.into_any(),
                Route::Print { pack, lesson } => {
                    view! { <PrintScreen pack=pack lesson=lesson/> }.into_any()
                }
                Route::NotFound(path) => view! { <NotFoundScreen path=path/> }.into_any(),
                Route::Assign(code) => view! { <AssignmentScreen code=code/> }.into_any(),
                Route::Receipt(id) => view! { <ReceiptScreen id=id/> }.into_any(),
                // The teachers' screens live on the teachers' page (teach.html, its own wasm): an
                // old or hand-typed address of them here points there.
                Route::Teach | Route::Class => {
                    let href = format!("teach.html{}", route.get_untracked().fragment());
                    view! {
                        <section aria-labelledby="teachers-title">
                            <h1 id="teachers-title">{t("teachers-link")}</h1>
                            <p><a class="button button-primary" href=href>{t("teachers-link")}</a></p>
                        </section>
                    }
                    .into_any()
                }
            }}
        </main>
        <footer class="site-footer">
            <p>{t("footer-privacy")}</p>
            <p class="footer-links">
                <a href=Route::MyData.fragment()>{t("my-data-link")}</a>
                <Show when=move || !site.settings().help.is_empty()>
                    <a href=Route::Help.fragment()>{t("help-link")}</a>
                </Show>
                // The teachers' page is its own app (its own wasm): a plain link, not a route.
                <a href="teach.html">{t("teachers-link")}</a>
            </p>
            <DraftNote/>
        </footer>
    }
}
