//! A pack's pictures in a real headless Chromium: where a pack from elsewhere shows them from, and
//! a pack opened from a file kept with its pictures only when every picture is the one its name
//! was made from (the browser's SHA-256).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use passage::offline_packs::{StoreSharedError, cached_text, shared_url, store_shared};
use passage::pack_loader::loaded;
use passage::pack_media::{media_bytes, media_src, with_media_addresses};
use passage::site::site_url;
use passage::unicode::BrowserForms;
use passage_core::Pack;
use passage_core::site::{SharedMedia, read_shared_pack, write_shared_file};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// "abc", named as the pack tool names media (its SHA-256 starts ba7816bf8f01cfea).
const PICTURE: &str = "ba7816bf8f01cfea.png";

fn pack_json(id: &str, image: &str) -> String {
    format!(
        r#"{{"format_version": 1, "meta": {{"id": "{id}", "version": "1.0.0",
        "title": {{"en": "Pictures"}}, "target_language": "de", "support_languages": ["en"],
        "kind": "language", "licence": "CC0-1.0", "authors": ["Tests"], "reviewed": "2026-11-01"}},
        "lessons": [{{"id": "first", "title": {{"en": "First"}}, "items": [{{"type": "word",
        "id": "arzt", "text": "Arzt", "translations": {{"en": "doctor"}}, "image": "{image}"}}]}}]}}"#
    )
}

fn image_of(pack: &Pack) -> String {
    pack.media_files()
        .into_iter()
        .next()
        .expect("the pack has a picture")
}

#[wasm_bindgen_test]
fn a_pack_from_elsewhere_shows_its_pictures_from_beside_its_file() {
    let pack = Pack::from_json(&pack_json("pictures", PICTURE)).expect("a compiled pack");
    assert_eq!(
        media_src(&image_of(&pack)),
        site_url(&format!("packs/media/{PICTURE}")),
        "the site's own packs: packs/media/"
    );
    let elsewhere = with_media_addresses(
        pack,
        "https://ngo.example.org/region/packs/pictures.0a1b2c3d4e5f.json",
    );
    assert_eq!(
        media_src(&image_of(&elsewhere)),
        format!("https://ngo.example.org/region/packs/media/{PICTURE}")
    );
}

#[wasm_bindgen_test]
async fn a_shared_file_is_kept_with_its_pictures_only_when_they_are_intact() {
    let file = |id: &str, bytes: &[u8]| {
        write_shared_file(
            &pack_json(id, PICTURE),
            &[SharedMedia {
                name: PICTURE.to_owned(),
                bytes: bytes.to_vec(),
            }],
        )
    };

    // A picture changed on the way: nothing is kept.
    let changed = read_shared_pack(&file("changed", b"abd"), &BrowserForms)
        .expect("the file itself is sound");
    assert_eq!(
        store_shared(changed).await.map(|pack| pack.key),
        Err(StoreSharedError::DamagedMedia)
    );
    assert_eq!(cached_text(&shared_url("changed")).await, None);
    assert!(loaded("changed@~file").is_none());

    // Intact: the pack and its picture are kept, and the pack shows it from this phone.
    let intact = read_shared_pack(&file("intact", b"abc"), &BrowserForms).expect("a sound file");
    let opened = store_shared(intact).await.expect("kept");
    assert_eq!(opened.key.as_str(), "intact@~file");
    assert!(cached_text(&shared_url("intact")).await.is_some());
    let (_, pack) = loaded("intact@~file").expect("in memory");
    let src = media_src(&image_of(&pack));
    assert_eq!(src, site_url(&format!("packs/shared/media/{PICTURE}")));
    assert_eq!(media_bytes(&src).await, Some(b"abc".to_vec()));
}
