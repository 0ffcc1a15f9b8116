//! A receipt as a short text code to paste in a chat, read back from whatever text surrounds it.
//!
//! # The text
//!
//! `PSG-` followed by Crockford base32 symbols in groups of four: `PSG-0ZG9-W2TN-…`. Reading is
//! case-insensitive, takes `I`/`L` for `1` and `O` for `0`, ignores spaces, dashes, line breaks and
//! the invisible marks chat apps insert (bidi marks, zero-width spaces), and finds the code inside
//! other text (`Here is mine: psg-0zg9 w2tn … thanks!`). The marker can be left out when the text
//! is only the code (and at least 8 of its characters, so that a word is not taken for one).
//!
//! The symbols are: two for the number `n` of data symbols that follow (so the reader knows where
//! the code ends, whatever follows it), `n` data symbols, and two check symbols (see `base32`: a
//! wrong symbol or two swapped neighbours are always caught).
//!
//! The data bits, version 1 (numbers marked *small* are written in chunks with a "more" bit, so
//! small values take few bits):
//!
//! | bits | what |
//! | --- | --- |
//! | 4 | format version (1) |
//! | 30 | assignment id |
//! | 26 | minutes since 2024-01-01 00:00 UTC when made |
//! | 1 | name alphabet: 1 = Latin letters, space, `-`, `'`, `.` at 6 bits each; 0 = UTF-8 bytes |
//! | small (4-bit chunks) | name length in characters (Latin) or bytes (UTF-8), then the name |
//! | small (3-bit chunks) | number of packs; then per pack: |
//! | small (3) + small (3) | lessons done, out of how many |
//! | 1 (+ 7) | accuracy present, then its percent |
//! | 1 (+ small (3)) | last activity present, then how many days before the day it was made |
//!
//! A receipt for one pack under the name "Amina K." is 32 symbols, written
//! `PSG-0W33-8NKR-J12P-Y0R0-4T57-DD1B-E9ND-F83F` (43 characters); each further pack adds 3 to 6
//! symbols, and a name in another script about 1.6 symbols a byte of UTF-8.
//!
//! # The file
//!
//! [`Receipt::to_file`] gives a `.txt` file holding the code on one line (and a line break); any
//! text file holding a code reads back with [`Receipt::from_text`], so a teacher can also import a
//! chat export.

use super::assignment::{AssignmentId, MAX_PACKS};
use super::base32;
use super::bits::{BitReader, BitWriter, OutOfBits};
use super::day::utc_day;
use super::receipt::{EPOCH, MAX_DAYS_BACK, MAX_MINUTES, PackReport, Receipt, check_name};
use crate::schedule::Timestamp;

/// The format version this app writes; it reads every version up to this one.
pub const RECEIPT_VERSION: u8 = 1;
/// What a receipt code starts with, so it can be found in a chat message.
pub const RECEIPT_MARKER: &str = "PSG";
/// The most data symbols a receipt code can declare; more means it is not one.
pub const MAX_RECEIPT_SYMBOLS: usize = 600;

/// How many code characters a text without the marker needs to be taken for a code.
const MIN_BARE_SYMBOLS: usize = 8;

/// The characters of names written 6 bits each.
const LATIN: &[u8; 56] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -'.";

/// Why a receipt could not be read. The UI words each for the teacher; the text is for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    /// The text holds nothing that looks like a receipt code.
    #[error("no receipt code found")]
    NotFound,
    /// The code says it is longer than any receipt.
    #[error("the code is longer than any receipt ({length} symbols, at most {max})")]
    TooLong { length: usize, max: usize },
    /// Cut short (copied in part).
    #[error("the code is cut short")]
    Truncated,
    /// Mistyped or changed: a wrong character, two characters swapped.
    #[error("the code was mistyped or changed")]
    ChecksumMismatch,
    /// Made by a newer app.
    #[error("receipt format {found} is newer than this app reads ({supported})")]
    NewerVersion { found: u8, supported: u8 },
    /// A sound code whose content makes no sense (a foreign or buggy writer): the text says how.
    #[error("not a receipt: {0}")]
    Malformed(String),
}

/// A receipt as a file to save or share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptFile {
    /// `passage-receipt-<assignment id>-<name in ASCII>.txt`
    pub name: String,
    /// `text/plain`
    pub mime: &'static str,
    /// The code and a line break.
    pub text: String,
}

impl Receipt {
    /// The code to paste in a chat: `PSG-` and groups of four symbols.
    pub fn to_code(&self) -> String {
        let data = self.data_symbols();
        let length = u16::try_from(data.len()).unwrap_or(u16::MAX);
        let mut symbols = vec![((length >> 5) & 31) as u8, (length & 31) as u8];
        symbols.extend(data);
        let check = base32::check_symbols(&symbols);
        symbols.extend(check);
        let mut code = String::from(RECEIPT_MARKER);
        for (index, &symbol) in symbols.iter().enumerate() {
            if index % 4 == 0 {
                code.push('-');
            }
            code.push(base32::symbol(symbol));
        }
        code
    }

