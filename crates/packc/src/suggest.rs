//! "Did you mean …?": the nearest known name to a misspelt one.

/// The known name nearest to `unknown`, if it is close enough to be a likely typo.
pub fn nearest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    let unknown = unknown.to_lowercase();
    known
        .iter()
        .map(|name| (edit_distance(&unknown, name), *name))
        .filter(|(distance, name)| *distance <= (name.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// Edit distance over characters, counting a swap of two neighbours as one edit (so `artikel`
/// is two edits from `article`), the commonest typos.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// Rewrites serde's "unknown field `x`, expected one of `a`, `b`" into a message that suggests the
/// nearest known field.
pub fn unknown_field_message(message: &str) -> String {
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message.to_owned();
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_owned();
    };
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    match nearest(unknown, &known) {
        Some(near) => format!("unknown field `{unknown}`; did you mean `{near}`?"),
        None => format!(
            "unknown field `{unknown}`; the fields here are: {}",
            known.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_field() {
        let known = ["id", "text", "article", "plural", "alternatives", "audio"];
        assert_eq!(nearest("artikel", &known), Some("article"));
        assert_eq!(nearest("alternative", &known), Some("alternatives"));
        assert_eq!(nearest("txt", &known), Some("text"));
        assert_eq!(nearest("artikel", &known), Some("article"));
        assert_eq!(nearest("colour", &known), None);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn rewrites_serde_messages() {
        let message = "unknown field `kinds`, expected one of `id`, `kind`, `version`";
        assert_eq!(
            unknown_field_message(message),
            "unknown field `kinds`; did you mean `kind`?"
        );
        let far = "unknown field `zzzzzz`, expected `id` or `kind`";
        assert_eq!(
            unknown_field_message(far),
            "unknown field `zzzzzz`; the fields here are: id, kind"
        );
    }
}
