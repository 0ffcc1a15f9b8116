//! Copy and share buttons for a link or a code: the system share sheet where the browser has one
//! (phones), the clipboard otherwise, and a plain message when neither works.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::t;

/// What the last copy did, for the status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// "Copy" and, where the browser can share, "Share…" for `text` (with `title` for the share
/// sheet).
#[component]
pub fn ShareButtons(#[prop(into)] text: Signal<String>, title: Signal<String>) -> impl IntoView {
    let copied = RwSignal::new(Copied::Not);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            let done = copy_to_clipboard(&text).await.is_ok();
            copied.set(if done { Copied::Done } else { Copied::Failed });
        });
    };
    let share = move |_| {
        let text = text.get_untracked();
        let title = title.get_untracked();
        leptos::task::spawn_local(async move {
            // Cancelling the share sheet rejects: nothing to tell.
            let _ = share_text(&title, &text).await;
        });
    };
    view! {
        <div class="share-buttons">
            <button type="button" class="button" on:click=copy>{t("share-copy")}</button>
            {can_share().then(|| view! {
                <button type="button" class="button" on:click=share>{t("share-share")}</button>
            })}
            <p class="share-status" role="status">
                {move || match copied.get() {
                    Copied::Not => None,
                    Copied::Done => Some(t("share-copied")),
                    Copied::Failed => Some(t("share-copy-failed")),
                }}
            </p>
        </div>
    }
}

fn navigator() -> Result<JsValue, JsValue> {
    web_sys::window()
        .map(|window| window.navigator().into())
        .ok_or(JsValue::NULL)
}

fn method(target: &JsValue, name: &str) -> Result<js_sys::Function, JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))?.dyn_into()
}

/// Whether the browser has a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    navigator().is_ok_and(|navigator| method(&navigator, "share").is_ok())
}

/// Copies `text` with `navigator.clipboard.writeText`.
pub async fn copy_to_clipboard(text: &str) -> Result<(), JsValue> {
    let clipboard = js_sys::Reflect::get(&navigator()?, &JsValue::from_str("clipboard"))?;
    let promise = method(&clipboard, "writeText")?.call1(&clipboard, &JsValue::from_str(text))?;
    JsFuture::from(promise.unchecked_into::<js_sys::Promise>()).await?;
    Ok(())
}

/// Opens the system share sheet with `text`.
pub async fn share_text(title: &str, text: &str) -> Result<(), JsValue> {
    let navigator = navigator()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"title".into(), &title.into())?;
    js_sys::Reflect::set(&data, &"text".into(), &text.into())?;
    let promise = method(&navigator, "share")?.call1(&navigator, &data)?;
    JsFuture::from(promise.unchecked_into::<js_sys::Promise>()).await?;
    Ok(())
}
