//! Signing and verification, exactly as the APIv2 protocol defines them.
//!
//! 1. Take every field except `sign` whose value is not empty.
//! 2. Sort by key in byte order and join as `k=v` pairs with `&` (values as they are).
//! 3. Append `&key=<APIv2 key>`.
//! 4. MD5 of that string (`sign_type` MD5, the default), or HMAC-SHA256 of it keyed with the
//!    APIv2 key (`sign_type` HMAC-SHA256).
//! 5. Upper-case hex.
//!
//! The canonical string is never built in memory: the pairs are fed to the hash one piece at a
//! time, so signing allocates nothing.

use std::fmt;

use hmac::{KeyInit, Mac};
use md5::{Digest, Md5};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

/// The signature algorithm, the `sign_type` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SignType {
    /// `MD5`, the default when a request has no `sign_type`.
    #[default]
    Md5,
    /// `HMAC-SHA256`.
    HmacSha256,
}

impl SignType {
    /// The wire value: `MD5` or `HMAC-SHA256`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Md5 => "MD5",
            Self::HmacSha256 => "HMAC-SHA256",
        }
    }

    /// Parses the wire value; `None` for anything else.
    pub fn from_wire(s: &str) -> Option<Self> {
        match s {
            "MD5" => Some(Self::Md5),
            "HMAC-SHA256" => Some(Self::HmacSha256),
            _ => None,
        }
    }

    /// Length of this algorithm's sign in hex characters (32 or 64).
    pub const fn hex_len(self) -> usize {
        match self {
            Self::Md5 => 32,
            Self::HmacSha256 => 64,
        }
    }
}

impl fmt::Display for SignType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The merchant's APIv2 key. Never printed, zeroized on drop.
#[derive(Clone)]
pub struct ApiKey {
    key: Zeroizing<String>,
    /// HMAC-SHA256 already keyed with the key, cloned for each HMAC-SHA256 sign.
    ///
    /// Performance: keying hashes two blocks, about a tenth of signing the seed request; done
    /// once here, it is a copy of two hash states per sign. Those states are as secret as the
    /// key: sha2's `zeroize` feature (enabled in Cargo.toml) wipes them on drop.
    hmac: hmac::Hmac<Sha256>,
}

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: impl Into<String>) -> Self {
        let key = Zeroizing::new(key.into());
        // HMAC accepts keys of any length, so this cannot fail.
        let hmac = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(key.as_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        Self { key, hmac }
    }

    /// The key bytes, for the signing functions.
    pub(crate) fn expose(&self) -> &[u8] {
        self.key.as_bytes()
    }

    /// True when the key is empty.
    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// Length of the key in bytes (the platform's keys have 32).
    pub fn len(&self) -> usize {
        self.key.len()
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

/// A sign in upper-case hex, held inline (no allocation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Sign {
    buf: [u8; 64],
    len: u8,
}

impl Sign {
    /// The sign as text.
    pub fn as_str(&self) -> &str {
        // Only ASCII hex digits are ever written into `buf`.
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or_default()
    }

    fn from_digest(digest: &[u8]) -> Self {
        let mut buf = [0u8; 64];
        let len = base16ct::upper::encode(digest, &mut buf)
            .map(|hex| hex.len())
            .unwrap_or(0);
        Self {
            buf,
            len: len as u8,
        }
    }
}

impl fmt::Debug for Sign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sign({})", self.as_str())
    }
}

impl fmt::Display for Sign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something the canonical string can be streamed into.
trait Sink {
    fn feed(&mut self, bytes: &[u8]);
}

impl Sink for Md5 {
    fn feed(&mut self, bytes: &[u8]) {
        Digest::update(self, bytes);
    }
}

impl Sink for hmac::Hmac<Sha256> {
    fn feed(&mut self, bytes: &[u8]) {
        Mac::update(self, bytes);
    }
}

/// Streams the canonical string of `sorted` (already in key order) into `sink`.
fn feed_canonical<'a>(
    sink: &mut impl Sink,
    sorted: impl IntoIterator<Item = (&'a str, &'a str)>,
    key: &ApiKey,
) {
    // The protocol joins `name=value` with `&` and then appends `&key=KEY`. Each field is
    // written here with its `&` after it, which is the same text whenever a field is written;
    // with none, the signed text is `&key=KEY`, so the `&` is written on its own.
    let mut none = true;
    for (name, value) in sorted {
        if name == "sign" || value.is_empty() {
            continue;
        }
        sink.feed(name.as_bytes());
        sink.feed(b"=");
        sink.feed(value.as_bytes());
        sink.feed(b"&");
        none = false;
    }
    if none {
        sink.feed(b"&");
    }
    sink.feed(b"key=");
    sink.feed(key.expose());
}

