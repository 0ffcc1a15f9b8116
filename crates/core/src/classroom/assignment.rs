//! What a teacher hands a class: packs (and optionally some of their lessons), a class name, a due
//! date and a short message, carried by a link `#/assign/<code>` and its QR code.
//!
//! # The code
//!
//! The code is base64url (no padding) of these bytes:
//!
//! | bytes | what |
//! | --- | --- |
//! | 1 | format version (1) |
//! | 1–5 | length of the body, LEB128 |
//! | body | see below |
//! | 4 | checksum: the low 32 bits of FNV-1a 64 over everything before it |
//!
//! The version, the length and the checksum are laid out the same in every version, so any app
//! tells a cut link (`Truncated`), a changed one (`ChecksumMismatch`) and one from a newer app
//! (`NewerVersion`) apart. Version 1's body: a flag byte (bit 0 due date, bit 1 message, bit 2
//! catalog), then the class name, the due date as a LEB128 day number (days since 1970-01-01), the
//! message, the catalog URL (each present only when flagged), the number of packs, and per pack its
//! id, its number of lessons and their ids. Texts are a LEB128 byte length and UTF-8; counts are
//! LEB128.
//!
//! A class "German A1 Tuesday" with two packs, two lessons named, a due date and a 38-character
//! message makes a code of 147 characters; a link with it makes a QR code of version 10 or so.

use std::fmt;
use std::str::FromStr;

use super::base32;
use super::day::{date_of_day, day_of_date};
use crate::base64url;
use crate::pack::Date;
use crate::progress::fnv1a64;
use crate::route::{Route, is_pack_id};

/// The format version this app writes; it reads every version up to this one.
pub const ASSIGNMENT_VERSION: u8 = 1;
/// The longest class name, in characters.
pub const MAX_CLASS_NAME_CHARS: usize = 60;
/// The longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 280;
/// The most packs in one assignment.
pub const MAX_PACKS: usize = 12;
/// The most lessons named for one pack.
pub const MAX_LESSONS_PER_PACK: usize = 40;
/// The longest catalog URL, in bytes.
pub const MAX_CATALOG_URL_BYTES: usize = 200;
/// The longest code, in characters, so that the link's QR code stays readable by a cheap phone.
pub const MAX_CODE_CHARS: usize = 1200;

/// One pack of an assignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AssignedPack {
    /// The pack's id (checked with [`is_pack_id`]).
    pub pack: String,
    /// The lessons to do, by id; empty means the whole pack.
    pub lessons: Vec<String>,
}

impl AssignedPack {
    /// The whole pack.
    pub fn whole(pack: impl Into<String>) -> Self {
        Self {
            pack: pack.into(),
            lessons: Vec::new(),
        }
    }

    /// Some lessons of the pack.
    pub fn lessons(
        pack: impl Into<String>,
        lessons: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            pack: pack.into(),
            lessons: lessons.into_iter().map(Into::into).collect(),
        }
    }
}

/// What a teacher hands a class.
///
/// Build it from the teacher's form, [`check`](Self::check) it to show every problem at once, then
/// [`to_code`](Self::to_code) or [`route`](Self::route) for the link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Assignment {
    /// Shown to the learner and naming the class in the teacher's overview; not empty.
    pub class_name: String,
    pub due: Option<Date>,
    /// A short message from the teacher; empty for none. Line breaks are allowed.
    pub message: String,
    /// In the order the teacher chose; receipts report on them in this order.
    pub packs: Vec<AssignedPack>,
    /// The catalog the packs come from (`https://…/packs/index.json`); `None` for this site's own.
    pub catalog: Option<String>,
}

/// A short name for an assignment, derived from its content: the same assignment always has the
/// same id, wherever it was made. 30 bits, written as 6 Crockford base32 characters (`3F9K2Q`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AssignmentId(u32);

/// Which field of the teacher's form a problem is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssignmentField {
    ClassName,
    Message,
    Packs,
    /// The lessons of the pack at this position in [`Assignment::packs`].
    Lessons(usize),
    Catalog,
}

