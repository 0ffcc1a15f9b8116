//! A QR code drawn as SVG in the page: no image service, works offline, sharp when printed.

use leptos::prelude::*;
use passage_core::classroom::{QUIET_ZONE, qr_svg};

/// The QR code of `text`, with `caption` under it; nothing when the text is too long for one.
#[component]
pub fn QrCode(#[prop(into)] text: Signal<String>, caption: Signal<String>) -> impl IntoView {
    move || {
        let qr = qr_svg(&text.get()).ok()?;
        let view_box = qr.view_box(QUIET_ZONE);
        let side = qr.size + 2 * QUIET_ZONE;
        Some(view! {
            <figure class="qr">
                <svg
                    viewBox=view_box
                    role="img"
                    aria-label=caption
                    shape-rendering="crispEdges"
                >
                    <rect
                        x=-(QUIET_ZONE as i32)
                        y=-(QUIET_ZONE as i32)
                        width=side
                        height=side
                        fill="#fff"
                    />
                    <path d=qr.path fill="#000"/>
                </svg>
                <figcaption>{caption}</figcaption>
            </figure>
        })
    }
}
