//! The teacher's class overview: classes, each with its learners' latest receipts.
//!
//! A class is an assignment: it is known by the assignment's id. The teacher's own assignments
//! (or ones opened from a link) name the class and its packs; a receipt for an assignment this
//! device does not know is reported as [`ImportOutcome::UnknownClass`], and the UI offers to create
//! the class from it ([`Roster::add_class_from_receipt`]), with a name the teacher types and the
//! packs numbered until the assignment is added.
//!
//! A learner is known within a class by their display name, ignoring case. Of two receipts of a
//! learner the one made later is kept, whatever order they are imported in.

use std::cmp::Ordering;

use super::assignment::{
    Assignment, AssignmentField, AssignmentId, AssignmentIssue, MAX_CLASS_NAME_CHARS,
};
use super::csv::csv_row;
use super::day::{date_of_day, utc_day};
use super::receipt::{Receipt, name_key};
use super::receipt_code::ReceiptError;
use crate::schedule::{DAY_SECONDS, Timestamp};

/// All of the teacher's classes, in the order they were added.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roster {
    pub(super) classes: Vec<Class>,
}

/// One class: an assignment and the latest receipt of each learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub(super) id: AssignmentId,
    pub(super) name: String,
    pub(super) assignment: Option<Assignment>,
    pub(super) pack_count: usize,
    pub(super) receipts: Vec<Receipt>,
}

/// What importing a receipt did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new learner row.
    Added { class: AssignmentId },
    /// The learner's row now shows this newer receipt; `previous` is when the replaced one was
    /// made.
    Updated {
        class: AssignmentId,
        previous: Timestamp,
    },
    /// The learner's row already shows a receipt made later (at `kept`); nothing changed.
    OlderIgnored {
        class: AssignmentId,
        kept: Timestamp,
    },
    /// The same receipt was imported before; nothing changed.
    AlreadyThere { class: AssignmentId },
    /// No class has this assignment: offer to create one ([`Roster::add_class_from_receipt`], or
    /// [`Roster::add_class`] with the assignment's link), then import again.
    UnknownClass { receipt: Receipt },
    /// The class has another number of packs than the receipt (a receipt made by a foreign app,
    /// or two assignments with the same id, which is very unlikely); nothing changed.
    DoesNotFit {
        class: AssignmentId,
        packs: usize,
        found: usize,
    },
}

/// One receipt of a pasted text, imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The learner's display name.
    pub learner: String,
    /// The class it went to.
    pub class: AssignmentId,
    /// Whether that class was made for it (the assignment was made on another device).
    pub new_class: bool,
    pub outcome: ImportOutcome,
}

/// What adding an assignment as a class did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassAdded {
    /// The assignment breaks the limits (it did not come from a code); nothing changed.
    Invalid(Vec<AssignmentIssue>),
    /// A new, empty class.
    Added,
    /// A class created from a receipt now knows its assignment: its packs have names. The name the
    /// teacher typed is kept.
    Completed,
    /// The class was there already; nothing changed.
    AlreadyThere,
    /// A class with this id has another number of packs; nothing changed.
    DoesNotFit,
}

/// A column to sort the class table by. Pack columns name the pack by its position in the
/// assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// The display name, ignoring case.
    Name,
    LessonsDone(usize),
    Accuracy(usize),
    LastActivity(usize),
    /// When the receipt was made.
    MadeAt,
}

/// Which way to sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    #[default]
    Ascending,
    Descending,
}

/// The column headings of the CSV export, in the teacher's language. Pack columns are headed
/// `<pack>: <heading>`; `<pack>` is the pack's id, or `pack` and its number when the class has no
/// assignment yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvLabels {
    pub name: String,
    pub pack: String,
    pub lessons_done: String,
    pub lessons_of: String,
    pub accuracy: String,
    pub last_activity: String,
    pub made_at: String,
}

impl Default for CsvLabels {
    /// English headings.
    fn default() -> Self {
        Self {
            name: "Name".into(),
            pack: "Pack".into(),
            lessons_done: "lessons done".into(),
            lessons_of: "lessons".into(),
            accuracy: "accuracy %".into(),
            last_activity: "last activity".into(),
            made_at: "Receipt made (UTC)".into(),
        }
    }
}

impl Roster {
    /// An empty overview.
    pub fn new() -> Self {
        Self::default()
    }

    /// The classes, in the order they were added.
    pub fn classes(&self) -> &[Class] {
        &self.classes
    }

    /// The class of an assignment.
    pub fn class(&self, id: AssignmentId) -> Option<&Class> {
        self.classes.iter().find(|class| class.id == id)
    }

    fn class_mut(&mut self, id: AssignmentId) -> Option<&mut Class> {
        self.classes.iter_mut().find(|class| class.id == id)
    }

