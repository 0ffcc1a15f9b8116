//! The pictures and recordings a pack refers to: listed to download a pack for offline use (and to
//! remove it again), and rewritten by the pack tool to their content-addressed names.

use std::collections::BTreeSet;

use super::{Answer, Item, Pack};

impl Pack {
    /// Every media file name the pack refers to, once each.
    pub fn media_files(&self) -> BTreeSet<String> {
        let mut copy = self.clone();
        // Inserted one by one: `collect()` would first sort them with a stable sort of its own.
        let mut files = BTreeSet::new();
        files.extend(copy.media_mut().into_iter().map(|name| name.clone()));
        files
    }

    /// Every media reference in the pack, for rewriting; a file used twice appears twice.
    pub fn media_mut(&mut self) -> Vec<&mut String> {
        let mut references = Vec::new();
        for lesson in &mut self.lessons {
            for item in &mut lesson.items {
                match item {
                    Item::Word(word) => {
                        references.extend(word.image.iter_mut().chain(word.audio.iter_mut()));
                    }
                    Item::Phrase(phrase) => references.extend(phrase.audio.iter_mut()),
                    Item::Dialogue(dialogue) => references.extend(
                        dialogue
                            .lines
                            .iter_mut()
                            .filter_map(|line| line.audio.as_mut()),
                    ),
                    Item::Question(question) => {
                        references
                            .extend(question.image.iter_mut().chain(question.audio.iter_mut()));
                        if let Answer::Single { options, .. } | Answer::Multiple { options, .. } =
                            &mut question.answer
                        {
                            references.extend(
                                options
                                    .iter_mut()
                                    .filter_map(|option| option.image.as_mut()),
                            );
                        }
                    }
                    Item::Reading(_) => {}
                }
            }
        }
        references
    }
}
