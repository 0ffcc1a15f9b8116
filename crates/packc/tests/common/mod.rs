//! Fixtures shared by the pack tool's integration tests.

/// A sound `pack.toml`: German for English and Arabic speakers, with one source.
pub const PACK: &str = r#"format_version = 1
id = "de-a1"
version = "1.0.0"
kind = "language"
level = "A1"
target_language = "de"
support_languages = ["en", "ar"]
licence = "CC-BY-SA-4.0"
authors = ["Passage team"]
reviewed = 2026-10-01

[title]
de = "Erste Schritte"
en = "First steps"
ar = "الخطوات الأولى"

[[sources]]
id = "notruf"
title = "Notruf 112"
url = "https://www.bbk.bund.de/"
"#;