    /// Adds a class for `assignment` (one the teacher made, or opened from a link), named by its
    /// class name.
    pub fn add_class(&mut self, assignment: Assignment) -> ClassAdded {
        if let Err(issues) = assignment.check() {
            return ClassAdded::Invalid(issues);
        }
        let id = assignment.id();
        let pack_count = assignment.packs.len();
        match self.class_mut(id) {
            Some(class) if class.assignment.is_some() => ClassAdded::AlreadyThere,
            Some(class) if class.pack_count != pack_count => ClassAdded::DoesNotFit,
            Some(class) => {
                class.assignment = Some(assignment);
                ClassAdded::Completed
            }
            None => {
                self.classes.push(Class {
                    id,
                    name: assignment.class_name.clone(),
                    assignment: Some(assignment),
                    pack_count,
                    receipts: Vec::new(),
                });
                ClassAdded::Added
            }
        }
    }

    /// Creates the class a receipt is for, named `name`, and imports the receipt into it. When the
    /// class exists already, only imports.
    pub fn add_class_from_receipt(
        &mut self,
        receipt: Receipt,
        name: &str,
    ) -> Result<ImportOutcome, AssignmentIssue> {
        if self.class(receipt.assignment()).is_none() {
            let name = check_class_name(name)?;
            self.classes.push(Class {
                id: receipt.assignment(),
                name,
                assignment: None,
                pack_count: receipt.packs().len(),
                receipts: Vec::new(),
            });
        }
        Ok(self.import(receipt))
    }

    /// Renames a class (the teacher's own label; the assignment is unchanged).
    pub fn rename_class(&mut self, id: AssignmentId, name: &str) -> Result<(), AssignmentIssue> {
        let name = check_class_name(name)?;
        if let Some(class) = self.class_mut(id) {
            class.name = name;
        }
        Ok(())
    }

    /// Removes a class and its receipts.
    pub fn remove_class(&mut self, id: AssignmentId) -> Option<Class> {
        let index = self.classes.iter().position(|class| class.id == id)?;
        Some(self.classes.remove(index))
    }

    /// Removes a learner's row from a class; `false` when there was none.
    pub fn remove_learner(&mut self, id: AssignmentId, learner: &str) -> bool {
        let Some(class) = self.class_mut(id) else {
            return false;
        };
        let key = name_key(learner);
        let before = class.receipts.len();
        class
            .receipts
            .retain(|receipt| name_key(receipt.learner()) != key);
        class.receipts.len() != before
    }

    /// Imports one receipt: a new row, or the learner's newer receipt in place of their older one.
    pub fn import(&mut self, receipt: Receipt) -> ImportOutcome {
        let Some(class) = self.class_mut(receipt.assignment()) else {
            return ImportOutcome::UnknownClass { receipt };
        };
        let id = class.id;
        if receipt.packs().len() != class.pack_count {
            return ImportOutcome::DoesNotFit {
                class: id,
                packs: class.pack_count,
                found: receipt.packs().len(),
            };
        }
        let existing = class
            .receipts
            .iter_mut()
            .find(|kept| kept.same_learner(&receipt));
        match existing {
            None => {
                class.receipts.push(receipt);
                ImportOutcome::Added { class: id }
            }
            Some(kept) if *kept == receipt => ImportOutcome::AlreadyThere { class: id },
            Some(kept) if kept.made_at() > receipt.made_at() => ImportOutcome::OlderIgnored {
                class: id,
                kept: kept.made_at(),
            },
            Some(kept) => {
                let previous = kept.made_at();
                *kept = receipt;
                ImportOutcome::Updated {
                    class: id,
                    previous,
                }
            }
        }
    }

    /// Imports every receipt code in `text` like [`import_text`](Self::import_text), naming each
    /// learner, and puts a receipt for an assignment made on another device in a new class named
    /// `name_for_new(id)` (the teacher can rename it), so no receipt is turned away.
    pub fn import_text_adding_classes(
        &mut self,
        text: &str,
        name_for_new: impl Fn(AssignmentId) -> String,
    ) -> Vec<Result<Imported, ReceiptError>> {
        let mut found = Receipt::find_all(text);
        if found.is_empty() {
            found.push(Receipt::from_text(text));
        }
        found
            .into_iter()
            .map(|result| {
                let receipt = result?;
                let learner = receipt.learner().to_owned();
                let id = receipt.assignment();
                let new_class = self.class(id).is_none();
                let outcome = match self.import(receipt) {
                    ImportOutcome::UnknownClass { receipt } => self
                        .add_class_from_receipt(receipt, &name_for_new(id))
                        // Only a name the teacher's language cannot give (empty) fails here.
                        .unwrap_or(ImportOutcome::DoesNotFit {
                            class: id,
                            packs: 0,
                            found: 0,
                        }),
                    outcome => outcome,
                };
                Ok(Imported {
                    learner,
                    class: id,
                    new_class,
                    outcome,
                })
            })
            .collect()
    }

    /// Imports every receipt code in `text` (pasted from a chat, or a file's text), each with what
    /// happened or why it could not be read. A text with no code gives one
    /// [`ReceiptError::NotFound`].
    pub fn import_text(&mut self, text: &str) -> Vec<Result<ImportOutcome, ReceiptError>> {
        let mut found = Receipt::find_all(text);
        if found.is_empty() {
            found.push(Receipt::from_text(text));
        }
        found
            .into_iter()
            .map(|result| result.map(|receipt| self.import(receipt)))
            .collect()
    }
}