/// Signs fields that are already sorted by key (byte order).
///
/// `sign` and empty values are skipped, as the protocol says. Use [`sign_unsorted`] when the
/// order is not known.
pub fn sign_sorted<'a>(
    sorted: impl IntoIterator<Item = (&'a str, &'a str)>,
    key: &ApiKey,
    sign_type: SignType,
) -> Sign {
    match sign_type {
        SignType::Md5 => {
            let mut h = Md5::new();
            feed_canonical(&mut h, sorted, key);
            Sign::from_digest(&h.finalize())
        }
        SignType::HmacSha256 => {
            let mut h = key.hmac.clone();
            feed_canonical(&mut h, sorted, key);
            Sign::from_digest(&h.finalize().into_bytes())
        }
    }
}

/// The order of two field names in the canonical string: byte order.
///
/// Performance: names mostly differ in their first byte, which is compared here without a call;
/// comparing whole slices called `memcmp` at every step of the sort (callgrind, 2026-12-06).
#[inline]
pub(crate) fn name_order(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    match (a.first(), b.first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// Signs fields in any order.
pub fn sign_unsorted<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    key: &ApiKey,
    sign_type: SignType,
) -> Sign {
    // Performance: documents have a few dozen fields at most, so they are sorted in an array on
    // the stack; the `Vec` this used to collect into was one of the allocations of every
    // response verified. Longer lists still go through a `Vec`.
    const ON_STACK: usize = 48;
    let mut fields = fields.into_iter();
    let mut array = [("", ""); ON_STACK];
    let mut n = 0;
    for field in fields.by_ref().take(ON_STACK) {
        array[n] = field;
        n += 1;
    }
    let by_name = |a: &(&str, &str), b: &(&str, &str)| name_order(a.0, b.0);
    match fields.next() {
        None => {
            let pairs = &mut array[..n];
            pairs.sort_unstable_by(by_name);
            sign_sorted(pairs.iter().copied(), key, sign_type)
        }
        Some(more) => {
            let mut pairs: Vec<(&str, &str)> =
                array.into_iter().chain([more]).chain(fields).collect();
            crate::names::sort_by_name(&mut pairs, |pair| pair.0);
            sign_sorted(pairs, key, sign_type)
        }
    }
}

/// The canonical string of `fields` with the key masked, for debugging a sign mismatch.
pub fn canonical_string_masked<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut pairs: Vec<(&str, &str)> = fields
        .into_iter()
        .filter(|(k, v)| *k != "sign" && !v.is_empty())
        .collect();
    pairs.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut out = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    out.push_str("&key=********");
    out
}

/// Verifies the `sign` among `fields` (any order, every field received, known or not).
///
/// The comparison is constant-time. A sign whose length is that of the other algorithm is
/// reported as such rather than as a plain mismatch.
pub fn verify<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    key: &ApiKey,
    expected: SignType,
) -> Result<(), SignatureProblem> {
    let received = fields
        .clone()
        .into_iter()
        .find(|(k, _)| *k == "sign")
        .map(|(_, v)| v)
        .ok_or(SignatureProblem::Missing)?;
    if received.len() != expected.hex_len() {
        let other = match expected {
            SignType::Md5 => SignType::HmacSha256,
            SignType::HmacSha256 => SignType::Md5,
        };
        if received.len() == other.hex_len() {
            return Err(SignatureProblem::AlgorithmMismatch {
                expected,
                received: other,
            });
        }
        return Err(SignatureProblem::Mismatch);
    }
    let computed = sign_unsorted(fields, key, expected);
    if same_in_constant_time(computed.as_str().as_bytes(), received.as_bytes()) {
        Ok(())
    } else {
        Err(SignatureProblem::Mismatch)
    }
}

