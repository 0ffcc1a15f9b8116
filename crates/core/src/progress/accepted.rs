//! The teachers' assignments a learner accepted: kept with their progress, so they are saved,
//! exported and merged with the rest, and listed on the home screen with a receipt to send back.

use std::collections::btree_map::Entry;

use super::Progress;
use crate::classroom::{Assignment, AssignmentError, AssignmentId, AssignmentIssue};
use crate::schedule::Timestamp;

/// An assignment the learner accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptedAssignment {
    /// The assignment's code as this app writes it ([`Assignment::to_code`]): the assignment is
    /// kept whole, as the teacher made it, and read back with [`Self::assignment`].
    pub code: String,
    pub accepted_at: Timestamp,
}

/// Why an assignment cannot be accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AcceptError {
    /// Its packs come from another site's catalog, which this app cannot open yet.
    #[error("the packs come from another catalog")]
    OtherCatalog,
    /// It breaks the limits (it was not read from a code).
    #[error("the assignment is not valid: {0:?}")]
    Invalid(Vec<AssignmentIssue>),
}

impl AcceptedAssignment {
    /// The assignment, read back from its code.
    pub fn assignment(&self) -> Result<Assignment, AssignmentError> {
        Assignment::from_code(&self.code)
    }
}

impl Progress {
    /// Accepts `assignment` at `now`: keeps it and adds its packs to the learner's packs. Returns
    /// `false`, changing nothing, when it was accepted before.
    pub fn accept_assignment(
        &mut self,
        assignment: &Assignment,
        now: Timestamp,
    ) -> Result<bool, AcceptError> {
        if assignment.catalog.is_some() {
            return Err(AcceptError::OtherCatalog);
        }
        let code = assignment.to_code().map_err(AcceptError::Invalid)?;
        let Entry::Vacant(entry) = self.assignments.entry(assignment.id()) else {
            return Ok(false);
        };
        entry.insert(AcceptedAssignment {
            code,
            accepted_at: now,
        });
        self.packs.extend(
            assignment
                .packs
                .iter()
                .map(|assigned| assigned.pack.clone()),
        );
        Ok(true)
    }

    /// The accepted assignment with this id, read back.
    pub fn accepted_assignment(&self, id: AssignmentId) -> Option<Assignment> {
        self.assignments.get(&id)?.assignment().ok()
    }

    /// Every accepted assignment, the next due first, those without a due date last (then in the
    /// order they were accepted). A code this app cannot read (none it wrote) is left out.
    pub fn accepted_assignments(&self) -> Vec<Assignment> {
        let order = |(assignment, at): &(Assignment, Timestamp)| {
            (assignment.due.is_none(), assignment.due, *at)
        };
        // Each put after those that come before it or tie with it, as a stable sort would (there
        // are few, and the wasm then holds no stable sort of them).
        let mut accepted: Vec<(Assignment, Timestamp)> = Vec::new();
        for kept in self.assignments.values() {
            let Ok(assignment) = kept.assignment() else {
                continue;
            };
            let entry = (assignment, kept.accepted_at);
            let key = order(&entry);
            let at = accepted.partition_point(|other| order(other) <= key);
            accepted.insert(at, entry);
        }
        accepted
            .into_iter()
            .map(|(assignment, _)| assignment)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::AssignedPack;
    use crate::pack::Date;

    fn assignment(class_name: &str, due: Option<Date>) -> Assignment {
        Assignment {
            class_name: class_name.to_owned(),
            due,
            message: String::new(),
            packs: vec![
                AssignedPack::lessons("de-a1", ["greetings"]),
                AssignedPack::whole("de-civics"),
            ],
            catalog: None,
        }
    }

    fn ok<T, E: std::fmt::Debug>(result: Result<T, E>) -> T {
        result.unwrap_or_else(|error| panic!("{error:?}"))
    }

    #[test]
    fn accepting_keeps_the_assignment_and_adds_its_packs_once() {
        let mut progress = Progress::default();
        progress.packs.insert("us-civics".to_owned());
        let tuesday = assignment("Tuesday", None);
        assert_eq!(
            progress.accept_assignment(&tuesday, Timestamp(10)),
            Ok(true)
        );
        assert_eq!(
            progress.packs.iter().collect::<Vec<_>>(),
            ["de-a1", "de-civics", "us-civics"]
        );
        assert_eq!(
            progress.accepted_assignment(tuesday.id()),
            Some(tuesday.clone())
        );
        let before = progress.clone();
        assert_eq!(
            progress.accept_assignment(&tuesday, Timestamp(20)),
            Ok(false)
        );
        assert_eq!(progress, before, "accepting again changes nothing");
        assert_eq!(
            progress
                .assignments
                .get(&tuesday.id())
                .map(|kept| kept.accepted_at),
            Some(Timestamp(10))
        );
    }

    #[test]
    fn an_assignment_from_another_catalog_or_an_invalid_one_is_refused() {
        let mut progress = Progress::default();
        let elsewhere = Assignment {
            catalog: Some("https://example.org/packs/index.json".to_owned()),
            ..assignment("Elsewhere", None)
        };
        assert_eq!(
            progress.accept_assignment(&elsewhere, Timestamp(1)),
            Err(AcceptError::OtherCatalog)
        );
        let nameless = assignment(" ", None);
        assert!(matches!(
            progress.accept_assignment(&nameless, Timestamp(1)),
            Err(AcceptError::Invalid(_))
        ));
        assert!(progress.is_empty());
    }

    #[test]
    fn the_next_due_comes_first() {
        let date = |day: u8| Date::new(2026, 3, day);
        let mut progress = Progress::default();
        for (name, due, at) in [
            ("none early", None, 1),
            ("later", date(20), 2),
            ("sooner", date(5), 3),
            ("none late", None, 0),
        ] {
            ok(progress.accept_assignment(&assignment(name, due), Timestamp(at)));
        }
        let names: Vec<String> = progress
            .accepted_assignments()
            .into_iter()
            .map(|assignment| assignment.class_name)
            .collect();
        assert_eq!(names, ["sooner", "later", "none late", "none early"]);
    }

    proptest::proptest! {
        /// Ties (same due date, accepted at the same time) keep the order of their ids, as the
        /// stable sort this replaced kept them.
        #[test]
        fn the_order_is_a_stable_sort_of_the_kept_ones(
            // Day 0 is no date: no due date.
            chosen in proptest::collection::vec((0u8..3, 0i64..3), 0..8),
        ) {
            let mut progress = Progress::default();
            for (index, (day, at)) in chosen.into_iter().enumerate() {
                let due = Date::new(2026, 3, day);
                let name = format!("class {index}");
                ok(progress.accept_assignment(&assignment(&name, due), Timestamp(at)));
            }
            let mut expected: Vec<(Assignment, Timestamp)> = progress
                .assignments
                .values()
                .map(|kept| (ok(kept.assignment()), kept.accepted_at))
                .collect();
            expected.sort_by_key(|(assignment, at)| (assignment.due.is_none(), assignment.due, *at));
            let expected: Vec<Assignment> = expected.into_iter().map(|(assignment, _)| assignment).collect();
            proptest::prop_assert_eq!(progress.accepted_assignments(), expected);
        }
    }
}
