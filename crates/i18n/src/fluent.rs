//! The part of Fluent that Passage's messages use, read and formatted without fluent-bundle (which,
//! with its parser, memoizer and language identifiers, cost about 15 KB brotli of the wasm).
//!
//! Supported, with fluent-bundle's results (the oracle test in `tests/fluent_oracle.rs` compares
//! every message of every locale): messages with single- and multi-line values, comments, text,
//! placeables of variables, string and number literals, `NUMBER()` (`minimumFractionDigits`) and
//! `DATE()`, select expressions on plural categories (CLDR cardinal rules of the 12 interface
//! languages) and exact values, and Unicode isolation around placed values. Not supported (a syntax
//! error here, so `Messages::parse` refuses a file that uses them): terms, message references,
//! attributes, nested placeables.

use std::borrow::Cow;

use crate::locale::Locale;
use crate::number::{localize_date, localize_number};

/// A value placed in a message.
#[derive(Clone, Debug, PartialEq)]
pub enum FluentValue<'a> {
    String(Cow<'a, str>),
    Number(FluentNumber),
    /// A function that could not produce a value.
    Error,
}

/// A number with its formatting options.
#[derive(Clone, Debug, PartialEq)]
pub struct FluentNumber {
    pub value: f64,
    pub options: FluentNumberOptions,
}

/// How a number is written (the only option Passage uses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FluentNumberOptions {
    pub minimum_fraction_digits: Option<usize>,
}

impl FluentNumber {
    /// The number as Fluent writes it before localisation: `1500`, `2.5`, `2.0` with one minimum
    /// fraction digit.
    pub fn as_string(&self) -> String {
        let mut text = plain_number(self.value);
        if let Some(digits) = self.options.minimum_fraction_digits {
            let have = text.find('.').map(|dot| text.len() - dot - 1);
            if have.is_none() {
                text.push('.');
            }
            for _ in have.unwrap_or(0)..digits {
                text.push('0');
            }
        }
        text
    }
}

/// A finite number in the shortest decimal form that reads back as the same number (up to nine
/// fraction digits), without Rust's float formatting (which pulls in its large tables).
fn plain_number(value: f64) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let value = value.abs();
    let mut scale = 1.0;
    let mut digits = 0;
    while digits < 9 && ((value * scale).round() / scale != value) {
        scale *= 10.0;
        digits += 1;
    }
    let scaled = (value * scale).round() as u128;
    let scale = 10u128.pow(digits);
    let (integer, fraction) = (scaled / scale, scaled % scale);
    if digits == 0 {
        return format!("{sign}{integer}");
    }
    let fraction = format!("{fraction:0width$}", width = digits as usize);
    format!("{sign}{integer}.{}", fraction.trim_end_matches('0'))
}

macro_rules! from_number {
    ($($number:ty)+) => {$(
        impl From<$number> for FluentValue<'_> {
            fn from(number: $number) -> Self {
                FluentValue::Number(FluentNumber { value: number as f64, options: Default::default() })
            }
        }
    )+};
}
from_number!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64);

impl<'a> From<&'a str> for FluentValue<'a> {
    fn from(text: &'a str) -> Self {
        FluentValue::String(Cow::Borrowed(text))
    }
}

impl From<String> for FluentValue<'_> {
    fn from(text: String) -> Self {
        FluentValue::String(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for FluentValue<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        FluentValue::String(text)
    }
}

/// The variables a message is formatted with.
#[derive(Clone, Debug, Default)]
pub struct FluentArgs<'a>(Vec<(Cow<'a, str>, FluentValue<'a>)>);

impl<'a> FluentArgs<'a> {
    pub fn new() -> Self {
        Self(Vec::new())
    }

