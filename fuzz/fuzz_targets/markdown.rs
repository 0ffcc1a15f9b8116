//! Any text given to the reading-passage Markdown parser must give blocks or problems, not a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_packc::markdown::parse_markdown;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_markdown(text);
    }
});