/// A problem with an assignment's content, for the teacher's form (or in a code that breaks the
/// limits, which only a foreign or buggy writer makes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentIssue {
    #[error("the class name is empty")]
    ClassNameEmpty,
    #[error("{field:?} is longer than {max}")]
    TooLong { field: AssignmentField, max: usize },
    /// A control character (a line break in the class name, say).
    #[error("{0:?} holds a control character")]
    ControlCharacter(AssignmentField),
    #[error("no pack is assigned")]
    NoPacks,
    #[error("more than {max} packs")]
    TooManyPacks { max: usize },
    #[error("`{0}` is not a pack id")]
    BadPackId(String),
    #[error("pack `{0}` is assigned twice")]
    DuplicatePack(String),
    #[error("more than {max} lessons of pack `{pack}`")]
    TooManyLessons { pack: String, max: usize },
    #[error("`{lesson}` is not a lesson id (pack `{pack}`)")]
    BadLessonId { pack: String, lesson: String },
    #[error("lesson `{lesson}` of pack `{pack}` is named twice")]
    DuplicateLesson { pack: String, lesson: String },
    /// Not an `http://` or `https://` URL without spaces.
    #[error("the catalog is not a web address")]
    BadCatalogUrl,
    /// Everything is within its limits, but together too long for a readable QR code.
    #[error("the code would be {length} characters, over {max}")]
    CodeTooLong { length: usize, max: usize },
}

/// Why an assignment code could not be read. The UI words each for the learner; the text here is
/// for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentError {
    /// Nothing there (a link cut right after `#/assign/`).
    #[error("no assignment code")]
    Empty,
    /// Longer than any code this app makes.
    #[error("the code has {length} characters, over {max}")]
    TooLong { length: usize, max: usize },
    /// Cut short (copied in part, or a chat app broke the link).
    #[error("the code is cut short")]
    Truncated,
    /// Changed after it was made (a character mistyped or altered).
    #[error("the code was changed or damaged")]
    ChecksumMismatch,
    /// Made by a newer app: the learner should update.
    #[error("assignment format {found} is newer than this app reads ({supported})")]
    NewerVersion { found: u8, supported: u8 },
    /// Not an assignment code, or one that makes no sense: the text says where.
    #[error("not an assignment code: {0}")]
    Malformed(String),
    /// A well-formed code whose content breaks the limits.
    #[error("the assignment breaks the limits: {0:?}")]
    Invalid(Vec<AssignmentIssue>),
}

impl Assignment {
    /// Every problem with the content, or `Ok` when it can be encoded.
    pub fn check(&self) -> Result<(), Vec<AssignmentIssue>> {
        let mut issues = self.content_issues();
        if issues.is_empty() {
            let length = base64url::encode(&self.to_bytes()).len();
            if length > MAX_CODE_CHARS {
                issues.push(AssignmentIssue::CodeTooLong {
                    length,
                    max: MAX_CODE_CHARS,
                });
            }
        }
        if issues.is_empty() {
            Ok(())
        } else {
            Err(issues)
        }
    }

    /// The code for the link (`#/assign/<code>`), or every problem that prevents it.
    pub fn to_code(&self) -> Result<String, Vec<AssignmentIssue>> {
        self.check()?;
        Ok(base64url::encode(&self.to_bytes()))
    }

    /// The learner's screen for this assignment; its `fragment()` is the part of the link after
    /// the site's address (`#/assign/<code>`).
    pub fn route(&self) -> Result<Route, Vec<AssignmentIssue>> {
        self.to_code().map(Route::Assign)
    }

    /// Reads a code, or a whole link holding one (`https://…/#/assign/<code>`). White space
    /// anywhere (a chat app's line breaks) and punctuation after it (`… <link>.`) are ignored.
    pub fn from_code(text: &str) -> Result<Self, AssignmentError> {
        let joined: String = text.split_whitespace().collect();
        let mut code = joined.as_str();
        if let Some((_, after)) = code.rsplit_once("#/assign/") {
            code = after;
        }
        let code =
            code.trim_end_matches(['/', '.', ',', ';', ':', '!', '?', ')', ']', '>', '"', '\'']);
        if code.is_empty() {
            return Err(AssignmentError::Empty);
        }
        if code.len() > MAX_CODE_CHARS {
            return Err(AssignmentError::TooLong {
                length: code.chars().count(),
                max: MAX_CODE_CHARS,
            });
        }
        let decoded = base64url::decode(code).map_err(|bad| {
            AssignmentError::Malformed(format!("character {} is not of a code", bad.0 + 1))
        })?;
        let body = open_envelope(&decoded.bytes, decoded.exact)?;
        let assignment = read_body(body)
            .ok_or_else(|| AssignmentError::Malformed("the content makes no sense".to_owned()))?;
        assignment.check().map_err(AssignmentError::Invalid)?;
        Ok(assignment)
    }

    /// This assignment's id, the same for the same content.
    pub fn id(&self) -> AssignmentId {
        AssignmentId((fnv1a64(&self.body()) & u64::from(AssignmentId::MAX)) as u32)
    }

