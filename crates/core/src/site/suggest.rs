//! "Did you mean …?": the nearest known name to a mistyped one, for unknown fields and categories
//! in the site settings file.

/// The known name nearest to `typed`, if one is close enough to be a likely typo.
///
/// Case, hyphens and spaces are ignored first (`Opening-Hours` finds `opening_hours`); then the
/// edit distance must be at most a third of the name's length (at least 1, at most 3).
pub fn nearest<'a>(typed: &str, known: &[&'a str]) -> Option<&'a str> {
    let wanted = fold(typed);
    if wanted.is_empty() {
        return None;
    }
    let budget = (wanted.chars().count() / 3).clamp(1, 3);
    known
        .iter()
        .map(|name| (edit_distance(&wanted, &fold(name)), *name))
        .filter(|(distance, _)| *distance <= budget)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

fn fold(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

/// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
/// alignment), since `nmae` for `name` is the commonest typo; names are short, so the quadratic
/// cost is nothing.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut table = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let cell = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (table[(i - 1) * width + j] + 1)
                    .min(table[i * width + j - 1] + 1)
                    .min(table[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(table[(i - 2) * width + j - 2] + 1);
                }
                best
            };
            table[i * width + j] = cell;
        }
    }
    table[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &[
        "name",
        "logo",
        "colours",
        "opening_hours",
        "address",
        "help",
    ];

    #[test]
    fn suggests_the_nearest_field() {
        let cases: &[(&str, Option<&str>)] = &[
            ("nmae", Some("name")),
            ("Name", Some("name")),
            ("colors", Some("colours")),
            ("adress", Some("address")),
            ("Opening-Hours", Some("opening_hours")),
            ("opening hours", Some("opening_hours")),
            ("logos", Some("logo")),
            ("helpp", Some("help")),
            ("website", None),
            ("x", None),
            ("", None),
            ("completely_different", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(nearest(typed, FIELDS), *expected, "{typed:?}");
        }
    }

    #[test]
    fn edit_distance_table() {
        for (a, b, d) in [
            ("", "", 0),
            ("abc", "abc", 0),
            ("abc", "abd", 1),
            ("abc", "", 3),
            ("kitten", "sitting", 3),
            ("nmae", "name", 1),
            ("ab", "ba", 1),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a} {b}");
        }
    }
}
