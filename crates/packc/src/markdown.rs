//! Reading passages: the Markdown subset authors write, turned into `passage_core::pack::Block`.
//!
//! The subset: headings `#` to `###`, paragraphs, bullet and numbered lists (nested up to
//! [`MAX_LIST_DEPTH`] levels), `*emphasis*` / `_emphasis_`, `**strong**`, links to `https:`,
//! `http:`, `mailto:` and `tel:` targets (inline, reference-style and `<autolinks>`), and hard
//! line breaks. Inline code becomes plain text. Everything else (raw HTML, images, code blocks,
//! block quotes, tables, horizontal rules, footnotes, task lists) is a problem reported with its
//! line, in words a teacher can act on. Every problem in the text is collected, not just the
//! first.
//!
//! The conversion never recurses over the input: it walks pulldown-cmark's flat event stream with
//! an explicit stack, and limits how deep lists and inline formatting may nest, so any input —
//! however deeply nested or malformed — gives `Ok` or `Err` rather than a crash.

use std::collections::HashSet;

use passage_core::pack::{Block, Inline, is_safe_href};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// How many lists may sit inside each other.
pub const MAX_LIST_DEPTH: usize = 8;

/// How many emphasis, strong and link spans may sit inside each other.
pub const MAX_INLINE_DEPTH: usize = 8;

/// Link targets longer than this are shortened in messages.
const MAX_SHOWN_TARGET_CHARS: usize = 100;

const RAW_HTML: &str = "raw HTML is not allowed in reading passages; write plain Markdown \
     (for example **bold** instead of <b>bold</b>)";
const IMAGE: &str = "an image is not supported in reading passages; pictures belong on items, \
     so add the picture to an item instead";
const FENCED_CODE: &str = "a code block (``` or ~~~) is not supported in reading passages; \
     write the text as a normal paragraph";
const INDENTED_CODE: &str = "an indented code block (a line starting with four or more spaces \
     or a tab) is not supported in reading passages; remove the spaces at the start of the line";
const BLOCK_QUOTE: &str = "a block quote (a line starting with >) is not supported in reading \
     passages; write the text as a normal paragraph";
const TABLE: &str =
    "a table is not supported in reading passages; use a list instead (one item per row)";
const RULE: &str = "a horizontal rule (---, *** or ___ on a line of its own) is not supported \
     in reading passages; start a new section with a heading instead";
const FOOTNOTE: &str = "a footnote is not supported in reading passages; put the note in the \
     text itself, for example in brackets";
const TASK_LIST: &str = "a task list ([ ] or [x] at the start of a list item) is not supported \
     in reading passages; use a normal list";
const OTHER_FORMATTING: &str =
    "this kind of formatting is not supported in reading passages; write plain text";

/// A problem in a Markdown text, at a 1-based line of that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: String,
}

/// Parses the Markdown subset into blocks, collecting every problem.
///
/// An empty or whitespace-only text is an empty passage. Problems come back sorted by line.
pub fn parse_markdown(source: &str) -> Result<Vec<Block>, Vec<MarkdownProblem>> {
    if source.trim().is_empty() {
        return Ok(Vec::new());
    }
    let lines = LineIndex::new(source);
    let mut builder = Builder::default();
    for (event, range) in Parser::new_ext(source, parser_options()).into_offset_iter() {
        builder.event(event, lines.line_of(range.start));
    }
    builder.finish()
}

/// Only what authors may write, plus the constructs we must recognise to reject them (tables,
/// footnotes, task lists). No smart punctuation: typographic characters pass through as written.
/// No strikethrough: `~` is common in ordinary text ("~5 km") and stays text.
fn parser_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_TASKLISTS
}

fn heading_too_deep(level: usize) -> String {
    format!(
        "a heading with {} is too deep; reading passages use # to ### only, so write ### instead",
        "#".repeat(level)
    )
}

fn unsafe_link(target: &str) -> String {
    if target.trim().is_empty() {
        return "a link has no target; put the address in the round brackets, starting with \
                https://, http://, mailto: or tel:"
            .to_owned();
    }
    format!(
        "link target `{}` is not allowed; links must start with https://, http://, mailto: or tel:",
        shown_target(target)
    )
}

fn empty_link(target: &str) -> String {
    format!(
        "the link to `{}` has no text; write the words to show between the square brackets, \
         for example [Bürgeramt](https://service.berlin.de)",
        shown_target(target)
    )
}

fn list_too_deep() -> String {
    format!(
        "lists are nested more than {MAX_LIST_DEPTH} levels deep; move some items out to a \
         higher level"
    )
}

fn formatting_too_deep() -> String {
    format!(
        "emphasis, bold and links are nested more than {MAX_INLINE_DEPTH} levels deep inside \
         each other; simplify the formatting"
    )
}

