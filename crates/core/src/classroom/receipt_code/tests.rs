//! Receipt codes: round trips, length, typing errors, chat text around them, every error kind.

use proptest::prelude::*;

use super::*;

const MADE: Timestamp = Timestamp(1_772_323_200); // 2026-03-01 00:00 UTC

fn receipt(name: &str, packs: Vec<PackReport>) -> Receipt {
    Receipt {
        assignment: AssignmentId::from_value(0x2345_6789).unwrap_or_else(|| panic!("an id")),
        learner: name.to_owned(),
        made_at: MADE,
        packs,
    }
}

fn one_pack() -> Receipt {
    receipt(
        "Amina K.",
        vec![PackReport {
            lessons_done: 3,
            lessons_of: 5,
            accuracy: Some(87),
            last_activity: Some(utc_day(MADE) - 2),
        }],
    )
}

/// A code made of `data` symbols with a good length and checksum.
fn sealed(data: &[u8]) -> String {
    let mut symbols = vec![(data.len() >> 5) as u8, (data.len() & 31) as u8];
    symbols.extend_from_slice(data);
    let check = base32::check_symbols(&symbols);
    symbols.extend(check);
    let code: String = symbols.into_iter().map(base32::symbol).collect();
    format!("{RECEIPT_MARKER}-{code}")
}

/// The data symbols of `bits`, written by `write`.
fn data(write: impl FnOnce(&mut BitWriter)) -> Vec<u8> {
    let mut bits = BitWriter::default();
    write(&mut bits);
    bits.into_symbols()
}

#[test]
fn a_code_reads_back_as_the_same_receipt() {
    let arabic = receipt(
        "محمد أحمد",
        vec![
            PackReport {
                lessons_done: 0,
                lessons_of: 0,
                accuracy: None,
                last_activity: None,
            },
            PackReport {
                lessons_done: 12,
                lessons_of: 40,
                accuracy: Some(100),
                last_activity: Some(utc_day(MADE) - 400),
            },
        ],
    );
    for receipt in [one_pack(), arabic] {
        let code = receipt.to_code();
        assert_eq!(Receipt::from_text(&code), Ok(receipt.clone()), "{code}");
        let file = receipt.to_file();
        assert_eq!(Receipt::from_text(&file.text), Ok(receipt));
    }
}

#[test]
fn the_code_is_short_and_grouped() {
    let code = one_pack().to_code();
    assert!(code.starts_with("PSG-"), "{code}");
    assert_eq!(code.len(), 43, "{code}");
    let groups: Vec<&str> = code.split('-').collect();
    assert_eq!(groups.len(), 9);
    assert!(groups[1..].iter().all(|group| group.len() <= 4));
    assert!(
        code.chars()
            .all(|c| c == '-' || (c.is_ascii_digit() || c.is_ascii_uppercase()))
    );
    assert!(!code.contains(['I', 'L', 'O', 'U']));
}

#[test]
fn codes_are_found_in_chat_text() {
    let receipt = one_pack();
    let code = receipt.to_code();
    let spaced = code.replace('-', " ");
    let lower = code.to_lowercase();
    let broken = code.replacen('-', "\n", 4);
    let bare = code.trim_start_matches("PSG-").to_owned();
    let confusable = code.replace('1', "l").replace('0', "o");
    let cases = [
        code.clone(),
        format!("Here is my receipt: {code} thanks!"),
        format!("Here is my receipt:\n{spaced}\nthanks, see you"),
        format!("{lower}."),
        broken,
        format!("  {bare}  "),
        confusable,
        format!("\u{200f}{code}\u{200f}"),
        code.replace('-', "\u{2013}"),
        format!("PSG won yesterday! {code}"),
    ];
    for text in cases {
        assert_eq!(Receipt::from_text(&text), Ok(receipt.clone()), "{text:?}");
    }
}

#[test]
fn several_codes_in_one_text() {
    let first = one_pack();
    let second = receipt("Li Wei", one_pack().packs);
    let text = format!(
        "PSG won! {}\nand {}\nand {}",
        first.to_code(),
        &second.to_code()[..20],
        second.to_code()
    );
    let found = Receipt::find_all(&text);
    assert_eq!(found.len(), 3);
    assert_eq!(found[0], Ok(first));
    // The cut code runs on into the next words ("and PSG…"), so it does not check.
    assert!(found[1].is_err());
    assert_eq!(found[2], Ok(second));
    assert_eq!(Receipt::find_all("nothing here"), vec![]);
}

#[test]
fn a_wrong_character_or_a_swapped_pair_is_caught() {
    let code = one_pack().to_code();
    let symbols: Vec<(usize, char)> = code
        .char_indices()
        .skip(4)
        .filter(|&(_, c)| c != '-')
        .collect();
    for &(at, c) in &symbols {
        for other in base32::ALPHABET.iter().map(|&b| char::from(b)) {
            if other == c {
                continue;
            }
            let mut changed = code.clone();
            changed.replace_range(at..at + 1, &other.to_string());
            assert!(Receipt::from_text(&changed).is_err(), "{changed}");
        }
    }
    for pair in symbols.windows(2) {
        let [(a, ca), (b, cb)] = [pair[0], pair[1]];
        if ca == cb {
            continue;
        }
        let mut swapped = code.clone();
        swapped.replace_range(a..a + 1, &cb.to_string());
        swapped.replace_range(b..b + 1, &ca.to_string());
        assert!(Receipt::from_text(&swapped).is_err(), "{swapped}");
    }
}

