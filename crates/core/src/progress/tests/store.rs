//! The store under every fault: crashes, damage, full and blocked storage, newer data.

use serde_json::json;

use super::support::{ok, sample};
use crate::progress::checksum::document_checksum;
use crate::progress::{
    DecodeError, FaultySlots, ItemKey, ItemProgress, LoadProblem, LoadReport, MemorySlots,
    Progress, ProgressSlots, ProgressStore, SaveError, Slot, StorageError, encode,
};
use crate::schedule::Timestamp;

/// `sample()` with one more item, so that each generation holds different progress.
fn progress(generation: u32) -> Progress {
    let mut progress = sample();
    for index in 0..generation {
        progress.items.insert(
            ItemKey::new("de-a1", format!("extra-{index}")),
            ItemProgress::new(Timestamp(i64::from(index))),
        );
    }
    progress
}

/// Slots after saving generations 1 (slot A) and 2 (slot B).
fn two_saves() -> FaultySlots {
    let (mut store, _) = ProgressStore::open(FaultySlots::default());
    ok(store.save(&progress(1), Timestamp(100)));
    ok(store.save(&progress(2), Timestamp(200)));
    store.into_slots()
}

fn reopen(slots: FaultySlots) -> (ProgressStore<FaultySlots>, LoadReport) {
    ProgressStore::open(slots)
}

fn text(slots: &FaultySlots, slot: Slot) -> Option<String> {
    slots.inner.get(slot).map(str::to_owned)
}

#[test]
fn saves_alternate_between_the_slots() {
    let (mut store, report) = ProgressStore::open(MemorySlots::default());
    assert_eq!(report.progress, Progress::default());
    assert_eq!((report.loaded, report.next_generation), (None, 1));
    assert!(report.problems.is_empty());
    let slots: Vec<(Slot, u64)> = (1..=3)
        .map(|generation| {
            let saved = ok(store.save(&progress(generation), Timestamp(generation.into())));
            (saved.slot, saved.generation)
        })
        .collect();
    assert_eq!(slots, [(Slot::A, 1), (Slot::B, 2), (Slot::A, 3)]);

    let (_, report) = ProgressStore::open(store.into_slots());
    assert_eq!(report.progress, progress(3));
    let loaded = report.loaded.unwrap_or_else(|| panic!("loaded"));
    assert_eq!((loaded.slot, loaded.generation), (Slot::A, 3));
    assert_eq!(report.next_generation, 4);
    assert!(report.problems.is_empty());
}

#[test]
fn a_crash_mid_write_keeps_the_previous_generation() {
    let mut slots = two_saves();
    slots.crash_next_write = true;
    let (mut store, _) = reopen(slots);
    let crashed = store.save(&progress(3), Timestamp(300));
    assert!(matches!(
        crashed,
        Err(SaveError::Storage(StorageError::Other(_)))
    ));
    let slots = store.into_slots();
    let half = text(&slots, Slot::A).unwrap_or_default();

    let (mut store, report) = reopen(slots);
    assert_eq!(report.progress, progress(2));
    assert_eq!(
        report.loaded.map(|l| (l.slot, l.generation)),
        Some((Slot::B, 2))
    );
    assert!(matches!(
        report.problems.as_slice(),
        [LoadProblem::Damaged { slot: Slot::A, error: DecodeError::Malformed(_), raw, set_aside_error: None }]
            if *raw == half
    ));
    assert_eq!(store.slots().inner.set_aside_copies(), [half]);
    // The next save takes the damaged slot, now set aside, and keeps generation 2.
    assert_eq!(ok(store.save(&progress(3), Timestamp(400))).slot, Slot::A);
    assert_eq!(reopen(store.into_slots()).1.progress, progress(3));
}

