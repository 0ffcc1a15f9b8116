//! Reading each part of a compiled pack from its JSON, field by field, as `docs/pack-format.md`
//! describes it (and as the derived `Serialize` writes it): structs refuse unknown fields, except
//! the blocks and inlines of reading passages and the segments of a cloze; optional fields may be
//! left out or `null`; tagged variants name their kind in `type`, `kind` or `t`.
//!
//! See [`crate::json_reader`] for why this is not serde's derived reader.

use serde_json::Value;

use super::{
    Answer, AnswerRules, Block, CefrLevel, Choice, ClozeSegment, Date, Dialogue, DialogueLine,
    ExamRule, Gender, Inline, Item, Lesson, Pack, PackMeta, Pair, Phrase, Question, Reading,
    Region, Source, Variation, VariesBy, Word,
};
use crate::PackKind;
use crate::json_reader::{
    Fields, JsonProblem, Read, boolean, list, localized, map, one_of, string, strings, tagged,
    unknown_variant, unsigned,
};

pub(super) fn pack(value: Value) -> Read<Pack> {
    let mut fields = Fields::of(value)?;
    let pack = Pack {
        format_version: fields.required("format_version", unsigned)?,
        meta: fields.required("meta", meta)?,
        lessons: fields.required("lessons", |value| list(value, lesson))?,
    };
    fields.deny_unknown()?;
    Ok(pack)
}

fn meta(value: Value) -> Read<PackMeta> {
    let mut fields = Fields::of(value)?;
    let meta = PackMeta {
        id: fields.required("id", string)?,
        version: fields.required("version", string)?,
        title: fields.required("title", localized)?,
        description: fields.or_default("description", localized)?,
        target_language: fields.required("target_language", string)?,
        support_languages: fields.required("support_languages", strings)?,
        kind: fields.required("kind", pack_kind)?,
        level: fields.optional("level", cefr_level)?,
        region: fields.optional("region", region)?,
        licence: fields.required("licence", string)?,
        authors: fields.required("authors", strings)?,
        sources: fields.or_default("sources", |value| list(value, source))?,
        reviewed: fields.required("reviewed", date)?,
        valid_until: fields.optional("valid_until", date)?,
        answers: fields.or_default("answers", answer_rules)?,
        translations_reviewed: fields.or_default("translations_reviewed", strings)?,
    };
    fields.deny_unknown()?;
    Ok(meta)
}

pub(crate) fn pack_kind(value: Value) -> Read<PackKind> {
    const KINDS: [PackKind; 3] = [PackKind::Language, PackKind::Civic, PackKind::Mixed];
    one_of(value, &["language", "civic", "mixed"]).map(|at| KINDS[at])
}

pub(crate) fn cefr_level(value: Value) -> Read<CefrLevel> {
    use CefrLevel::*;
    const LEVELS: [CefrLevel; 6] = [A0, A1, A2, B1, B2, C1];
    one_of(value, &["A0", "A1", "A2", "B1", "B2", "C1"]).map(|at| LEVELS[at])
}

pub(crate) fn region(value: Value) -> Read<Region> {
    let mut fields = Fields::of(value)?;
    let region = Region {
        country: fields.required("country", string)?,
        subdivision: fields.optional("subdivision", string)?,
        city: fields.optional("city", string)?,
    };
    fields.deny_unknown()?;
    Ok(region)
}

fn source(value: Value) -> Read<Source> {
    let mut fields = Fields::of(value)?;
    let source = Source {
        id: fields.required("id", string)?,
        title: fields.required("title", string)?,
        url: fields.required("url", string)?,
        publisher: fields.optional("publisher", string)?,
    };
    fields.deny_unknown()?;
    Ok(source)
}

fn date(value: Value) -> Read<Date> {
    string(value)?
        .parse()
        .map_err(|error: super::DateError| JsonProblem::new(error.to_string()))
}

fn answer_rules(value: Value) -> Read<AnswerRules> {
    let mut fields = Fields::of(value)?;
    let rules = AnswerRules {
        accept_missing_diacritics: fields.or("accept_missing_diacritics", true, boolean)?,
        accept_typos: fields.or("accept_typos", true, boolean)?,
    };
    fields.deny_unknown()?;
    Ok(rules)
}

