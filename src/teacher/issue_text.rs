//! The teacher's words for what the classroom domain reports: problems with an assignment,
//! receipts that cannot be read, and what importing a receipt did.

use leptos::prelude::*;
use passage_core::classroom::{AssignmentField, AssignmentIssue, ReceiptError};
use passage_i18n::FluentArgs;

use crate::i18n::{t, t_args};

fn with_max(id: &'static str, max: usize) -> Signal<String> {
    t_args(id, move || {
        let mut args = FluentArgs::new();
        args.set("max", max);
        args
    })
}

/// A problem with the teacher's form, in their language.
pub fn assignment_issue(issue: AssignmentIssue) -> Signal<String> {
    match issue {
        AssignmentIssue::ClassNameEmpty => t("make-issue-class-empty"),
        AssignmentIssue::TooLong {
            field: AssignmentField::ClassName,
            max,
        } => with_max("make-issue-class-long", max),
        AssignmentIssue::TooLong {
            field: AssignmentField::Message,
            max,
        } => with_max("make-issue-message-long", max),
        AssignmentIssue::TooLong { max, .. } => with_max("make-issue-too-long", max),
        AssignmentIssue::ControlCharacter(_) => t("make-issue-control"),
        AssignmentIssue::NoPacks => t("make-issue-no-packs"),
        AssignmentIssue::TooManyPacks { max } => with_max("make-issue-too-many-packs", max),
        AssignmentIssue::TooManyLessons { max, .. } => with_max("make-issue-too-many-lessons", max),
        AssignmentIssue::BadPackId(_)
        | AssignmentIssue::DuplicatePack(_)
        | AssignmentIssue::BadLessonId { .. }
        | AssignmentIssue::DuplicateLesson { .. }
        | AssignmentIssue::BadCatalogUrl => t("make-issue-bad-id"),
        AssignmentIssue::CodeTooLong { .. } => t("make-issue-code-long"),
    }
}

/// Why a receipt could not be read, in the teacher's language.
pub fn receipt_error(error: &ReceiptError) -> Signal<String> {
    t(match error {
        ReceiptError::NotFound => "class-error-not-found",
        ReceiptError::TooLong { .. } => "class-error-too-long",
        ReceiptError::Truncated => "class-error-truncated",
        ReceiptError::ChecksumMismatch => "class-error-checksum",
        ReceiptError::NewerVersion { .. } => "class-error-newer",
        ReceiptError::Malformed(_) => "class-error-malformed",
    })
}
