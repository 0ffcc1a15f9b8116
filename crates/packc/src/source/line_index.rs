//! Finding the source line of an item or field, so problems found on the compiled model can be
//! reported where the author has to fix them.

/// The lines of one source file.
pub struct LineIndex {
    lines: Vec<String>,
    /// Added to every line number: the line in the file where this text starts (front matter).
    offset: usize,
}

impl LineIndex {
    pub fn new(text: &str, offset: usize) -> Self {
        Self {
            lines: text.lines().map(str::to_owned).collect(),
            offset,
        }
    }

    /// The line of `id = "<id>"`.
    pub fn item_line(&self, id: &str) -> Option<usize> {
        self.lines
            .iter()
            .position(|line| {
                assignment(line).is_some_and(|(key, value)| key == "id" && unquote(value) == id)
            })
            .map(|at| at + 1 + self.offset)
    }

    /// The line where `field` is set, at or after `from` (an item's line) and before the next
    /// table header of the same or an outer level; or a `[field]` table header.
    pub fn field_line(&self, field: &str, from: Option<usize>) -> Option<usize> {
        let start = from.map_or(0, |line| line.saturating_sub(1 + self.offset));
        let first_segment = field.split('.').next().unwrap_or(field);
        let last_segment = field.rsplit('.').next().unwrap_or(field);
        for (at, line) in self.lines.iter().enumerate().skip(start) {
            let trimmed = line.trim();
            if at > start
                && from.is_some()
                && trimmed.starts_with("[[")
                && !trimmed.contains(&format!(".{first_segment}]"))
                && !trimmed.contains(&format!("{first_segment}]]"))
            {
                return None;
            }
            if let Some((key, _)) = assignment(line) {
                let key_base = key.split('.').next().unwrap_or(key);
                if key == field || key_base == first_segment || key == last_segment {
                    return Some(at + 1 + self.offset);
                }
            }
            let header = trimmed.trim_start_matches('[').trim_end_matches(']');
            if trimmed.starts_with('[')
                && (header == field || header.ends_with(&format!(".{first_segment}")))
            {
                return Some(at + 1 + self.offset);
            }
        }
        None
    }
}

/// `key = value` on a line, with the key's surrounding quotes and spaces removed.
fn assignment(line: &str) -> Option<(&str, &str)> {
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') || trimmed.starts_with('[') {
        return None;
    }
    let (key, value) = trimmed.split_once('=')?;
    Some((key.trim().trim_matches('"'), value.trim()))
}

fn unquote(value: &str) -> &str {
    value
        .split('#')
        .next()
        .unwrap_or(value)
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = r#"title.en = "At the doctor's"

[[word]]
id = "arzt"
text = "Arzt"
en = "doctor"

[[word]]
id = "termin"   # appointment
text = "Termin"

[[question]]
id = "q1"
prompt.en = "Which?"
options = []
"#;

    #[test]
    fn finds_items_and_their_fields() {
        let index = LineIndex::new(LESSON, 0);
        assert_eq!(index.item_line("arzt"), Some(4));
        assert_eq!(index.item_line("termin"), Some(9));
        assert_eq!(
            index.field_line("text", index.item_line("termin")),
            Some(10)
        );
        assert_eq!(index.field_line("prompt", index.item_line("q1")), Some(14));
        assert_eq!(index.field_line("options", index.item_line("q1")), Some(15));
        assert_eq!(index.field_line("audio", index.item_line("arzt")), None);
        assert_eq!(index.field_line("title", None), Some(1));
    }

    #[test]
    fn adds_the_front_matter_offset() {
        let index = LineIndex::new("id = \"x\"\n", 1);
        assert_eq!(index.item_line("x"), Some(2));
    }
}
