//! Making an assignment: packs (and maybe some of their lessons) from this site's catalog, a class
//! name, a due date and a message; then the link, its QR code, copy, share and print. The class is
//! added to the teacher's overview at once, so receipts for it have a home.

use std::collections::BTreeMap;

use leptos::prelude::*;
use passage_core::classroom::{AssignedPack, Assignment, AssignmentIssue};
use passage_core::pack::Date;
use passage_core::{Catalog, CatalogEntry};

use super::issue_text::assignment_issue;
use super::use_classes;
use crate::components::{QrCode, ShareButtons};
use crate::i18n::{t, use_i18n};
use crate::screens::{print_page, text_in};
use crate::site::{fetch_catalog, site_url};

/// The packs and lessons the teacher ticked, in the order they ticked the packs.
#[derive(Clone, Default)]
struct Choice {
    packs: Vec<String>,
    lessons: BTreeMap<String, Vec<String>>,
}

/// The teacher's form and, once it is valid, the link to hand out.
#[component]
pub fn AssignScreen() -> impl IntoView {
    let catalog = LocalResource::new(fetch_catalog);
    let choice = RwSignal::new(Choice::default());
    let class_name = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let issues = RwSignal::new(Vec::<AssignmentIssue>::new());
    let link = RwSignal::new(None::<String>);
    let classes = use_classes();

    let make = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Choice { packs, lessons } = choice.get_untracked();
        let assignment = Assignment {
            class_name: class_name.get_untracked().trim().to_owned(),
            due: due.get_untracked().parse::<Date>().ok(),
            message: message.get_untracked().trim().to_owned(),
            packs: packs
                .into_iter()
                .map(|pack| AssignedPack {
                    lessons: lessons.get(&pack).cloned().unwrap_or_default(),
                    pack,
                })
                .collect(),
            catalog: None,
        };
        match assignment.route() {
            Ok(route) => {
                issues.set(Vec::new());
                classes.update(|roster| {
                    roster.add_class(assignment);
                });
                link.set(Some(site_url(&format!("./{}", route.fragment()))));
            }
            Err(found) => {
                link.set(None);
                issues.set(found);
            }
        }
    };

    view! {
        <section aria-labelledby="make-title" class="assign">
            <h1 id="make-title">{t("make-title")}</h1>
            {move || match link.get() {
                Some(url) => view! { <AssignmentLink link=url on_new=move || {
                    link.set(None);
                    link_reset(choice, class_name, due, message);
                }/> }.into_any(),
                None => view! {
                    <p>{t("make-intro")}</p>
                    <form class="make-form" on:submit=make novalidate>
                        <fieldset>
                            <legend>{t("make-packs")}</legend>
                            <Suspense fallback=|| view! { <p role="status">{t("make-packs-loading")}</p> }>
                                {move || catalog.get().map(|result| match result {
                                    Ok(catalog) => view! { <PackChoices catalog=catalog choice=choice/> }.into_any(),
                                    Err(_) => view! { <p class="problem" role="alert">{t("make-packs-failed")}</p> }.into_any(),
                                })}
                            </Suspense>
                        </fieldset>
                        <label class="field">
                            <span>{t("make-class-name")}</span>
                            <input type="text" name="class-name" required maxlength="60" autocomplete="off"
                                aria-describedby="class-name-hint"
                                prop:value=class_name on:input=move |event| class_name.set(event_target_value(&event))/>
                            <small id="class-name-hint">{t("make-class-name-hint")}</small>
                        </label>
                        <label class="field">
                            <span>{t("make-due")}</span>
                            <input type="date" name="due" prop:value=due
                                on:input=move |event| due.set(event_target_value(&event))/>
                        </label>
                        <label class="field">
                            <span>{t("make-message")}</span>
                            <textarea name="message" rows="3" maxlength="280" prop:value=message
                                on:input=move |event| message.set(event_target_value(&event))></textarea>
                        </label>
                        {move || {
                            let found = issues.get();
                            (!found.is_empty()).then(|| view! {
                                <div class="problem" role="alert">
                                    <p>{t("make-problems")}</p>
                                    <ul>
                                        {found.into_iter().map(|issue| view! { <li>{assignment_issue(issue)}</li> }).collect_view()}
                                    </ul>
                                </div>
                            })
                        }}
                        <button type="submit" class="button button-primary">{t("make-make")}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

fn link_reset(
    choice: RwSignal<Choice>,
    class_name: RwSignal<String>,
    due: RwSignal<String>,
    message: RwSignal<String>,
) {
    choice.set(Choice::default());
    class_name.set(String::new());
    due.set(String::new());
    message.set(String::new());
}

/// One checkbox per pack of the catalog; a ticked pack can be narrowed to some of its lessons.
#[component]
fn PackChoices(catalog: Catalog, choice: RwSignal<Choice>) -> impl IntoView {
    catalog
        .packs
        .into_iter()
        .map(|entry| view! { <PackChoice entry=entry choice=choice/> })
        .collect_view()
}

#[component]
fn PackChoice(entry: CatalogEntry, choice: RwSignal<Choice>) -> impl IntoView {
    let i18n = use_i18n();
    let id = entry.id.clone();
    let title = Memo::new(move |_| {
        let language = i18n.locale().tag;
        text_in(&entry.title, language, i18n).unwrap_or_else(|| (String::new(), entry.id.clone()))
    });
    let ticked = {
        let id = id.clone();
        move || choice.with(|choice| choice.packs.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |event: leptos::ev::Event| {
            let on = event_target_checked(&event);
            choice.update(|choice| {
                choice.packs.retain(|pack| *pack != id);
                choice.lessons.remove(&id);
                if on {
                    choice.packs.push(id.clone());
                }
            });
        }
    };
    view! {
        <div class="pack-choice">
            <label class="check">
                <input type="checkbox" name="pack" value=id.clone() prop:checked=ticked.clone() on:change=toggle/>
                <span lang=move || title.get().0 dir="auto">{move || title.get().1}</span>
            </label>
            {move || ticked().then(|| view! { <LessonChoices pack=id.clone() choice=choice/> })}
        </div>
    }
}

/// The lessons of a ticked pack, loaded when the teacher opens "Only some lessons".
#[component]
fn LessonChoices(pack: String, choice: RwSignal<Choice>) -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(false);
    let lessons = {
        let pack = pack.clone();
        LocalResource::new(move || {
            let pack = pack.clone();
            let wanted = opened.get();
            async move {
                if !wanted {
                    return None;
                }
                Some(
                    crate::pack_loader::load_pack(&pack)
                        .await
                        .map(|(_, pack)| pack),
                )
            }
        })
    };
    view! {
        <details class="lesson-choices" on:toggle=move |_| opened.set(true)>
            <summary>{t("make-some-lessons")}</summary>
            <p class="hint">{t("make-lessons-hint")}</p>
            {move || match lessons.get().flatten() {
                None => view! { <p role="status">{t("make-lessons-loading")}</p> }.into_any(),
                Some(Err(_)) => view! { <p class="problem" role="alert">{t("make-lessons-failed")}</p> }.into_any(),
                Some(Ok(loaded)) => {
                    let order: Vec<String> = loaded.lessons.iter().map(|lesson| lesson.id.clone()).collect();
                    loaded.lessons.iter().map(|lesson| {
                        let lesson_id = lesson.id.clone();
                        let pack = pack.clone();
                        let order = order.clone();
                        let title = text_in(&lesson.title, i18n.locale().tag, i18n)
                            .unwrap_or_else(|| (String::new(), lesson.id.clone()));
                        let checked = {
                            let (pack, lesson_id) = (pack.clone(), lesson_id.clone());
                            move || choice.with(|choice| choice.lessons.get(&pack).is_some_and(|chosen| chosen.contains(&lesson_id)))
                        };
                        let toggle = move |event: leptos::ev::Event| {
                            let on = event_target_checked(&event);
                            choice.update(|choice| {
                                let chosen = choice.lessons.entry(pack.clone()).or_default();
                                chosen.retain(|id| *id != lesson_id);
                                if on {
                                    chosen.push(lesson_id.clone());
                                }
                                // Lessons go in the pack's order, whatever order they were ticked in.
                                chosen.sort_by_key(|id| order.iter().position(|known| known == id));
                                if chosen.is_empty() {
                                    choice.lessons.remove(&pack);
                                }
                            });
                        };
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=checked on:change=toggle/>
                                <span lang=title.0 dir="auto">{title.1}</span>
                            </label>
                        }
                    }).collect_view().into_any()
                }
            }}
        </details>
    }
}

/// The finished assignment: its link to copy or share, its QR code, print.
#[component]
fn AssignmentLink(link: String, on_new: impl Fn() + 'static) -> impl IntoView {
    let text = Signal::stored(link.clone());
    let caption = t("make-qr-caption");
    let title = t("make-title");
    view! {
        <div class="assignment-ready">
            <h2>{t("make-ready")}</h2>
            <p>{t("make-ready-note")}</p>
            <label class="field">
                <span>{t("make-link-label")}</span>
                <input type="text" readonly prop:value=link.clone() class="code"
                    on:focus=|event| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
            </label>
            <ShareButtons text=text title=title/>
            <QrCode text=text caption=caption/>
            <p class="actions">
                <button type="button" class="button" on:click=|_| print_page()>{t("make-print")}</button>
                <button type="button" class="button" on:click=move |_| on_new()>{t("make-new")}</button>
            </p>
        </div>
    }
}
