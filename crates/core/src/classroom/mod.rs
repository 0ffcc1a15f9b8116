//! Teachers and their classes, with no server and no accounts.
//!
//! - An [`Assignment`] is what a teacher hands a class: packs (and maybe some of their lessons), a
//!   class name, a due date and a short message. It travels as a link `#/assign/<code>`
//!   ([`Route::Assign`](crate::Route::Assign)) and as that link's QR code ([`qr_svg`]).
//! - A [`Receipt`] is what a learner sends back: a display name they type and, per assigned pack,
//!   lessons done, accuracy and last activity; nothing else ([`Receipt::contents`] lists it for
//!   the "this is what you will share" screen). It travels as a short text code to paste in a chat
//!   (`PSG-…`), or in a small text file.
//! - A [`Roster`] is the teacher's overview: classes, each with its learners' latest receipts,
//!   sortable and exportable as CSV, stored as a versioned, checksummed document
//!   ([`encode_roster`], [`decode_roster`]).
//!
//! Everything here is plain data and pure functions: time is passed in, nothing reads a clock,
//! and every decoder returns typed errors for the UI to word in the user's language.

mod assignment;
mod base32;
mod bits;
mod csv;
mod day;
mod qr;
mod receipt;
mod receipt_code;
mod roster;
mod roster_slots;
mod roster_store;

pub use assignment::{
    ASSIGNMENT_VERSION, AssignedPack, Assignment, AssignmentError, AssignmentField, AssignmentId,
    AssignmentIdError, AssignmentIssue, MAX_CATALOG_URL_BYTES, MAX_CLASS_NAME_CHARS,
    MAX_CODE_CHARS, MAX_LESSONS_PER_PACK, MAX_MESSAGE_CHARS, MAX_PACKS,
};
pub use csv::{csv_cell, csv_row};
pub use day::{date_of_day, day_of_date};
pub use qr::{QUIET_ZONE, QrSvg, QrTooLong, qr_svg};
pub use receipt::{MAX_NAME_CHARS, PackReport, Receipt, ReceiptIssue, SharedField};
pub use receipt_code::{
    MAX_RECEIPT_SYMBOLS, RECEIPT_MARKER, RECEIPT_VERSION, ReceiptError, ReceiptFile,
};
pub use roster::{
    Class, ClassAdded, CsvLabels, ImportOutcome, Imported, Roster, SortKey, SortOrder,
};
pub use roster_slots::{RosterLoad, RosterSaveError, RosterStore};
pub use roster_store::{
    DecodedRoster, ROSTER_FORMAT, ROSTER_VERSION, RosterDecodeError, decode_roster, encode_roster,
};
