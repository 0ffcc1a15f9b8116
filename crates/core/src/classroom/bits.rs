//! Writing and reading numbers a few bits at a time, so that receipts spend only the bits their
//! values need: fixed-width fields, and small numbers in chunks with a "more follows" bit.

/// Bits written most significant first.
#[derive(Debug, Default)]
pub(crate) struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    /// Writes the low `width` bits of `value` (`width` at most 64).
    pub(crate) fn fixed(&mut self, value: u64, width: u32) {
        for shift in (0..width.min(64)).rev() {
            self.bits.push((value >> shift) & 1 == 1);
        }
    }

    pub(crate) fn flag(&mut self, value: bool) {
        self.bits.push(value);
    }

    /// Writes `value` in chunks of `chunk` bits, lowest chunk first, each followed by one bit
    /// saying whether another chunk follows. Values below `2^chunk` take `chunk + 1` bits.
    pub(crate) fn small(&mut self, mut value: u64, chunk: u32) {
        let chunk = chunk.clamp(1, 32);
        loop {
            self.fixed(value & ((1 << chunk) - 1), chunk);
            value >>= chunk;
            self.flag(value != 0);
            if value == 0 {
                return;
            }
        }
    }

    /// The bits as 5-bit symbols, the last one padded with zero bits.
    pub(crate) fn into_symbols(self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|chunk| {
                (0..5).fold(0u8, |symbol, index| {
                    (symbol << 1) | u8::from(chunk.get(index).copied().unwrap_or(false))
                })
            })
            .collect()
    }
}

/// The reader ran out of bits, or a number was longer than any writer makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OutOfBits;

/// Reads what a [`BitWriter`] wrote, from 5-bit symbols.
#[derive(Debug)]
pub(crate) struct BitReader {
    bits: Vec<bool>,
    position: usize,
}

impl BitReader {
    pub(crate) fn from_symbols(symbols: &[u8]) -> Self {
        let bits = symbols
            .iter()
            .flat_map(|&symbol| (0..5).rev().map(move |shift| (symbol >> shift) & 1 == 1))
            .collect();
        Self { bits, position: 0 }
    }

    pub(crate) fn fixed(&mut self, width: u32) -> Result<u64, OutOfBits> {
        if width > 64 {
            return Err(OutOfBits);
        }
        let mut value = 0u64;
        for _ in 0..width {
            value = (value << 1) | u64::from(self.flag()?);
        }
        Ok(value)
    }

    pub(crate) fn flag(&mut self) -> Result<bool, OutOfBits> {
        let bit = *self.bits.get(self.position).ok_or(OutOfBits)?;
        self.position += 1;
        Ok(bit)
    }

    /// Reads a number written by [`BitWriter::small`]; numbers over 48 bits are refused.
    pub(crate) fn small(&mut self, chunk: u32) -> Result<u64, OutOfBits> {
        let chunk = chunk.clamp(1, 32);
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            if shift >= 48 {
                return Err(OutOfBits);
            }
            value |= self.fixed(chunk)? << shift;
            shift += chunk;
            if !self.flag()? {
                return Ok(value);
            }
        }
    }

    /// Whether only zero padding (less than one symbol of it) is left.
    pub(crate) fn only_padding_left(&self) -> bool {
        let rest = self.bits.get(self.position..).unwrap_or_default();
        rest.len() < 5 && rest.iter().all(|&bit| !bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_numbers_take_few_bits() {
        let cases = [
            (0, 3, 4),
            (7, 3, 4),
            (8, 3, 8),
            (100, 4, 10),
            (u64::from(u32::MAX), 4, 40),
        ];
        for (value, chunk, bits) in cases {
            let mut writer = BitWriter::default();
            writer.small(value, chunk);
            assert_eq!(writer.bits.len(), bits, "{value} in chunks of {chunk}");
            let mut reader = BitReader::from_symbols(&writer.into_symbols());
            assert_eq!(reader.small(chunk), Ok(value));
            assert!(reader.only_padding_left());
        }
    }

    #[test]
    fn reading_past_the_end_fails() {
        let mut reader = BitReader::from_symbols(&[0b11111]);
        assert_eq!(reader.small(4), Err(OutOfBits));
        let mut reader = BitReader::from_symbols(&[0b10000]);
        assert_eq!(reader.fixed(3), Ok(0b100));
        assert!(reader.only_padding_left());
        let reader = BitReader::from_symbols(&[0b00001]);
        assert!(!reader.only_padding_left());
    }

    proptest! {
        #[test]
        fn fields_round_trip(values in proptest::collection::vec((any::<u32>(), 1u32..33, any::<bool>()), 0..20)) {
            let mut writer = BitWriter::default();
            for &(value, width, small) in &values {
                if small { writer.small(u64::from(value), width % 8 + 1) } else { writer.fixed(u64::from(value), 32) }
            }
            let mut reader = BitReader::from_symbols(&writer.into_symbols());
            for &(value, width, small) in &values {
                let read = if small { reader.small(width % 8 + 1) } else { reader.fixed(32) };
                prop_assert_eq!(read, Ok(u64::from(value)));
            }
            prop_assert!(reader.only_padding_left());
        }
    }
}
