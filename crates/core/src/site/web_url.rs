//! Web addresses (`https://host/path`), parsed strictly and resolved relative to each other without
//! the `url` crate.
//!
//! The `url` crate is correct and complete, but it brings `idna` and its Unicode tables
//! (`icu_normalizer`, `icu_properties` and their data) into the wasm, a large share of the first-load
//! budget for the few addresses Passage handles: a site's own catalog, a few extra catalogs, links
//! in the help directory. This module handles exactly those, and refuses rather than guesses at
//! anything unusual: user names in the address (`https://good.org@evil.example`), backslashes,
//! spaces and control characters, non-ASCII host names (write them as `xn--…`), schemes other than
//! `http` and `https`.

use std::fmt;

use thiserror::Error;

/// The longest address accepted, in bytes.
pub const MAX_URL_BYTES: usize = 2048;

/// `http` or `https`: the only schemes a web address here may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    Http,
    Https,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
        }
    }

    fn default_port(self) -> u16 {
        match self {
            Self::Http => 80,
            Self::Https => 443,
        }
    }
}

/// An absolute `http:` or `https:` address, normalised: lower-case scheme and host, no default port,
/// a path that starts with `/` and holds no `.` or `..` segments, no fragment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WebUrl {
    scheme: Scheme,
    host: String,
    port: Option<u16>,
    path: String,
    query: Option<String>,
}

/// Why text is not a web address this app accepts.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WebUrlError {
    #[error("the address is empty")]
    Empty,
    #[error("the address is longer than {limit} characters")]
    TooLong { limit: usize },
    #[error(
        "the address contains {0:?}, which is not allowed (spaces, control characters, backslashes)"
    )]
    InvalidCharacter(char),
    #[error("the address does not start with https://")]
    MissingScheme,
    #[error("addresses starting with {0}: are not allowed; use https://")]
    UnsupportedScheme(String),
    #[error("the address has no host name after //")]
    MissingHost,
    #[error("the address contains a user name or password (an @ before the host name)")]
    UserInfo,
    #[error("the host name is not valid")]
    InvalidHost,
    #[error("the host name has non-ASCII letters; write it in its xn-- form")]
    NonAsciiHost,
    #[error("the port number is not valid")]
    InvalidPort,
}

/// Why a relative reference (a pack file named by a catalog) cannot be resolved against a catalog.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ResolveError {
    #[error("the file name is empty")]
    Empty,
    #[error("the file name contains {0:?}, which is not allowed")]
    InvalidCharacter(char),
    #[error("the file must be named relative to the catalog, not by a full address with a scheme")]
    NotRelative,
    #[error("the file points to another host (it starts with //)")]
    OtherHost,
    #[error("the file is outside the catalog's folder (it starts with / or climbs out with ..)")]
    EscapesFolder,
}