/// `a == b`, in a time that does not depend on where they differ (their lengths are not
/// secret).
///
/// Performance: `subtle` compares byte slices a byte at a time, each through an optimisation
/// barrier: 64 hex characters were about a twentieth of handling a response (`perf`,
/// 2026-12-06). Here eight bytes are compared at a time, through the same barrier.
fn same_in_constant_time(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let ((a_words, a_rest), (b_words, b_rest)) = (a.as_chunks::<8>(), b.as_chunks::<8>());
    let mut same = a_rest.ct_eq(b_rest);
    for (x, y) in a_words.iter().zip(b_words) {
        same &= u64::from_ne_bytes(*x).ct_eq(&u64::from_ne_bytes(*y));
    }
    bool::from(same)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_constant_time_comparison_finds_a_difference_anywhere() {
        for len in [0, 1, 5, 8, 13, 32, 64] {
            let a: Vec<u8> = (0..len).map(|i| b'A' + (i % 26) as u8).collect();
            assert!(same_in_constant_time(&a, &a.clone()), "{len}");
            for at in 0..len {
                let mut b = a.clone();
                b[at] ^= 1;
                assert!(
                    !same_in_constant_time(&a, &b),
                    "{len} bytes, differing at {at}"
                );
            }
            assert!(!same_in_constant_time(&a, &[a.as_slice(), b"A"].concat()));
        }
    }

    // The official vector of the protocol documentation.
    const FIELDS: [(&str, &str); 5] = [
        ("appid", "wxd930ea5d5a258f4f"),
        ("mch_id", "10000100"),
        ("device_info", "1000"),
        ("body", "test"),
        ("nonce_str", "ibuaiVcKdpRxkhJA"),
    ];

    fn key() -> ApiKey {
        ApiKey::new("192006250b4c09247ec02edce69f6a2d")
    }

    #[test]
    fn official_vector_md5() {
        assert_eq!(
            sign_unsorted(FIELDS, &key(), SignType::Md5).as_str(),
            "9A0A8659F005D6984697E2CA0A9CF3B7"
        );
    }

    #[test]
    fn official_vector_hmac_sha256() {
        assert_eq!(
            sign_unsorted(FIELDS, &key(), SignType::HmacSha256).as_str(),
            "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"
        );
    }

    #[test]
    fn empty_values_and_sign_are_not_signed() {
        let mut with_extras = FIELDS.to_vec();
        with_extras.push(("attach", ""));
        with_extras.push(("sign", "WHATEVER"));
        assert_eq!(
            sign_unsorted(with_extras, &key(), SignType::Md5).as_str(),
            "9A0A8659F005D6984697E2CA0A9CF3B7"
        );
    }

    #[test]
    fn verify_accepts_the_right_sign_and_names_each_problem() {
        let mut fields = FIELDS.to_vec();
        fields.push(("sign", "9A0A8659F005D6984697E2CA0A9CF3B7"));
        assert_eq!(verify(fields.clone(), &key(), SignType::Md5), Ok(()));

        fields.push(("unknown_new_field", "x"));
        assert_eq!(
            verify(fields.clone(), &key(), SignType::Md5),
            Err(SignatureProblem::Mismatch),
            "fields the SDK does not know are signed too"
        );

        let hmac = "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6";
        let mut other = FIELDS.to_vec();
        other.push(("sign", hmac));
        assert_eq!(
            verify(other, &key(), SignType::Md5),
            Err(SignatureProblem::AlgorithmMismatch {
                expected: SignType::Md5,
                received: SignType::HmacSha256
            })
        );
        assert_eq!(
            verify(FIELDS, &key(), SignType::Md5),
            Err(SignatureProblem::Missing)
        );
    }

    /// The stack buffer and the stack sort change nothing: long values (past the buffer), many
    /// fields (past the stack array) and every length in between sign as the plain definition.
    #[test]
    fn signs_as_the_definition_for_any_sizes() {
        let reference = |fields: &[(String, String)], sign_type: SignType| {
            // The definition: `name=value` joined with `&`, then `&key=KEY`.
            let mut sorted: Vec<_> = fields
                .iter()
                .filter(|(k, v)| k != "sign" && !v.is_empty())
                .collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            let joined: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let s = format!("{}&key=192006250b4c09247ec02edce69f6a2d", joined.join("&"));
            let digest = match sign_type {
                SignType::Md5 => Md5::digest(s.as_bytes()).to_vec(),
                SignType::HmacSha256 => {
                    let mut h = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(
                        b"192006250b4c09247ec02edce69f6a2d",
                    )
                    .unwrap();
                    Mac::update(&mut h, s.as_bytes());
                    h.finalize().into_bytes().to_vec()
                }
            };
            Sign::from_digest(&digest).to_string()
        };
        for count in [0, 1, 5, 47, 48, 49, 120] {
            for value_len in [0, 1, 200, 255, 256, 257, 1000] {
                let fields: Vec<(String, String)> = (0..count)
                    .rev()
                    .map(|i| (format!("f{i:03}"), "v".repeat(value_len + i % 3)))
                    .collect();
                for sign_type in [SignType::Md5, SignType::HmacSha256] {
                    let pairs = fields.iter().map(|(k, v)| (k.as_str(), v.as_str()));
                    assert_eq!(
                        sign_unsorted(pairs, &key(), sign_type).to_string(),
                        reference(&fields, sign_type),
                        "{count} fields of {value_len} bytes, {sign_type}"
                    );
                }
            }
        }
    }

    #[test]
    fn masked_canonical_string_hides_the_key() {
        let s = canonical_string_masked(FIELDS);
        assert_eq!(
            s,
            "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=********"
        );
        assert!(!format!("{:?}", key()).contains("1920"));
    }
}

/// Why a signature check failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureProblem {
    /// The document carries no `sign` field although the endpoint signs its responses.
    Missing,
    /// The sign has the length of the other algorithm's digest.
    AlgorithmMismatch {
        /// The algorithm the request was signed with.
        expected: SignType,
        /// The algorithm the received sign's length points to.
        received: SignType,
    },
    /// The sign does not match the one computed over the received fields.
    Mismatch,
}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => f.write_str("the response carries no `sign`"),
            Self::AlgorithmMismatch { expected, received } => write!(
                f,
                "the response is signed with {received}, the request used {expected}"
            ),
            Self::Mismatch => {
                f.write_str("the `sign` does not match the fields received (tampered, or signed with another key)")
            }
        }
    }
}
