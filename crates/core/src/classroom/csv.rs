//! CSV cells and rows as RFC 4180 has them, made safe for spreadsheets.
//!
//! A cell is quoted when it holds a comma, a double quote (doubled inside), a line feed or a
//! carriage return; rows end with CRLF. A cell starting with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a leading `'`, so that a spreadsheet shows it as text instead of running it
//! as a formula (a learner's display name is text anyone can type).

/// One cell, guarded and quoted as needed.
pub fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One row, ending with CRLF.
pub fn csv_row<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    let mut row = cells
        .into_iter()
        .map(|cell| csv_cell(cell.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_guarded() {
        let cases = [
            ("Amina", "Amina"),
            ("", ""),
            ("87", "87"),
            ("2026-03-01", "2026-03-01"),
            ("Kim, Lee", "\"Kim, Lee\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("+49 170", "'+49 170"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tTab", "'\tTab"),
            ("\rCR", "\"'\rCR\""),
            ("a=b", "a=b"),
            ("محمد", "محمد"),
        ];
        for (text, expected) in cases {
            assert_eq!(csv_cell(text), expected, "{text:?}");
        }
    }

    #[test]
    fn rows_end_with_crlf() {
        assert_eq!(csv_row(["a", "b,c", ""]), "a,\"b,c\",\r\n");
    }
}
