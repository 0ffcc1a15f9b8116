//! Reading a parsed JSON document (`serde_json::Value`) into the domain's types by hand, field by
//! field, with errors that say where: `lessons[2].items[0].answer: missing field "correct"`.
//!
//! Why not serde's derived readers: the app is a download on cheap phones, and the derived
//! readers of the pack model cost about 160 KB of WebAssembly (every internally tagged enum, such
//! as `Item` with its `"type"`, buffers its fields and deserialises each variant twice). Parsing
//! text into a `Value` is already in the app for the progress file; walking it by hand is small.
//! The derived `Deserialize` impls stay, as the reference the tests compare these readers with.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::LocalizedText;

/// What is wrong in a document, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonProblem {
    /// The way to the value from the document's root, outermost first (`lessons`, `[2]`).
    path: Vec<String>,
    what: String,
}

impl JsonProblem {
    pub(crate) fn new(what: impl Into<String>) -> Self {
        Self {
            path: Vec::new(),
            what: what.into(),
        }
    }

    /// The same problem one level further out, inside the field `name`.
    fn inside_field(mut self, name: &str) -> Self {
        self.path.insert(0, name.to_owned());
        self
    }

    /// The same problem one level further out, inside the list entry `index`.
    fn inside_index(mut self, index: usize) -> Self {
        self.path.insert(0, format!("[{index}]"));
        self
    }

    fn expected(kind: &str, found: &Value) -> Self {
        let found = match found {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        };
        Self::new(format!("expected {kind}, found {found}"))
    }
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for segment in &self.path {
            if !first && !segment.starts_with('[') {
                f.write_str(".")?;
            }
            f.write_str(segment)?;
            first = false;
        }
        if !first {
            f.write_str(": ")?;
        }
        f.write_str(&self.what)
    }
}

pub(crate) type Read<T> = Result<T, JsonProblem>;

/// An object's fields, taken out one by one; what is left at the end is unknown.
///
/// Readers are passed as `fn` pointers, not closures, so that each helper is compiled once per
/// type read rather than once per field.
pub(crate) struct Fields(Map<String, Value>);

impl Fields {
    pub(crate) fn of(value: Value) -> Read<Self> {
        match value {
            Value::Object(map) => Ok(Self(map)),
            other => Err(JsonProblem::expected("an object", &other)),
        }
    }

    /// A struct's fields as serde's derived readers take them: an object, or a list of the
    /// fields' values in the order of `names` (trailing ones may be left out).
    pub(crate) fn of_struct(value: Value, names: &[&str]) -> Read<Self> {
        match value {
            Value::Array(values) if values.len() > names.len() => Err(JsonProblem::new(format!(
                "expected at most {} values, found {}",
                names.len(),
                values.len()
            ))),
            Value::Array(values) => {
                // Inserted one by one rather than collected, which would sort them first.
                let mut fields = Map::new();
                for (name, value) in names.iter().zip(values) {
                    fields.insert((*name).to_owned(), value);
                }
                Ok(Self(fields))
            }
            other => Self::of(other),
        }
    }

    /// A field that must be there.
    pub(crate) fn required<T>(&mut self, name: &str, read: fn(Value) -> Read<T>) -> Read<T> {
        let value = self.take(name)?;
        read(value).map_err(|problem| problem.inside_field(name))
    }

    /// A field that may be left out or `null`.
    pub(crate) fn optional<T>(
        &mut self,
        name: &str,
        read: fn(Value) -> Read<T>,
    ) -> Read<Option<T>> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => match read(value) {
                Ok(read) => Ok(Some(read)),
                Err(problem) => Err(problem.inside_field(name)),
            },
        }
    }

    /// A field that may be left out, then `default` (but not `null`).
    pub(crate) fn or<T>(&mut self, name: &str, default: T, read: fn(Value) -> Read<T>) -> Read<T> {
        match self.0.remove(name) {
            None => Ok(default),
            Some(value) => read(value).map_err(|problem| problem.inside_field(name)),
        }
    }

    /// A field that may be left out, then its type's default (but not `null`).
    pub(crate) fn or_default<T: Default>(
        &mut self,
        name: &str,
        read: fn(Value) -> Read<T>,
    ) -> Read<T> {
        self.or(name, T::default(), read)
    }

    fn take(&mut self, name: &str) -> Read<Value> {
        self.0
            .remove(name)
            .ok_or_else(|| JsonProblem::new(format!("missing field \"{name}\"")))
    }

    /// Refuses any field not taken.
    pub(crate) fn deny_unknown(self) -> Read<()> {
        match self.0.keys().next() {
            Some(name) => Err(JsonProblem::new(format!("unknown field \"{name}\""))),
            None => Ok(()),
        }
    }
}