    /// Sets (or replaces) a variable.
    pub fn set<K: Into<Cow<'a, str>>, V: Into<FluentValue<'a>>>(&mut self, key: K, value: V) {
        let key = key.into();
        let value = value.into();
        match self.0.iter_mut().find(|(name, _)| *name == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&FluentValue<'a>> {
        self.0
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }
}

/// A message's value: text and placeables.
pub(crate) type Pattern = Vec<Element>;

#[derive(Debug)]
pub(crate) enum Element {
    Text(Box<str>),
    Placeable(Expression),
}

#[derive(Debug)]
pub(crate) enum Expression {
    Inline(Inline),
    Select {
        selector: Inline,
        variants: Vec<Variant>,
    },
}

#[derive(Debug)]
pub(crate) enum Inline {
    String(Box<str>),
    Number(FluentNumber),
    Variable(Box<str>),
    Function {
        name: Box<str>,
        positional: Vec<Inline>,
        /// `minimumFractionDigits`, the one named argument that changes anything.
        minimum_fraction_digits: Option<usize>,
    },
}

#[derive(Debug)]
pub(crate) struct Variant {
    key: Key,
    default: bool,
    value: Pattern,
}

#[derive(Debug)]
enum Key {
    Name(Box<str>),
    Number(FluentNumber),
}

/// A syntax error: where (byte offset) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub what: &'static str,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.at)
    }
}

/// The messages of one Fluent file (id and value, in file order), and its syntax errors; an entry
/// with an error is skipped up to the next line that can start an entry.
pub(crate) fn parse(source: &str) -> (Vec<(String, Pattern)>, Vec<SyntaxError>) {
    let source: Cow<str> = if source.contains('\r') {
        source.replace("\r\n", "\n").into()
    } else {
        source.into()
    };
    let mut parser = Parser {
        text: source.as_bytes(),
        source: &source,
        at: 0,
    };
    let mut messages = Vec::new();
    let mut errors = Vec::new();
    while parser.at < parser.text.len() {
        let start = parser.at;
        match parser.entry() {
            Ok(Some(message)) => messages.push(message),
            Ok(None) => {}
            Err(error) => {
                errors.push(error);
                parser.skip_junk(start);
            }
        }
    }
    (messages, errors)
}

struct Parser<'s> {
    text: &'s [u8],
    source: &'s str,
    at: usize,
}

type Parsed<T> = Result<T, SyntaxError>;

/// A text line that is indented and starts with one of these ends the pattern above it.
fn continues_pattern(byte: u8) -> bool {
    !matches!(byte, b'.' | b'}' | b'[' | b'*')
}

