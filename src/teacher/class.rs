//! The class overview: receipts pasted or imported from files, a sortable table per class,
//! CSV download, print, rename and remove.

use leptos::prelude::*;
use passage_core::classroom::{
    AssignmentId, Class, CsvLabels, ImportOutcome, Imported, Receipt, ReceiptError, SortKey,
    SortOrder, date_of_day,
};
use passage_core::schedule::DAY_SECONDS;
use passage_i18n::FluentArgs;

use super::issue_text::receipt_error;
use super::use_classes;
use crate::i18n::{t, t_args, use_i18n};
use crate::screens::print_page;
use crate::storage::{file_text, take_chosen_files};

/// The class overview screen.
#[component]
pub fn ClassScreen() -> impl IntoView {
    let classes = use_classes();
    let results = RwSignal::new(Vec::<Result<Imported, ReceiptError>>::new());
    view! {
        <section aria-labelledby="class-title" class="class-overview">
            <h1 id="class-title">{t("class-title")}</h1>
            {move || classes.notice.get().map(|notice| view! {
                <p class="notice" role="alert">{t(notice.message_id())}</p>
            })}
            <p>{t("class-intro")}</p>
            <ReceiptImport results=results/>
            {move || {
                let shown = results.get();
                (!shown.is_empty()).then(|| view! {
                    <ul class="import-results" role="status">
                        {shown.into_iter().map(|result| view! { <li>{import_text(result)}</li> }).collect_view()}
                    </ul>
                })
            }}
            {move || {
                let ids: Vec<AssignmentId> = classes.roster.with(|roster| roster.classes().iter().map(Class::id).collect());
                if ids.is_empty() {
                    view! { <p class="empty">{t("class-none")}</p> }.into_any()
                } else {
                    ids.into_iter().map(|id| view! { <ClassTable id=id/> }).collect_view().into_any()
                }
            }}
        </section>
    }
}

/// Pasting receipts, or importing receipt files.
#[component]
fn ReceiptImport(results: RwSignal<Vec<Result<Imported, ReceiptError>>>) -> impl IntoView {
    let classes = use_classes();
    let i18n = use_i18n();
    let pasted = RwSignal::new(String::new());
    let add = move |text: String| {
        let mut found = Vec::new();
        classes.update(|roster| {
            found = roster.import_text_adding_classes(&text, |id| {
                let mut args = FluentArgs::new();
                args.set("id", id.to_string());
                i18n.text_with("class-unnamed", Some(&args))
            });
        });
        results.set(found);
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        add(pasted.get_untracked());
        pasted.set(String::new());
    };
    let on_files = move |event: leptos::ev::Event| {
        let files = take_chosen_files(&event);
        leptos::task::spawn_local(async move {
            let mut text = String::new();
            for file in files {
                if let Some(content) = file_text(&file).await {
                    text.push_str(&content);
                    text.push('\n');
                }
            }
            add(text);
        });
    };
    view! {
        <form class="class-import" on:submit=on_submit>
            <label class="field">
                <span>{t("class-paste")}</span>
                <textarea name="receipts" rows="3" aria-describedby="paste-hint" prop:value=pasted
                    on:input=move |event| pasted.set(event_target_value(&event))></textarea>
                <small id="paste-hint">{t("class-paste-hint")}</small>
            </label>
            <p class="actions">
                <button type="submit" class="button button-primary">{t("class-add")}</button>
                <label class="button file-button">
                    {t("class-import-files")}
                    <input type="file" accept=".txt,text/plain" multiple class="visually-hidden" on:change=on_files/>
                </label>
            </p>
        </form>
    }
}

/// What importing one receipt did, in the teacher's language.
fn import_text(result: Result<Imported, ReceiptError>) -> Signal<String> {
    let imported = match result {
        Ok(imported) => imported,
        Err(error) => return receipt_error(&error),
    };
    let classes = use_classes();
    let class_name = classes.roster.with_untracked(|roster| {
        roster
            .class(imported.class)
            .map(|class| class.name().to_owned())
            .unwrap_or_default()
    });
    let id = match imported.outcome {
        _ if imported.new_class => "class-result-new-class",
        ImportOutcome::Added { .. } => "class-result-added",
        ImportOutcome::Updated { .. } => "class-result-updated",
        ImportOutcome::OlderIgnored { .. } => "class-result-older",
        ImportOutcome::AlreadyThere { .. } => "class-result-same",
        ImportOutcome::UnknownClass { .. } | ImportOutcome::DoesNotFit { .. } => {
            "class-result-does-not-fit"
        }
    };
    let learner = imported.learner;
    t_args(id, move || {
        let mut args = FluentArgs::new();
        args.set("name", learner.clone());
        args.set("class", class_name.clone());
        args
    })
}

