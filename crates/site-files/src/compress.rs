//! Precompressed copies (`.br`, `.gz`) beside each text and wasm file of the site. On a slow
//! phone, brotli halves the time to first screen; any static host (or `cargo xtask serve`) that
//! supports precompressed files serves them without compressing on each request.

use std::io::{self, Write};
use std::path::Path;

use crate::SiteFiles;

const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "wasm",
    "css",
    "json",
    "svg",
    "webmanifest",
    "ftl",
    "txt",
];

/// Whether a file of this name (its path in the site) gets compressed copies. Not the site's
/// settings: hosts edit `site.json` by hand, and a server would go on serving a stale `.br` copy.
pub fn is_compressible(name: &str) -> bool {
    let extension = name.rsplit('.').next().unwrap_or("");
    COMPRESSIBLE.contains(&extension) && name != crate::worker::SITE_SETTINGS
}

/// Writes the copies of every compressible file under `dir` (a whole site, or one of its
/// folders).
pub fn compress_folder(dir: &Path) -> io::Result<()> {
    let files = SiteFiles::read(dir)?;
    for relative in files.paths().filter(|relative| is_compressible(relative)) {
        compress_file(&dir.join(relative))?;
    }
    Ok(())
}

/// Writes `<file>.br` and `<file>.gz` beside `file`.
pub fn compress_file(file: &Path) -> io::Result<()> {
    let bytes = std::fs::read(file)?;
    std::fs::write(format!("{}.br", file.display()), brotli(&bytes)?)?;
    std::fs::write(format!("{}.gz", file.display()), gzip(&bytes)?)?;
    Ok(())
}

pub fn brotli(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

/// Gzip with no file name and no time in its header, so the same bytes always give the same
/// copy.
pub fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn both_encodings_round_trip() {
        let text = "Passage ".repeat(200).into_bytes();
        let (Ok(br), Ok(gz)) = (brotli(&text), gzip(&text)) else {
            panic!("compression failed");
        };
        assert!(br.len() < text.len() / 10 && gz.len() < text.len() / 10);
        let mut unbr = Vec::new();
        let mut ungz = Vec::new();
        let _ = brotli::Decompressor::new(&br[..], 4096).read_to_end(&mut unbr);
        let _ = flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut ungz);
        assert_eq!(unbr, text);
        assert_eq!(ungz, text);
    }

    #[test]
    fn copies_sit_beside_text_files_only() {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let _ = std::fs::create_dir_all(dir.path().join("packs/media"));
        let _ = std::fs::write(dir.path().join("packs/index.json"), "{}");
        let _ = std::fs::write(dir.path().join("packs/media/a.webp"), "picture");
        assert!(compress_folder(&dir.path().join("packs")).is_ok());
        // Hosts edit the settings by hand: a stale compressed copy would hide their change.
        let _ = std::fs::write(dir.path().join("site.json"), "{}");
        assert!(compress_folder(dir.path()).is_ok());
        let Ok(files) = SiteFiles::read(dir.path()) else {
            panic!("unreadable");
        };
        assert_eq!(
            files.paths().collect::<Vec<_>>(),
            [
                "packs/index.json",
                "packs/index.json.br",
                "packs/index.json.gz",
                "packs/media/a.webp",
                "site.json"
            ]
        );
    }
}