impl WebUrl {
    /// Parses an absolute `http:` or `https:` address. Surrounding whitespace is refused, not
    /// trimmed: callers that read typed text trim it first.
    pub fn parse(text: &str) -> Result<Self, WebUrlError> {
        if text.is_empty() {
            return Err(WebUrlError::Empty);
        }
        if text.len() > MAX_URL_BYTES {
            return Err(WebUrlError::TooLong {
                limit: MAX_URL_BYTES,
            });
        }
        if let Some(bad) = text.chars().find(|c| is_forbidden(*c)) {
            return Err(WebUrlError::InvalidCharacter(bad));
        }
        let Some(scheme_name) = scheme_of(text) else {
            return Err(WebUrlError::MissingScheme);
        };
        let scheme = match scheme_name.to_ascii_lowercase().as_str() {
            "https" => Scheme::Https,
            "http" => Scheme::Http,
            other => return Err(WebUrlError::UnsupportedScheme(other.to_owned())),
        };
        let rest = &text[scheme_name.len() + 1..];
        let Some(rest) = rest.strip_prefix("//") else {
            return Err(WebUrlError::MissingHost);
        };
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, rest) = rest.split_at(authority_end);
        if authority.contains('@') {
            return Err(WebUrlError::UserInfo);
        }
        let (host, port) = split_host_port(authority)?;
        let port = port.filter(|port| *port != scheme.default_port());
        let rest = rest.split('#').next().unwrap_or_default();
        let (path, query) = match rest.split_once('?') {
            Some((path, query)) => (path, Some(query.to_owned())),
            None => (rest, None),
        };
        Ok(Self {
            scheme,
            host,
            port,
            path: remove_dot_segments(if path.is_empty() { "/" } else { path }),
            query,
        })
    }

    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The host name, lower-case (`ngo.example.org`, `127.0.0.1`, `[::1]`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, when it is not the scheme's default.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The host with its port when it is not the default (`ngo.example.org`, `127.0.0.1:8080`):
    /// what the app shows as "from …".
    pub fn authority(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }

    /// The path, starting with `/`.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn query(&self) -> Option<&str> {
        self.query.as_deref()
    }

    /// The folder the address is in: its path up to and including the last `/`.
    pub fn directory(&self) -> &str {
        let end = self.path.rfind('/').map_or(0, |at| at + 1);
        &self.path[..end]
    }

    /// Whether the host is this device (`localhost`, `127.0.0.1`, `[::1]`), where plain `http` is
    /// allowed for testing.
    pub fn is_loopback(&self) -> bool {
        matches!(self.host.as_str(), "localhost" | "127.0.0.1" | "[::1]")
    }

    /// Resolves a file named relative to this address (a catalog's `file` field), keeping it in
    /// this address's folder or below it, on the same scheme, host and port.
    ///
    /// `https://h/passage/packs/index.json` + `a.json` gives `https://h/passage/packs/a.json`;
    /// `sub/a.json` and `./a.json` are fine; `../a.json`, `/a.json`, `//other/a.json`,
    /// `https://other/a.json`, `javascript:…` and `data:…` are refused. A fragment is dropped.
    pub fn resolve(&self, reference: &str) -> Result<Self, ResolveError> {
        if let Some(bad) = reference.chars().find(|c| is_forbidden(*c)) {
            return Err(ResolveError::InvalidCharacter(bad));
        }
        let reference = reference.split('#').next().unwrap_or_default();
        if reference.is_empty() {
            return Err(ResolveError::Empty);
        }
        if scheme_of(reference).is_some() || first_segment(reference).contains(':') {
            return Err(ResolveError::NotRelative);
        }
        if reference.starts_with("//") {
            return Err(ResolveError::OtherHost);
        }
        if reference.starts_with('/') {
            return Err(ResolveError::EscapesFolder);
        }
        let (path, query) = match reference.split_once('?') {
            Some((path, query)) => (path, Some(query.to_owned())),
            None => (reference, None),
        };
        let folder = self.directory();
        let path = if path.is_empty() {
            self.path.clone()
        } else {
            remove_dot_segments(&format!("{folder}{path}"))
        };
        if !path.starts_with(folder) {
            return Err(ResolveError::EscapesFolder);
        }
        Ok(Self {
            path,
            query,
            ..self.clone()
        })
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}://{}{}",
            self.scheme.as_str(),
            self.authority(),
            self.path
        )?;
        if let Some(query) = &self.query {
            write!(f, "?{query}")?;
        }
        Ok(())
    }
}

/// Whitespace, control characters and backslashes (which browsers read as `/` in web addresses).
fn is_forbidden(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\\'
}

/// The scheme, if the text starts with one (`letter (letter | digit | + | - | .)* :`).
fn scheme_of(text: &str) -> Option<&str> {
    let colon = text.find(':')?;
    let candidate = &text[..colon];
    let mut chars = candidate.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then_some(candidate)
}

fn first_segment(reference: &str) -> &str {
    let end = reference.find(['/', '?', '#']).unwrap_or(reference.len());
    &reference[..end]
}

fn split_host_port(authority: &str) -> Result<(String, Option<u16>), WebUrlError> {
    if authority.is_empty() {
        return Err(WebUrlError::MissingHost);
    }
    let (host, port) = if authority.starts_with('[') {
        let close = authority.find(']').ok_or(WebUrlError::InvalidHost)?;
        let (host, after) = authority.split_at(close + 1);
        let inner = &host[1..host.len() - 1];
        if inner.is_empty()
            || !inner
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(WebUrlError::InvalidHost);
        }
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':').ok_or(WebUrlError::InvalidPort)?),
        };
        (host.to_ascii_lowercase(), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        (check_host_name(host)?, port)
    };
    let port = port.map(parse_port).transpose()?;
    Ok((host, port))
}