/// Whether a text slice (with its line end, if any) holds no more than spaces.
fn is_blank(text: &[u8]) -> bool {
    text.iter().all(|byte| matches!(byte, b' ' | b'\n'))
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn error<T>(&self, what: &'static str) -> Parsed<T> {
        Err(SyntaxError { at: self.at, what })
    }

    fn take(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Parsed<()> {
        if self.take(byte) {
            Ok(())
        } else {
            self.error(what)
        }
    }

    /// Skips spaces; returns how many.
    fn blank_inline(&mut self) -> usize {
        let start = self.at;
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
        self.at - start
    }

    fn line_end(&mut self) -> bool {
        self.take(b'\n')
    }

    /// Skips spaces and line ends.
    fn blank(&mut self) {
        while self.blank_inline() > 0 || self.line_end() {}
    }

    /// Skips lines that hold only spaces.
    fn blank_lines(&mut self) {
        loop {
            let start = self.at;
            self.blank_inline();
            if !self.line_end() {
                self.at = start;
                return;
            }
        }
    }

    fn skip_line(&mut self) {
        while let Some(byte) = self.peek() {
            self.at += 1;
            if byte == b'\n' {
                return;
            }
        }
    }

    /// Moves past a bad entry that started at `start`, to the next line that starts with a
    /// letter, `#` or `-`.
    fn skip_junk(&mut self, start: usize) {
        if self.at == start || self.text.get(self.at.wrapping_sub(1)) != Some(&b'\n') {
            self.skip_line();
        }
        while let Some(byte) = self.peek() {
            if byte.is_ascii_alphabetic() || byte == b'#' || byte == b'-' {
                return;
            }
            self.skip_line();
        }
    }

    fn identifier(&mut self) -> Parsed<Box<str>> {
        let start = self.at;
        if !self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            return self.error("expected an identifier");
        }
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            self.at += 1;
        }
        Ok(self.source[start..self.at].into())
    }

    fn entry(&mut self) -> Parsed<Option<(String, Pattern)>> {
        match self.peek() {
            Some(b'#') => {
                self.skip_line();
                Ok(None)
            }
            Some(b'\n' | b' ') => {
                self.blank_inline();
                if self.line_end() || self.peek().is_none() {
                    Ok(None)
                } else {
                    self.error("an entry must start at the beginning of a line")
                }
            }
            Some(b'-') => self.error("terms are not supported"),
            _ => {
                let id = self.identifier()?;
                self.blank_inline();
                self.expect(b'=', "expected `=`")?;
                let Some(value) = self.pattern()? else {
                    return self.error("expected a value");
                };
                // Attributes would follow on an indented line starting with `.`.
                let start = self.at;
                if self.blank_inline() > 0 && self.peek() == Some(b'.') {
                    return self.error("attributes are not supported");
                }
                self.at = start;
                Ok(Some((id.into(), value)))
            }
        }
    }

    /// A pattern after `=` or a variant key, up to the first line that does not continue it.
    fn pattern(&mut self) -> Parsed<Option<Pattern>> {
        // Text slices: (start, end, indent, whether it starts a line), or a placeable.
        enum Piece {
            Text(usize, usize, usize, bool),
            Placeable(Expression),
        }
        let mut pieces = Vec::new();
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;
        self.blank_inline();
        let mut line_start = false;
        if self.line_end() {
            self.blank_lines();
            line_start = true;
        }
        while self.at < self.text.len() {
            if self.take(b'{') {
                if line_start {
                    common_indent = Some(0);
                }
                pieces.push(Piece::Placeable(self.placeable()?));
                last_non_blank = Some(pieces.len() - 1);
                line_start = false;
                continue;
            }
            let start = self.at;
            let mut indent = 0;
            if line_start {
                indent = self.blank_inline();
                match self.peek() {
                    None => break,
                    Some(byte) if indent == 0 => {
                        if byte != b'\r' && byte != b'\n' {
                            break;
                        }
                    }
                    Some(byte) if !continues_pattern(byte) => {
                        self.at = start;
                        break;
                    }
                    Some(_) => {}
                }
            }
            // The text up to a line end (kept in the text) or a placeable.
            let rest = &self.text[self.at..];
            let stop = rest.iter().position(|b| matches!(b, b'\n' | b'{' | b'}'));
            let newline = match stop.map(|at| (at, rest[at])) {
                Some((_, b'}')) => return self.error("unbalanced `}`"),
                Some((at, b'\n')) => {
                    self.at += at + 1;
                    true
                }
                Some((at, _)) => {
                    self.at += at;
                    false
                }
                None => {
                    self.at = self.text.len();
                    false
                }
            };
            let blank = is_blank(&self.text[start + indent..self.at]);
            if start != self.at {
                if line_start && !blank {
                    common_indent = Some(common_indent.map_or(indent, |common| common.min(indent)));
                }
                if !line_start || !blank || newline {
                    if !blank {
                        last_non_blank = Some(pieces.len());
                    }
                    pieces.push(Piece::Text(start, self.at, indent, line_start));
                }
            }
            line_start = newline;
        }
        let Some(last) = last_non_blank else {
            return Ok(None);
        };
        let mut elements: Pattern = Vec::new();
        for (index, piece) in pieces.into_iter().take(last + 1).enumerate() {
            match piece {
                Piece::Placeable(expression) => elements.push(Element::Placeable(expression)),
                Piece::Text(start, end, indent, line_start) => {
                    let start = if line_start {
                        start + common_indent.map_or(indent, |common| common.min(indent))
                    } else {
                        start
                    };
                    let mut text = &self.source[start..end];
                    if index == last {
                        text = text.trim_end();
                    }
                    match elements.last_mut() {
                        Some(Element::Text(before)) => {
                            *before = format!("{before}{text}").into();
                        }
                        _ => elements.push(Element::Text(text.into())),
                    }
                }
            }
        }
        Ok(Some(elements))
    }

    /// A placeable after its `{`, up to and with its `}`.
    fn placeable(&mut self) -> Parsed<Expression> {
        self.blank();
        let selector = self.inline()?;
        self.blank();
        let expression = if self.text[self.at..].starts_with(b"->") {
            self.at += 2;
            if !matches!(selector, Inline::Variable(_) | Inline::Function { .. }) {
                return self.error("a selector must be a variable or a function");
            }
            self.blank_inline();
            if !self.line_end() {
                return self.error("variants start on a new line");
            }
            let variants = self.variants()?;
            Expression::Select { selector, variants }
        } else {
            Expression::Inline(selector)
        };
        self.blank();
        self.expect(b'}', "expected `}`")?;
        Ok(expression)
    }

    fn variants(&mut self) -> Parsed<Vec<Variant>> {
        let mut variants = Vec::new();
        loop {
            self.blank();
            let default = self.take(b'*');
            if !self.take(b'[') {
                if default {
                    return self.error("expected `[`");
                }
                break;
            }
            self.blank();
            let key = match self.peek() {
                Some(b'0'..=b'9' | b'-') => Key::Number(self.number()?),
                _ => Key::Name(self.identifier()?),
            };
            self.blank();
            self.expect(b']', "expected `]`")?;
            let Some(value) = self.pattern()? else {
                return self.error("a variant needs a value");
            };
            variants.push(Variant {
                key,
                default,
                value,
            });
        }
        if variants.iter().filter(|variant| variant.default).count() != 1 {
            return self.error("a select expression needs exactly one default variant");
        }
        Ok(variants)
    }

    fn number(&mut self) -> Parsed<FluentNumber> {
        let negative = self.take(b'-');
        let digits = |parser: &mut Self| {
            let start = parser.at;
            let mut value = 0.0;
            while let Some(digit @ b'0'..=b'9') = parser.peek() {
                value = value * 10.0 + f64::from(digit - b'0');
                parser.at += 1;
            }
            (value, parser.at - start)
        };
        let (integer, count) = digits(self);
        if count == 0 {
            return self.error("expected a number");
        }
        let mut value = integer;
        let mut minimum_fraction_digits = None;
        if self.take(b'.') {
            let (fraction, count) = digits(self);
            if count == 0 {
                return self.error("expected digits after `.`");
            }
            value += fraction / 10f64.powi(count as i32);
            minimum_fraction_digits = Some(count);
        }
        Ok(FluentNumber {
            value: if negative { -value } else { value },
            options: FluentNumberOptions {
                minimum_fraction_digits,
            },
        })
    }

    fn inline(&mut self) -> Parsed<Inline> {
        match self.peek() {
            Some(b'"') => {
                self.at += 1;
                self.string().map(Inline::String)
            }
            Some(b'0'..=b'9') => self.number().map(Inline::Number),
            Some(b'-') if self.text.get(self.at + 1).is_some_and(u8::is_ascii_digit) => {
                self.number().map(Inline::Number)
            }
            Some(b'$') => {
                self.at += 1;
                self.identifier().map(Inline::Variable)
            }
            Some(byte) if byte.is_ascii_alphabetic() => {
                let start = self.at;
                let name = self.identifier()?;
                if !self.take(b'(') {
                    self.at = start;
                    return self.error("message references are not supported");
                }
                if !name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
                {
                    self.at = start;
                    return self.error("function names are upper case");
                }
                self.call(name)
            }
            _ => self.error("expected an expression"),
        }
    }

    /// A function call's arguments after its `(`.
    fn call(&mut self, name: Box<str>) -> Parsed<Inline> {
        let mut positional = Vec::new();
        let mut minimum_fraction_digits = None;
        let mut named = false;
        loop {
            self.blank();
            if self.take(b')') {
                break;
            }
            let start = self.at;
            let argument_name = self.identifier().ok();
            self.blank();
            if argument_name.is_some() && self.take(b':') {
                self.blank();
                let value = match self.peek() {
                    Some(b'"') => {
                        self.at += 1;
                        self.string().map(Inline::String)?
                    }
                    _ => Inline::Number(self.number()?),
                };
                if let (Some("minimumFractionDigits"), Inline::Number(number)) =
                    (argument_name.as_deref(), &value)
                {
                    minimum_fraction_digits = Some(number.value as usize);
                }
                named = true;
            } else {
                self.at = start;
                if named {
                    return self.error("positional arguments come before named ones");
                }
                positional.push(self.inline()?);
            }
            self.blank();
            if !self.take(b',') {
                self.expect(b')', "expected `)`")?;
                break;
            }
        }
        Ok(Inline::Function {
            name,
            positional,
            minimum_fraction_digits,
        })
    }

    /// A string literal's text after its `"`, with its escapes read.
    fn string(&mut self) -> Parsed<Box<str>> {
        let mut out = String::new();
        loop {
            let Some(ch) = self.source[self.at..].chars().next() else {
                return self.error("unterminated string");
            };
            self.at += ch.len_utf8();
            match ch {
                '"' => return Ok(out.into()),
                '\n' => return self.error("unterminated string"),
                '\\' => {
                    let escape = self.peek();
                    self.at += 1;
                    let width = match escape {
                        Some(b'\\') => {
                            out.push('\\');
                            continue;
                        }
                        Some(b'"') => {
                            out.push('"');
                            continue;
                        }
                        Some(b'u') => 4,
                        Some(b'U') => 6,
                        _ => return self.error("unknown escape"),
                    };
                    let code = self
                        .source
                        .get(self.at..self.at + width)
                        .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok());
                    let Some(code) = code else {
                        return self.error("bad unicode escape");
                    };
                    self.at += width;
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                ch => out.push(ch),
            }
        }
    }
}