#[test]
fn every_error_kind() {
    let code = one_pack().to_code();
    let newer = sealed(&data(|bits| bits.fixed(2, 4)));
    let version_0 = sealed(&data(|bits| bits.fixed(0, 4)));
    let too_many_packs = sealed(&data(|bits| {
        bits.fixed(1, 4);
        bits.fixed(1, 30);
        bits.fixed(1, 26);
        bits.flag(true);
        bits.small(1, 4);
        bits.fixed(0, 6);
        bits.small(13, 3);
    }));
    let done_over_of = sealed(&data(|bits| {
        bits.fixed(1, 4);
        bits.fixed(1, 30);
        bits.fixed(1, 26);
        bits.flag(true);
        bits.small(1, 4);
        bits.fixed(0, 6);
        bits.small(1, 3);
        bits.small(3, 3);
        bits.small(2, 3);
        bits.flag(false);
        bits.flag(false);
    }));
    let mut with_extra = data(|bits| {
        bits.fixed(1, 4);
        bits.fixed(1, 30);
        bits.fixed(1, 26);
        bits.flag(true);
        bits.small(1, 4);
        bits.fixed(0, 6);
        bits.small(1, 3);
        bits.small(0, 3);
        bits.small(0, 3);
        bits.flag(false);
        bits.flag(false);
    });
    assert!(Receipt::from_text(&sealed(&with_extra)).is_ok());
    with_extra.push(0);
    let extra = sealed(&with_extra);
    let bad_name = sealed(&data(|bits| {
        bits.fixed(1, 4);
        bits.fixed(1, 30);
        bits.fixed(1, 26);
        bits.flag(true);
        bits.small(2, 4);
        bits.fixed(52, 6); // a space first: not a name as kept
        bits.fixed(0, 6);
    }));
    let cases = [
        ("", ReceiptError::NotFound),
        ("hello, how are you?", ReceiptError::NotFound),
        ("PSG!", ReceiptError::NotFound),
        (
            "PSG-ZZ",
            ReceiptError::TooLong {
                length: 1023,
                max: MAX_RECEIPT_SYMBOLS,
            },
        ),
        (&code[..code.len() - 1], ReceiptError::Truncated),
        (&code[..12], ReceiptError::Truncated),
        ("PSG-0", ReceiptError::Truncated),
        (
            &format!("{}U{}", &code[..20], &code[21..]),
            ReceiptError::Truncated,
        ),
        (
            &format!(
                "{}{}{}",
                &code[..20],
                if &code[20..21] == "7" { "8" } else { "7" },
                &code[21..]
            ),
            ReceiptError::ChecksumMismatch,
        ),
        (
            &newer,
            ReceiptError::NewerVersion {
                found: 2,
                supported: RECEIPT_VERSION,
            },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(Receipt::from_text(text), Err(expected), "{text:?}");
    }
    for text in [version_0, too_many_packs, done_over_of, extra, bad_name] {
        assert!(
            matches!(Receipt::from_text(&text), Err(ReceiptError::Malformed(_))),
            "{text:?}: {:?}",
            Receipt::from_text(&text)
        );
    }
}

#[test]
fn the_file_names_the_assignment_and_learner() {
    let file = one_pack().to_file();
    assert_eq!(file.name, "passage-receipt-HMASW9-amina-k.txt");
    assert_eq!(file.mime, "text/plain");
    assert_eq!(file.text, format!("{}\n", one_pack().to_code()));
    let arabic = receipt("محمد", one_pack().packs);
    assert_eq!(arabic.to_file().name, "passage-receipt-HMASW9.txt");
}

fn receipt_strategy() -> impl Strategy<Value = Receipt> {
    let pack = (
        0u16..300,
        0u16..300,
        proptest::option::of(0u8..=100),
        proptest::option::of(0i64..=MAX_DAYS_BACK),
    )
        .prop_map(|(a, b, accuracy, back)| PackReport {
            lessons_done: a.min(b),
            lessons_of: a.max(b),
            accuracy,
            last_activity: back.map(|back| utc_day(MADE) - back),
        });
    (
        0u32..(1 << 30),
        0i64..=MAX_MINUTES,
        "[^\\p{C}\\s]{1,10}( [^\\p{C}\\s]{1,10})?",
        proptest::collection::vec(pack, 1..=MAX_PACKS),
    )
        .prop_map(|(id, minutes, learner, packs)| Receipt {
            assignment: AssignmentId::from_value(id).unwrap_or_else(|| panic!("id")),
            learner,
            made_at: Timestamp(EPOCH.0 + minutes * 60),
            packs,
        })
        .prop_filter("a name as kept", |receipt| {
            check_name(&receipt.learner).as_ref() == Ok(&receipt.learner)
        })
        .prop_map(|mut receipt| {
            let made_day = utc_day(receipt.made_at);
            for pack in &mut receipt.packs {
                pack.last_activity = pack
                    .last_activity
                    .map(|day| made_day - (utc_day(MADE) - day));
            }
            receipt
        })
}

proptest! {
    #[test]
    fn codes_round_trip(receipt in receipt_strategy()) {
        prop_assert_eq!(Receipt::from_text(&receipt.to_code()), Ok(receipt));
    }

    #[test]
    fn reading_anything_never_panics(text in "\\PC{0,200}") {
        let _ = Receipt::from_text(&text);
        let _ = Receipt::find_all(&text);
    }

    #[test]
    fn reading_any_symbols_never_panics(symbols in proptest::collection::vec(0u8..32, 0..200)) {
        let text: String = symbols.iter().map(|&s| base32::symbol(s)).collect();
        let _ = Receipt::from_text(&text);
        let _ = Receipt::from_text(&sealed(&symbols));
    }
}
