//! Tests across the module: the format, migrations from fixtures, the store under faults, merging.

mod fixtures;
mod format;
mod merge;
mod store;
mod support;
mod wire_json;