impl Class {
    /// The assignment's id.
    pub fn id(&self) -> AssignmentId {
        self.id
    }

    /// The name the teacher sees.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The assignment, when this device knows it.
    pub fn assignment(&self) -> Option<&Assignment> {
        self.assignment.as_ref()
    }

    /// How many packs each row reports on.
    pub fn pack_count(&self) -> usize {
        self.pack_count
    }

    /// The id of the pack at `position`, when the assignment is known.
    pub fn pack_id(&self, position: usize) -> Option<&str> {
        self.assignment
            .as_ref()?
            .pack_at(position)
            .map(|assigned| assigned.pack.as_str())
    }

    /// The rows, in the order learners were first imported.
    pub fn receipts(&self) -> &[Receipt] {
        &self.receipts
    }

    /// The rows sorted by `key`. Rows that lack the value (no accuracy, no activity) come last
    /// either way; rows that tie keep their import order.
    pub fn sorted(&self, key: SortKey, order: SortOrder) -> Vec<&Receipt> {
        let mut rows: Vec<&Receipt> = self.receipts.iter().collect();
        rows.sort_by(|a, b| compare(a, b, key, order));
        rows
    }

    /// The table as CSV (RFC 4180, CRLF line ends, guarded against formulas), rows sorted by
    /// `key`. Dates are `YYYY-MM-DD`, times `YYYY-MM-DD HH:MM` in UTC; a missing value is an empty
    /// cell.
    pub fn to_csv(&self, labels: &CsvLabels, key: SortKey, order: SortOrder) -> String {
        let mut header = vec![labels.name.clone()];
        for position in 0..self.pack_count {
            let pack = self.pack_id(position).map_or_else(
                || format!("{} {}", labels.pack, position + 1),
                str::to_owned,
            );
            for heading in [
                &labels.lessons_done,
                &labels.lessons_of,
                &labels.accuracy,
                &labels.last_activity,
            ] {
                header.push(format!("{pack}: {heading}"));
            }
        }
        header.push(labels.made_at.clone());
        let mut csv = csv_row(header);
        for receipt in self.sorted(key, order) {
            let mut cells = vec![receipt.learner().to_owned()];
            for pack in receipt.packs() {
                cells.push(pack.lessons_done.to_string());
                cells.push(pack.lessons_of.to_string());
                cells.push(pack.accuracy.map(|a| a.to_string()).unwrap_or_default());
                cells.push(
                    pack.last_activity
                        .and_then(date_of_day)
                        .map(|date| date.to_string())
                        .unwrap_or_default(),
                );
            }
            cells.push(date_time(receipt.made_at()));
            csv.push_str(&csv_row(cells));
        }
        csv
    }
}

fn check_class_name(name: &str) -> Result<String, AssignmentIssue> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AssignmentIssue::ClassNameEmpty);
    }
    if name.chars().count() > MAX_CLASS_NAME_CHARS {
        return Err(AssignmentIssue::TooLong {
            field: AssignmentField::ClassName,
            max: MAX_CLASS_NAME_CHARS,
        });
    }
    if name.chars().any(char::is_control) {
        return Err(AssignmentIssue::ControlCharacter(
            AssignmentField::ClassName,
        ));
    }
    Ok(name.to_owned())
}

fn date_time(time: Timestamp) -> String {
    let seconds = time.0.rem_euclid(DAY_SECONDS);
    let date = date_of_day(utc_day(time)).map(|date| date.to_string());
    format!(
        "{} {:02}:{:02}",
        date.unwrap_or_default(),
        seconds / 3600,
        seconds % 3600 / 60
    )
}

/// Compares two rows; a missing value sorts after any value whatever the order.
fn compare(a: &Receipt, b: &Receipt, key: SortKey, order: SortOrder) -> Ordering {
    let directed = |ordering: Ordering| match order {
        SortOrder::Ascending => ordering,
        SortOrder::Descending => ordering.reverse(),
    };
    let missing_last = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) => directed(a.cmp(&b)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let pack = |receipt: &Receipt, position: usize| receipt.packs().get(position).copied();
    match key {
        SortKey::Name => directed(
            name_key(a.learner())
                .cmp(&name_key(b.learner()))
                .then_with(|| a.learner().cmp(b.learner())),
        ),
        SortKey::MadeAt => directed(a.made_at().cmp(&b.made_at())),
        SortKey::LessonsDone(position) => missing_last(
            pack(a, position).map(|p| i64::from(p.lessons_done)),
            pack(b, position).map(|p| i64::from(p.lessons_done)),
        ),
        SortKey::Accuracy(position) => missing_last(
            pack(a, position).and_then(|p| p.accuracy.map(i64::from)),
            pack(b, position).and_then(|p| p.accuracy.map(i64::from)),
        ),
        SortKey::LastActivity(position) => missing_last(
            pack(a, position).and_then(|p| p.last_activity),
            pack(b, position).and_then(|p| p.last_activity),
        ),
    }
}

#[cfg(test)]
mod tests;
