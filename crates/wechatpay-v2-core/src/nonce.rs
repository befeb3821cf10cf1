//! `nonce_str`: 32 random characters of `[0-9A-Za-z]`.
//!
//! Drawn from the thread-local CSPRNG of `rand` (ChaCha, seeded and reseeded from the operating
//! system). Each random byte gives a 6-bit value (its top six bits); values of 62 and above are
//! rejected, the others index the 62 characters, so every character is equally likely: there
//! is no modulo bias. (This is how `rand`'s `Alphanumeric` samples too.)
//!
//! Performance: the bytes are drawn 64 at a time, one copy out of the generator's buffer, which
//! almost always yields the 32 characters (about 62 of 64 values are accepted). Drawing a `u32`
//! per character through `Alphanumeric` and collecting `char`s cost about a tenth of building a
//! request (`perf`, 2026-12-06).

use rand::Rng;

/// Length of a generated nonce, the protocol's maximum.
pub const NONCE_LEN: usize = 32;

/// The characters of a nonce, in the order the 6-bit values index them.
const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// A fresh nonce.
pub fn generate() -> String {
    let mut buf = [0u8; NONCE_LEN];
    generate_into(&mut buf).to_owned()
}

/// A fresh nonce, drawn into `buf`.
pub fn generate_into(buf: &mut [u8; NONCE_LEN]) -> &str {
    let mut rng = rand::rng();
    let mut bytes = [0u8; 64];
    let mut filled = 0;
    // Each round accepts about 62 of its 64 values; 32 characters are almost always one round.
    while filled < NONCE_LEN {
        rng.fill_bytes(&mut bytes);
        for value in bytes.iter().map(|b| usize::from(b >> 2)) {
            if let Some(&c) = ALPHABET.get(value) {
                buf[filled] = c;
                filled += 1;
                if filled == NONCE_LEN {
                    break;
                }
            }
        }
    }
    // Only ASCII letters and digits were written.
    std::str::from_utf8(buf).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonce_is_32_alphanumerics() {
        let n = generate();
        assert_eq!(n.len(), NONCE_LEN);
        assert!(n.bytes().all(|b| b.is_ascii_alphanumeric()), "{n}");
    }

    #[test]
    fn nonces_cover_the_alphabet_and_do_not_repeat() {
        let mut seen = [0u32; 128];
        let mut all = std::collections::HashSet::new();
        for _ in 0..2000 {
            let n = generate();
            for b in n.bytes() {
                seen[b as usize] += 1;
            }
            assert!(all.insert(n), "a nonce repeated");
        }
        // 64,000 draws over 62 symbols: each symbol is expected about 1,032 times. A biased
        // generator (e.g. `byte % 62`) would give the first symbols about 1,240.
        for b in (b'0'..=b'9').chain(b'A'..=b'Z').chain(b'a'..=b'z') {
            let count = seen[b as usize];
            assert!(
                (850..1220).contains(&count),
                "{} seen {count} times",
                b as char
            );
        }
    }
}
