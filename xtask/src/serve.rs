//! A small static file server for the built site: what `cargo xtask serve` and the end-to-end
//! tests use. It behaves like a plain static host (no rewrite rules), serves the precompressed
//! `.br`/`.gz` copies when the browser accepts them, and can serve the site under a sub-folder.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use crate::{Failure, Result};

/// A running server; it serves until the process ends.
pub struct Server {
    port: u16,
    base: String,
    thread: JoinHandle<()>,
}

struct Site {
    dir: PathBuf,
    /// The URL path the site lives under, with slashes at both ends (`/`, `/passage/`).
    base: String,
}

impl Server {
    /// Serves `dir` at `base` on 127.0.0.1:`port` (0 picks a free port).
    pub fn start(dir: &Path, base: &str, port: u16) -> Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|error| {
            Failure(format!(
                "cannot listen on 127.0.0.1:{port} ({error}); is another server running there?"
            ))
        })?;
        let port = listener.local_addr()?.port();
        let base = format!("/{}/", base.trim_matches('/')).replace("//", "/");
        let site = Arc::new(Site {
            dir: dir.to_path_buf(),
            base: base.clone(),
        });
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = Arc::clone(&site);
                std::thread::spawn(move || {
                    let _ = site.answer(stream);
                });
            }
        });
        Ok(Self { port, base, thread })
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.base)
    }

    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

impl Site {
    fn answer(&self, mut stream: TcpStream) -> std::io::Result<()> {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        reader.read_line(&mut request_line)?;
        let mut accept_encoding = String::new();
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.trim().eq_ignore_ascii_case("accept-encoding")
            {
                accept_encoding = value.trim().to_ascii_lowercase();
            }
        }
        let mut parts = request_line.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
        let response = match method {
            "GET" | "HEAD" => self.respond(target, &accept_encoding),
            _ => Response::status(405, "Method Not Allowed"),
        };
        response.write(&mut stream, method == "HEAD")
    }

    fn respond(&self, target: &str, accept_encoding: &str) -> Response {
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let Some(path) = percent_decode(path) else {
            return Response::status(400, "Bad Request");
        };
        if path == self.base.trim_end_matches('/') && self.base != "/" {
            return Response::redirect(&self.base);
        }
        let Some(relative) = path.strip_prefix(&self.base) else {
            return Response::status(404, "Not Found");
        };
        if relative
            .split('/')
            .any(|part| part == ".." || part.starts_with('.') && !part.is_empty())
        {
            return Response::status(404, "Not Found");
        }
        let mut file = self.dir.join(relative);
        if relative.is_empty() || relative.ends_with('/') {
            file = file.join("index.html");
        }
        if !file.is_file() {
            return Response::status(404, "Not Found");
        }
        let content_type = content_type(&file);
        let cache_control = cache_control(relative);
        for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
            let compressed = PathBuf::from(format!("{}.{suffix}", file.display()));
            if accepts(accept_encoding, encoding)
                && let Ok(body) = std::fs::read(&compressed)
            {
                return Response::file(body, content_type, cache_control, Some(encoding));
            }
        }
        match std::fs::read(&file) {
            Ok(body) => Response::file(body, content_type, cache_control, None),
            Err(_) => Response::status(500, "Internal Server Error"),
        }
    }
}

fn accepts(accept_encoding: &str, encoding: &str) -> bool {
    accept_encoding.split(',').any(|offer| {
        let mut parts = offer.split(';');
        let name = parts.next().unwrap_or("").trim();
        let refused = parts.any(|param| param.trim().replace(' ', "") == "q=0");
        name == encoding && !refused
    })
}

/// What a careful static host should send: files named by their content hash never change, so
/// they may be cached for a year; the page, the worker, the manifest and the catalog must be
/// checked every time so a new version is seen at once.
pub fn cache_control(relative: &str) -> &'static str {
    let name = relative.rsplit('/').next().unwrap_or(relative);
    let hashed = name
        .split(['-', '.', '_'])
        .any(|part| part.len() >= 12 && part.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed && name != "index.json" {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "mp3" => "audio/mpeg",
        "ogg" | "opus" => "audio/ogg",
        "ftl" | "txt" | "toml" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = path.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

struct Response {
    status: u16,
    reason: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    fn status(status: u16, reason: &'static str) -> Self {
        Self {
            status,
            reason,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: format!("{status} {reason}\n").into_bytes(),
        }
    }

    fn redirect(location: &str) -> Self {
        let mut response = Self::status(301, "Moved Permanently");
        response.headers.push(("Location", location.to_owned()));
        response
    }

    fn file(
        body: Vec<u8>,
        content_type: &str,
        cache_control: &str,
        encoding: Option<&str>,
    ) -> Self {
        let mut headers = vec![
            ("Content-Type", content_type.to_owned()),
            ("Cache-Control", cache_control.to_owned()),
            ("Vary", "Accept-Encoding".to_owned()),
            ("X-Content-Type-Options", "nosniff".to_owned()),
        ];
        if let Some(encoding) = encoding {
            headers.push(("Content-Encoding", encoding.to_owned()));
        }
        Self {
            status: 200,
            reason: "OK",
            headers,
            body,
        }
    }

    fn write(self, stream: &mut TcpStream, head_only: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        stream.write_all(head.as_bytes())?;
        if !head_only {
            stream.write_all(&self.body)?;
        }
        stream.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_immutable_and_the_rest_revalidated() {
        assert_eq!(
            cache_control("passage-7f3a9c2b1d4e5f60_bg.wasm"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control("start-0123456789abcdef.js"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control("packs/de-a1.0123456789ab.json"),
            "public, max-age=31536000, immutable"
        );
        for fresh in [
            "",
            "index.html",
            "sw.js",
            "manifest.webmanifest",
            "packs/index.json",
            "icons/mark.svg",
        ] {
            assert_eq!(cache_control(fresh), "no-cache", "{fresh}");
        }
    }

    #[test]
    fn reads_accept_encoding() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip;q=1.0, br;q=0.5", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(!accepts("", "gzip"));
    }

    #[test]
    fn serves_a_site_under_a_sub_folder_and_refuses_to_leave_it() {
        let dir = std::env::temp_dir().join(format!("passage-serve-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join("index.html"), "<p>hello</p>");
        let _ = std::fs::write(dir.join("index.html.br"), b"brotli bytes");
        let site = Site {
            dir: dir.clone(),
            base: "/passage/".into(),
        };
        let page = site.respond("/passage/", "");
        let compressed = site.respond("/passage/index.html?x=1", "gzip, br");
        let redirect = site.respond("/passage", "");
        let outside = site.respond("/index.html", "");
        let escape = site.respond("/passage/../Cargo.toml", "");
        let encoded_escape = site.respond("/passage/%2e%2e/Cargo.toml", "");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(
            (page.status, page.body.as_slice()),
            (200, &b"<p>hello</p>"[..])
        );
        assert_eq!(compressed.body, b"brotli bytes");
        assert!(
            compressed
                .headers
                .contains(&("Content-Encoding", "br".into()))
        );
        assert_eq!(redirect.status, 301);
        assert_eq!(outside.status, 404);
        assert_eq!(escape.status, 404);
        assert_eq!(encoded_escape.status, 404);
    }
}
