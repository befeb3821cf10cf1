//! `nonce_str`: 32 random characters of Crockford's base32 alphabet (the digits and the
//! upper-case letters but I, L, O and U).
//!
//! Drawn from the thread-local CSPRNG of `rand` (ChaCha, seeded and reseeded from the operating
//! system): 32 random bytes, and each byte's low five bits index the 32 characters, so every
//! character is equally likely (no modulo bias, nothing rejected) and a nonce carries 160 bits of
//! randomness. The protocol asks for at most 32 random characters; any of `[0-9A-Za-z]` would
//! do, and these are a subset.
//!
//! Performance: the 62 characters of `[0-9A-Za-z]` take rejection sampling (six bits a byte,
//! 62 and 63 thrown away), and the loop that skipped the rejected values carried a dependency
//! from each byte to the next. Drawing the nonce that way was about 70 of the 880 ns of a seed
//! request build (`profile quick`, against a fixed nonce, 2026-12-06); a table lookup per byte,
//! each independent of the others, is a few nanoseconds.

use rand::Rng;

/// Length of a generated nonce, the protocol's maximum.
pub const NONCE_LEN: usize = 32;

/// The characters of a nonce, in the order five random bits index them.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh nonce.
pub fn generate() -> String {
    let mut buf = [0u8; NONCE_LEN];
    generate_into(&mut buf).to_owned()
}

/// A fresh nonce, drawn into `buf`.
pub fn generate_into(buf: &mut [u8; NONCE_LEN]) -> &str {
    let mut bytes = [0u8; NONCE_LEN];
    rand::rng().fill_bytes(&mut bytes);
    encode(buf, &bytes)
}

/// Writes the character of each random byte's low five bits into `buf`.
fn encode<'b>(buf: &'b mut [u8; NONCE_LEN], bytes: &[u8; NONCE_LEN]) -> &'b str {
    for (c, b) in buf.iter_mut().zip(bytes) {
        *c = ALPHABET[usize::from(b & 31)];
    }
    // Only ASCII letters and digits were written.
    std::str::from_utf8(buf).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonce_is_32_characters_of_the_alphabet() {
        let n = generate();
        assert_eq!(n.len(), NONCE_LEN);
        assert!(n.bytes().all(|b| ALPHABET.contains(&b)), "{n}");
        assert!(n.bytes().all(|b| b.is_ascii_alphanumeric()), "{n}");
    }

    #[test]
    fn each_byte_gives_the_character_of_its_low_five_bits() {
        let mut buf = [0u8; NONCE_LEN];
        // The values 0 to 31 in order, with the top three bits set differently in each byte:
        // they are ignored.
        let bytes: [u8; NONCE_LEN] = std::array::from_fn(|i| (i as u8) | ((i as u8 % 8) << 5));
        assert_eq!(encode(&mut buf, &bytes), "0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        let bytes = [0xFF; NONCE_LEN];
        assert_eq!(encode(&mut buf, &bytes), "Z".repeat(NONCE_LEN));
    }

    #[test]
    fn nonces_cover_the_alphabet_evenly_and_do_not_repeat() {
        let mut seen = [0u32; 256];
        let mut all = std::collections::HashSet::new();
        for _ in 0..2000 {
            let n = generate();
            for b in n.bytes() {
                seen[usize::from(b)] += 1;
            }
            assert!(all.insert(n), "a nonce repeated");
        }
        // 64,000 draws over 32 symbols: each is expected 2,000 times, with a standard deviation
        // of about 44; the bounds are six of those either side. A generator that used the
        // byte's top bits only, or reduced it modulo another count, would be far outside.
        for (b, &count) in seen.iter().enumerate() {
            if ALPHABET.contains(&(b as u8)) {
                assert!(
                    (1736..2264).contains(&count),
                    "{} seen {count} times",
                    b as u8 as char
                );
            } else {
                assert_eq!(count, 0, "{} is not in the alphabet", b as u8 as char);
            }
        }
    }
}
