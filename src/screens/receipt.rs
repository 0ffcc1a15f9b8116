//! The receipt for an accepted assignment (`#/receipt/<id>`): the learner types their name
//! (remembered for next time), may leave out accuracy and last activity, reads exactly what will be
//! shared, then copies the code, saves it as a file, shares it or shows its QR code.

use leptos::prelude::*;
use passage_core::classroom::{Assignment, Receipt, ReceiptIssue, SharedField, date_of_day};
use passage_core::{AssignmentId, Catalog, Route};
use passage_i18n::FluentArgs;

use super::pack_text::catalog_title;
use crate::components::{QrCode, ShareButtons};
use crate::i18n::{t, t_args, use_i18n};
use crate::learner::use_learner;
use crate::storage::download::download_text;

/// The receipt form for the accepted assignment `id`, or why there is none.
#[component]
pub fn ReceiptScreen(
    /// The assignment's id, from the address.
    id: String,
) -> impl IntoView {
    let learner = use_learner();
    let assignment = id.parse::<AssignmentId>().ok().and_then(|id| {
        learner
            .progress
            .with_untracked(|progress| progress.accepted_assignment(id))
    });
    view! {
        <section aria-labelledby="receipt-title">
            <h1 id="receipt-title">{t("receipt-title")}</h1>
            {match assignment {
                Some(assignment) => view! { <ReceiptForm assignment=assignment/> }.into_any(),
                None => view! {
                    <p class="problem">{t("receipt-not-here")}</p>
                    <a class="button" href=Route::Home.fragment()>{t("not-found-home")}</a>
                }
                .into_any(),
            }}
        </section>
    }
}

/// A name problem, worded for the learner.
fn issue_text(issue: &ReceiptIssue) -> Signal<String> {
    match issue {
        ReceiptIssue::NameEmpty => t("receipt-name-empty"),
        ReceiptIssue::NameTooLong { max } => {
            let max = *max;
            t_args("receipt-name-too-long", move || {
                let mut args = FluentArgs::new();
                args.set("max", max);
                args
            })
        }
        ReceiptIssue::NameControlCharacter => t("receipt-name-control"),
        // Only an assignment read from a valid code gets here.
        ReceiptIssue::Assignment(_) => t("assign-error-not-assignment"),
    }
}

/// A day number as the `YYYY-MM-DD` that Fluent's `DATE()` reads.
fn iso_date(day: i64) -> String {
    date_of_day(day)
        .map(|date| date.to_string())
        .unwrap_or_default()
}

/// One line of "this is what you will share", in the interface language.
fn field_text(
    field: SharedField,
    assignment: &Assignment,
    titles: Memo<Vec<String>>,
) -> Signal<String> {
    let id = match field {
        SharedField::DisplayName(_) => "receipt-field-name",
        SharedField::Assignment(_) => "receipt-field-assignment",
        SharedField::MadeAt(_) => "receipt-field-made",
        SharedField::LessonsDone { .. } => "receipt-field-lessons",
        SharedField::Accuracy { .. } => "receipt-field-accuracy",
        SharedField::LastActivity { .. } => "receipt-field-activity",
    };
    let class_name = assignment.class_name.clone();
    t_args(id, move || {
        let mut args = FluentArgs::new();
        let mut pack = |position: usize| {
            let title = titles.with(|titles| titles.get(position).cloned().unwrap_or_default());
            args.set("pack", title);
        };
        match &field {
            SharedField::DisplayName(name) => args.set("name", name.clone()),
            SharedField::Assignment(_) => args.set("class", class_name.clone()),
            SharedField::MadeAt(time) => args.set(
                "date",
                iso_date(time.local_day(crate::clock::offset_minutes())),
            ),
            SharedField::LessonsDone { position, done, of } => {
                pack(*position);
                args.set("done", *done);
                args.set("of", *of);
            }
            SharedField::Accuracy { position, percent } => {
                pack(*position);
                args.set("percent", *percent);
            }
            SharedField::LastActivity { position, day } => {
                pack(*position);
                args.set("date", iso_date(*day));
            }
        }
        args
    })
}

