//! Crockford's base32 and the two check symbols of receipt codes.
//!
//! The alphabet has digits and upper-case letters without I, L, O and U; reading is
//! case-insensitive and takes `I` and `L` for `1` and `O` for `0`, the usual misreadings.
//!
//! The check symbols make the weighted sums `Σ vᵢ·αⁱ` and `Σ vᵢ·α²ⁱ` zero over the whole code, in
//! the field GF(32) with α a primitive element (a shortened Reed–Solomon code with two parity
//! symbols). So, at any length, a single wrong symbol is always caught (it changes the first sum by
//! `e·αⁱ ≠ 0`) and so are two swapped neighbours (`(a+b)·αⁱ·(1+α) ≠ 0`); within any 31 symbols,
//! any two wrong symbols are caught; other damage passes with a chance of 1 in 1024.

/// The symbols, by value.
pub(crate) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The value of a code character, reading it the forgiving way (any case; I, L as 1; O as 0).
pub(crate) fn value(c: char) -> Option<u8> {
    let upper = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    let byte = u8::try_from(upper).ok()?;
    ALPHABET
        .iter()
        .position(|&symbol| symbol == byte)
        .and_then(|index| u8::try_from(index).ok())
}

/// The character of a symbol's value (values over 31 are taken modulo 32).
pub(crate) fn symbol(value: u8) -> char {
    char::from(ALPHABET[usize::from(value & 31)])
}

/// x⁵ + x² + 1, a primitive polynomial of degree 5.
const POLYNOMIAL: u8 = 0b10_0101;

const fn exp_table() -> [u8; 31] {
    let mut table = [0u8; 31];
    let mut x: u8 = 1;
    let mut index = 0;
    while index < 31 {
        table[index] = x;
        x <<= 1;
        if x & 0x20 != 0 {
            x ^= POLYNOMIAL;
        }
        index += 1;
    }
    table
}

const fn log_table() -> [u8; 32] {
    let exp = exp_table();
    let mut table = [0u8; 32];
    let mut index = 0;
    while index < 31 {
        table[exp[index] as usize] = index as u8;
        index += 1;
    }
    table
}

const EXP: [u8; 31] = exp_table();
const LOG: [u8; 32] = log_table();

/// α to the power `power`.
fn alpha(power: usize) -> u8 {
    EXP[power % 31]
}

fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        return 0;
    }
    EXP[(usize::from(LOG[usize::from(a & 31)]) + usize::from(LOG[usize::from(b & 31)])) % 31]
}

/// `a / b`, for `b ≠ 0`.
fn div(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        return 0;
    }
    let log_a = usize::from(LOG[usize::from(a & 31)]);
    let log_b = usize::from(LOG[usize::from(b & 31)]);
    EXP[(log_a + 31 - log_b) % 31]
}

/// The two weighted sums over `symbols`, position 0 first.
fn sums(symbols: &[u8]) -> (u8, u8) {
    symbols
        .iter()
        .enumerate()
        .fold((0, 0), |(first, second), (index, &value)| {
            (
                first ^ mul(value, alpha(index)),
                second ^ mul(value, alpha(2 * index)),
            )
        })
}

/// The two check symbols to append to `symbols`.
pub(crate) fn check_symbols(symbols: &[u8]) -> [u8; 2] {
    let n = symbols.len();
    let (a, b) = sums(symbols);
    // With x = c₀·αⁿ and y = c₁·αⁿ⁺¹: x + y = a and x·αⁿ + y·αⁿ⁺¹ = b.
    let x = div(b ^ mul(a, alpha(n + 1)), mul(alpha(n), 1 ^ alpha(1)));
    let y = a ^ x;
    [div(x, alpha(n)), div(y, alpha(n + 1))]
}

/// Whether `symbols` (check symbols included, at the end) are consistent.
pub(crate) fn is_consistent(symbols: &[u8]) -> bool {
    sums(symbols) == (0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn forgiving_reading() {
        let cases = [
            ('0', Some(0)),
            ('o', Some(0)),
            ('O', Some(0)),
            ('1', Some(1)),
            ('i', Some(1)),
            ('L', Some(1)),
            ('a', Some(10)),
            ('Z', Some(31)),
            ('U', None),
            ('-', None),
            ('é', None),
        ];
        for (c, expected) in cases {
            assert_eq!(value(c), expected, "{c:?}");
        }
        for v in 0..32 {
            assert_eq!(value(symbol(v)), Some(v));
        }
    }

    #[test]
    fn the_field_is_a_field() {
        for a in 1..32u8 {
            assert_eq!(mul(a, div(1, a)), 1, "inverse of {a}");
        }
        assert_eq!(
            EXP.iter()
                .copied()
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            31
        );
    }

    fn with_check(data: &[u8]) -> Vec<u8> {
        let mut code = data.to_vec();
        code.extend(check_symbols(data));
        code
    }

    proptest! {
        #[test]
        fn codes_are_consistent(data in proptest::collection::vec(0u8..32, 0..120)) {
            prop_assert!(is_consistent(&with_check(&data)));
        }

        #[test]
        fn a_single_wrong_symbol_is_caught(data in proptest::collection::vec(0u8..32, 0..120), at in any::<usize>(), change in 1u8..32) {
            let mut code = with_check(&data);
            let at = at % code.len();
            code[at] ^= change;
            prop_assert!(!is_consistent(&code));
        }

        #[test]
        fn swapped_neighbours_are_caught(data in proptest::collection::vec(0u8..32, 0..120), at in any::<usize>()) {
            let mut code = with_check(&data);
            let at = at % (code.len() - 1);
            prop_assume!(code[at] != code[at + 1]);
            code.swap(at, at + 1);
            prop_assert!(!is_consistent(&code));
        }

        #[test]
        fn two_wrong_symbols_close_together_are_caught(data in proptest::collection::vec(0u8..32, 0..60), at in any::<usize>(), gap in 1usize..31, e1 in 1u8..32, e2 in 1u8..32) {
            let mut code = with_check(&data);
            prop_assume!(code.len() > gap);
            let at = at % (code.len() - gap);
            code[at] ^= e1;
            code[at + gap] ^= e2;
            prop_assert!(!is_consistent(&code));
        }
    }
}