/// A link target as shown in a message: control characters escaped, very long targets (pasted
/// `data:` URLs) shortened.
fn shown_target(target: &str) -> String {
    let mut shown = String::new();
    for (count, c) in target.chars().enumerate() {
        if count >= MAX_SHOWN_TARGET_CHARS {
            shown.push('…');
            break;
        }
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// Byte offset → 1-based line. Lines end at `\n`, `\r\n` or a lone `\r`, as in CommonMark.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut starts = vec![0];
        let mut bytes = source.bytes().enumerate().peekable();
        while let Some((i, b)) = bytes.next() {
            match b {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.peek().map(|&(_, next)| next) != Some(b'\n') => starts.push(i + 1),
                _ => {}
            }
        }
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        // `starts[0] == 0 <= offset`, so this is at least 1.
        self.starts.partition_point(|&start| start <= offset).max(1)
    }
}

/// An element being built, one per open `Start` event.
enum Frame {
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    /// A list item: its blocks so far, and the loose text of a tight item not yet wrapped in a
    /// paragraph.
    Item {
        blocks: Vec<Block>,
        text: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Link {
        href: String,
        content: Vec<Inline>,
        line: usize,
        /// Whether something inside (an image, say) was dropped; then an empty link has
        /// already been reported for that.
        lost_content: bool,
    },
    /// Something not in the subset (already reported) or too deep: nothing inside is built,
    /// but problems inside are still reported.
    Discard,
}

/// What a closed frame gives its parent.
enum Built {
    Block(Block),
    Inline(Inline),
    Item(Vec<Block>),
    Nothing,
}

#[derive(Default)]
struct Builder {
    /// Open frames above the root; the root's blocks are kept apart so it can never be popped.
    stack: Vec<Frame>,
    root: Vec<Block>,
    problems: Vec<MarkdownProblem>,
    seen: HashSet<(usize, String)>,
    /// Open `Discard` frames; while any is open, nothing is built.
    discarding: usize,
    /// Open list frames (built ones only).
    list_depth: usize,
    /// Open emphasis, strong and link frames (built ones only).
    inline_depth: usize,
    /// Open HTML blocks, whose raw lines were reported once at the block's start.
    html_blocks: usize,
}

impl Builder {
    fn report(&mut self, line: usize, message: impl Into<String>) {
        let message = message.into();
        // The same problem twice on a line (`<b>x</b>`) is reported once.
        if self.seen.insert((line, message.clone())) {
            self.problems.push(MarkdownProblem { line, message });
        }
    }

    fn event(&mut self, event: Event<'_>, line: usize) {
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(end) => self.end(end),
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => self.add_inline(Inline::Text {
                text: text.into_string(),
            }),
            Event::SoftBreak => self.add_inline(Inline::Text { text: " ".into() }),
            Event::HardBreak => self.add_inline(Inline::LineBreak),
            Event::Html(_) => {
                if self.html_blocks == 0 {
                    self.report(line, RAW_HTML);
                }
            }
            Event::InlineHtml(_) => self.report(line, RAW_HTML),
            Event::FootnoteReference(_) => self.report(line, FOOTNOTE),
            Event::Rule => self.report(line, RULE),
            Event::TaskListMarker(_) => self.report(line, TASK_LIST),
        }
    }

    fn start(&mut self, tag: Tag<'_>, line: usize) {
        // First the problems the tag itself has, wherever it is.
        let supported = match &tag {
            Tag::Paragraph | Tag::List(_) | Tag::Item | Tag::Emphasis | Tag::Strong => true,
            Tag::Heading { level, .. } => {
                let level = heading_level(*level);
                if level > 3 {
                    self.report(line, heading_too_deep(usize::from(level)));
                }
                level <= 3
            }
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let href = link_href(*link_type, dest_url);
                if !is_safe_href(&href) {
                    self.report(line, unsafe_link(&href));
                }
                true
            }
            Tag::HtmlBlock => {
                self.html_blocks += 1;
                self.report(line, RAW_HTML);
                false
            }
            Tag::Image { .. } => {
                self.report(line, IMAGE);
                false
            }
            Tag::CodeBlock(CodeBlockKind::Fenced(_)) => {
                self.report(line, FENCED_CODE);
                false
            }
            Tag::CodeBlock(CodeBlockKind::Indented) => {
                self.report(line, INDENTED_CODE);
                false
            }
            Tag::BlockQuote(_) => {
                self.report(line, BLOCK_QUOTE);
                false
            }
            Tag::Table(_) => {
                self.report(line, TABLE);
                false
            }
            // Only ever inside a table, which is reported.
            Tag::TableHead | Tag::TableRow | Tag::TableCell => false,
            Tag::FootnoteDefinition(_) => {
                self.report(line, FOOTNOTE);
                false
            }
            // Not enabled in `parser_options`, so never seen; rejected all the same.
            Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => {
                self.report(line, OTHER_FORMATTING);
                false
            }
        };
        if !supported || self.discarding > 0 {
            self.push_discard();
            return;
        }

