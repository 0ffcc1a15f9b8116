//! Hearing a word or sentence: the pack's recording (`pack_media::media_src`) when it has one, else
//! the device's speech synthesis in the target language when the device has a voice for it.

use leptos::prelude::*;
use passage_core::exercise::Audio;

use crate::i18n::t;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Whether the device has a speech voice for `language` (its primary subtag is enough).
pub fn has_voice(language: &str) -> bool {
    let Some(synthesis) = synthesis() else {
        return false;
    };
    // Language tags are ASCII.
    let primary = language
        .split('-')
        .next()
        .unwrap_or(language)
        .to_ascii_lowercase();
    synthesis.get_voices().iter().any(|voice| {
        let voice: web_sys::SpeechSynthesisVoice = wasm_bindgen::JsCast::unchecked_into(voice);
        let lang = voice.lang().to_ascii_lowercase().replace('_', "-");
        lang.split('-').next() == Some(primary.as_str())
    })
}

/// Whether this audio can be played here: a recording, or a voice for its language.
pub fn can_play(audio: &Audio) -> bool {
    audio.recording.is_some() || (!audio.text.is_empty() && has_voice(&audio.language))
}

/// Plays the audio; nothing happens when it cannot be played.
pub fn play(audio: &Audio) {
    if let Some(file) = &audio.recording {
        if let Ok(element) =
            web_sys::HtmlAudioElement::new_with_src(&crate::pack_media::media_src(file))
        {
            let _ = element.play();
        }
        return;
    }
    if audio.text.is_empty() || !has_voice(&audio.language) {
        return;
    }
    if let (Some(synthesis), Ok(utterance)) = (
        synthesis(),
        web_sys::SpeechSynthesisUtterance::new_with_text(&audio.text),
    ) {
        utterance.set_lang(&audio.language);
        synthesis.cancel();
        synthesis.speak(&utterance);
    }
}

/// A "Listen" button, shown only when the audio can be played.
#[component]
pub fn ListenButton(
    /// What to play.
    audio: Audio,
) -> impl IntoView {
    let playable = can_play(&audio);
    let audio = StoredValue::new(audio);
    playable.then(|| {
        view! {
            <button type="button" class="button listen" on:click=move |_| audio.with_value(play)>
                <span aria-hidden="true">"🔊 "</span>
                {t("learn-listen")}
            </button>
        }
    })
}