/// Formats patterns for one language.
pub(crate) struct Formatter<'f> {
    pub locale: &'static Locale,
    pub isolating: bool,
    pub args: Option<&'f FluentArgs<'f>>,
    pub errors: Vec<String>,
}

impl Formatter<'_> {
    pub fn pattern(&mut self, pattern: &[Element], out: &mut String) {
        let isolate = self.isolating && pattern.len() > 1;
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Placeable(expression) => {
                    let isolate =
                        isolate && !matches!(expression, Expression::Inline(Inline::String(_)));
                    if isolate {
                        out.push('\u{2068}');
                    }
                    self.expression(expression, out);
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
            }
        }
    }

    fn expression(&mut self, expression: &Expression, out: &mut String) {
        match expression {
            Expression::Inline(inline) => match self.resolve(inline) {
                FluentValue::Error => match inline {
                    Inline::Variable(name) => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                    Inline::Function { name, .. } => {
                        if !matches!(&**name, "NUMBER" | "DATE") {
                            out.push('{');
                        }
                        out.push_str(name);
                        out.push_str("()");
                        if !matches!(&**name, "NUMBER" | "DATE") {
                            out.push('}');
                        }
                    }
                    _ => {}
                },
                value => out.push_str(&self.write(&value)),
            },
            Expression::Select { selector, variants } => {
                let selector = self.resolve(selector);
                let chosen = variants
                    .iter()
                    .find(|variant| self.matches(&variant.key, &selector))
                    .or_else(|| variants.iter().find(|variant| variant.default));
                if let Some(variant) = chosen {
                    self.pattern(&variant.value, out);
                }
            }
        }
    }

    fn matches(&self, key: &Key, selector: &FluentValue) -> bool {
        match (key, selector) {
            (Key::Name(name), FluentValue::String(text)) => **name == **text,
            (Key::Number(key), FluentValue::Number(number)) => key == number,
            (Key::Name(name), FluentValue::Number(number)) => {
                plural_category(self.locale.tag, number) == &**name
            }
            _ => false,
        }
    }

    fn resolve(&mut self, inline: &Inline) -> FluentValue<'static> {
        match inline {
            Inline::String(text) => FluentValue::String(text.to_string().into()),
            Inline::Number(number) => FluentValue::Number(number.clone()),
            Inline::Variable(name) => match self.args.and_then(|args| args.get(name)) {
                Some(FluentValue::String(text)) => FluentValue::String(text.to_string().into()),
                Some(FluentValue::Number(number)) => FluentValue::Number(number.clone()),
                Some(FluentValue::Error) => FluentValue::Error,
                None => {
                    self.errors.push(format!("Unknown variable: ${name}"));
                    FluentValue::Error
                }
            },
            Inline::Function {
                name,
                positional,
                minimum_fraction_digits,
            } => {
                let first = positional.first().map(|argument| self.resolve(argument));
                match (&**name, first) {
                    ("NUMBER", Some(FluentValue::Number(mut number))) => {
                        if minimum_fraction_digits.is_some() {
                            number.options.minimum_fraction_digits = *minimum_fraction_digits;
                        }
                        FluentValue::Number(number)
                    }
                    ("DATE", Some(FluentValue::String(iso))) => localize_date(&iso, self.locale)
                        .map_or(FluentValue::Error, |date| FluentValue::String(date.into())),
                    ("NUMBER" | "DATE", _) => FluentValue::Error,
                    (name, _) => {
                        self.errors.push(format!("Unknown function: {name}()"));
                        FluentValue::Error
                    }
                }
            }
        }
    }

    /// A value as placed in a message: numbers in the language's digits and separators.
    fn write(&self, value: &FluentValue) -> String {
        match value {
            FluentValue::String(text) => text.to_string(),
            FluentValue::Number(number) => {
                localize_number(&number.as_string(), &self.locale.numbers)
            }
            FluentValue::Error => String::new(),
        }
    }
}

