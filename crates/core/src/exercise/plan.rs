//! Turning a lesson's items into a sequence of exercises: meet each new word, then practise it in
//! varied ways; readings first, then their questions; dialogues as scenes. Deterministic for a
//! seed, so a lesson can be resumed and tests can assert exact plans.

use std::collections::BTreeSet;

use super::rng::Shuffler;
use super::{AnswerKey, Audio, ChoiceOption, DialogueStep, Exercise, ExerciseKind};
use crate::LocalizedText;
use crate::pack::{Answer, ClozeSegment, Item, Lesson, Pack, Phrase, Question, Word};

/// Choices that shape a lesson plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanOptions {
    pub seed: u64,
    /// Listening exercises (the learner can switch audio off).
    pub audio: bool,
}

/// Options in a word choice, the right one included.
const CHOICE_OPTIONS: usize = 4;
/// Words in one matching exercise.
const MATCH_PAIRS: usize = 5;
/// Extra tiles in a word bank.
const EXTRA_TILES: usize = 3;

/// The exercises of a lesson, or `None` if the pack has no such lesson.
pub fn plan_lesson(pack: &Pack, lesson_id: &str, options: PlanOptions) -> Option<Vec<Exercise>> {
    let lesson = pack.lessons.iter().find(|lesson| lesson.id == lesson_id)?;
    let planner = Planner {
        pack,
        lesson,
        options,
    };
    Some(planner.plan())
}

/// A sitting of a practice test: `exam.ask` of the lesson's questions, drawn at random and in
/// random order, as an officer would ask them. `None` if the pack has no such lesson or the lesson
/// is not a test.
pub fn plan_exam(pack: &Pack, lesson_id: &str, options: PlanOptions) -> Option<Vec<Exercise>> {
    let lesson = pack.lessons.iter().find(|lesson| lesson.id == lesson_id)?;
    let exam = lesson.exam?;
    let planner = Planner {
        pack,
        lesson,
        options,
    };
    let mut questions: Vec<&Question> = lesson
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Question(question) => Some(question),
            _ => None,
        })
        .collect();
    let mut rng = Shuffler::new(options.seed ^ 0xe8a3);
    rng.shuffle(&mut questions);
    questions.truncate(exam.ask as usize);
    Some(
        questions
            .into_iter()
            .map(|question| {
                let mut rng = Shuffler::for_key(options.seed, &question.id);
                planner.question(question, &mut rng)
            })
            .collect(),
    )
}

/// One exercise to review an item (from any lesson of the pack), for review sessions that mix
/// due items across packs: words and phrases are practised, never shown as flashcards again.
pub fn review_exercise(pack: &Pack, item_id: &str, options: PlanOptions) -> Option<Exercise> {
    let lesson = pack
        .lessons
        .iter()
        .find(|lesson| lesson.items.iter().any(|item| item.id() == item_id))?;
    let item = lesson.items.iter().find(|item| item.id() == item_id)?;
    let planner = Planner {
        pack,
        lesson,
        options,
    };
    let mut rng = Shuffler::for_key(options.seed, item_id);
    match item {
        Item::Word(word) => Some(planner.practise_word(word, rng.below(4), &mut rng)),
        Item::Phrase(phrase) => Some(planner.practise_phrase(phrase, rng.below(3), &mut rng)),
        Item::Question(question) => Some(planner.question(question, &mut rng)),
        Item::Dialogue(_) | Item::Reading(_) => planner.other(item, &mut rng),
    }
}

struct Planner<'a> {
    pack: &'a Pack,
    lesson: &'a Lesson,
    options: PlanOptions,
}

