//! The teachers' page (`teach.html`): making an assignment (`#/teach`) and the class overview
//! (`#/class`). It is a second app beside the learner's, built from the same crate into its own
//! WebAssembly file, so learners never download it; both share the site, the service worker, the
//! catalog, the interface languages and the storage origin.

mod assign;
mod class;
mod classes;
mod issue_text;

use leptos::prelude::*;
use passage_core::Route;
use passage_i18n::{ENGLISH_TEACHER_FILES, TEACHER_FILES};

pub use assign::AssignScreen;
pub use class::ClassScreen;
pub use classes::{ClassesContext, provide_classes, use_classes};

use crate::components::{LanguagePicker, UpdateBanner};
use crate::i18n::{PageFiles, t};

/// Starts the teachers' page: its messages come after the app's in every language.
pub fn start() {
    crate::i18n::use_page_files(PageFiles {
        names: TEACHER_FILES,
        english: ENGLISH_TEACHER_FILES,
    });
    crate::start_page(|| TeacherApp().into_any());
}

/// The teachers' page: header, navigation between its two screens, the screen.
#[component]
pub fn TeacherApp() -> impl IntoView {
    crate::i18n::provide_i18n();
    let route = crate::routing::provide_route();
    crate::offline::provide_offline();
    provide_classes();
    let current = move |screen: Route| {
        let on_class = route.get() == Route::Class;
        let here = (screen == Route::Class) == on_class;
        here.then_some("page")
    };
    view! {
        <header class="site-header">
            <a class="brand" href=Route::Teach.fragment()>
                <img class="brand-mark" src="icons/mark.svg" alt="" width="32" height="32"/>
                <span class="brand-name">{t("app-name")}</span>
                <span class="brand-page">{t("teach-page-name")}</span>
            </a>
            <LanguagePicker/>
        </header>
        <nav class="page-nav" aria-label=t("teach-nav-label")>
            <a href=Route::Teach.fragment() aria-current=move || current(Route::Teach)>
                {t("teach-nav-assign")}
            </a>
            <a href=Route::Class.fragment() aria-current=move || current(Route::Class)>
                {t("teach-nav-class")}
            </a>
            <a href="./">{t("teach-nav-learner")}</a>
        </nav>
        <UpdateBanner/>
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Class => view! { <ClassScreen/> }.into_any(),
                _ => view! { <AssignScreen/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{t("teach-privacy")}</p>
        </footer>
    }
}
