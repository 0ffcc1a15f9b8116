//! The checksum that tells a damaged stored document from a good one: FNV-1a 64 over the
//! document's version, generation, save time and its data written as canonical JSON.
//!
//! Canonical JSON is compact, with object keys sorted and strings escaped one fixed way, so the
//! checksum does not depend on how the text was laid out (an export pretty-printed by another tool
//! still checks) nor on the JSON library's map order. This rule is shared by every format version
//! and must stay so: it lets an older app tell a damaged document from a newer one.

use std::fmt::Write as _;

use serde_json::Value;

/// The prefix naming the algorithm in the stored checksum.
const ALGORITHM: &str = "fnv1a64";

/// FNV-1a, 64 bits.
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

/// The checksum of a document, as stored: `fnv1a64:` and 16 hex digits.
pub(crate) fn document_checksum(
    version: u64,
    generation: u64,
    saved_at: i64,
    data: &Value,
) -> String {
    let mut text = format!("{version}\n{generation}\n{saved_at}\n");
    write_canonical(&mut text, data);
    format!("{ALGORITHM}:{:016x}", fnv1a64(text.as_bytes()))
}

/// `value` as canonical JSON text.
pub(crate) fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(&mut out, value);
    out
}

fn write_canonical(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => {
            let _ = write!(out, "{number}");
        }
        Value::String(text) => write_string(out, text),
        Value::Array(values) => {
            out.push('[');
            for (index, value) in values.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(out, value);
            }
            out.push(']');
        }
        Value::Object(map) => {
            // Each key put in its place: the map iterates in key order already (unless serde_json's
            // `preserve_order` is on), so each goes at the end, and the wasm holds no sort for this.
            let mut entries: Vec<(&String, &Value)> = Vec::with_capacity(map.len());
            for entry in map {
                let at = entries.partition_point(|(key, _)| *key < entry.0);
                entries.insert(at, entry);
            }
            out.push('{');
            for (index, (key, value)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_canonical(out, value);
            }
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_known_values() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn canonical_json_ignores_layout_and_key_order() {
        let laid_out: Value = serde_json::from_str(
            "{ \"b\": [1, 2.5, null],\n  \"a\": {\"y\": \"\\u00e9\\n\\u0001\", \"x\": true} }",
        )
        .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            canonical_json(&laid_out),
            "{\"a\":{\"x\":true,\"y\":\"é\\n\\u0001\"},\"b\":[1,2.5,null]}"
        );
        let again: Value = serde_json::from_str(&canonical_json(&laid_out))
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(again, laid_out);
    }
}