/// The `tag` field of an internally tagged object (`{"type": "word", ...}`), and the other fields.
pub(crate) fn tagged(value: Value, tag: &str) -> Read<(String, Fields)> {
    let mut fields = Fields::of(value)?;
    let name = fields.required(tag, string)?;
    Ok((name, fields))
}

/// The problem for a tag or name that is none of `known`.
pub(crate) fn unknown_variant(name: &str, known: &[&str]) -> JsonProblem {
    JsonProblem::new(format!(
        "unknown variant \"{name}\", expected one of {}",
        known.join(", ")
    ))
}

/// One of `known` names, as its index in `known`.
pub(crate) fn one_of(value: Value, known: &[&str]) -> Read<usize> {
    let name = string(value)?;
    known
        .iter()
        .position(|candidate| *candidate == name)
        .ok_or_else(|| unknown_variant(&name, known))
}

pub(crate) fn string(value: Value) -> Read<String> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(JsonProblem::expected("a string", &other)),
    }
}

pub(crate) fn boolean(value: Value) -> Read<bool> {
    match value {
        Value::Bool(yes) => Ok(yes),
        other => Err(JsonProblem::expected("a boolean", &other)),
    }
}

/// A whole number from 0 to `T::MAX`.
pub(crate) fn unsigned<T: TryFrom<u64>>(value: Value) -> Read<T> {
    let number = value
        .as_u64()
        .ok_or_else(|| JsonProblem::expected("an unsigned integer", &value))?;
    T::try_from(number).map_err(|_| JsonProblem::new(format!("{number} is out of range")))
}

/// A list, each entry read with `read`.
pub(crate) fn list<T>(value: Value, read: fn(Value) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(values) = value else {
        return Err(JsonProblem::expected("a list", &value));
    };
    let mut out = Vec::with_capacity(values.len());
    for (index, value) in values.into_iter().enumerate() {
        match read(value) {
            Ok(read) => out.push(read),
            Err(problem) => return Err(problem.inside_index(index)),
        }
    }
    Ok(out)
}

pub(crate) fn strings(value: Value) -> Read<Vec<String>> {
    list(value, string)
}

/// An object from key to value, each value read with `read`, in key order.
pub(crate) fn map<T>(value: Value, read: fn(Value) -> Read<T>) -> Read<BTreeMap<String, T>> {
    let Value::Object(entries) = value else {
        return Err(JsonProblem::expected("an object", &value));
    };
    let mut out = BTreeMap::new();
    for (key, value) in entries {
        match read(value) {
            Ok(read) => out.insert(key, read),
            Err(problem) => return Err(problem.inside_field(&key)),
        };
    }
    Ok(out)
}

pub(crate) fn localized(value: Value) -> Read<LocalizedText> {
    map(value, string).map(LocalizedText)
}

/// A document's `format_version`, read before anything else so that a newer format is refused as
/// such rather than as a pile of unknown fields.
pub(crate) fn format_version(document: &Value) -> Read<u32> {
    let Some(version) = document.get("format_version") else {
        return Err(JsonProblem::new("missing field \"format_version\""));
    };
    unsigned(version.clone()).map_err(|problem| problem.inside_field("format_version"))
}

/// Parses `text` as JSON; the error names the line and column.
pub(crate) fn parse(text: &str) -> Read<Value> {
    serde_json::from_str(text).map_err(|error| JsonProblem::new(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap_or(Value::Null)
    }

    #[test]
    fn problems_say_where_they_are() {
        let problem = list(json(r#"[{"a": 1}, {"a": "x"}]"#), |value| {
            Fields::of(value)?.required("a", unsigned::<u32>)
        })
        .err()
        .map(|problem| problem.inside_field("items").to_string());
        assert_eq!(
            problem.as_deref(),
            Some("items[1].a: expected an unsigned integer, found a string")
        );
    }

    #[test]
    fn fields_may_be_left_out_only_where_allowed() {
        let mut fields = Fields::of(json(r#"{"a": null, "b": 2}"#)).unwrap_or(Fields(Map::new()));
        assert_eq!(fields.optional("a", unsigned::<u8>), Ok(None));
        assert_eq!(fields.or("c", 7, unsigned::<u8>), Ok(7));
        assert!(fields.required("d", unsigned::<u8>).is_err());
        assert_eq!(
            fields.deny_unknown().map_err(|problem| problem.to_string()),
            Err("unknown field \"b\"".into())
        );
    }

    #[test]
    fn numbers_must_fit() {
        assert_eq!(unsigned::<u8>(json("255")), Ok(255));
        assert!(unsigned::<u8>(json("256")).is_err());
        assert!(unsigned::<u32>(json("-1")).is_err());
        assert!(unsigned::<u32>(json("1.0")).is_err());
    }
}