fn lesson(value: Value) -> Read<Lesson> {
    let mut fields = Fields::of(value)?;
    let lesson = Lesson {
        id: fields.required("id", string)?,
        title: fields.required("title", localized)?,
        description: fields.or_default("description", localized)?,
        exam: fields.optional("exam", exam_rule)?,
        items: fields.required("items", |value| list(value, item))?,
    };
    fields.deny_unknown()?;
    Ok(lesson)
}

fn exam_rule(value: Value) -> Read<ExamRule> {
    let mut fields = Fields::of(value)?;
    let rule = ExamRule {
        ask: fields.required("ask", unsigned)?,
        pass: fields.required("pass", unsigned)?,
    };
    fields.deny_unknown()?;
    Ok(rule)
}

fn item(value: Value) -> Read<Item> {
    let (kind, mut fields) = tagged(value, "type")?;
    let item = match kind.as_str() {
        "word" => Item::Word(word(&mut fields)?),
        "phrase" => Item::Phrase(phrase(&mut fields)?),
        "dialogue" => Item::Dialogue(dialogue(&mut fields)?),
        "reading" => Item::Reading(reading(&mut fields)?),
        "question" => Item::Question(question(&mut fields)?),
        _ => {
            return Err(unknown_variant(
                &kind,
                &["word", "phrase", "dialogue", "reading", "question"],
            ));
        }
    };
    fields.deny_unknown()?;
    Ok(item)
}

fn word(fields: &mut Fields) -> Read<Word> {
    Ok(Word {
        id: fields.required("id", string)?,
        text: fields.required("text", string)?,
        article: fields.optional("article", string)?,
        gender: fields.optional("gender", gender)?,
        plural: fields.optional("plural", string)?,
        alternatives: fields.or_default("alternatives", strings)?,
        translations: fields.required("translations", localized)?,
        note: fields.or_default("note", localized)?,
        image: fields.optional("image", string)?,
        audio: fields.optional("audio", string)?,
    })
}

fn gender(value: Value) -> Read<Gender> {
    use Gender::*;
    const GENDERS: [Gender; 4] = [Masculine, Feminine, Neuter, Common];
    one_of(value, &["masculine", "feminine", "neuter", "common"]).map(|at| GENDERS[at])
}

fn phrase(fields: &mut Fields) -> Read<Phrase> {
    Ok(Phrase {
        id: fields.required("id", string)?,
        text: fields.required("text", string)?,
        alternatives: fields.or_default("alternatives", strings)?,
        translations: fields.required("translations", localized)?,
        note: fields.or_default("note", localized)?,
        audio: fields.optional("audio", string)?,
    })
}

fn dialogue(fields: &mut Fields) -> Read<Dialogue> {
    Ok(Dialogue {
        id: fields.required("id", string)?,
        title: fields.required("title", localized)?,
        scene: fields.or_default("scene", localized)?,
        lines: fields.required("lines", |value| list(value, dialogue_line))?,
    })
}

fn dialogue_line(value: Value) -> Read<DialogueLine> {
    let mut fields = Fields::of(value)?;
    let line = DialogueLine {
        speaker: fields.required("speaker", string)?,
        text: fields.required("text", string)?,
        translations: fields.required("translations", localized)?,
        wrong: fields.or_default("wrong", strings)?,
        audio: fields.optional("audio", string)?,
    };
    fields.deny_unknown()?;
    Ok(line)
}

fn reading(fields: &mut Fields) -> Read<Reading> {
    Ok(Reading {
        id: fields.required("id", string)?,
        title: fields.required("title", localized)?,
        body: fields.required("body", |value| map(value, blocks))?,
        sources: fields.or_default("sources", strings)?,
    })
}

fn question(fields: &mut Fields) -> Read<Question> {
    Ok(Question {
        id: fields.required("id", string)?,
        prompt: fields.required("prompt", localized)?,
        answer: fields.required("answer", answer)?,
        explanation: fields.or_default("explanation", localized)?,
        source: fields.optional("source", string)?,
        varies: fields.optional("varies", variation)?,
        image: fields.optional("image", string)?,
        audio: fields.optional("audio", string)?,
    })
}

