//! Links in the settings file: the logo (a file inside the site) and links out (website, map,
//! corrections), each with the schemes it may use.

use std::fmt;

use thiserror::Error;

use super::contact::{Email, EmailError};
use super::web_url::{Scheme, WebUrl, WebUrlError};

/// The longest path accepted for a file inside the site.
pub const MAX_SITE_PATH_CHARS: usize = 200;

/// Image types a logo may have.
pub const LOGO_EXTENSIONS: &[&str] = &["png", "svg", "webp", "jpg", "jpeg"];

/// A file inside the site, relative to the folder `index.html` is in (`images/logo.png`). It
/// works wherever the site is copied, at a root or in a sub-folder.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SitePath(String);

/// Why text is not a usable path to an image inside the site.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SitePathError {
    #[error("the path is empty")]
    Empty,
    #[error("the path is longer than {limit} characters")]
    TooLong { limit: usize },
    #[error("use a file inside the site (such as images/logo.png), not a full address")]
    NotRelative,
    #[error("the path starts with /: leave it out, so the site works in any folder")]
    StartsAtRoot,
    #[error("the path uses .., which leaves the site's folder")]
    LeavesSite,
    #[error("the path contains {0:?}; use only letters a-z, digits, -, _, . and /")]
    InvalidCharacter(char),
    #[error("the file must be an image: .png, .svg, .webp, .jpg or .jpeg")]
    NotAnImage,
}

impl SitePath {
    /// Reads the path of an image file inside the site.
    pub fn parse_image(text: &str) -> Result<Self, SitePathError> {
        if text.is_empty() {
            return Err(SitePathError::Empty);
        }
        if text.chars().count() > MAX_SITE_PATH_CHARS {
            return Err(SitePathError::TooLong {
                limit: MAX_SITE_PATH_CHARS,
            });
        }
        let first = text.split('/').next().unwrap_or_default();
        if first.contains(':') {
            return Err(SitePathError::NotRelative);
        }
        if text.starts_with("//") || text.starts_with("\\\\") {
            return Err(SitePathError::NotRelative);
        }
        if text.starts_with('/') {
            return Err(SitePathError::StartsAtRoot);
        }
        if text.split('/').any(|segment| {
            let lower = segment.to_ascii_lowercase();
            matches!(lower.as_str(), ".." | ".%2e" | "%2e." | "%2e%2e")
        }) {
            return Err(SitePathError::LeavesSite);
        }
        if let Some(bad) = text
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')))
        {
            return Err(SitePathError::InvalidCharacter(bad));
        }
        let extension = text
            .rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .unwrap_or_default();
        if !LOGO_EXTENSIONS.contains(&extension.as_str()) {
            return Err(SitePathError::NotAnImage);
        }
        Ok(Self(text.to_owned()))
    }

    /// The path, for a relative `src` (it needs no escaping: only safe characters are allowed).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why text is not an acceptable link out of the app.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error(transparent)]
    Url(#[from] WebUrlError),
    #[error("this link must start with https:// (http:// is not encrypted)")]
    NotHttps,
    #[error("{0}")]
    Email(#[from] EmailError),
}

/// A link to a web page with `https:` or `http:` (an organisation's website).
pub fn web_link(text: &str) -> Result<WebUrl, LinkError> {
    Ok(WebUrl::parse(text)?)
}

/// A link that must be `https:` (a map link).
pub fn https_link(text: &str) -> Result<WebUrl, LinkError> {
    let url = WebUrl::parse(text)?;
    if url.scheme() == Scheme::Https {
        Ok(url)
    } else {
        Err(LinkError::NotHttps)
    }
}

/// Where learners send corrections of a translation: a web page (`https:` only) or an e-mail
/// address (`mailto:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorrectionsLink {
    Web(WebUrl),
    Email(Email),
}

impl CorrectionsLink {
    /// Reads `https://…` or `mailto:address` (an optional `?subject=…` after the address is dropped).
    pub fn parse(text: &str) -> Result<Self, LinkError> {
        let lower = text.get(..7).map(str::to_ascii_lowercase);
        if lower.as_deref() == Some("mailto:") {
            let address = text[7..].split('?').next().unwrap_or_default();
            return Ok(Self::Email(Email::parse(address)?));
        }
        https_link(text).map(Self::Web)
    }

