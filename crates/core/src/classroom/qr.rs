//! QR codes as SVG path data, for an assignment's link or a receipt's code.
//!
//! [`qr_svg`] gives the dark modules as one `d` attribute, in units of one module, with the
//! symbol's top-left corner at (0, 0). The quiet zone (the white margin scanners need, 4 modules
//! by the standard) is left to the caller's `viewBox`: [`QrSvg::view_box`] gives it. The UI builds
//! the SVG as elements, never as HTML text:
//!
//! ```text
//! <svg viewBox={qr.view_box(QUIET_ZONE)} shape-rendering="crispEdges" role="img" aria-label=…>
//!   <rect x="-4" y="-4" width="100%" height="100%" fill="#fff"/>   (a white background)
//!   <path d={qr.path} fill="#000"/>
//! </svg>
//! ```
//!
//! Error correction is medium (15 % of the symbol can be damaged or smudged), the usual choice for
//! print and screens.

use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone the standard asks for, in modules.
pub const QUIET_ZONE: u32 = 4;

/// A QR code as SVG path data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Modules per side (21 to 177).
    pub size: u32,
    /// The dark modules: one `M x y h w v 1 h -w z` rectangle per horizontal run.
    pub path: String,
}

/// The text is longer than a QR code holds at medium error correction (about 2,300 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the text is too long for a QR code")]
pub struct QrTooLong;

impl QrSvg {
    /// The `viewBox` showing the symbol with `quiet` modules of margin on every side
    /// (`"-4 -4 37 37"` for a 29-module symbol and the standard quiet zone).
    pub fn view_box(&self, quiet: u32) -> String {
        let side = u64::from(self.size) + 2 * u64::from(quiet);
        let corner = -i64::from(quiet);
        format!("{corner} {corner} {side} {side}")
    }
}

/// The QR code of `text`, at medium error correction, in the smallest version that holds it.
pub fn qr_svg(text: &str) -> Result<QrSvg, QrTooLong> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrTooLong)?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{start} {y}h{run}v1h-{run}z"));
        }
    }
    Ok(QrSvg {
        size: u32::try_from(size).unwrap_or(0),
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules drawn by a path, read back.
    fn modules(svg: &QrSvg) -> Vec<Vec<bool>> {
        let size = svg.size as usize;
        let mut grid = vec![vec![false; size]; size];
        for rect in svg.path.split('z').filter(|part| !part.is_empty()) {
            let numbers: Vec<usize> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .filter_map(|n| n.parse().ok())
                .collect();
            let [x, y, run, _, _] = numbers[..] else {
                panic!("unexpected {rect}");
            };
            for cell in &mut grid[y][x..x + run] {
                assert!(!*cell, "drawn twice");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let text = "https://example.org/passage/#/assign/AWgDEUdlcm1hbiBBMSBUdWVzZGF5oaAB";
        let svg = qr_svg(text).unwrap_or_else(|error| panic!("{error}"));
        let code =
            QrCode::encode_text(text, QrCodeEcc::Medium).unwrap_or_else(|_| panic!("encodable"));
        assert_eq!(svg.size as i32, code.size());
        let grid = modules(&svg);
        for y in 0..code.size() {
            for x in 0..code.size() {
                assert_eq!(grid[y as usize][x as usize], code.get_module(x, y));
            }
        }
        // The finder pattern's top row: seven dark modules from the corner.
        assert!(svg.path.starts_with("M0 0h7v1h-7z"), "{}", svg.path);
    }

    #[test]
    fn sizes_and_the_quiet_zone() {
        let small = qr_svg("PSG-0W33-8NKR-J12P-Y0R0-4T57-DD1B-E9ND-F83F")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(small.size, 29);
        assert_eq!(small.view_box(QUIET_ZONE), "-4 -4 37 37");
        assert_eq!(small.view_box(0), "0 0 29 29");
        assert_eq!(qr_svg(&"x".repeat(2400)), Err(QrTooLong));
        assert!(qr_svg("").is_ok());
    }
}
