//! One component per kind of exercise. Each draws a `passage_core::exercise::Exercise` and sends
//! the learner's `Response` once; grading and feedback are the study session's (and the domain's).

mod choice;
mod cloze;
mod dialogue;
mod flashcard;
mod matching;
mod ordering;
mod read;
mod true_false;
mod typing;
mod word_bank;

pub use choice::ChoiceExercise;
pub use cloze::ClozeExercise;
pub use dialogue::DialogueExercise;
pub use flashcard::FlashcardExercise;
pub use matching::MatchingExercise;
pub use ordering::OrderingExercise;
pub use read::{ReadExercise, ReadingBody, date_text};
pub use true_false::TrueFalseExercise;
pub use typing::TypingExercise;
pub use word_bank::WordBankExercise;

use leptos::prelude::*;
use passage_core::LocalizedText;
use passage_core::exercise::{Exercise, ExerciseKind, Response};

use crate::i18n::use_i18n;

/// A pack text in the learner's language (else the interface language, English, any), with the
/// language it is really in (reactive).
pub fn pack_text(text: &LocalizedText) -> Signal<(String, String)> {
    let text = text.clone();
    let i18n = use_i18n();
    Signal::derive(move || {
        crate::screens::text_in(&text, i18n.learner_language(), i18n).unwrap_or_default()
    })
}

/// A pack text as an isolated span in its own language.
#[component]
pub fn PackText(
    /// The text, in several languages.
    text: LocalizedText,
) -> impl IntoView {
    let shown = pack_text(&text);
    view! { <span lang=move || shown.get().0 dir="auto">{move || shown.get().1}</span> }
}

/// Text in the language being learned, isolated from the interface's direction.
#[component]
pub fn TargetText(
    /// The text.
    text: String,
    /// Its language (BCP 47).
    language: String,
) -> impl IntoView {
    view! { <span lang=language dir="auto">{text}</span> }
}

/// A pack picture (decorative beside its text).
pub fn pack_image(file: &str) -> impl IntoView + use<> {
    view! { <img class="exercise-image" src=crate::pack_media::media_src(file) alt=""/> }
}

/// The text direction of a language, for tiles and answers built in it.
pub fn direction(language: &str) -> &'static str {
    if passage_core::pack::is_rtl_language(language) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The component for an exercise's kind.
pub fn exercise_view(exercise: Exercise, on_response: Callback<Response>) -> AnyView {
    match &exercise.kind {
        ExerciseKind::Flashcard { .. } => {
            view! { <FlashcardExercise exercise on_response/> }.into_any()
        }
        ExerciseKind::Choice { .. } => view! { <ChoiceExercise exercise on_response/> }.into_any(),
        ExerciseKind::TrueFalse { .. } => {
            view! { <TrueFalseExercise exercise on_response/> }.into_any()
        }
        ExerciseKind::Type { .. } => view! { <TypingExercise exercise on_response/> }.into_any(),
        ExerciseKind::WordBank { .. } => {
            view! { <WordBankExercise exercise on_response/> }.into_any()
        }
        ExerciseKind::Match { .. } => view! { <MatchingExercise exercise on_response/> }.into_any(),
        ExerciseKind::Cloze { .. } => view! { <ClozeExercise exercise on_response/> }.into_any(),
        ExerciseKind::Order { .. } => view! { <OrderingExercise exercise on_response/> }.into_any(),
        ExerciseKind::Dialogue { .. } => {
            view! { <DialogueExercise exercise on_response/> }.into_any()
        }
        ExerciseKind::Read { .. } => view! { <ReadExercise exercise on_response/> }.into_any(),
    }
}