fn answer(value: Value) -> Read<Answer> {
    let (kind, mut fields) = tagged(value, "kind")?;
    let options = |fields: &mut Fields| fields.required("options", |value| list(value, choice));
    let answer = match kind.as_str() {
        "single" => Answer::Single {
            options: options(&mut fields)?,
            correct: fields.required("correct", unsigned)?,
        },
        "multiple" => Answer::Multiple {
            options: options(&mut fields)?,
            correct: fields.required("correct", |value| list(value, unsigned))?,
        },
        "true_false" => Answer::TrueFalse {
            correct: fields.required("correct", boolean)?,
        },
        "typed" => Answer::Typed {
            accepted: fields.required("accepted", strings)?,
        },
        "ordering" => Answer::Ordering {
            items: fields.required("items", |value| list(value, localized))?,
        },
        "matching" => Answer::Matching {
            pairs: fields.required("pairs", |value| list(value, pair))?,
        },
        "cloze" => Answer::Cloze {
            segments: fields.required("segments", |value| list(value, cloze_segment))?,
            distractors: fields.or_default("distractors", strings)?,
        },
        _ => {
            return Err(unknown_variant(
                &kind,
                &[
                    "single",
                    "multiple",
                    "true_false",
                    "typed",
                    "ordering",
                    "matching",
                    "cloze",
                ],
            ));
        }
    };
    fields.deny_unknown()?;
    Ok(answer)
}

fn choice(value: Value) -> Read<Choice> {
    let mut fields = Fields::of(value)?;
    let choice = Choice {
        text: fields.required("text", localized)?,
        image: fields.optional("image", string)?,
    };
    fields.deny_unknown()?;
    Ok(choice)
}

fn pair(value: Value) -> Read<Pair> {
    let mut fields = Fields::of(value)?;
    let pair = Pair {
        left: fields.required("left", localized)?,
        right: fields.required("right", localized)?,
    };
    fields.deny_unknown()?;
    Ok(pair)
}

/// Unknown fields of a segment are ignored.
fn cloze_segment(value: Value) -> Read<ClozeSegment> {
    let (kind, mut fields) = tagged(value, "t")?;
    match kind.as_str() {
        "text" => Ok(ClozeSegment::Text {
            text: fields.required("text", string)?,
        }),
        "blank" => Ok(ClozeSegment::Blank {
            answers: fields.required("answers", strings)?,
        }),
        _ => Err(unknown_variant(&kind, &["text", "blank"])),
    }
}

fn variation(value: Value) -> Read<Variation> {
    use VariesBy::*;
    const BY: [VariesBy; 3] = [OfficeHolder, LearnerRegion, Yearly];
    let mut fields = Fields::of(value)?;
    let variation = Variation {
        by: fields.required("by", |value| {
            one_of(value, &["office-holder", "learner-region", "yearly"]).map(|at| BY[at])
        })?,
        checked: fields.required("checked", date)?,
    };
    fields.deny_unknown()?;
    Ok(variation)
}

fn blocks(value: Value) -> Read<Vec<Block>> {
    list(value, block)
}

/// Unknown fields of a block are ignored.
fn block(value: Value) -> Read<Block> {
    let (kind, mut fields) = tagged(value, "t")?;
    let content = |fields: &mut Fields| fields.required("content", inlines);
    match kind.as_str() {
        "heading" => Ok(Block::Heading {
            level: fields.required("level", unsigned)?,
            content: content(&mut fields)?,
        }),
        "paragraph" => Ok(Block::Paragraph {
            content: content(&mut fields)?,
        }),
        "list" => Ok(Block::List {
            ordered: fields.required("ordered", boolean)?,
            items: fields.required("items", |value| list(value, blocks))?,
        }),
        _ => Err(unknown_variant(&kind, &["heading", "paragraph", "list"])),
    }
}

fn inlines(value: Value) -> Read<Vec<Inline>> {
    list(value, inline)
}

/// Unknown fields of an inline are ignored.
fn inline(value: Value) -> Read<Inline> {
    let (kind, mut fields) = tagged(value, "t")?;
    let content = |fields: &mut Fields| fields.required("content", inlines);
    match kind.as_str() {
        "text" => Ok(Inline::Text {
            text: fields.required("text", string)?,
        }),
        "emphasis" => Ok(Inline::Emphasis {
            content: content(&mut fields)?,
        }),
        "strong" => Ok(Inline::Strong {
            content: content(&mut fields)?,
        }),
        "link" => Ok(Inline::Link {
            href: fields.required("href", string)?,
            content: content(&mut fields)?,
        }),
        "line_break" => Ok(Inline::LineBreak),
        _ => Err(unknown_variant(
            &kind,
            &["text", "emphasis", "strong", "link", "line_break"],
        )),
    }
}