        // Then build it, unless it nests too deep.
        let frame = match tag {
            Tag::Paragraph => Some(Frame::Paragraph(Vec::new())),
            Tag::Heading { level, .. } => Some(Frame::Heading {
                level: heading_level(level),
                content: Vec::new(),
            }),
            Tag::List(start) => {
                if self.list_depth >= MAX_LIST_DEPTH {
                    self.report(line, list_too_deep());
                    None
                } else {
                    self.list_depth += 1;
                    Some(Frame::List {
                        ordered: start.is_some(),
                        items: Vec::new(),
                    })
                }
            }
            Tag::Item => Some(Frame::Item {
                blocks: Vec::new(),
                text: Vec::new(),
            }),
            Tag::Emphasis => self.inline_frame(line, Frame::Emphasis(Vec::new())),
            Tag::Strong => self.inline_frame(line, Frame::Strong(Vec::new())),
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => self.inline_frame(
                line,
                Frame::Link {
                    href: link_href(link_type, &dest_url),
                    content: Vec::new(),
                    line,
                    lost_content: false,
                },
            ),
            _ => None,
        };
        match frame {
            Some(frame) => self.stack.push(frame),
            None => self.push_discard(),
        }
    }

    /// An emphasis, strong or link frame, unless formatting already nests too deep here.
    fn inline_frame(&mut self, line: usize, frame: Frame) -> Option<Frame> {
        if self.inline_depth >= MAX_INLINE_DEPTH {
            self.report(line, formatting_too_deep());
            None
        } else {
            self.inline_depth += 1;
            Some(frame)
        }
    }

    fn push_discard(&mut self) {
        self.discarding += 1;
        self.stack.push(Frame::Discard);
    }

    fn end(&mut self, end: TagEnd) {
        if end == TagEnd::HtmlBlock {
            self.html_blocks = self.html_blocks.saturating_sub(1);
        }
        // Start and end events are balanced; should they not be, an extra end is ignored.
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let built = self.close(frame);
        self.attach(built);
    }

    fn close(&mut self, frame: Frame) -> Built {
        match frame {
            Frame::List { ordered, items } => {
                self.list_depth = self.list_depth.saturating_sub(1);
                Built::Block(Block::List { ordered, items })
            }
            Frame::Item { mut blocks, text } => {
                flush_item_text(&mut blocks, text);
                Built::Item(blocks)
            }
            Frame::Paragraph(content) => Built::Block(Block::Paragraph { content }),
            Frame::Heading { level, content } => Built::Block(Block::Heading { level, content }),
            Frame::Emphasis(content) => {
                self.inline_depth = self.inline_depth.saturating_sub(1);
                Built::Inline(Inline::Emphasis { content })
            }
            Frame::Strong(content) => {
                self.inline_depth = self.inline_depth.saturating_sub(1);
                Built::Inline(Inline::Strong { content })
            }
            Frame::Link {
                href,
                content,
                line,
                lost_content,
            } => {
                self.inline_depth = self.inline_depth.saturating_sub(1);
                if !lost_content && !has_visible_text(&content) {
                    self.report(line, empty_link(&href));
                }
                Built::Inline(Inline::Link { href, content })
            }
            Frame::Discard => {
                self.discarding = self.discarding.saturating_sub(1);
                Built::Nothing
            }
        }
    }

    fn attach(&mut self, built: Built) {
        let Some(parent) = self.stack.last_mut() else {
            if let Built::Block(block) = built {
                self.root.push(block);
            }
            return;
        };
        match (parent, built) {
            (Frame::List { items, .. }, Built::Item(blocks)) => items.push(blocks),
            (Frame::Item { blocks, text }, Built::Block(block)) => {
                flush_item_text(blocks, std::mem::take(text));
                blocks.push(block);
            }
            (Frame::Link { lost_content, .. }, Built::Nothing) => *lost_content = true,
            (parent, Built::Inline(inline)) => {
                if let Some(content) = inline_content(parent) {
                    push_inline(content, inline);
                }
            }
            _ => {}
        }
    }

    fn add_inline(&mut self, inline: Inline) {
        if self.discarding > 0 {
            return;
        }
        if let Some(content) = self.stack.last_mut().and_then(inline_content) {
            push_inline(content, inline);
        }
    }

    fn finish(mut self) -> Result<Vec<Block>, Vec<MarkdownProblem>> {
        // The parser closes everything it opens; close anything left all the same.
        while let Some(frame) = self.stack.pop() {
            let built = self.close(frame);
            self.attach(built);
        }
        if self.problems.is_empty() {
            Ok(self.root)
        } else {
            // Stable: problems on one line stay in the order they were found.
            self.problems.sort_by_key(|problem| problem.line);
            Err(self.problems)
        }
    }
}

/// The inline content a frame collects, if it collects any.
fn inline_content(frame: &mut Frame) -> Option<&mut Vec<Inline>> {
    match frame {
        Frame::Item { text, .. } => Some(text),
        Frame::Paragraph(content)
        | Frame::Heading { content, .. }
        | Frame::Emphasis(content)
        | Frame::Strong(content)
        | Frame::Link { content, .. } => Some(content),
        Frame::List { .. } | Frame::Discard => None,
    }
}

/// Appends an inline, merging adjacent text into one `Text` and dropping empty text.
fn push_inline(content: &mut Vec<Inline>, inline: Inline) {
    match (content.last_mut(), inline) {
        (_, Inline::Text { text }) if text.is_empty() => {}
        (Some(Inline::Text { text: last }), Inline::Text { text }) => last.push_str(&text),
        (_, inline) => content.push(inline),
    }
}