#[test]
fn a_damaged_slot_is_set_aside_byte_for_byte_and_the_other_loaded() {
    let mut slots = two_saves();
    slots.corrupt(Slot::A);
    let damaged = text(&slots, Slot::A).unwrap_or_default();
    // Damage the newer one too, in a second case.
    let mut newer_damaged = two_saves();
    newer_damaged.corrupt(Slot::B);

    let (store, report) = reopen(slots);
    assert_eq!(report.progress, progress(2));
    assert_eq!(report.problems.len(), 1);
    assert!(
        matches!(&report.problems[..], [LoadProblem::Damaged { slot: Slot::A, raw, set_aside_error: None, .. }] if *raw == damaged)
    );
    assert_eq!(store.slots().inner.set_aside_copies(), [damaged]);

    let (mut store, report) = reopen(newer_damaged);
    assert_eq!(report.progress, progress(1));
    assert_eq!(report.loaded.map(|l| l.slot), Some(Slot::A));
    assert_eq!(report.next_generation, 2);
    assert_eq!(ok(store.save(&progress(5), Timestamp(500))).slot, Slot::B);
}

#[test]
fn both_damaged_starts_empty_and_keeps_both() {
    let mut slots = two_saves();
    slots.corrupt(Slot::A);
    slots.corrupt(Slot::B);
    let damaged = [text(&slots, Slot::A), text(&slots, Slot::B)].map(Option::unwrap_or_default);
    let (mut store, report) = reopen(slots);
    assert_eq!(report.progress, Progress::default());
    assert_eq!(report.loaded, None);
    let raws: Vec<&str> = report
        .problems
        .iter()
        .filter_map(|problem| match problem {
            LoadProblem::Damaged {
                raw,
                set_aside_error: None,
                ..
            } => Some(raw.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(raws, damaged);
    assert_eq!(store.slots().inner.set_aside_copies(), damaged);
    // Studying goes on, and is saved.
    assert_eq!(ok(store.save(&progress(1), Timestamp(9))).slot, Slot::A);
}

#[test]
fn a_slot_that_cannot_be_set_aside_is_never_written() {
    let mut slots = two_saves();
    slots.corrupt(Slot::A);
    slots.set_aside_error = Some(StorageError::QuotaExceeded);
    let damaged = text(&slots, Slot::A);
    let (mut store, report) = reopen(slots);
    assert!(matches!(
        &report.problems[..],
        [LoadProblem::Damaged {
            slot: Slot::A,
            set_aside_error: Some(StorageError::QuotaExceeded),
            ..
        }]
    ));
    // The newest good copy is in B, so A would be next: it is skipped for B.
    let saved = ok(store.save(&progress(3), Timestamp(300)));
    assert_eq!((saved.slot, saved.generation), (Slot::B, 3));
    assert_eq!(text(store.slots(), Slot::A), damaged);

    // Once setting aside works again, the slot is set aside and used again.
    store.slots_mut().set_aside_error = None;
    let saved = ok(store.save(&progress(4), Timestamp(400)));
    assert_eq!(saved.slot, Slot::A);
    assert_eq!(store.slots().inner.set_aside_copies().len(), 1);
}

#[test]
fn both_damaged_and_no_room_to_set_aside_writes_nothing() {
    let mut slots = two_saves();
    slots.corrupt(Slot::A);
    slots.corrupt(Slot::B);
    slots.set_aside_error = Some(StorageError::QuotaExceeded);
    let before = slots.inner.clone();
    let (mut store, report) = reopen(slots);
    assert_eq!(report.problems.len(), 2);
    assert_eq!(
        store.save(&progress(3), Timestamp(300)),
        Err(SaveError::NoSafeSlot)
    );
    assert_eq!(store.slots().inner, before);
}

#[test]
fn full_storage_keeps_what_was_saved() {
    let mut slots = two_saves();
    slots.write_error = Some(StorageError::QuotaExceeded);
    let before = slots.inner.clone();
    let (mut store, _) = reopen(slots);
    assert_eq!(
        store.save(&progress(3), Timestamp(300)),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    assert_eq!(store.slots().inner, before);
    // Room again: the next save goes through, with the next generation.
    store.slots_mut().write_error = None;
    let saved = ok(store.save(&progress(3), Timestamp(300)));
    assert_eq!((saved.slot, saved.generation), (Slot::A, 3));
    assert_eq!(reopen(store.into_slots()).1.progress, progress(3));
}

#[test]
fn blocked_storage_is_reported_and_never_written() {
    let mut slots = two_saves();
    slots.read_error = Some(StorageError::Unavailable);
    let (mut store, report) = reopen(slots);
    assert_eq!(report.progress, Progress::default());
    assert_eq!(
        report.problems,
        Slot::BOTH.map(|slot| LoadProblem::Unreadable {
            slot,
            error: StorageError::Unavailable
        })
    );
    let writes = store.slots().writes;
    assert_eq!(
        store.save(&progress(3), Timestamp(300)),
        Err(SaveError::Storage(StorageError::Unavailable))
    );
    assert_eq!(store.slots().writes, writes);
}

fn newer_document() -> String {
    let data = json!({"whatever": "version 4 holds"});
    let checksum = document_checksum(4, 9, 900, &data);
    json!({"format": "passage-progress", "version": 4, "generation": 9, "saved_at": 900,
           "checksum": checksum, "data": data})
    .to_string()
}

#[test]
fn newer_data_is_loaded_around_and_never_overwritten() {
    let mut slots = two_saves();
    slots.inner.put(Slot::B, Some(newer_document()));
    let before = slots.inner.clone();
    let (mut store, report) = reopen(slots);
    // What this app can read is shown, so the learner can still study.
    assert_eq!(report.progress, progress(1));
    assert_eq!(
        report.problems,
        [LoadProblem::NewerVersion {
            slot: Slot::B,
            found: 4,
            supported: 3
        }]
    );
    assert_eq!(
        store.save(&progress(2), Timestamp(300)),
        Err(SaveError::NewerVersionKept {
            found: 4,
            supported: 3
        })
    );
    assert_eq!(store.slots().inner, before);
    assert!(store.slots().inner.set_aside_copies().is_empty());
}

#[test]
fn a_version_1_copy_is_kept_until_the_save_after_next() {
    let v1 = include_str!("../../../tests/fixtures/progress/v1.json");
    let mut slots = MemorySlots::default();
    slots.put(Slot::A, Some(v1.to_owned()));
    let (mut store, report) = ProgressStore::open(slots);
    let loaded = report.loaded.unwrap_or_else(|| panic!("loaded"));
    assert_eq!(
        (loaded.slot, loaded.version, loaded.generation),
        (Slot::A, 1, 0)
    );
    let saved = ok(store.save(&report.progress, Timestamp(1)));
    assert_eq!((saved.slot, saved.generation), (Slot::B, 1));
    assert_eq!(store.slots().get(Slot::A), Some(v1));
}

#[test]
fn delete_all_clears_both_slots_and_the_copies_set_aside() {
    let mut slots = two_saves();
    slots.corrupt(Slot::A);
    slots.inner.put(Slot::B, Some(newer_document()));
    let (mut store, _) = reopen(slots);
    ok(store.delete_all());
    assert_eq!(store.slots().inner, MemorySlots::default());
    let (_, report) = reopen(store.into_slots());
    assert_eq!(report.progress, Progress::default());
    assert!(report.problems.is_empty());
}

#[test]
fn the_save_report_gives_the_size() {
    let (mut store, _) = ProgressStore::open(MemorySlots::default());
    let saved = ok(store.save(&sample(), Timestamp(1)));
    assert_eq!(saved.bytes, encode(&sample(), 1, Timestamp(1)).len());
    assert_eq!(
        store.slots().read(Slot::A),
        Ok(Some(encode(&sample(), 1, Timestamp(1))))
    );
}