impl Planner<'_> {
    fn target(&self) -> &str {
        &self.pack.meta.target_language
    }

    fn plan(&self) -> Vec<Exercise> {
        let mut readings = Vec::new();
        let mut meet = Vec::new();
        let mut practise = Vec::new();
        let mut scenes = Vec::new();
        let mut questions = Vec::new();
        let (mut word_count, mut phrase_count) = (0, 0);
        for item in &self.lesson.items {
            let mut rng = Shuffler::for_key(self.options.seed, item.id());
            match item {
                Item::Word(word) => {
                    meet.push(self.flashcard_word(word));
                    practise.push(self.practise_word(word, word_count, &mut rng));
                    word_count += 1;
                }
                Item::Phrase(phrase) => {
                    meet.push(self.flashcard_phrase(phrase));
                    practise.push(self.practise_phrase(phrase, phrase_count, &mut rng));
                    phrase_count += 1;
                }
                Item::Question(question) => questions.push(self.question(question, &mut rng)),
                Item::Reading(_) => readings.extend(self.other(item, &mut rng)),
                Item::Dialogue(_) => scenes.extend(self.other(item, &mut rng)),
            }
        }
        let mut rng = Shuffler::new(self.options.seed ^ 0x5eed);
        // Practice comes in a mixed order, so the answer is not simply the card just seen.
        rng.shuffle(&mut practise);
        let words: Vec<&Word> = self
            .lesson
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Word(word) => Some(word),
                _ => None,
            })
            .collect();
        let matching = (words.len() >= 3).then(|| self.match_words(&words, &mut rng));
        readings
            .into_iter()
            .chain(meet)
            .chain(practise)
            .chain(matching)
            .chain(scenes)
            .chain(questions)
            .collect()
    }

    fn audio(&self, text: &str, recording: Option<&String>) -> Audio {
        Audio {
            recording: recording.cloned(),
            text: text.to_owned(),
            language: self.target().to_owned(),
        }
    }

    fn exercise(&self, item_id: &str, kind: ExerciseKind, key: AnswerKey) -> Exercise {
        Exercise {
            item_id: item_id.to_owned(),
            kind,
            key,
            explanation: LocalizedText::default(),
            source: None,
            varies: None,
        }
    }

    fn flashcard_word(&self, word: &Word) -> Exercise {
        self.exercise(
            &word.id,
            ExerciseKind::Flashcard {
                text: word.text.clone(),
                article: word.article.clone(),
                meaning: word.translations.clone(),
                note: word.note.clone(),
                image: word.image.clone(),
                audio: self.audio(&spoken_word(word), word.audio.as_ref()),
            },
            AnswerKey::None,
        )
    }

    fn flashcard_phrase(&self, phrase: &Phrase) -> Exercise {
        self.exercise(
            &phrase.id,
            ExerciseKind::Flashcard {
                text: phrase.text.clone(),
                article: None,
                meaning: phrase.translations.clone(),
                note: phrase.note.clone(),
                image: None,
                audio: self.audio(&phrase.text, phrase.audio.as_ref()),
            },
            AnswerKey::None,
        )
    }

    /// A practice exercise for a word; `turn` rotates the kinds across a lesson.
    fn practise_word(&self, word: &Word, turn: usize, rng: &mut Shuffler) -> Exercise {
        let kinds: &[WordPractice] = if self.options.audio {
            &[
                WordPractice::Choose,
                WordPractice::Type,
                WordPractice::ListenChoose,
                WordPractice::ListenType,
            ]
        } else {
            &[WordPractice::Choose, WordPractice::Type]
        };
        let kind = kinds
            .get(turn % kinds.len())
            .copied()
            .unwrap_or(WordPractice::Choose);
        let audio = self.audio(&spoken_word(word), word.audio.as_ref());
        match kind {
            WordPractice::Choose | WordPractice::ListenChoose => {
                let others = self.other_words(&word.id);
                let mut options: Vec<String> = vec![word_with_article(word)];
                let mut pool = others;
                rng.shuffle(&mut pool);
                options.extend(pool.into_iter().take(CHOICE_OPTIONS - 1));
                let order = shuffled(options.len(), rng);
                let correct = order.iter().position(|&index| index == 0).unwrap_or(0);
                let shown: Vec<ChoiceOption> = order
                    .iter()
                    .filter_map(|&index| options.get(index))
                    .map(|text| ChoiceOption {
                        text: LocalizedText::single(self.target(), text),
                        image: None,
                    })
                    .collect();
                let listening = kind == WordPractice::ListenChoose;
                self.exercise(
                    &word.id,
                    ExerciseKind::Choice {
                        prompt: if listening {
                            LocalizedText::default()
                        } else {
                            word.translations.clone()
                        },
                        audio: listening.then_some(audio),
                        image: word.image.clone(),
                        options: shown,
                        multiple: false,
                    },
                    AnswerKey::Choice {
                        correct: vec![correct],
                    },
                )
            }
            WordPractice::Type | WordPractice::ListenType => {
                let listening = kind == WordPractice::ListenType;
                let mut answers = vec![word.text.clone()];
                answers.extend(word.alternatives.iter().cloned());
                // Translating a noun asks for its article: learning der/die/das with the word is
                // the point. Writing what you heard does not.
                let asks_article = !listening && word.article.is_some();
                self.exercise(
                    &word.id,
                    ExerciseKind::Type {
                        prompt: if listening {
                            LocalizedText::default()
                        } else {
                            word.translations.clone()
                        },
                        audio: listening.then_some(audio),
                        asks_article,
                        language: self.target().to_owned(),
                    },
                    AnswerKey::Typed {
                        answers,
                        article: word.article.clone(),
                        require_article: asks_article,
                    },
                )
            }
        }
    }

    /// A practice exercise for a phrase: a word bank when it has three words or more, else
    /// typing; listening now and then.
    fn practise_phrase(&self, phrase: &Phrase, turn: usize, rng: &mut Shuffler) -> Exercise {
        let words = sentence_words(&phrase.text);
        let mut answers = vec![phrase.text.clone()];
        answers.extend(phrase.alternatives.iter().cloned());
        if words.len() >= 3 && (turn % 3 != 2 || !self.options.audio) {
            let mut tiles = words;
            let mut extra = sorted_once_each(
                self.other_phrases(&phrase.id)
                    .iter()
                    .flat_map(|text| sentence_words(text))
                    .filter(|word| !tiles.contains(word)),
            );
            rng.shuffle(&mut extra);
            tiles.extend(extra.into_iter().take(EXTRA_TILES));
            rng.shuffle(&mut tiles);
            return self.exercise(
                &phrase.id,
                ExerciseKind::WordBank {
                    meaning: phrase.translations.clone(),
                    tiles,
                    language: self.target().to_owned(),
                },
                AnswerKey::Sentence { answers },
            );
        }
        let listening = self.options.audio;
        self.exercise(
            &phrase.id,
            ExerciseKind::Type {
                prompt: if listening {
                    LocalizedText::default()
                } else {
                    phrase.translations.clone()
                },
                audio: listening.then(|| self.audio(&phrase.text, phrase.audio.as_ref())),
                asks_article: false,
                language: self.target().to_owned(),
            },
            AnswerKey::Typed {
                answers,
                article: None,
                require_article: false,
            },
        )
    }

    fn match_words(&self, words: &[&Word], rng: &mut Shuffler) -> Exercise {
        let mut chosen: Vec<&&Word> = words.iter().collect();
        rng.shuffle(&mut chosen);
        chosen.truncate(MATCH_PAIRS);
        let left: Vec<LocalizedText> = chosen
            .iter()
            .map(|word| LocalizedText::single(self.target(), &word_with_article(word)))
            .collect();
        let order = shuffled(chosen.len(), rng);
        let right: Vec<LocalizedText> = order
            .iter()
            .filter_map(|&index| chosen.get(index))
            .map(|word| word.translations.clone())
            .collect();
        let right_of_left = (0..chosen.len())
            .map(|left| order.iter().position(|&index| index == left).unwrap_or(0))
            .collect();
        let id = chosen
            .first()
            .map_or(self.lesson.id.as_str(), |word| word.id.as_str());
        self.exercise(
            id,
            ExerciseKind::Match {
                prompt: LocalizedText::default(),
                left,
                right,
            },
            AnswerKey::Pairs { right_of_left },
        )
    }

    fn question(&self, question: &Question, rng: &mut Shuffler) -> Exercise {
        let (kind, key) = match &question.answer {
            Answer::Multiple { options, correct } => {
                self.choice(question, options, correct, true, rng)
            }
            Answer::Single { options, correct } => {
                self.choice(question, options, &[*correct], false, rng)
            }
            Answer::TrueFalse { correct } => (
                ExerciseKind::TrueFalse {
                    prompt: question.prompt.clone(),
                },
                AnswerKey::TrueFalse { correct: *correct },
            ),
            Answer::Typed { accepted } => (
                ExerciseKind::Type {
                    prompt: question.prompt.clone(),
                    audio: None,
                    asks_article: false,
                    language: self.target().to_owned(),
                },
                AnswerKey::Typed {
                    answers: accepted.clone(),
                    article: None,
                    require_article: false,
                },
            ),
            Answer::Ordering { items } => {
                let order = rng.permutation(items.len());
                let shown = order
                    .iter()
                    .filter_map(|&index| items.get(index))
                    .cloned()
                    .collect();
                let right = (0..items.len())
                    .map(|original| {
                        order
                            .iter()
                            .position(|&index| index == original)
                            .unwrap_or(0)
                    })
                    .collect();
                (
                    ExerciseKind::Order {
                        prompt: question.prompt.clone(),
                        items: shown,
                    },
                    AnswerKey::Sequence { order: right },
                )
            }
            Answer::Matching { pairs } => {
                let order = rng.permutation(pairs.len());
                let left = pairs.iter().map(|pair| pair.left.clone()).collect();
                let right = order
                    .iter()
                    .filter_map(|&index| pairs.get(index))
                    .map(|pair| pair.right.clone())
                    .collect();
                let right_of_left = (0..pairs.len())
                    .map(|left| order.iter().position(|&index| index == left).unwrap_or(0))
                    .collect();
                (
                    ExerciseKind::Match {
                        prompt: question.prompt.clone(),
                        left,
                        right,
                    },
                    AnswerKey::Pairs { right_of_left },
                )
            }
            Answer::Cloze {
                segments,
                distractors,
            } => {
                let blanks: Vec<Vec<String>> = segments
                    .iter()
                    .filter_map(|segment| match segment {
                        ClozeSegment::Blank { answers } => Some(answers.clone()),
                        ClozeSegment::Text { .. } => None,
                    })
                    .collect();
                let shown_segments = segments
                    .iter()
                    .map(|segment| match segment {
                        ClozeSegment::Blank { .. } => ClozeSegment::Blank { answers: vec![] },
                        text => text.clone(),
                    })
                    .collect();
                // With distractors the blanks are filled from tiles; without, they are typed.
                let mut tiles: Vec<String> = Vec::new();
                if !distractors.is_empty() {
                    tiles.extend(blanks.iter().filter_map(|answers| answers.first().cloned()));
                    tiles.extend(distractors.iter().cloned());
                    rng.shuffle(&mut tiles);
                }
                (
                    ExerciseKind::Cloze {
                        prompt: question.prompt.clone(),
                        segments: shown_segments,
                        tiles,
                        language: self.target().to_owned(),
                    },
                    AnswerKey::Blanks { answers: blanks },
                )
            }
        };
        Exercise {
            item_id: question.id.clone(),
            kind,
            key,
            explanation: question.explanation.clone(),
            source: question
                .source
                .as_ref()
                .and_then(|id| {
                    self.pack
                        .meta
                        .sources
                        .iter()
                        .find(|source| &source.id == id)
                })
                .cloned(),
            varies: question.varies,
        }
    }

    fn choice(
        &self,
        question: &Question,
        options: &[crate::pack::Choice],
        correct: &[usize],
        multiple: bool,
        rng: &mut Shuffler,
    ) -> (ExerciseKind, AnswerKey) {
        let order = shuffled(options.len(), rng);
        let shown = order
            .iter()
            .filter_map(|&index| options.get(index))
            .map(|choice| ChoiceOption {
                text: choice.text.clone(),
                image: choice.image.clone(),
            })
            .collect();
        let mut right: Vec<usize> = correct
            .iter()
            .filter_map(|original| order.iter().position(|index| index == original))
            .collect();
        right.sort_unstable();
        (
            ExerciseKind::Choice {
                prompt: question.prompt.clone(),
                audio: question.audio.as_ref().map(|recording| Audio {
                    recording: Some(recording.clone()),
                    text: String::new(),
                    language: self.target().to_owned(),
                }),
                image: question.image.clone(),
                options: shown,
                multiple,
            },
            AnswerKey::Choice { correct: right },
        )
    }

    /// Readings and dialogues.
    fn other(&self, item: &Item, rng: &mut Shuffler) -> Option<Exercise> {
        match item {
            Item::Reading(reading) => Some(
                self.exercise(
                    &reading.id,
                    ExerciseKind::Read {
                        title: reading.title.clone(),
                        body: reading.body.clone(),
                        sources: reading
                            .sources
                            .iter()
                            .filter_map(|id| {
                                self.pack
                                    .meta
                                    .sources
                                    .iter()
                                    .find(|source| &source.id == id)
                            })
                            .cloned()
                            .collect(),
                        reviewed: self.pack.meta.reviewed,
                    },
                    AnswerKey::None,
                ),
            ),
            Item::Dialogue(dialogue) => {
                let mut steps = Vec::new();
                let mut correct = Vec::new();
                for line in &dialogue.lines {
                    if !line.wrong.is_empty() {
                        let mut options = vec![line.text.clone()];
                        options.extend(line.wrong.iter().cloned());
                        let order = shuffled(options.len(), rng);
                        correct.push(order.iter().position(|&index| index == 0).unwrap_or(0));
                        steps.push(DialogueStep::Reply {
                            speaker: line.speaker.clone(),
                            options: order
                                .iter()
                                .filter_map(|&index| options.get(index))
                                .cloned()
                                .collect(),
                        });
                    }
                    // After the learner's choice, the scene goes on with the right line.
                    steps.push(DialogueStep::Line {
                        speaker: line.speaker.clone(),
                        text: line.text.clone(),
                        meaning: line.translations.clone(),
                        audio: self.audio(&line.text, line.audio.as_ref()),
                    });
                }
                Some(self.exercise(
                    &dialogue.id,
                    ExerciseKind::Dialogue {
                        title: dialogue.title.clone(),
                        scene: dialogue.scene.clone(),
                        steps,
                        language: self.target().to_owned(),
                    },
                    AnswerKey::Replies { correct },
                ))
            }
            _ => None,
        }
    }

    /// The other words of the pack, with articles, as wrong options: the same lesson first.
    fn other_words(&self, except: &str) -> Vec<String> {
        let mut words: Vec<String> = self
            .lesson
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Word(word) if word.id != except => Some(word_with_article(word)),
                _ => None,
            })
            .collect();
        if words.len() < CHOICE_OPTIONS - 1 {
            words.extend(self.pack.items().filter_map(|(_, item)| match item {
                Item::Word(word) if word.id != except => Some(word_with_article(word)),
                _ => None,
            }));
        }
        sorted_once_each(words)
    }

    fn other_phrases(&self, except: &str) -> Vec<&str> {
        self.lesson
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Phrase(phrase) if phrase.id != except => Some(phrase.text.as_str()),
                _ => None,
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordPractice {
    Choose,
    Type,
    ListenChoose,
    ListenType,
}

/// A shuffled order of `0..len` (may be the identity for choices: the right answer can be first).
fn shuffled(len: usize, rng: &mut Shuffler) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    rng.shuffle(&mut order);
    order
}

fn word_with_article(word: &Word) -> String {
    match &word.article {
        Some(article) => format!("{article} {}", word.text),
        None => word.text.clone(),
    }
}

fn spoken_word(word: &Word) -> String {
    word_with_article(word)
}

/// The words of a sentence, as tiles: split on spaces, punctuation kept on its word.
pub fn sentence_words(sentence: &str) -> Vec<String> {
    sentence.split_whitespace().map(str::to_owned).collect()
}

/// `words` sorted, each once (as `sort` then `dedup` would give them), through a set rather than
/// a stable sort: the wasm then holds no stable sort of `String`s.
fn sorted_once_each(words: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut set = BTreeSet::new();
    set.extend(words);
    set.into_iter().collect()
}

#[cfg(test)]
mod sorted_once_each_tests {
    use proptest::prelude::*;

    use super::sorted_once_each;

    proptest! {
        #[test]
        fn same_as_sorting_then_removing_repeats(words in proptest::collection::vec("[a-c]{0,2}", 0..12)) {
            let mut expected = words.clone();
            expected.sort();
            expected.dedup();
            prop_assert_eq!(sorted_once_each(words), expected);
        }
    }
}