/// A column of the table: its sort key and its heading.
struct Column {
    key: SortKey,
    heading: Signal<String>,
}

fn pack_label(class: &Class, position: usize) -> String {
    class
        .pack_id(position)
        .map(str::to_owned)
        .unwrap_or_else(|| format!("{}", position + 1))
}

fn with_column(id: &'static str, pack: String) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || format!("{} · {}", pack, i18n.text(id)))
}

/// One class: its table of learners, sortable, and what can be done with it.
#[component]
fn ClassTable(id: AssignmentId) -> impl IntoView {
    let classes = use_classes();
    let i18n = use_i18n();
    let sort = RwSignal::new((SortKey::Name, SortOrder::Ascending));
    let class = Memo::new(move |_| classes.roster.with(|roster| roster.class(id).cloned()));
    let confirming = RwSignal::new(false);
    let name_input = RwSignal::new(String::new());
    let heading_id = format!("class-{id}");
    let labelled_by = heading_id.clone();

    let columns = move || {
        let Some(class) = class.get() else {
            return Vec::new();
        };
        let mut columns = vec![Column {
            key: SortKey::Name,
            heading: t("class-col-name"),
        }];
        for position in 0..class.pack_count() {
            let pack = pack_label(&class, position);
            columns.push(Column {
                key: SortKey::LessonsDone(position),
                heading: with_column("class-col-lessons", pack.clone()),
            });
            columns.push(Column {
                key: SortKey::Accuracy(position),
                heading: with_column("class-col-accuracy", pack.clone()),
            });
            columns.push(Column {
                key: SortKey::LastActivity(position),
                heading: with_column("class-col-last", pack),
            });
        }
        columns.push(Column {
            key: SortKey::MadeAt,
            heading: t("class-col-made"),
        });
        columns
    };

    let download_csv = move |_| {
        let Some(class) = class.get_untracked() else {
            return;
        };
        let labels = CsvLabels {
            name: i18n.text("class-csv-name"),
            pack: i18n.text("class-csv-pack"),
            lessons_done: i18n.text("class-csv-lessons-done"),
            lessons_of: i18n.text("class-csv-lessons-of"),
            accuracy: i18n.text("class-csv-accuracy"),
            last_activity: i18n.text("class-csv-last"),
            made_at: i18n.text("class-csv-made"),
        };
        let (key, order) = sort.get_untracked();
        let csv = class.to_csv(&labels, key, order);
        let file = format!("passage-class-{}.csv", class.id());
        crate::storage::download_text(&file, &csv, "text/csv");
    };

    let rename = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let name = name_input.get_untracked();
        classes.update(|roster| {
            let _ = roster.rename_class(id, &name);
        });
    };

    view! {
        <article class="class-card" aria-labelledby=labelled_by>
            {move || class.get().map(|class| {
                let learners = class.receipts().len();
                let due = class.assignment().and_then(|assignment| assignment.due);
                view! {
                    <h2 id=heading_id.clone() dir="auto">{class.name().to_owned()}</h2>
                    <p class="class-facts">
                        <span>{t_args("class-learners", move || {
                            let mut args = FluentArgs::new();
                            args.set("count", learners);
                            args
                        })}</span>
                        {due.map(|due| view! { <span>{t_args("class-due", move || {
                            let mut args = FluentArgs::new();
                            args.set("date", due.to_string());
                            args
                        })}</span> })}
                    </p>
                }
            })}
            {move || {
                let Some(class) = class.get() else {
                    return ().into_any();
                };
                if class.receipts().is_empty() {
                    return view! { <p class="empty">{t("class-no-receipts")}</p> }.into_any();
                }
                let (key, order) = sort.get();
                let rows: Vec<Receipt> = class.sorted(key, order).into_iter().cloned().collect();
                let class_name = class.name().to_owned();
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t("class-col-name")>
                        <table class="class-table">
                            <caption>{t_args("class-table-caption", move || {
                                let mut args = FluentArgs::new();
                                args.set("class", class_name.clone());
                                args
                            })}</caption>
                            <thead><tr>
                                {columns().into_iter().map(|column| {
                                    let key = column.key;
                                    let heading = column.heading;
                                    let aria_sort = move || {
                                        let (current, order) = sort.get();
                                        if current != key { "none" }
                                        else if order == SortOrder::Ascending { "ascending" }
                                        else { "descending" }
                                    };
                                    view! {
                                        <th scope="col" aria-sort=aria_sort>
                                            <button type="button" class="sort" on:click=move |_| sort.update(|(current, order)| {
                                                if *current == key {
                                                    *order = match order { SortOrder::Ascending => SortOrder::Descending, SortOrder::Descending => SortOrder::Ascending };
                                                } else {
                                                    *current = key;
                                                    *order = SortOrder::Ascending;
                                                }
                                            })>{heading}</button>
                                        </th>
                                    }
                                }).collect_view()}
                                <th scope="col"><span class="visually-hidden">{t("class-remove")}</span></th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|receipt| view! { <ReceiptRow class=id receipt=receipt/> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <p class="actions class-actions">
                <button type="button" class="button" on:click=download_csv>{t("class-export-csv")}</button>
                <button type="button" class="button" on:click=|_| print_page()>{t("class-print")}</button>
            </p>
            <details class="class-manage">
                <summary>{t("class-rename")}</summary>
                <form on:submit=rename class="rename">
                    <label class="field">
                        <span>{t("class-rename")}</span>
                        <input type="text" maxlength="60" prop:value=move || class.get().map(|class| class.name().to_owned()).unwrap_or_default()
                            on:input=move |event| name_input.set(event_target_value(&event))/>
                    </label>
                    <button type="submit" class="button">{t("class-rename-save")}</button>
                </form>
                {move || if confirming.get() {
                    let name = class.get().map(|class| class.name().to_owned()).unwrap_or_default();
                    view! {
                        <div class="confirm" role="alertdialog" aria-label=t("class-remove")>
                            <p>{t_args("class-remove-confirm", move || {
                                let mut args = FluentArgs::new();
                                args.set("class", name.clone());
                                args
                            })}</p>
                            <button type="button" class="button button-danger" on:click=move |_| classes.update(|roster| { roster.remove_class(id); })>{t("class-remove-yes")}</button>
                            <button type="button" class="button" on:click=move |_| confirming.set(false)>{t("class-remove-no")}</button>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button-danger" on:click=move |_| confirming.set(true)>{t("class-remove")}</button>
                    }.into_any()
                }}
            </details>
        </article>
    }
}

/// One learner's row.
#[component]
fn ReceiptRow(class: AssignmentId, receipt: Receipt) -> impl IntoView {
    let classes = use_classes();
    let name = receipt.learner().to_owned();
    let cells = receipt
        .packs()
        .iter()
        .map(|report| {
            let (done, of) = (report.lessons_done, report.lessons_of);
            let accuracy = report.accuracy;
            let last = report.last_activity.and_then(date_of_day);
            view! {
                <td>{t_args("class-lessons-value", move || {
                    let mut args = FluentArgs::new();
                    args.set("done", done);
                    args.set("of", of);
                    args
                })}</td>
                <td>{match accuracy {
                    Some(percent) => t_args("class-accuracy-value", move || {
                        let mut args = FluentArgs::new();
                        args.set("percent", percent);
                        args
                    }),
                    None => t("class-not-shared"),
                }}</td>
                <td>{match last {
                    Some(date) => date_text(date.to_string()),
                    None => t("class-not-shared"),
                }}</td>
            }
        })
        .collect_view();
    let made = date_of_day(receipt.made_at().0.div_euclid(DAY_SECONDS))
        .map(|date| date_text(date.to_string()));
    let remove_label = {
        let name = name.clone();
        t_args("class-remove-learner", move || {
            let mut args = FluentArgs::new();
            args.set("name", name.clone());
            args
        })
    };
    let remove = {
        let name = name.clone();
        move |_| {
            classes.update(|roster| {
                roster.remove_learner(class, &name);
            })
        }
    };
    view! {
        <tr>
            <th scope="row" dir="auto">{name}</th>
            {cells}
            <td>{made}</td>
            <td><button type="button" class="link-button" aria-label=remove_label on:click=remove>"×"</button></td>
        </tr>
    }
}

/// A date in the teacher's language.
fn date_text(iso: String) -> Signal<String> {
    t_args("class-date", move || {
        let mut args = FluentArgs::new();
        args.set("date", iso.clone());
        args
    })
}
