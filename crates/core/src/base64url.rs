//! Base64url without padding (RFC 4648 §5): the alphabet of assignment codes, safe in a URL
//! fragment and in a QR code's byte mode as it is; also how pictures and recordings travel inside
//! a pack shared as a file (JSON text).

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A character outside the alphabet, at this byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BadCharacter(pub(crate) usize);

/// Bytes read from a base64url text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub(crate) bytes: Vec<u8>,
    /// Whether the text is exactly what [`encode`] makes of these bytes. When not, it had a
    /// character too many for a whole byte (it was cut), or bits an encoder leaves at zero were
    /// set (it was changed).
    pub(crate) exact: bool,
}

/// `bytes` as base64url, without padding.
pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let group = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let symbols = chunk.len() + 1;
        for index in 0..symbols {
            let value = (group >> (18 - 6 * index)) & 0x3f;
            out.push(char::from(ALPHABET[value as usize]));
        }
    }
    out
}

/// The bytes of a base64url text (no padding, no white space), forgiving a last character that
/// holds no whole byte and set unused bits, which it reports through [`Decoded::exact`].
pub(crate) fn decode(text: &str) -> Result<Decoded, BadCharacter> {
    let values = text
        .bytes()
        .enumerate()
        .map(|(offset, byte)| value(byte).ok_or(BadCharacter(offset)))
        .collect::<Result<Vec<u8>, _>>()?;
    let mut exact = true;
    let mut bytes = Vec::with_capacity(values.len() / 4 * 3 + 2);
    for chunk in values.chunks(4) {
        if chunk.len() == 1 {
            exact = false;
            break;
        }
        let group = chunk.iter().enumerate().fold(0u32, |group, (index, &v)| {
            group | (u32::from(v) << (18 - 6 * index))
        });
        let count = chunk.len() - 1;
        if group & (0x00ff_ffff >> (8 * count)) != 0 {
            exact = false;
        }
        for index in 0..count {
            bytes.push(((group >> (16 - 8 * index)) & 0xff) as u8);
        }
    }
    Ok(Decoded { bytes, exact })
}

fn value(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_values() {
        // RFC 4648 test vectors, without padding, in the URL alphabet.
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (&[0xfb, 0xff, 0xbf], "-_-_"),
        ];
        for (bytes, text) in cases {
            assert_eq!(encode(bytes), text);
            let expected = Decoded {
                bytes: bytes.to_vec(),
                exact: true,
            };
            assert_eq!(decode(text), Ok(expected));
        }
    }

    #[test]
    fn bad_texts() {
        assert_eq!(decode("Zm9v+"), Err(BadCharacter(4)));
        assert_eq!(decode("Zm="), Err(BadCharacter(2)));
        let inexact = |bytes: &[u8]| {
            Ok(Decoded {
                bytes: bytes.to_vec(),
                exact: false,
            })
        };
        assert_eq!(decode("Zm9vY"), inexact(b"foo"));
        assert_eq!(decode("Zh"), inexact(b"f"));
    }

    proptest! {
        #[test]
        fn round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(decode(&encode(&bytes)), Ok(Decoded { bytes, exact: true }));
        }
    }
}
