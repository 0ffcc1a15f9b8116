//! The address of a pack catalog (`…/packs/index.json`): the site's own, or an extra one from
//! another site, named in the settings file or added by the learner.

use std::fmt;

use thiserror::Error;

use super::web_url::{ResolveError, Scheme, WebUrl, WebUrlError};

/// Where a Passage site keeps its catalog, relative to the site's folder.
pub const CATALOG_PATH: &str = "packs/index.json";

/// The address of a pack catalog.
///
/// Text that names a site's folder rather than a `.json` file (`https://ngo.example.org/passage/`,
/// or the address of any screen of that site, `…/passage/#/packs`) is completed with
/// `packs/index.json`, so people can paste the address they see in their browser. A query and a
/// fragment are dropped: a catalog is a static file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CatalogUrl(WebUrl);

/// Why text is not an acceptable address for an extra catalog.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogUrlError {
    #[error(transparent)]
    Url(#[from] WebUrlError),
    #[error(
        "catalogs from other sites must use https:// (http:// only works for this device, 127.0.0.1 or localhost)"
    )]
    NotHttps,
    #[error(
        "the address contains {0:?}; a catalog's path may use letters, digits, -, _, ., ~ and / only"
    )]
    UnsupportedPathCharacter(char),
}

impl CatalogUrl {
    /// The catalog of another site: `https:` only, except plain `http:` to this device
    /// (`127.0.0.1`, `localhost`, `[::1]`) for testing. Surrounding whitespace is ignored.
    pub fn parse(text: &str) -> Result<Self, CatalogUrlError> {
        let url = WebUrl::parse(text.trim())?;
        if url.scheme() != Scheme::Https && !url.is_loopback() {
            return Err(CatalogUrlError::NotHttps);
        }
        if let Some(bad) = url
            .path()
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '/')))
        {
            return Err(CatalogUrlError::UnsupportedPathCharacter(bad));
        }
        Ok(Self(complete(url)))
    }

    /// The site's own catalog, from the address the app runs at (`document.baseURI`). Plain
    /// `http:` is accepted on any host here: a site on a local network server has no certificate.
    pub fn own(site_address: &str) -> Result<Self, WebUrlError> {
        let url = WebUrl::parse(site_address)?;
        // "packs/index.json" is a plain relative path, which always resolves in the folder.
        Ok(Self(url.resolve(CATALOG_PATH).unwrap_or(url)))
    }

    pub fn url(&self) -> &WebUrl {
        &self.0
    }

    /// Where the catalog comes from, to show beside its packs: the host, with its port when it
    /// is not the default (`ngo.example.org`, `127.0.0.1:8080`).
    pub fn label(&self) -> String {
        self.0.authority()
    }

    /// The text that keeps this catalog's pack ids apart from other catalogs': host, port and
    /// folder, with `~` for `/` (`ngo.example.org~passage~packs`). It uses only characters that
    /// are safe in the app's `#/…` addresses.
    pub fn namespace(&self) -> String {
        let folder = self.0.directory().trim_matches('/').replace('/', "~");
        if folder.is_empty() {
            self.label()
        } else {
            format!("{}~{folder}", self.label())
        }
    }

    /// The address of a pack file named by this catalog, kept inside the catalog's folder.
    pub fn pack_file(&self, file: &str) -> Result<WebUrl, ResolveError> {
        let file = file.split(['?', '#']).next().unwrap_or_default();
        if file.is_empty() {
            return Err(ResolveError::Empty);
        }
        self.0.resolve(file)
    }
}

