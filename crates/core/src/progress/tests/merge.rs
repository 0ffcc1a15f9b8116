//! Merging two phones' progress: nothing is lost, and merging is idempotent and commutative
//! (settings and goal aside, which come from this phone).

use proptest::prelude::*;

use super::support::{class, ok, progress, sample};
use crate::progress::{
    DailyActivity, ItemKey, ItemProgress, LearnerSettings, LessonKey, LessonProgress, Progress,
    export, import, merge,
};
use crate::schedule::Timestamp;

/// Everything but what `merge` takes from `mine`.
fn shared(progress: &Progress) -> Progress {
    Progress {
        settings: LearnerSettings::default(),
        daily: DailyActivity::from_days(0, progress.daily.days()),
        ..progress.clone()
    }
}

fn reviewed(last: i64, reviews: u32) -> ItemProgress {
    ItemProgress {
        last_review: Some(Timestamp(last)),
        reviews,
        ..ItemProgress::new(Timestamp(last + 100))
    }
}

#[test]
fn per_item_the_record_further_along_is_kept_whole() {
    let key = |id: &str| ItemKey::new("de-a1", id);
    let mut mine = Progress::default();
    let mut theirs = Progress::default();
    mine.items.insert(key("later-here"), reviewed(200, 1));
    theirs.items.insert(key("later-here"), reviewed(100, 9));
    mine.items.insert(key("tie"), reviewed(100, 2));
    theirs.items.insert(key("tie"), reviewed(100, 3));
    mine.items.insert(key("only-here"), reviewed(50, 1));
    theirs.items.insert(key("only-there"), reviewed(60, 1));
    theirs
        .items
        .insert(key("new-there"), ItemProgress::new(Timestamp(7)));

    let merged = merge(&mine, &theirs);
    assert_eq!(
        merged.items.get(&key("later-here")),
        Some(&reviewed(200, 1))
    );
    assert_eq!(merged.items.get(&key("tie")), Some(&reviewed(100, 3)));
    assert_eq!(merged.items.get(&key("only-here")), Some(&reviewed(50, 1)));
    assert_eq!(merged.items.get(&key("only-there")), Some(&reviewed(60, 1)));
    assert_eq!(merged.items.len(), 5);
}

#[test]
fn lessons_keep_the_best_of_both() {
    let key = LessonKey::new("de-a1", "greetings");
    let mut mine = Progress::default();
    let mut theirs = Progress::default();
    mine.lessons.insert(
        key.clone(),
        LessonProgress {
            completions: 3,
            last_completed: Some(Timestamp(100)),
            best_score: Some(70),
            position: 4,
            last_opened: Some(Timestamp(300)),
        },
    );
    theirs.lessons.insert(
        key.clone(),
        LessonProgress {
            completions: 1,
            last_completed: Some(Timestamp(200)),
            best_score: Some(90),
            position: 8,
            last_opened: Some(Timestamp(250)),
        },
    );
    let merged = merge(&mine, &theirs);
    assert_eq!(
        merged.lessons.get(&key),
        Some(&LessonProgress {
            completions: 3,
            last_completed: Some(Timestamp(200)),
            best_score: Some(90),
            position: 4,
            last_opened: Some(Timestamp(300)),
        })
    );
}

#[test]
fn days_take_the_larger_count_and_settings_stay_mine() {
    let mut mine = sample();
    mine.daily = DailyActivity::from_days(20, [(10, 5), (11, 7)]);
    let mut theirs = Progress::default();
    theirs.settings.language = Some("uk".to_owned());
    theirs.daily = DailyActivity::from_days(5, [(11, 3), (12, 9)]);
    theirs.packs.insert("us-civics".to_owned());
    let merged = merge(&mine, &theirs);
    assert_eq!(
        merged.daily.days().collect::<Vec<_>>(),
        [(10, 5), (11, 7), (12, 9)]
    );
    assert_eq!(merged.daily.goal, 20);
    assert_eq!(merged.settings, mine.settings);
    assert_eq!(merged.packs.len(), 2);
}

#[test]
fn importing_an_export_on_another_phone() {
    let old_phone = sample();
    let mut new_phone = Progress::default();
    new_phone.settings.language = Some("ar".to_owned());
    new_phone
        .items
        .insert(ItemKey::new("de-a1", "w-neu"), reviewed(1_710_000_000, 1));
    let file = export(&old_phone, Timestamp(1_710_000_000));
    let theirs = import(&file).unwrap_or_else(|error| panic!("{error}"));
    let merged = merge(&new_phone, &theirs);
    assert_eq!(merged.items.len(), 3);
    assert_eq!(merged.lessons, old_phone.lessons);
    // Importing the same file again changes nothing.
    assert_eq!(merge(&merged, &theirs), merged);
}

#[test]
fn assignments_are_united_keeping_the_earlier_acceptance() {
    let mut mine = Progress::default();
    let mut theirs = Progress::default();
    ok(mine.accept_assignment(&class("Both"), Timestamp(300)));
    ok(theirs.accept_assignment(&class("Both"), Timestamp(100)));
    ok(mine.accept_assignment(&class("Mine"), Timestamp(200)));
    ok(theirs.accept_assignment(&class("Theirs"), Timestamp(400)));
    let merged = merge(&mine, &theirs);
    let accepted: Vec<(String, Timestamp)> = merged
        .assignments
        .values()
        .map(|kept| (ok(kept.assignment()).class_name, kept.accepted_at))
        .collect();
    let mut expected = vec![
        ("Both".to_owned(), Timestamp(100)),
        ("Mine".to_owned(), Timestamp(200)),
        ("Theirs".to_owned(), Timestamp(400)),
    ];
    let mut sorted = accepted.clone();
    sorted.sort();
    expected.sort();
    assert_eq!(sorted, expected);
    assert_eq!(
        merge(&merged, &theirs),
        merged,
        "importing again changes nothing"
    );
}

proptest! {
    #[test]
    fn merging_is_idempotent(a in progress()) {
        prop_assert_eq!(merge(&a, &a), a);
    }

    #[test]
    fn merging_is_commutative_but_for_settings(a in progress(), b in progress()) {
        prop_assert_eq!(shared(&merge(&a, &b)), shared(&merge(&b, &a)));
        let merged = merge(&a, &b);
        prop_assert_eq!(&merged.settings, &a.settings);
        prop_assert_eq!(merged.daily.goal, a.daily.goal);
    }

    #[test]
    fn merging_is_associative(a in progress(), b in progress(), c in progress()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merging_loses_no_key_and_absorbs_what_it_merged(a in progress(), b in progress()) {
        let merged = merge(&a, &b);
        for key in a.items.keys().chain(b.items.keys()) {
            prop_assert!(merged.items.contains_key(key));
        }
        for key in a.lessons.keys().chain(b.lessons.keys()) {
            prop_assert!(merged.lessons.contains_key(key));
        }
        for id in a.assignments.keys().chain(b.assignments.keys()) {
            prop_assert!(merged.assignments.contains_key(id));
        }
        prop_assert_eq!(merge(&merged, &b), merged.clone());
        prop_assert_eq!(merge(&merged, &a), merged);
    }
}