#[component]
fn ReceiptForm(assignment: Assignment) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let name = RwSignal::new(
        learner
            .progress
            .with_untracked(|progress| progress.settings.receipt_name.clone())
            .unwrap_or_default(),
    );
    let leave_out_accuracy = RwSignal::new(false);
    let leave_out_activity = RwSignal::new(false);
    let kept = StoredValue::new(assignment.clone());
    let receipt = Memo::new(move |_| {
        let mut receipt = learner.progress.with(|progress| {
            kept.with_value(|assignment| {
                Receipt::new(progress, assignment, &name.get(), crate::clock::now())
            })
        });
        if let Ok(receipt) = &mut receipt {
            if leave_out_accuracy.get() {
                receipt.withhold_accuracy();
            }
            if leave_out_activity.get() {
                receipt.withhold_last_activity();
            }
        }
        receipt
    });
    let catalog = super::catalog_when_loaded();
    let titles = Memo::new(move |_| {
        let found: Option<Catalog> = catalog.get().and_then(Result::ok);
        kept.with_value(|assignment| {
            assignment
                .packs
                .iter()
                .map(|assigned| catalog_title(found.as_ref(), &assigned.pack, i18n).1)
                .collect::<Vec<_>>()
        })
    });
    // Kept when the learner leaves the field or uses the receipt, not at every key.
    let remember_name = move || {
        if let Ok(receipt) = receipt.get_untracked() {
            let typed = Some(receipt.learner().to_owned());
            if learner
                .progress
                .with_untracked(|progress| progress.settings.receipt_name != typed)
            {
                learner.update(|progress| progress.settings.receipt_name = typed);
            }
        }
    };
    let problem = move || receipt.with(|receipt| receipt.as_ref().err().map(issue_text));
    view! {
        <p class="lead" dir="auto">{assignment.class_name.clone()}</p>
        <label class="field">
            <span>{t("receipt-name-label")}</span>
            <input
                class="answer-input receipt-name"
                type="text"
                autocomplete="name"
                aria-describedby="receipt-name-problem"
                prop:value=move || name.get()
                on:input=move |event| name.set(event_target_value(&event))
                on:change=move |_| remember_name()
            />
        </label>
        <p id="receipt-name-problem" class="receipt-name-problem" aria-live="polite">
            {problem}
        </p>
        <label class="switch">
            <input type="checkbox" class="leave-out-accuracy" on:change=move |event| leave_out_accuracy.set(event_target_checked(&event))/>
            <span>{t("receipt-leave-out-accuracy")}</span>
        </label>
        <label class="switch">
            <input type="checkbox" class="leave-out-activity" on:change=move |event| leave_out_activity.set(event_target_checked(&event))/>
            <span>{t("receipt-leave-out-activity")}</span>
        </label>
        {move || receipt.get().ok().map(|receipt| {
            let fields = receipt.contents().into_iter().map(|field| {
                let text = kept.with_value(|assignment| field_text(field, assignment, titles));
                view! { <li dir="auto">{text}</li> }
            }).collect_view();
            view! {
                <h2 id="receipt-shares-title">{t("receipt-shares-title")}</h2>
                <ul class="receipt-contents" aria-labelledby="receipt-shares-title">{fields}</ul>
                <p>{t("receipt-nothing-else")}</p>
                <ReceiptCode receipt=receipt remember_name=Callback::new(move |()| remember_name())/>
            }
        })}
    }
}

/// The receipt as a text code, with Copy and Share, Save as file, and its QR code.
#[component]
fn ReceiptCode(receipt: Receipt, remember_name: Callback<()>) -> impl IntoView {
    let code = receipt.to_code();
    let file = receipt.to_file();
    let save = move |_| {
        remember_name.run(());
        download_text(&file.name, &file.text, file.mime);
    };
    view! {
        <label class="field">
            <span>{t("receipt-code-label")}</span>
            <textarea class="answer-input receipt-code" readonly rows="3" dir="ltr">{code.clone()}</textarea>
        </label>
        // The name field loses focus on the way here, so the name is already kept.
        <ShareButtons text=code.clone() title=t("receipt-title")/>
        <button type="button" class="button" on:click=save>{t("receipt-save")}</button>
        <QrCode text=code caption=t("receipt-qr")/>
    }
}