/// The CLDR cardinal plural category of a number in an interface language (as intl_pluralrules
/// 7.0 gives it, which Fluent used before).
pub fn plural_category(tag: &str, number: &FluentNumber) -> &'static str {
    // The operands: n absolute value, i integer digits, v visible fraction digits, f those digits.
    let text = number.as_string();
    let text = text.trim_start_matches('-');
    let (integer, fraction) = text.split_once('.').unwrap_or((text, ""));
    let i: u64 = integer.parse().unwrap_or(0);
    let v = fraction.len();
    let f: u64 = fraction.parse().unwrap_or(0);
    let n = number.value.abs();
    let one_if = |one: bool| if one { "one" } else { "other" };
    match tag {
        "en" | "de" => one_if(i == 1 && v == 0),
        "fa" => one_if(i == 0 || n == 1.0),
        "fr" => one_if(i == 0 || i == 1),
        "ti" => one_if(i <= 1 && f == 0),
        // CLDR: few and many look at the last two digits (103 is "few", 111 "many").
        "ar" => match () {
            _ if n == 0.0 => "zero",
            _ if n == 1.0 => "one",
            _ if n == 2.0 => "two",
            _ if v == 0 && (3..=10).contains(&(i % 100)) => "few",
            _ if v == 0 && (11..=99).contains(&(i % 100)) => "many",
            _ => "other",
        },
        "uk" | "ru" => match (v, i % 10, i % 100) {
            (0, 2..=4, tens) if !(12..=14).contains(&tens) => "few",
            (0, 0 | 5..=9, _) | (0, _, 11..=14) => "many",
            (0, 1, tens) if tens != 11 => "one",
            _ => "other",
        },
        // ps, tr, so, es
        _ => one_if(n == 1.0),
    }
}