/// A tight list item's text becomes a paragraph of its own.
fn flush_item_text(blocks: &mut Vec<Block>, text: Vec<Inline>) {
    if !text.is_empty() {
        blocks.push(Block::Paragraph { content: text });
    }
}

fn has_visible_text(content: &[Inline]) -> bool {
    content.iter().any(|inline| match inline {
        Inline::Text { text } => !text.trim().is_empty(),
        Inline::Emphasis { content }
        | Inline::Strong { content }
        | Inline::Link { content, .. } => has_visible_text(content),
        Inline::LineBreak => false,
    })
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The target a link really points to: an email autolink `<a@b.de>` means `mailto:a@b.de`.
fn link_href(link_type: LinkType, dest_url: &str) -> String {
    match link_type {
        LinkType::Email => format!("mailto:{dest_url}"),
        _ => dest_url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Inline {
        Inline::Text { text: text.into() }
    }
    fn em(content: Vec<Inline>) -> Inline {
        Inline::Emphasis { content }
    }
    fn strong(content: Vec<Inline>) -> Inline {
        Inline::Strong { content }
    }
    fn link(href: &str, content: Vec<Inline>) -> Inline {
        Inline::Link {
            href: href.into(),
            content,
        }
    }
    fn br() -> Inline {
        Inline::LineBreak
    }
    fn p(content: Vec<Inline>) -> Block {
        Block::Paragraph { content }
    }
    fn h(level: u8, content: Vec<Inline>) -> Block {
        Block::Heading { level, content }
    }
    fn ul(items: Vec<Vec<Block>>) -> Block {
        Block::List {
            ordered: false,
            items,
        }
    }
    fn ol(items: Vec<Vec<Block>>) -> Block {
        Block::List {
            ordered: true,
            items,
        }
    }
    /// A tight list item: one paragraph of plain text.
    fn item(text: &str) -> Vec<Block> {
        vec![p(vec![t(text)])]
    }
    fn problem(line: usize, message: &str) -> MarkdownProblem {
        MarkdownProblem {
            line,
            message: message.into(),
        }
    }
    fn problems(source: &str) -> Vec<MarkdownProblem> {
        match parse_markdown(source) {
            Ok(blocks) => panic!("expected problems for {source:?}, got {blocks:?}"),
            Err(problems) => problems,
        }
    }

    #[test]
    fn empty_and_blank_sources_are_empty_passages() {
        for source in ["", " ", "\n\n", " \t\r\n  \n"] {
            assert_eq!(parse_markdown(source), Ok(vec![]), "{source:?}");
        }
    }

    #[test]
    fn supported_constructs_become_the_expected_tree() {
        let cases: Vec<(&str, Vec<Block>)> = vec![
            // Headings.
            ("# Anmeldung", vec![h(1, vec![t("Anmeldung")])]),
            ("## Termin", vec![h(2, vec![t("Termin")])]),
            ("### Unterlagen", vec![h(3, vec![t("Unterlagen")])]),
            ("### Closed ###", vec![h(3, vec![t("Closed")])]),
            ("Titel\n=====", vec![h(1, vec![t("Titel")])]),
            ("Titel\n-----", vec![h(2, vec![t("Titel")])]),
            ("## *Wichtig*", vec![h(2, vec![em(vec![t("Wichtig")])])]),
            // Paragraphs.
            ("Ein Satz.", vec![p(vec![t("Ein Satz.")])]),
            (
                "Erster Absatz.\n\nZweiter Absatz.",
                vec![p(vec![t("Erster Absatz.")]), p(vec![t("Zweiter Absatz.")])],
            ),
            (
                "# Titel\nText direkt darunter.",
                vec![h(1, vec![t("Titel")]), p(vec![t("Text direkt darunter.")])],
            ),
            // Soft and hard breaks.
            ("eins\nzwei\ndrei", vec![p(vec![t("eins zwei drei")])]),
            ("eins  \nzwei", vec![p(vec![t("eins"), br(), t("zwei")])]),
            ("eins\\\nzwei", vec![p(vec![t("eins"), br(), t("zwei")])]),
            ("eins\r\nzwei", vec![p(vec![t("eins zwei")])]),
            // Emphasis and strong.
            (
                "ein *wichtiges* Wort",
                vec![p(vec![t("ein "), em(vec![t("wichtiges")]), t(" Wort")])],
            ),
            (
                "ein _wichtiges_ Wort",
                vec![p(vec![t("ein "), em(vec![t("wichtiges")]), t(" Wort")])],
            ),
            (
                "**Frist:** 14 Tage",
                vec![p(vec![strong(vec![t("Frist:")]), t(" 14 Tage")])],
            ),
            ("__Frist__", vec![p(vec![strong(vec![t("Frist")])])]),
            (
                "***beides***",
                vec![p(vec![em(vec![strong(vec![t("beides")])])])],
            ),
            (
                "**fett mit *kursiv* darin**",
                vec![p(vec![strong(vec![
                    t("fett mit "),
                    em(vec![t("kursiv")]),
                    t(" darin"),
                ])])],
            ),
            // Links.
            (
                "[Bürgeramt](https://service.berlin.de)",
                vec![p(vec![link(
                    "https://service.berlin.de",
                    vec![t("Bürgeramt")],
                )])],
            ),
            (
                "[Seite](http://example.org \"Titel\")",
                vec![p(vec![link("http://example.org", vec![t("Seite")])])],
            ),
            (
                "Notruf: [112](tel:112)",
                vec![p(vec![t("Notruf: "), link("tel:112", vec![t("112")])])],
            ),
            (
                "[Mail](mailto:info@example.org)",
                vec![p(vec![link("mailto:info@example.org", vec![t("Mail")])])],
            ),
            (
                "[**fett**](https://a.de)",
                vec![p(vec![link("https://a.de", vec![strong(vec![t("fett")])])])],
            ),
            (
                "<https://www.bamf.de>",
                vec![p(vec![link(
                    "https://www.bamf.de",
                    vec![t("https://www.bamf.de")],
                )])],
            ),
            (
                "<info@example.org>",
                vec![p(vec![link(
                    "mailto:info@example.org",
                    vec![t("info@example.org")],
                )])],
            ),
            (
                "Siehe [BAMF][bamf].\n\n[bamf]: https://www.bamf.de",
                vec![p(vec![
                    t("Siehe "),
                    link("https://www.bamf.de", vec![t("BAMF")]),
                    t("."),
                ])],
            ),
            (
                "[BAMF]\n\n[bamf]: https://www.bamf.de",
                vec![p(vec![link("https://www.bamf.de", vec![t("BAMF")])])],
            ),
            // A broken reference stays text, merged into one piece.
            (
                "[Text][fehlt] bleibt",
                vec![p(vec![t("[Text][fehlt] bleibt")])],
            ),
            // Inline code is plain text, merged with its neighbours.
            (
                "Formular `Anmeldung` ausfüllen",
                vec![p(vec![t("Formular Anmeldung ausfüllen")])],
            ),
            // Escapes and entities are text.
            ("\\*kein\\* Stern", vec![p(vec![t("*kein* Stern")])]),
            ("A &amp; B &lt;b&gt;", vec![p(vec![t("A & B <b>")])]),
            // Undefined footnote-like text and tildes stay text.
            (
                "siehe [^1], ~5 km, ~~x~~",
                vec![p(vec![t("siehe [^1], ~5 km, ~~x~~")])],
            ),
            // Lists.
            (
                "- Pass\n- Mietvertrag",
                vec![ul(vec![item("Pass"), item("Mietvertrag")])],
            ),
            (
                "* Pass\n+ Foto",
                vec![ul(vec![item("Pass")]), ul(vec![item("Foto")])],
            ),
            (
                "1. Termin\n2. Formular",
                vec![ol(vec![item("Termin"), item("Formular")])],
            ),
            (
                "3) drei\n4) vier",
                vec![ol(vec![item("drei"), item("vier")])],
            ),
            (
                "- lose\n\n- Liste",
                vec![ul(vec![item("lose"), item("Liste")])],
            ),
            (
                "- *kursiv* und **fett**",
                vec![ul(vec![vec![p(vec![
                    em(vec![t("kursiv")]),
                    t(" und "),
                    strong(vec![t("fett")]),
                ])]])],
            ),
            ("- zwei\n  Zeilen", vec![ul(vec![item("zwei Zeilen")])]),
            (
                "- Absatz eins\n\n  Absatz zwei\n- b",
                vec![ul(vec![
                    vec![p(vec![t("Absatz eins")]), p(vec![t("Absatz zwei")])],
                    item("b"),
                ])],
            ),
            (
                "- # Kopf\n- Text",
                vec![ul(vec![vec![h(1, vec![t("Kopf")])], item("Text")])],
            ),
            ("-\n- b", vec![ul(vec![vec![], item("b")])]),
            (
                "Text davor\n\n- a\n\nText danach",
                vec![
                    p(vec![t("Text davor")]),
                    ul(vec![item("a")]),
                    p(vec![t("Text danach")]),
                ],
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(parse_markdown(source), Ok(expected), "{source:?}");
        }
    }

    #[test]
    fn nested_lists_keep_their_shape() {
        let source = "\
1. Termin buchen
   - online
   - per Telefon
     1. Nummer wählen
2. Unterlagen mitbringen
";
        assert_eq!(
            parse_markdown(source),
            Ok(vec![ol(vec![
                vec![
                    p(vec![t("Termin buchen")]),
                    ul(vec![
                        item("online"),
                        vec![p(vec![t("per Telefon")]), ol(vec![item("Nummer wählen")])],
                    ]),
                ],
                item("Unterlagen mitbringen"),
            ])])
        );
    }

    #[test]
    fn adjacent_text_is_merged() {
        // Escapes, entities, code, soft breaks and broken references all arrive as separate
        // pieces from the parser; the tree has one `Text` between formatting.
        assert_eq!(
            parse_markdown("a\\*b &amp; `c`\n[d] *e* f\ng"),
            Ok(vec![p(vec![
                t("a*b & c [d] "),
                em(vec![t("e")]),
                t(" f g")
            ])])
        );
    }

    #[test]
    fn mixed_scripts_and_typography_pass_through_unchanged() {
        let cases = [
            "Die Anmeldung (التسجيل) ist Pflicht – innerhalb von 14 Tagen.",
            "„Anmeldung“ heißt auf Arabisch «تسجيل» … ‚gut‘",
            "Straight \"quotes\" and 'apostrophes' -- and --- dashes...",
            "مرحبا بكم في برلين! Willkommen in Berlin!",
            "Ä Ö Ü ä ö ü ß ẞ € ½ 😀 ١٢٣",
        ];
        for source in cases {
            assert_eq!(
                parse_markdown(source),
                Ok(vec![p(vec![t(source)])]),
                "{source:?}"
            );
        }
        assert_eq!(
            parse_markdown("## الوثائق المطلوبة\n\n- **جواز السفر** (Reisepass)\n- عقد الإيجار"),
            Ok(vec![
                h(2, vec![t("الوثائق المطلوبة")]),
                ul(vec![
                    vec![p(vec![strong(vec![t("جواز السفر")]), t(" (Reisepass)")])],
                    item("عقد الإيجار"),
                ]),
            ])
        );
    }

    #[test]
    fn each_unsupported_construct_is_reported_with_its_line() {
        let unsafe_js = "link target `javascript:alert(1)` is not allowed; links must start with \
                         https://, http://, mailto: or tel:";
        let cases: Vec<(&str, Vec<MarkdownProblem>)> = vec![
            // Raw HTML, block and inline.
            ("<script>alert(1)</script>", vec![problem(1, RAW_HTML)]),
            ("<div>\nText\n</div>", vec![problem(1, RAW_HTML)]),
            ("Text\n\n<!-- Kommentar -->", vec![problem(3, RAW_HTML)]),
            ("Ein <b>fettes</b> Wort", vec![problem(1, RAW_HTML)]),
            ("Zeile\nzwei <br> drei", vec![problem(2, RAW_HTML)]),
            ("- Punkt <i>x</i>", vec![problem(1, RAW_HTML)]),
            (
                "Ein <!-- versteckter --> Kommentar",
                vec![problem(1, RAW_HTML)],
            ),
            // Unsafe link targets.
            ("[Klick](javascript:alert(1))", vec![problem(1, unsafe_js)]),
            (
                "[x](data:text/html,hallo)",
                vec![problem(1, &unsafe_link("data:text/html,hallo"))],
            ),
            ("[x](/relativ)", vec![problem(1, &unsafe_link("/relativ"))]),
            ("[x](#anker)", vec![problem(1, &unsafe_link("#anker"))]),
            (
                "[x](www.bamf.de)",
                vec![problem(1, &unsafe_link("www.bamf.de"))],
            ),
            (
                "[x]()",
                vec![problem(
                    1,
                    "a link has no target; put the address in the round brackets, starting \
                     with https://, http://, mailto: or tel:",
                )],
            ),
            (
                "Text\n\n[x][böse]\n\n[böse]: javascript:alert(1)",
                vec![problem(3, unsafe_js)],
            ),
            ("<javascript:alert(1)>", vec![problem(1, unsafe_js)]),
            (
                "# Titel mit [Link](ftp://x.de)",
                vec![problem(1, &unsafe_link("ftp://x.de"))],
            ),
            // Images.
            ("![Foto](https://x.de/a.png)", vec![problem(1, IMAGE)]),
            ("Text\n![Foto](a.png) mehr", vec![problem(2, IMAGE)]),
            // Code blocks.
            ("```\ncode\n```", vec![problem(1, FENCED_CODE)]),
            ("Text\n\n~~~ rust\ncode\n~~~", vec![problem(3, FENCED_CODE)]),
            ("Text\n\n    eingerückt", vec![problem(3, INDENTED_CODE)]),
            // Block quotes, tables, rules, footnotes, task lists.
            ("> Zitat", vec![problem(1, BLOCK_QUOTE)]),
            ("a\n\n> Zitat\n> weiter", vec![problem(3, BLOCK_QUOTE)]),
            ("| a | b |\n|---|---|\n| 1 | 2 |", vec![problem(1, TABLE)]),
            ("---", vec![problem(1, RULE)]),
            ("a\n\n***\n\nb", vec![problem(3, RULE)]),
            ("a\n\n___", vec![problem(3, RULE)]),
            (
                "Text[^1]\n\n[^1]: Fußnote",
                vec![problem(1, FOOTNOTE), problem(3, FOOTNOTE)],
            ),
            (
                "- [ ] offen\n- [x] erledigt",
                vec![problem(1, TASK_LIST), problem(2, TASK_LIST)],
            ),
            // Headings deeper than ###.
            (
                "#### Zu tief",
                vec![problem(
                    1,
                    "a heading with #### is too deep; reading passages use # to ### only, so \
                     write ### instead",
                )],
            ),
            ("a\n\n###### Sechs", vec![problem(3, &heading_too_deep(6))]),
            // A link with nothing to show.
            (
                "[](https://x.de)",
                vec![problem(
                    1,
                    "the link to `https://x.de` has no text; write the words to show between \
                     the square brackets, for example [Bürgeramt](https://service.berlin.de)",
                )],
            ),
            ("a [ ](tel:112)", vec![problem(1, &empty_link("tel:112"))]),
        ];
        for (source, expected) in cases {
            assert_eq!(parse_markdown(source), Err(expected), "{source:?}");
        }
    }

    #[test]
    fn messages_read_as_instructions() {
        assert_eq!(
            RAW_HTML,
            "raw HTML is not allowed in reading passages; write plain Markdown (for example \
             **bold** instead of <b>bold</b>)"
        );
        assert_eq!(
            IMAGE,
            "an image is not supported in reading passages; pictures belong on items, so add \
             the picture to an item instead"
        );
        assert_eq!(
            BLOCK_QUOTE,
            "a block quote (a line starting with >) is not supported in reading passages; write \
             the text as a normal paragraph"
        );
        assert_eq!(
            list_too_deep(),
            "lists are nested more than 8 levels deep; move some items out to a higher level"
        );
        assert_eq!(
            formatting_too_deep(),
            "emphasis, bold and links are nested more than 8 levels deep inside each other; \
             simplify the formatting"
        );
        for message in [
            FENCED_CODE,
            INDENTED_CODE,
            BLOCK_QUOTE,
            TABLE,
            RULE,
            FOOTNOTE,
            TASK_LIST,
        ] {
            assert!(
                message.contains(" is not supported in reading passages; "),
                "{message}"
            );
        }
    }

    #[test]
    fn html_on_line_four_is_reported_on_line_four() {
        let source = "# Anmeldung\n\nSie müssen sich anmelden.\nDas ist <b>wichtig</b>.\n";
        assert_eq!(parse_markdown(source), Err(vec![problem(4, RAW_HTML)]));
    }

    #[test]
    fn every_problem_is_collected_in_line_order() {
        let source = "Intro\n<b>fett</b>\n\nmehr\n[x](javascript:alert(1))\n";
        assert_eq!(
            problems(source),
            vec![
                problem(2, RAW_HTML),
                problem(5, &unsafe_link("javascript:alert(1)"))
            ]
        );

        let source = "\
# Titel
#### Zu tief

> Zitat

- [Link](/relativ)
- ![Bild](https://x.de/b.png)

---

```
code
```
<script>x</script>
";
        assert_eq!(
            problems(source),
            vec![
                problem(2, &heading_too_deep(4)),
                problem(4, BLOCK_QUOTE),
                problem(6, &unsafe_link("/relativ")),
                problem(7, IMAGE),
                problem(9, RULE),
                problem(11, FENCED_CODE),
                problem(14, RAW_HTML),
            ]
        );
    }

    #[test]
    fn problems_inside_unsupported_blocks_are_still_reported() {
        assert_eq!(
            problems("> Zitat mit <b>HTML</b>\n> und [Link](javascript:x)"),
            vec![
                problem(1, BLOCK_QUOTE),
                problem(1, RAW_HTML),
                problem(2, &unsafe_link("javascript:x")),
            ]
        );
        assert_eq!(
            problems("| a |\n|---|\n| <b>x</b> |"),
            vec![problem(1, TABLE), problem(3, RAW_HTML)]
        );
    }

    #[test]
    fn an_image_inside_a_link_is_reported_once() {
        assert_eq!(
            problems("[![Logo](logo.png)](https://x.de)"),
            vec![problem(1, IMAGE)]
        );
    }

    #[test]
    fn line_numbers_follow_every_line_ending() {
        assert_eq!(
            problems("a\r\nb\r\n\r\n<b>x</b>"),
            vec![problem(4, RAW_HTML)]
        );
        assert_eq!(problems("a\rb\r\r<b>x</b>"), vec![problem(4, RAW_HTML)]);
        assert_eq!(problems("\n\n\n\n---"), vec![problem(5, RULE)]);
    }

    #[test]
    fn long_or_odd_targets_are_shown_safely() {
        let long = format!("data:image/png;base64,{}", "A".repeat(500));
        let shown: String = long
            .chars()
            .take(MAX_SHOWN_TARGET_CHARS)
            .chain(['…'])
            .collect();
        assert_eq!(
            problems(&format!("[x]({long})")),
            vec![problem(
                1,
                &format!(
                    "link target `{shown}` is not allowed; links must start with https://, \
                     http://, mailto: or tel:"
                )
            )]
        );
        assert_eq!(shown_target("java\u{1b}script:"), "java\\u{1b}script:");
    }

    #[test]
    fn lists_may_nest_eight_levels_but_not_nine() {
        let nested = |depth: usize| format!("{}x", "- ".repeat(depth));
        let mut expected = ul(vec![item("x")]);
        for _ in 1..MAX_LIST_DEPTH {
            expected = ul(vec![vec![expected]]);
        }
        assert_eq!(parse_markdown(&nested(MAX_LIST_DEPTH)), Ok(vec![expected]));
        assert_eq!(
            problems(&nested(MAX_LIST_DEPTH + 1)),
            vec![problem(1, &list_too_deep())]
        );

        let indented: String = (0..12)
            .map(|level| format!("{}- Ebene {level}\n", "  ".repeat(level)))
            .collect();
        assert_eq!(problems(&indented), vec![problem(9, &list_too_deep())]);
    }

    #[test]
    fn formatting_may_nest_eight_levels_but_not_nine() {
        // `*a ` opened n times and closed n times nests n emphasis spans.
        let nested = |depth: usize| format!("{}x{}", "*a ".repeat(depth), " a*".repeat(depth));
        let mut expected = vec![t("a x a")];
        for _ in 1..MAX_INLINE_DEPTH {
            expected = vec![t("a "), em(expected), t(" a")];
        }
        assert_eq!(
            parse_markdown(&nested(MAX_INLINE_DEPTH)),
            Ok(vec![p(vec![em(expected)])])
        );
        assert_eq!(
            problems(&nested(MAX_INLINE_DEPTH + 1)),
            vec![problem(1, &formatting_too_deep())]
        );
    }

    #[test]
    fn huge_nesting_gives_an_answer_not_a_crash() {
        let n = 20_000;
        let sources = [
            ">".repeat(n),
            "> - ".repeat(n),
            "- ".repeat(n),
            format!("{}x", "- ".repeat(n)),
            format!("{}x", "1. ".repeat(n)),
            format!("{}x{}", "*".repeat(n), "*".repeat(n)),
            format!("{}x{}", "_".repeat(n), "_".repeat(n)),
            format!("{}x{}", "*a ".repeat(n), " a*".repeat(n)),
            "[".repeat(n),
            format!("{}x{}", "[".repeat(n), "](https://x.de)".repeat(n)),
            "<b>".repeat(n),
            "`".repeat(n),
            (0..500)
                .map(|i| format!("{}- x\n", "  ".repeat(i)))
                .collect(),
        ];
        for source in &sources {
            let result = parse_markdown(source);
            assert!(result.is_ok() || result.is_err());
        }
        assert_eq!(problems(&">".repeat(n)), vec![problem(1, BLOCK_QUOTE)]);
        assert_eq!(
            problems(&format!("{}x", "- ".repeat(n))),
            vec![problem(1, &list_too_deep())]
        );
    }

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            usize::try_from(self.next() % u64::try_from(n).unwrap_or(1)).unwrap_or(0)
        }
    }

    #[test]
    fn pseudo_random_text_never_panics() {
        const PIECES: &[&str] = &[
            "#",
            "# ",
            "#### ",
            "*",
            "**",
            "_",
            "__",
            "`",
            "```",
            "~~~",
            "~",
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "!",
            "![",
            "](",
            "https://x.de",
            "javascript:",
            "mailto:",
            "tel:",
            "-",
            "- ",
            "+ ",
            "1. ",
            "2) ",
            "|",
            "---",
            "===",
            "\\",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "[^1]",
            "[^1]: ",
            "[ ] ",
            "[x] ",
            "<b>",
            "</b>",
            "<!--",
            "-->",
            "<script>",
            "<div>",
            "\n",
            "\n\n",
            "\r",
            "\r\n",
            "\t",
            "  ",
            "    ",
            " ",
            "a",
            "Wort",
            "ß",
            "ä",
            "مرحبا",
            "„",
            "“",
            "…",
            "\u{0}",
            "\u{1b}",
            "\u{202e}",
            "\u{feff}",
            "😀",
            "{#id}",
            "[ref]: https://y.de",
            "[ref]",
            "$",
            "$$",
            "^",
            "\"",
            "'",
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..600 {
            let len = rng.below(60);
            let source: String = (0..len)
                .map(|_| PIECES.get(rng.below(PIECES.len())).copied().unwrap_or(""))
                .collect();
            match parse_markdown(&source) {
                Ok(blocks) => {
                    // An accepted passage only ever links to safe targets.
                    for block in &blocks {
                        for href in block.hrefs() {
                            assert!(is_safe_href(href), "{source:?} gave {href:?}");
                        }
                    }
                }
                Err(problems) => {
                    assert!(!problems.is_empty(), "{source:?}");
                    let lines = source.lines().count().max(1) + source.matches('\r').count();
                    for problem in &problems {
                        assert!(
                            (1..=lines).contains(&problem.line) && !problem.message.is_empty(),
                            "{source:?}: {problem:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn pseudo_random_bytes_never_panic() {
        let mut rng = Rng(42);
        for _ in 0..300 {
            let len = rng.below(200);
            let source: String = (0..len)
                .map(|_| {
                    let code = u32::try_from(rng.below(0x80)).unwrap_or(0);
                    if rng.below(10) == 0 {
                        char::from_u32(0x600 + code).unwrap_or('?')
                    } else {
                        char::from_u32(code).unwrap_or('?')
                    }
                })
                .collect();
            let result = parse_markdown(&source);
            assert!(result.is_ok() || result.is_err());
        }
    }
}
