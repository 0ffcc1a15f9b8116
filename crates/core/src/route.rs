//! The app's screens and their addresses.
//!
//! Passage keeps the screen in the URL fragment (`index.html#/packs`). A static host only ever sees
//! a request for the folder the app lives in, so every deep link survives a reload on hosts with no
//! rewrite rules (GitHub Pages, plain nginx, a USB stick server), at the root or in any sub-folder.

use std::fmt;

use crate::classroom::AssignmentId;

/// A screen of the app, as named by the URL fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The first screen: what Passage is, the language picker, "Start learning".
    Home,
    /// The list of lesson packs this site offers.
    Packs,
    /// One pack, by its key (`crate::site::PackKey`): its id for the site's own packs,
    /// `id@host~folder` for another catalog's, `id@~file` for one opened from a file. Its lessons,
    /// download for offline use, removal.
    Pack(String),
    /// A lesson of a pack, studied.
    Lesson { pack: String, lesson: String },
    /// A review session of the items due across all packs.
    Review,
    /// The learner's data: progress export and import, storage, deleting everything.
    MyData,
    /// The local help directory the site lists in its settings (`#/help`): organisations, what
    /// they offer, languages spoken, how to reach them.
    Help,
    /// An assignment a teacher sent, opened by the learner from its link (`#/assign/<code>`). The
    /// code is kept as it came, even when damaged, so the screen can say what is wrong with it
    /// through `classroom::Assignment::from_code`; an empty code means the link was cut.
    Assign(String),
    /// The receipt for an accepted assignment, by the assignment's id (`#/receipt/<id>`): what the
    /// learner sends their teacher. The id is as `classroom::AssignmentId` writes it.
    Receipt(String),
    /// The teacher's screen to make an assignment (`#/teach`).
    Teach,
    /// The teacher's class overview: receipts imported, per class (`#/class`).
    Class,
    /// A lesson's words, phrases, dialogues and readings laid out for printing as a worksheet
    /// (`#/packs/<pack>/<lesson>/print`).
    Print { pack: String, lesson: String },
    /// A fragment that names no screen; kept so the page can say what was asked for.
    NotFound(String),
}

impl Route {
    /// Reads a route from a location fragment such as `"#/packs"`, `"#packs/"` or `""`.
    pub fn from_fragment(fragment: &str) -> Self {
        let path = fragment.trim_start_matches('#').trim_matches('/');
        let mut parts = path.split('/').filter(|part| !part.is_empty());
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Self::Home,
            (Some("packs"), None, _) => Self::Packs,
            (Some("packs"), Some(id), None) if is_pack_key(id) => Self::Pack(id.to_owned()),
            (Some("packs"), Some(pack), Some(lesson))
                if is_pack_key(pack) && is_pack_id(lesson) =>
            {
                match (parts.next(), parts.next()) {
                    (None, _) => Self::Lesson {
                        pack: pack.to_owned(),
                        lesson: lesson.to_owned(),
                    },
                    (Some("print"), None) => Self::Print {
                        pack: pack.to_owned(),
                        lesson: lesson.to_owned(),
                    },
                    _ => Self::NotFound(path.to_owned()),
                }
            }
            (Some("review"), None, _) => Self::Review,
            (Some("data"), None, _) => Self::MyData,
            (Some("help"), None, _) => Self::Help,
            (Some("assign"), None, _) => Self::Assign(String::new()),
            (Some("assign"), Some(code), None) => Self::Assign(code.to_owned()),
            (Some("receipt"), Some(id), None) if id.parse::<AssignmentId>().is_ok() => {
                Self::Receipt(id.to_owned())
            }
            (Some("teach"), None, _) => Self::Teach,
            (Some("class"), None, _) => Self::Class,
            _ => Self::NotFound(path.to_owned()),
        }
    }

    /// The fragment for this route, for use in `href` (`"#/packs"`).
    pub fn fragment(&self) -> String {
        format!("#{self}")
    }
}

/// Whether `text` is a pack key: a pack id, or an id with the namespace of another catalog or of
/// a shared file (`crate::site::PackKey`).
pub fn is_pack_key(text: &str) -> bool {
    crate::site::PackKey::parse(text).is_some()
}