    /// Whether the due date has passed on `today` (the learner's local day number, as
    /// `Timestamp::local_day` counts them); never without a due date. Due today is not overdue.
    pub fn is_overdue(&self, today: i64) -> bool {
        self.due.is_some_and(|due| day_of_date(due) < today)
    }

    /// The pack at `position` in [`packs`](Self::packs), for naming a receipt's or a table's
    /// columns.
    pub fn pack_at(&self, position: usize) -> Option<&AssignedPack> {
        self.packs.get(position)
    }

    fn content_issues(&self) -> Vec<AssignmentIssue> {
        let mut issues = Vec::new();
        if self.class_name.trim().is_empty() {
            issues.push(AssignmentIssue::ClassNameEmpty);
        }
        check_text(
            &mut issues,
            &self.class_name,
            AssignmentField::ClassName,
            MAX_CLASS_NAME_CHARS,
            false,
        );
        check_text(
            &mut issues,
            &self.message,
            AssignmentField::Message,
            MAX_MESSAGE_CHARS,
            true,
        );
        if self.packs.is_empty() {
            issues.push(AssignmentIssue::NoPacks);
        }
        if self.packs.len() > MAX_PACKS {
            issues.push(AssignmentIssue::TooManyPacks { max: MAX_PACKS });
        }
        for (position, assigned) in self.packs.iter().enumerate() {
            if !is_pack_id(&assigned.pack) {
                issues.push(AssignmentIssue::BadPackId(assigned.pack.clone()));
            }
            if self.packs[..position]
                .iter()
                .any(|earlier| earlier.pack == assigned.pack)
            {
                issues.push(AssignmentIssue::DuplicatePack(assigned.pack.clone()));
            }
            if assigned.lessons.len() > MAX_LESSONS_PER_PACK {
                issues.push(AssignmentIssue::TooManyLessons {
                    pack: assigned.pack.clone(),
                    max: MAX_LESSONS_PER_PACK,
                });
            }
            for (index, lesson) in assigned.lessons.iter().enumerate() {
                let pack = assigned.pack.clone();
                if !is_pack_id(lesson) {
                    let lesson = lesson.clone();
                    issues.push(AssignmentIssue::BadLessonId { pack, lesson });
                } else if assigned.lessons[..index].contains(lesson) {
                    let lesson = lesson.clone();
                    issues.push(AssignmentIssue::DuplicateLesson { pack, lesson });
                }
            }
        }
        if let Some(url) = &self.catalog {
            if url.len() > MAX_CATALOG_URL_BYTES {
                issues.push(AssignmentIssue::TooLong {
                    field: AssignmentField::Catalog,
                    max: MAX_CATALOG_URL_BYTES,
                });
            }
            if !is_web_address(url) {
                issues.push(AssignmentIssue::BadCatalogUrl);
            }
        }
        issues
    }

    /// The body of the code (see the module's documentation).
    fn body(&self) -> Vec<u8> {
        let mut body = Vec::new();
        let flags = u8::from(self.due.is_some())
            | (u8::from(!self.message.is_empty()) << 1)
            | (u8::from(self.catalog.is_some()) << 2);
        body.push(flags);
        put_text(&mut body, &self.class_name);
        if let Some(due) = self.due {
            put_number(&mut body, u64::try_from(day_of_date(due)).unwrap_or(0));
        }
        if !self.message.is_empty() {
            put_text(&mut body, &self.message);
        }
        if let Some(url) = &self.catalog {
            put_text(&mut body, url);
        }
        put_number(&mut body, self.packs.len() as u64);
        for assigned in &self.packs {
            put_text(&mut body, &assigned.pack);
            put_number(&mut body, assigned.lessons.len() as u64);
            for lesson in &assigned.lessons {
                put_text(&mut body, lesson);
            }
        }
        body
    }

    /// The whole code's bytes: version, length, body, checksum.
    fn to_bytes(&self) -> Vec<u8> {
        let body = self.body();
        let mut bytes = vec![ASSIGNMENT_VERSION];
        put_number(&mut bytes, body.len() as u64);
        bytes.extend_from_slice(&body);
        let checksum = checksum(&bytes);
        bytes.extend_from_slice(&checksum);
        bytes
    }
}

impl AssignmentId {
    /// The largest id (30 bits).
    const MAX: u32 = (1 << 30) - 1;

    /// The id as a number, below 2³⁰.
    pub fn value(self) -> u32 {
        self.0
    }

    /// The id of a number, if below 2³⁰.
    pub fn from_value(value: u32) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }
}

impl fmt::Display for AssignmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for shift in (0..6).rev() {
            let value = ((self.0 >> (5 * shift)) & 31) as u8;
            write!(f, "{}", base32::symbol(value))?;
        }
        Ok(())
    }
}