    /// The link target for `href`.
    pub fn href(&self) -> String {
        match self {
            Self::Web(url) => url.to_string(),
            Self::Email(email) => email.href(),
        }
    }
}

impl fmt::Display for CorrectionsLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.href())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logo_paths() {
        for good in [
            "logo.png",
            "images/logo.svg",
            "./img/Logo_2.WEBP",
            "a-b/c.jpeg",
        ] {
            assert_eq!(
                SitePath::parse_image(good).map(|p| p.as_str().to_owned()),
                Ok(good.to_owned())
            );
        }
        use SitePathError::*;
        let long = format!("{}.png", "a".repeat(MAX_SITE_PATH_CHARS));
        let bad: &[(&str, SitePathError)] = &[
            ("", Empty),
            (
                &long,
                TooLong {
                    limit: MAX_SITE_PATH_CHARS,
                },
            ),
            ("https://evil.example/logo.png", NotRelative),
            ("http://ngo.example.org/logo.png", NotRelative),
            ("javascript:alert(1)", NotRelative),
            ("data:image/png;base64,AAAA", NotRelative),
            ("//evil.example/logo.png", NotRelative),
            ("\\\\evil.example\\logo.png", NotRelative),
            ("/logo.png", StartsAtRoot),
            ("../logo.png", LeavesSite),
            ("images/../../logo.png", LeavesSite),
            ("images/%2e%2e/logo.png", LeavesSite),
            ("my logo.png", InvalidCharacter(' ')),
            ("logo.png?v=1", InvalidCharacter('?')),
            ("images\\logo.png", InvalidCharacter('\\')),
            ("lögo.png", InvalidCharacter('ö')),
            ("logo.gif", NotAnImage),
            ("logo", NotAnImage),
            ("logo.html", NotAnImage),
        ];
        for (text, expected) in bad {
            assert_eq!(
                SitePath::parse_image(text),
                Err(expected.clone()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn links_out() {
        assert!(web_link("http://ngo.example.org/").is_ok());
        assert!(web_link("https://ngo.example.org/").is_ok());
        assert_eq!(https_link("http://map.example/"), Err(LinkError::NotHttps));
        assert!(
            https_link("https://www.openstreetmap.org/?mlat=52.5&mlon=13.4#map=17/52.5/13.4")
                .is_ok()
        );
        assert_eq!(
            https_link("javascript:alert(1)"),
            Err(LinkError::Url(WebUrlError::UnsupportedScheme(
                "javascript".into()
            )))
        );
        assert_eq!(
            https_link("//evil.example/"),
            Err(LinkError::Url(WebUrlError::MissingScheme))
        );
    }

    #[test]
    fn corrections_links() {
        let cases: &[(&str, Result<&str, ()>)] = &[
            (
                "https://ngo.example.org/corrections",
                Ok("https://ngo.example.org/corrections"),
            ),
            (
                "mailto:translations@ngo.example.org",
                Ok("mailto:translations@ngo.example.org"),
            ),
            (
                "MAILTO:a@ngo.example.org?subject=Hi",
                Ok("mailto:a@ngo.example.org"),
            ),
            ("http://ngo.example.org/", Err(())),
            ("mailto:", Err(())),
            ("mailto:not-an-address", Err(())),
            ("tel:+4930123", Err(())),
            ("javascript:alert(1)", Err(())),
            ("data:text/html,x", Err(())),
        ];
        for (text, expected) in cases {
            let got = CorrectionsLink::parse(text)
                .map(|link| link.href())
                .map_err(|_| ());
            assert_eq!(got, expected.map(str::to_owned), "{text}");
        }
    }
}
