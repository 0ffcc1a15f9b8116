//! Precompressed copies (`.br`, `.gz`) beside each text and wasm file of the site. On a slow
//! phone, brotli halves the time to first screen; any static host (or `cargo xtask serve`) that
//! supports precompressed files serves them without compressing on each request.

use std::io::Write;
use std::path::Path;

use crate::Result;

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

pub fn compress_site(site: &Path) -> Result {
    let mut files = Vec::new();
    crate::sw::collect(site, site, &mut files)?;
    for relative in files {
        let extension = relative.rsplit('.').next().unwrap_or("");
        if COMPRESSIBLE.contains(&extension) {
            let path = site.join(&relative);
            let bytes = std::fs::read(&path)?;
            std::fs::write(format!("{}.br", path.display()), brotli(&bytes)?)?;
            std::fs::write(format!("{}.gz", path.display()), gzip(&bytes)?)?;
        }
    }
    Ok(())
}

pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
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
}