/// The text is not an assignment id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an assignment id")]
pub struct AssignmentIdError(pub String);

impl FromStr for AssignmentId {
    type Err = AssignmentIdError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || AssignmentIdError(text.to_owned());
        if text.chars().count() != 6 {
            return Err(error());
        }
        text.chars().try_fold(Self(0), |id, c| {
            let value = base32::value(c).ok_or_else(error)?;
            Ok(Self((id.0 << 5) | u32::from(value)))
        })
    }
}

impl serde::Serialize for AssignmentId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for AssignmentId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn check_text(
    issues: &mut Vec<AssignmentIssue>,
    text: &str,
    field: AssignmentField,
    max: usize,
    line_breaks: bool,
) {
    if text.chars().count() > max {
        issues.push(AssignmentIssue::TooLong {
            field: field.clone(),
            max,
        });
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(line_breaks && c == '\n'))
    {
        issues.push(AssignmentIssue::ControlCharacter(field));
    }
}

fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && rest
                .bytes()
                .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'\\'))
    })
}

fn checksum(bytes: &[u8]) -> [u8; 4] {
    ((fnv1a64(bytes) & 0xffff_ffff) as u32).to_be_bytes()
}

/// Checks the envelope shared by every version and gives the body.
fn open_envelope(bytes: &[u8], exact: bool) -> Result<&[u8], AssignmentError> {
    let mut reader = Reader { bytes, position: 0 };
    let version = reader.byte().ok_or(AssignmentError::Truncated)?;
    let length = reader.number().ok_or(AssignmentError::Truncated)?;
    let header = reader.position;
    let body_end = usize::try_from(length)
        .ok()
        .and_then(|length| header.checked_add(length))
        .ok_or_else(|| AssignmentError::Malformed("impossible length".to_owned()))?;
    let end = body_end.saturating_add(4);
    if bytes.len() < end {
        return Err(AssignmentError::Truncated);
    }
    if bytes.len() > end {
        return Err(AssignmentError::Malformed(
            "something follows the code".to_owned(),
        ));
    }
    let (content, stored) = bytes.split_at(body_end);
    if !exact || checksum(content) != stored {
        return Err(AssignmentError::ChecksumMismatch);
    }
    if version > ASSIGNMENT_VERSION {
        return Err(AssignmentError::NewerVersion {
            found: version,
            supported: ASSIGNMENT_VERSION,
        });
    }
    if version == 0 {
        return Err(AssignmentError::Malformed("version 0".to_owned()));
    }
    Ok(content.get(header..).unwrap_or_default())
}

/// Reads version 1's body; `None` when it is not one.
fn read_body(body: &[u8]) -> Option<Assignment> {
    let mut reader = Reader {
        bytes: body,
        position: 0,
    };
    let flags = reader.byte()?;
    if flags & !0b111 != 0 {
        return None;
    }
    let class_name = reader.text()?;
    let due = if flags & 1 != 0 {
        Some(date_of_day(i64::try_from(reader.number()?).ok()?)?)
    } else {
        None
    };
    let message = if flags & 2 != 0 {
        Some(reader.text()?).filter(|message| !message.is_empty())?
    } else {
        String::new()
    };
    let catalog = if flags & 4 != 0 {
        Some(reader.text()?)
    } else {
        None
    };
    let pack_count = reader.count(MAX_PACKS)?;
    let mut packs = Vec::with_capacity(pack_count);
    for _ in 0..pack_count {
        let pack = reader.text()?;
        let lesson_count = reader.count(MAX_LESSONS_PER_PACK)?;
        let lessons = (0..lesson_count)
            .map(|_| reader.text())
            .collect::<Option<Vec<_>>>()?;
        packs.push(AssignedPack { pack, lessons });
    }
    if reader.position != body.len() {
        return None;
    }
    Some(Assignment {
        class_name,
        due,
        message,
        packs,
        catalog,
    })
}

fn put_number(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_number(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.position)?;
        self.position += 1;
        Some(byte)
    }

    /// A LEB128 number of at most 5 bytes.
    fn number(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for index in 0..5 {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << (7 * index);
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A count no larger than `max` (larger ones are refused before anything is allocated).
    fn count(&mut self, max: usize) -> Option<usize> {
        usize::try_from(self.number()?)
            .ok()
            .filter(|&count| count <= max)
    }

    fn text(&mut self) -> Option<String> {
        let length = usize::try_from(self.number()?).ok()?;
        let end = self.position.checked_add(length)?;
        let bytes = self.bytes.get(self.position..end)?;
        self.position = end;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

#[cfg(test)]
mod tests;
