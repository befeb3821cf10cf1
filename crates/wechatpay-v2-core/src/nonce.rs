//! `nonce_str`: 32 random characters of `[0-9A-Za-z]`.
//!
//! Drawn from the thread-local CSPRNG of `rand` (ChaCha, seeded and reseeded from the operating
//! system). `rand`'s `Alphanumeric` samples 6-bit values and rejects those of 62 and above, so
//! every character is equally likely: there is no modulo bias.

use rand::RngExt;
use rand::distr::Alphanumeric;

/// Length of a generated nonce, the protocol's maximum.
pub const NONCE_LEN: usize = 32;

/// A fresh nonce.
pub fn generate() -> String {
    let mut rng = rand::rng();
    (0..NONCE_LEN)
        .map(|_| char::from(rng.sample(Alphanumeric)))
        .collect()
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