#[cfg(test)]
mod plural_tests {
    use super::*;

    fn category(tag: &str, value: f64) -> &'static str {
        plural_category(
            tag,
            &FluentNumber {
                value,
                options: FluentNumberOptions::default(),
            },
        )
    }

    /// Against CLDR's examples for each category.
    #[test]
    fn plural_categories_follow_cldr() {
        let cases: &[(&str, &[(f64, &str)])] = &[
            (
                "ar",
                &[
                    (0.0, "zero"),
                    (1.0, "one"),
                    (2.0, "two"),
                    (3.0, "few"),
                    (10.0, "few"),
                    (103.0, "few"),
                    (1010.0, "few"),
                    (11.0, "many"),
                    (99.0, "many"),
                    (111.0, "many"),
                    (100.0, "other"),
                    (102.0, "other"),
                    (0.5, "other"),
                ],
            ),
            (
                "uk",
                &[
                    (1.0, "one"),
                    (21.0, "one"),
                    (2.0, "few"),
                    (24.0, "few"),
                    (0.0, "many"),
                    (5.0, "many"),
                    (11.0, "many"),
                    (12.0, "many"),
                    (1.5, "other"),
                ],
            ),
            (
                "fr",
                &[(0.0, "one"), (1.0, "one"), (1.5, "one"), (2.0, "other")],
            ),
            ("en", &[(1.0, "one"), (0.0, "other"), (2.0, "other")]),
            ("tr", &[(1.0, "one"), (2.0, "other")]),
        ];
        for (tag, numbers) in cases {
            for (value, expected) in *numbers {
                assert_eq!(category(tag, *value), *expected, "{tag} {value}");
            }
        }
    }
}