fn check_host_name(host: &str) -> Result<String, WebUrlError> {
    if host.is_empty() {
        return Err(WebUrlError::MissingHost);
    }
    if !host.is_ascii() {
        return Err(WebUrlError::NonAsciiHost);
    }
    let host = host.to_ascii_lowercase();
    let labels_ok = host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
    if labels_ok {
        Ok(host)
    } else {
        Err(WebUrlError::InvalidHost)
    }
}

fn parse_port(text: &str) -> Result<u16, WebUrlError> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(WebUrlError::InvalidPort);
    }
    match text.parse::<u16>() {
        Ok(0) | Err(_) => Err(WebUrlError::InvalidPort),
        Ok(port) => Ok(port),
    }
}

/// `.` and its percent-encoded forms, which browsers treat alike.
fn is_single_dot(segment: &str) -> bool {
    segment == "." || segment.eq_ignore_ascii_case("%2e")
}

fn is_double_dot(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    matches!(lower.as_str(), ".." | ".%2e" | "%2e." | "%2e%2e")
}

/// RFC 3986 section 5.2.4 over a path that starts with `/`: `.` segments go, `..` removes the
/// segment before it (never above the root).
fn remove_dot_segments(path: &str) -> String {
    let segments: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut out: Vec<&str> = Vec::new();
    let mut trailing_slash = false;
    for (index, segment) in segments.iter().enumerate() {
        if is_single_dot(segment) {
            trailing_slash = index == last;
        } else if is_double_dot(segment) {
            out.pop();
            trailing_slash = index == last;
        } else {
            out.push(segment);
            trailing_slash = false;
        }
    }
    let mut result = format!("/{}", out.join("/"));
    if trailing_slash && !out.is_empty() {
        result.push('/');
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises_good_addresses() {
        let cases = [
            ("https://ngo.example.org", "https://ngo.example.org/"),
            (
                "HTTPS://NGO.Example.org/Passage/packs/index.json",
                "https://ngo.example.org/Passage/packs/index.json",
            ),
            ("https://example.org:443/a", "https://example.org/a"),
            ("http://example.org:80/a", "http://example.org/a"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/"),
            ("http://[::1]:8080/x", "http://[::1]:8080/x"),
            ("https://example.org/a/./b/../c", "https://example.org/a/c"),
            ("https://example.org/a/%2E%2e/c", "https://example.org/c"),
            ("https://example.org/../../a", "https://example.org/a"),
            (
                "https://example.org/a?x=1#frag",
                "https://example.org/a?x=1",
            ),
            ("https://example.org?x", "https://example.org/?x"),
            ("https://xn--mnchen-3ya.de/", "https://xn--mnchen-3ya.de/"),
        ];
        for (text, expected) in cases {
            assert_eq!(
                WebUrl::parse(text).map(|url| url.to_string()),
                Ok(expected.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_bad_addresses() {
        use WebUrlError::*;
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_BYTES));
        let cases: &[(&str, WebUrlError)] = &[
            ("", Empty),
            (
                &long,
                TooLong {
                    limit: MAX_URL_BYTES,
                },
            ),
            (" https://example.org", InvalidCharacter(' ')),
            ("https://example.org/a b", InvalidCharacter(' ')),
            ("https://example.org/\n", InvalidCharacter('\n')),
            ("https:\\\\evil.example", InvalidCharacter('\\')),
            ("example.org/passage", MissingScheme),
            ("//evil.example/x", MissingScheme),
            ("/packs/index.json", MissingScheme),
            (
                "javascript:alert(1)",
                UnsupportedScheme("javascript".into()),
            ),
            (
                "JavaScript:alert(1)",
                UnsupportedScheme("javascript".into()),
            ),
            ("data:text/html,<p>", UnsupportedScheme("data".into())),
            ("ftp://example.org/", UnsupportedScheme("ftp".into())),
            ("file:///etc/passwd", UnsupportedScheme("file".into())),
            ("https:example.org", MissingHost),
            ("https://", MissingHost),
            ("https:///path", MissingHost),
            ("https://good.example@evil.example/", UserInfo),
            ("https://user:pw@example.org/", UserInfo),
            ("https://exa_mple.org/", InvalidHost),
            ("https://-example.org/", InvalidHost),
            ("https://example..org/", InvalidHost),
            ("https://example.org./", InvalidHost),
            ("https://[zz]/", InvalidHost),
            ("https://münchen.de/", NonAsciiHost),
            ("https://example.org:0/", InvalidPort),
            ("https://example.org:99999/", InvalidPort),
            ("https://example.org:/", InvalidPort),
            ("https://example.org:8a/", InvalidPort),
            ("https://[::1]x/", InvalidPort),
        ];
        for (text, expected) in cases {
            assert_eq!(WebUrl::parse(text), Err(expected.clone()), "{text:?}");
        }
    }

    #[test]
    fn parts_and_loopback() {
        let url = WebUrl::parse("http://LocalHost:8080/passage/packs/index.json?v=2")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(url.scheme(), Scheme::Http);
        assert_eq!(url.host(), "localhost");
        assert_eq!(url.port(), Some(8080));
        assert_eq!(url.authority(), "localhost:8080");
        assert_eq!(url.path(), "/passage/packs/index.json");
        assert_eq!(url.query(), Some("v=2"));
        assert_eq!(url.directory(), "/passage/packs/");
        assert!(url.is_loopback());
        for host in ["http://127.0.0.1/", "http://[::1]/"] {
            assert!(
                WebUrl::parse(host).is_ok_and(|url| url.is_loopback()),
                "{host}"
            );
        }
        for host in ["http://localhost.evil.example/", "http://127.0.0.2/"] {
            assert!(
                WebUrl::parse(host).is_ok_and(|url| !url.is_loopback()),
                "{host}"
            );
        }
    }

    #[test]
    fn resolves_files_relative_to_a_catalog() {
        let base = WebUrl::parse("https://ngo.example.org/passage/packs/index.json")
            .unwrap_or_else(|error| panic!("{error}"));
        let good = [
            (
                "welcome.0123.json",
                "https://ngo.example.org/passage/packs/welcome.0123.json",
            ),
            (
                "./welcome.json",
                "https://ngo.example.org/passage/packs/welcome.json",
            ),
            (
                "sub/a.json",
                "https://ngo.example.org/passage/packs/sub/a.json",
            ),
            (
                "sub/../a.json",
                "https://ngo.example.org/passage/packs/a.json",
            ),
            (
                "a.json?v=1",
                "https://ngo.example.org/passage/packs/a.json?v=1",
            ),
            (
                "a.json#part",
                "https://ngo.example.org/passage/packs/a.json",
            ),
            (
                "?v=2",
                "https://ngo.example.org/passage/packs/index.json?v=2",
            ),
            (
                "a%20b.json",
                "https://ngo.example.org/passage/packs/a%20b.json",
            ),
        ];
        for (reference, expected) in good {
            assert_eq!(
                base.resolve(reference).map(|url| url.to_string()),
                Ok(expected.to_owned()),
                "{reference}"
            );
        }
        use ResolveError::*;
        let bad: &[(&str, ResolveError)] = &[
            ("", Empty),
            ("#only-a-fragment", Empty),
            ("a b.json", InvalidCharacter(' ')),
            ("..\\a.json", InvalidCharacter('\\')),
            ("javascript:alert(1)", NotRelative),
            ("data:application/json,{}", NotRelative),
            ("https://evil.example/a.json", NotRelative),
            ("https:a.json", NotRelative),
            ("c:a.json", NotRelative),
            ("//evil.example/a.json", OtherHost),
            ("/a.json", EscapesFolder),
            ("../a.json", EscapesFolder),
            ("sub/../../a.json", EscapesFolder),
            ("%2e%2e/a.json", EscapesFolder),
            (".%2E/a.json", EscapesFolder),
            ("../../../../etc/passwd", EscapesFolder),
        ];
        for (reference, expected) in bad {
            assert_eq!(
                base.resolve(reference),
                Err(expected.clone()),
                "{reference:?}"
            );
        }
    }

    #[test]
    fn resolves_against_a_folder_address_and_a_root_catalog() {
        let folder =
            WebUrl::parse("https://example.org/packs/").unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            folder.resolve("a.json").map(|url| url.to_string()),
            Ok("https://example.org/packs/a.json".to_owned())
        );
        let root = WebUrl::parse("http://127.0.0.1:8080/index.json")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            root.resolve("a.json").map(|url| url.to_string()),
            Ok("http://127.0.0.1:8080/a.json".to_owned())
        );
        assert_eq!(
            root.resolve("../a.json").map(|url| url.to_string()),
            Ok("http://127.0.0.1:8080/a.json".to_owned())
        );
    }
}