    /// The receipt in `text`: a code alone, or inside a chat message or file. When the text holds
    /// several codes, the first good one; when none is good, the error of the one that came
    /// closest.
    pub fn from_text(text: &str) -> Result<Self, ReceiptError> {
        let mut candidates = marker_positions(text)
            .into_iter()
            .map(|start| read_at(text, start))
            .peekable();
        if candidates.peek().is_none() {
            return read_bare(text);
        }
        let mut best: Option<ReceiptError> = None;
        for candidate in candidates {
            match candidate {
                Ok(receipt) => return Ok(receipt),
                Err(error) => {
                    if best.as_ref().is_none_or(|kept| rank(&error) > rank(kept)) {
                        best = Some(error);
                    }
                }
            }
        }
        Err(best.unwrap_or(ReceiptError::NotFound))
    }

    /// Every receipt code in `text` (several pasted at once, a chat export), each read or with
    /// why not, in the order they appear. Words that merely start with the marker are skipped.
    pub fn find_all(text: &str) -> Vec<Result<Self, ReceiptError>> {
        marker_positions(text)
            .into_iter()
            .map(|start| read_at(text, start))
            .filter(|result| {
                !matches!(
                    result,
                    Err(ReceiptError::NotFound | ReceiptError::TooLong { .. })
                )
            })
            .collect()
    }

    /// The receipt as a small text file.
    pub fn to_file(&self) -> ReceiptFile {
        let slug = self
            .learner
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-")
            .to_ascii_lowercase();
        let name = if slug.is_empty() {
            format!("passage-receipt-{}.txt", self.assignment)
        } else {
            format!("passage-receipt-{}-{slug}.txt", self.assignment)
        };
        ReceiptFile {
            name,
            mime: "text/plain",
            text: format!("{}\n", self.to_code()),
        }
    }

    fn data_symbols(&self) -> Vec<u8> {
        let mut bits = BitWriter::default();
        bits.fixed(u64::from(RECEIPT_VERSION), 4);
        bits.fixed(u64::from(self.assignment.value()), 30);
        let minutes = ((self.made_at.0 - EPOCH.0) / 60).clamp(0, MAX_MINUTES);
        bits.fixed(minutes as u64, 26);
        let latin: Option<Vec<u8>> = self.learner.chars().map(latin_index).collect();
        match latin {
            Some(indices) => {
                bits.flag(true);
                bits.small(indices.len() as u64, 4);
                for index in indices {
                    bits.fixed(u64::from(index), 6);
                }
            }
            None => {
                bits.flag(false);
                bits.small(self.learner.len() as u64, 4);
                for &byte in self.learner.as_bytes() {
                    bits.fixed(u64::from(byte), 8);
                }
            }
        }
        bits.small(self.packs.len() as u64, 3);
        let made_day = utc_day(self.made_at);
        for pack in &self.packs {
            bits.small(u64::from(pack.lessons_done), 3);
            bits.small(u64::from(pack.lessons_of), 3);
            bits.flag(pack.accuracy.is_some());
            if let Some(percent) = pack.accuracy {
                bits.fixed(u64::from(percent.min(100)), 7);
            }
            bits.flag(pack.last_activity.is_some());
            if let Some(day) = pack.last_activity {
                let back = (made_day - day).clamp(0, MAX_DAYS_BACK);
                bits.small(u64::try_from(back).unwrap_or(0), 3);
            }
        }
        bits.into_symbols()
    }
}

fn latin_index(c: char) -> Option<u8> {
    let byte = u8::try_from(c).ok()?;
    LATIN
        .iter()
        .position(|&l| l == byte)
        .and_then(|index| u8::try_from(index).ok())
}

/// How close an error came to a receipt, to report the best of several candidates.
fn rank(error: &ReceiptError) -> u8 {
    match error {
        ReceiptError::NotFound => 0,
        ReceiptError::TooLong { .. } => 1,
        ReceiptError::Truncated => 2,
        ReceiptError::ChecksumMismatch
        | ReceiptError::NewerVersion { .. }
        | ReceiptError::Malformed(_) => 3,
    }
}

/// Where the symbols after each marker start: the marker, in any case, not inside a word.
fn marker_positions(text: &str) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    let marker = RECEIPT_MARKER.to_ascii_lowercase();
    lower
        .match_indices(&marker)
        .filter(|&(at, _)| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
        .map(|(at, _)| at + marker.len())
        .collect()
}

/// Whether `c` may stand between symbols: white space, dashes, invisible marks.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '\u{2010}'..='\u{2015}' | '\u{200b}'..='\u{200f}' | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// The text is a code alone, without the marker.
fn read_bare(text: &str) -> Result<Receipt, ReceiptError> {
    let only_code = text
        .chars()
        .all(|c| is_separator(c) || base32::value(c).is_some());
    // A short word ("hello") is all code characters too: without the marker, it takes a few.
    let symbols = text.chars().filter(|&c| base32::value(c).is_some()).count();
    if !only_code || symbols < MIN_BARE_SYMBOLS {
        return Err(ReceiptError::NotFound);
    }
    read_at(text, 0)
}