impl fmt::Display for CatalogUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A site's folder becomes the catalog inside it; a `.json` file stays as it is.
/// Resolving a non-empty relative path also drops the query.
fn complete(url: WebUrl) -> WebUrl {
    let last = url.path().rsplit('/').next().unwrap_or_default();
    let target = if last.to_ascii_lowercase().ends_with(".json") {
        last.to_owned()
    } else if last.is_empty() {
        CATALOG_PATH.to_owned()
    } else {
        format!("{last}/{CATALOG_PATH}")
    };
    url.resolve(&target).unwrap_or(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_catalog_addresses() {
        let good = [
            (
                "https://ngo.example.org/packs/index.json",
                "https://ngo.example.org/packs/index.json",
            ),
            (
                "https://ngo.example.org/passage/",
                "https://ngo.example.org/passage/packs/index.json",
            ),
            (
                "https://ngo.example.org/passage",
                "https://ngo.example.org/passage/packs/index.json",
            ),
            (
                "https://ngo.example.org",
                "https://ngo.example.org/packs/index.json",
            ),
            (
                "https://ngo.example.org/passage/#/packs",
                "https://ngo.example.org/passage/packs/index.json",
            ),
            (
                "https://ngo.example.org/passage/?utm=x",
                "https://ngo.example.org/passage/packs/index.json",
            ),
            (
                "https://ngo.example.org/other/catalog.json",
                "https://ngo.example.org/other/catalog.json",
            ),
            (
                "  https://ngo.example.org/~ana/passage/  ",
                "https://ngo.example.org/~ana/passage/packs/index.json",
            ),
            (
                "http://127.0.0.1:8080/",
                "http://127.0.0.1:8080/packs/index.json",
            ),
            (
                "http://localhost:8080/p/",
                "http://localhost:8080/p/packs/index.json",
            ),
        ];
        for (text, expected) in good {
            assert_eq!(
                CatalogUrl::parse(text).map(|url| url.to_string()),
                Ok(expected.to_owned()),
                "{text}"
            );
        }
        use CatalogUrlError::*;
        let bad: &[(&str, CatalogUrlError)] = &[
            ("http://ngo.example.org/", NotHttps),
            ("http://localhost.evil.example/", NotHttps),
            ("ngo.example.org/passage", Url(WebUrlError::MissingScheme)),
            (
                "//evil.example/packs/index.json",
                Url(WebUrlError::MissingScheme),
            ),
            (
                "javascript:alert(1)",
                Url(WebUrlError::UnsupportedScheme("javascript".into())),
            ),
            (
                "data:application/json,{}",
                Url(WebUrlError::UnsupportedScheme("data".into())),
            ),
            ("https://a@evil.example/", Url(WebUrlError::UserInfo)),
            (
                "https://ngo.example.org/pa%20ssage/",
                UnsupportedPathCharacter('%'),
            ),
            ("", Url(WebUrlError::Empty)),
        ];
        for (text, expected) in bad {
            assert_eq!(CatalogUrl::parse(text), Err(expected.clone()), "{text:?}");
        }
    }

    #[test]
    fn the_sites_own_catalog() {
        let cases = [
            (
                "https://ngo.example.org/passage/",
                "https://ngo.example.org/passage/packs/index.json",
            ),
            (
                "https://ngo.example.org/passage/index.html",
                "https://ngo.example.org/passage/packs/index.json",
            ),
            (
                "http://192.168.1.10/",
                "http://192.168.1.10/packs/index.json",
            ),
            (
                "https://ngo.example.org/passage/?x=1#/packs",
                "https://ngo.example.org/passage/packs/index.json",
            ),
        ];
        for (base, expected) in cases {
            assert_eq!(
                CatalogUrl::own(base).map(|url| url.to_string()),
                Ok(expected.to_owned()),
                "{base}"
            );
        }
    }

    #[test]
    fn labels_namespaces_and_pack_files() {
        let url = CatalogUrl::parse("https://ngo.example.org/passage/")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(url.label(), "ngo.example.org");
        assert_eq!(url.namespace(), "ngo.example.org~passage~packs");
        assert_eq!(
            url.pack_file("welcome.0123.json").map(|u| u.to_string()),
            Ok("https://ngo.example.org/passage/packs/welcome.0123.json".to_owned())
        );
        assert_eq!(url.pack_file("../x.json"), Err(ResolveError::EscapesFolder));
        assert_eq!(url.pack_file("?x"), Err(ResolveError::Empty));
        let local = CatalogUrl::parse("http://127.0.0.1:8080/index.json")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(local.label(), "127.0.0.1:8080");
        assert_eq!(local.namespace(), "127.0.0.1:8080");
    }
}
