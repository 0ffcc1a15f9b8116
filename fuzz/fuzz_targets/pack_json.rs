//! Any bytes given to `Pack::from_json`, and any pack it accepts given to `check`, must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_core::Pack;
use passage_core::pack::{Date, ValidationContext, check, validate};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(pack) = Pack::from_json(text) {
        let context = ValidationContext {
            today: Date::new(2026, 11, 24),
        };
        let _ = check(&pack, &context);
        let _ = validate(&pack);
        let _ = pack.to_json();
    }
});
