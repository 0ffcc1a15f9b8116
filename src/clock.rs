//! The time, from the browser: the domain never reads a clock, the app passes these in.

use passage_core::schedule::Timestamp;

/// Now, in whole seconds since the Unix epoch.
pub fn now() -> Timestamp {
    Timestamp((js_sys::Date::now() / 1000.0).floor() as i64)
}

/// The learner's time zone offset east of UTC, in minutes (JavaScript counts it the other way).
pub fn offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Today's day number in the learner's time zone.
pub fn today() -> i64 {
    now().local_day(offset_minutes())
}

/// Milliseconds since the page started, for how long an answer took.
pub fn millis() -> f64 {
    js_sys::Date::now()
}