/// Reads the code whose symbols start at byte `start` of `text`.
fn read_at(text: &str, start: usize) -> Result<Receipt, ReceiptError> {
    let mut chars = text.get(start..).unwrap_or_default().chars();
    let mut symbols = Vec::new();
    let mut wanted = 2;
    while symbols.len() < wanted {
        let Some(c) = chars.next() else {
            break;
        };
        if is_separator(c) {
            continue;
        }
        let Some(value) = base32::value(c) else {
            break;
        };
        symbols.push(value);
        if symbols.len() == 2 {
            let length = (usize::from(symbols[0]) << 5) | usize::from(symbols[1]);
            if length > MAX_RECEIPT_SYMBOLS {
                return Err(ReceiptError::TooLong {
                    length,
                    max: MAX_RECEIPT_SYMBOLS,
                });
            }
            wanted = 2 + length + 2;
        }
    }
    match symbols.len() {
        0 => return Err(ReceiptError::NotFound),
        n if n < wanted => return Err(ReceiptError::Truncated),
        _ => {}
    }
    if !base32::is_consistent(&symbols) {
        return Err(ReceiptError::ChecksumMismatch);
    }
    let data = symbols.get(2..symbols.len() - 2).unwrap_or_default();
    let mut bits = BitReader::from_symbols(data);
    let version = bits.fixed(4).map_err(cut)? as u8;
    if version > RECEIPT_VERSION {
        return Err(ReceiptError::NewerVersion {
            found: version,
            supported: RECEIPT_VERSION,
        });
    }
    if version == 0 {
        return Err(ReceiptError::Malformed("version 0".to_owned()));
    }
    read_v1(&mut bits)
}

fn cut(_: OutOfBits) -> ReceiptError {
    ReceiptError::Malformed("the data ends early".to_owned())
}

fn malformed(what: &str) -> ReceiptError {
    ReceiptError::Malformed(what.to_owned())
}

fn read_v1(bits: &mut BitReader) -> Result<Receipt, ReceiptError> {
    let id = u32::try_from(bits.fixed(30).map_err(cut)?).unwrap_or(u32::MAX);
    let assignment = AssignmentId::from_value(id).ok_or_else(|| malformed("assignment id"))?;
    let minutes = i64::try_from(bits.fixed(26).map_err(cut)?).unwrap_or(0);
    let made_at = Timestamp(EPOCH.0 + minutes * 60);
    let latin = bits.flag().map_err(cut)?;
    let length = bits.small(4).map_err(cut)?;
    if length > 4 * 32 {
        return Err(malformed("name too long"));
    }
    let learner = if latin {
        (0..length)
            .map(|_| {
                let index = bits.fixed(6).map_err(cut)?;
                LATIN
                    .get(usize::try_from(index).unwrap_or(usize::MAX))
                    .map(|&byte| char::from(byte))
                    .ok_or_else(|| malformed("name character"))
            })
            .collect::<Result<String, _>>()?
    } else {
        let bytes = (0..length)
            .map(|_| bits.fixed(8).map(|byte| byte as u8).map_err(cut))
            .collect::<Result<Vec<u8>, _>>()?;
        String::from_utf8(bytes).map_err(|_| malformed("name is not UTF-8"))?
    };
    if check_name(&learner).as_ref() != Ok(&learner) {
        return Err(malformed("name"));
    }
    let pack_count = bits.small(3).map_err(cut)?;
    if !(1..=MAX_PACKS as u64).contains(&pack_count) {
        return Err(malformed("number of packs"));
    }
    let made_day = utc_day(made_at);
    let mut packs = Vec::new();
    for _ in 0..pack_count {
        let count = |bits: &mut BitReader| -> Result<u16, ReceiptError> {
            u16::try_from(bits.small(3).map_err(cut)?).map_err(|_| malformed("lesson count"))
        };
        let lessons_done = count(bits)?;
        let lessons_of = count(bits)?;
        if lessons_done > lessons_of {
            return Err(malformed("more lessons done than assigned"));
        }
        let accuracy = if bits.flag().map_err(cut)? {
            let percent = bits.fixed(7).map_err(cut)? as u8;
            if percent > 100 {
                return Err(malformed("accuracy over 100 %"));
            }
            Some(percent)
        } else {
            None
        };
        let last_activity = if bits.flag().map_err(cut)? {
            let back = i64::try_from(bits.small(3).map_err(cut)?).unwrap_or(i64::MAX);
            if back > MAX_DAYS_BACK {
                return Err(malformed("last activity too long ago"));
            }
            Some(made_day - back)
        } else {
            None
        };
        packs.push(PackReport {
            lessons_done,
            lessons_of,
            accuracy,
            last_activity,
        });
    }
    if !bits.only_padding_left() {
        return Err(malformed("something follows the data"));
    }
    Ok(Receipt {
        assignment,
        learner,
        made_at,
        packs,
    })
}

#[cfg(test)]
mod tests;
