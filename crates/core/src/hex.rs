//! Comparing SHA-256 digests (which the browser computes) with the lower-case hex digits that
//! catalogs and media names write them as.

/// Whether `hex` is exactly `bytes` written as lower-case hex digits, two per byte.
pub(crate) fn is_hex_of(hex: &str, bytes: &[u8]) -> bool {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    hex.len() == bytes.len() * 2
        && hex.as_bytes().chunks(2).zip(bytes).all(|(pair, byte)| {
            pair[0] == DIGITS[usize::from(byte >> 4)] && pair[1] == DIGITS[usize::from(byte & 0xf)]
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_hex_digits_of_exactly_these_bytes() {
        assert!(is_hex_of("", &[]));
        assert!(is_hex_of("00ff7a", &[0x00, 0xff, 0x7a]));
        assert!(!is_hex_of("00FF7A", &[0x00, 0xff, 0x7a]), "upper case");
        assert!(!is_hex_of("00ff7", &[0x00, 0xff, 0x7a]), "cut");
        assert!(!is_hex_of("00ff7a00", &[0x00, 0xff, 0x7a]), "longer");
        assert!(!is_hex_of("00ff7b", &[0x00, 0xff, 0x7a]), "another byte");
        assert!(!is_hex_of("é0", &[0xc3]), "not ASCII");
    }
}