/// Pack ids are lower-case ASCII letters, digits and hyphens, so they are safe in a URL as they are.
pub fn is_pack_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Home => f.write_str("/"),
            Self::Packs => f.write_str("/packs"),
            Self::Pack(id) => write!(f, "/packs/{id}"),
            Self::Lesson { pack, lesson } => write!(f, "/packs/{pack}/{lesson}"),
            Self::Review => f.write_str("/review"),
            Self::MyData => f.write_str("/data"),
            Self::Help => f.write_str("/help"),
            Self::Assign(code) => write!(f, "/assign/{code}"),
            Self::Receipt(id) => write!(f, "/receipt/{id}"),
            Self::Teach => f.write_str("/teach"),
            Self::Class => f.write_str("/class"),
            Self::Print { pack, lesson } => write!(f, "/packs/{pack}/{lesson}/print"),
            Self::NotFound(path) => write!(f, "/{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fragments() {
        let cases = [
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/packs", Route::Packs),
            ("#packs/", Route::Packs),
            ("#/packs/de-a1", Route::Pack("de-a1".into())),
            ("#/packs/DE", Route::NotFound("packs/DE".into())),
            (
                "#/packs/welcome@ngo.example.org~passage~packs",
                Route::Pack("welcome@ngo.example.org~passage~packs".into()),
            ),
            ("#/packs/welcome@~file", Route::Pack("welcome@~file".into())),
            (
                "#/packs/welcome@127.0.0.1:8101~packs/first-words",
                Route::Lesson {
                    pack: "welcome@127.0.0.1:8101~packs".into(),
                    lesson: "first-words".into(),
                },
            ),
            (
                "#/packs/welcome@<b>",
                Route::NotFound("packs/welcome@<b>".into()),
            ),
            (
                "#/packs/de-a1/doctor@x",
                Route::NotFound("packs/de-a1/doctor@x".into()),
            ),
            (
                "#/packs/de-a1/doctor",
                Route::Lesson {
                    pack: "de-a1".into(),
                    lesson: "doctor".into(),
                },
            ),
            (
                "#/packs/de-a1/doctor/x",
                Route::NotFound("packs/de-a1/doctor/x".into()),
            ),
            (
                "#/packs/de-a1/doctor/print",
                Route::Print {
                    pack: "de-a1".into(),
                    lesson: "doctor".into(),
                },
            ),
            (
                "#/packs/de-a1/doctor/print/x",
                Route::NotFound("packs/de-a1/doctor/print/x".into()),
            ),
            (
                "#/packs/de-a1/Doctor",
                Route::NotFound("packs/de-a1/Doctor".into()),
            ),
            ("#/review", Route::Review),
            ("#/data/", Route::MyData),
            ("#/help", Route::Help),
            ("#/help/x", Route::NotFound("help/x".into())),
            ("#/nowhere", Route::NotFound("nowhere".into())),
            ("#/assign/AQxB-_9z", Route::Assign("AQxB-_9z".into())),
            ("#assign/AQxB/", Route::Assign("AQxB".into())),
            ("#/assign", Route::Assign(String::new())),
            ("#/assign/", Route::Assign(String::new())),
            ("#/assign/AQ/xB", Route::NotFound("assign/AQ/xB".into())),
            ("#/receipt/T7NHH5", Route::Receipt("T7NHH5".into())),
            ("#/receipt/T7NHH5/", Route::Receipt("T7NHH5".into())),
            ("#/receipt", Route::NotFound("receipt".into())),
            ("#/receipt/T7NH", Route::NotFound("receipt/T7NH".into())),
            (
                "#/receipt/T7NHH5/x",
                Route::NotFound("receipt/T7NHH5/x".into()),
            ),
            ("#/teach", Route::Teach),
            ("#/teach/x", Route::NotFound("teach/x".into())),
            ("#/class/", Route::Class),
            ("#/class/x", Route::NotFound("class/x".into())),
        ];
        for (fragment, expected) in cases {
            assert_eq!(
                Route::from_fragment(fragment),
                expected,
                "fragment {fragment:?}"
            );
        }
    }

    #[test]
    fn fragments_read_back_as_the_same_route() {
        for route in [
            Route::Home,
            Route::Packs,
            Route::Pack("us-civics".into()),
            Route::Pack("us-civics@ngo.example.org:8443~packs".into()),
            Route::Lesson {
                pack: "us-civics".into(),
                lesson: "principles".into(),
            },
            Route::Review,
            Route::MyData,
            Route::Help,
            Route::Assign("AQxB-_9z".into()),
            Route::Assign(String::new()),
            Route::Receipt("T7NHH5".into()),
            Route::Teach,
            Route::Class,
            Route::Print {
                pack: "de-a1".into(),
                lesson: "doctor".into(),
            },
        ] {
            assert_eq!(Route::from_fragment(&route.fragment()), route);
        }
    }

    #[test]
    fn pack_ids_are_url_safe() {
        assert!(is_pack_id("de-a1"));
        for bad in ["", "-a", "a-", "Ab", "a/b", "a b", "ä", &"x".repeat(65)] {
            assert!(!is_pack_id(bad), "{bad:?} should be refused");
        }
    }
}
