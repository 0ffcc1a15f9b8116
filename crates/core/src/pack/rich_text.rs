//! Reading passages as a small, safe tree: headings, paragraphs, lists, emphasis and links.
//!
//! The pack tool turns authors' Markdown into this tree at build time; no HTML ever reaches the
//! browser, and the app renders each piece as elements with text nodes.

use serde::{Deserialize, Serialize};

/// A block of a reading passage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Block {
    /// A heading; `level` is 1 (the passage's own sections) to 3.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    /// A list; each item is a sequence of blocks (usually one paragraph, maybe a nested list).
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
}

/// Text inside a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    /// A link; `href` is always `https:`, `http:`, `mailto:` or `tel:` (checked by `validate`).
    Link {
        href: String,
        content: Vec<Inline>,
    },
    LineBreak,
}

/// The URL schemes a link in a pack may use.
pub const SAFE_LINK_SCHEMES: &[&str] = &["https:", "http:", "mailto:", "tel:"];

/// Whether a link target is one the app may show: an absolute URL with a safe scheme.
pub fn is_safe_href(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    SAFE_LINK_SCHEMES
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !href.chars().any(|c| c.is_control() || c.is_whitespace())
}

impl Block {
    /// Every piece of text in the block, in reading order, for checks and search.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_texts(&mut out);
        out
    }

    fn collect_texts<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Block::Heading { content, .. } | Block::Paragraph { content } => {
                content.iter().for_each(|inline| inline.collect_texts(out));
            }
            Block::List { items, .. } => items
                .iter()
                .flatten()
                .for_each(|block| block.collect_texts(out)),
        }
    }

    /// Every link target in the block.
    pub fn hrefs(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_hrefs(&mut out);
        out
    }

    fn collect_hrefs<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Block::Heading { content, .. } | Block::Paragraph { content } => {
                content.iter().for_each(|inline| inline.collect_hrefs(out));
            }
            Block::List { items, .. } => items
                .iter()
                .flatten()
                .for_each(|block| block.collect_hrefs(out)),
        }
    }
}

impl Inline {
    fn collect_texts<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Inline::Text { text } => out.push(text),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Link { content, .. } => {
                content.iter().for_each(|inline| inline.collect_texts(out));
            }
            Inline::LineBreak => {}
        }
    }

    fn collect_hrefs<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Inline::Link { href, content } => {
                out.push(href);
                content.iter().for_each(|inline| inline.collect_hrefs(out));
            }
            Inline::Emphasis { content } | Inline::Strong { content } => {
                content.iter().for_each(|inline| inline.collect_hrefs(out));
            }
            Inline::Text { .. } | Inline::LineBreak => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_link_schemes_pass() {
        for safe in [
            "https://www.bamf.de/",
            "http://example.org",
            "mailto:a@b.c",
            "tel:+49110",
        ] {
            assert!(is_safe_href(safe), "{safe}");
        }
        for unsafe_href in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "/relative",
            "https:",
            "https://a b",
            "vbscript:x",
            " javascript:x",
        ] {
            assert!(!is_safe_href(unsafe_href), "{unsafe_href}");
        }
    }

    #[test]
    fn collects_texts_and_links_in_order() {
        let block = Block::List {
            ordered: false,
            items: vec![vec![Block::Paragraph {
                content: vec![
                    Inline::Text {
                        text: "Call ".into(),
                    },
                    Inline::Link {
                        href: "tel:112".into(),
                        content: vec![Inline::Strong {
                            content: vec![Inline::Text { text: "112".into() }],
                        }],
                    },
                ],
            }]],
        };
        assert_eq!(block.texts(), vec!["Call ", "112"]);
        assert_eq!(block.hrefs(), vec!["tel:112"]);
    }
}
