//! The floor: hand-written code that does only the protocol's own work on the same data, with
//! no SDK in between. Each SDK figure is reported as a ratio to these.
//!
//! - Request: the fields arrive as text in declaration order (the JSON of `scene_info` already
//!   written, the nonce already drawn). Sort them, stream the canonical string through one hash
//!   (MD5, or HMAC-SHA256 keyed with the APIv2 key), upper-case hex, and write the `<xml>`
//!   document into a buffer of exactly its size (CDATA where a value needs it, as the protocol
//!   requires). One allocation: the document.
//! - Response: check UTF-8, parse the document into borrowed `(name, value)` pairs (plain text
//!   or one CDATA section per field), sort them, stream the canonical string through one hash,
//!   and compare with the received `sign` in constant time. One allocation: the pairs.
//!
//! Streaming the canonical string into the hash measured as fast as building it in a buffer
//! and hashing that for HMAC-SHA256, and faster for MD5, so the floor streams. The byte scans
//! are written to vectorise, as in the SDK.
//!
//! HMAC-SHA256 is keyed on every call here, as the protocol describes the sign. The SDK keys it
//! once per `ApiKey` and clones that state, so the HMAC-SHA256 figures are also compared with
//! `*_keyed` floors that do the same; a target counts as met only against both.
//!
//! The floor skips everything the SDK adds on purpose: typed encoding and decoding, JSON,
//! drawing the nonce, configuration fill, length and character checks, strict XML checks
//! (DOCTYPE, entities, duplicates, nesting), the envelope's `return_code` / `result_code`, and
//! error values that name the problem.

use hmac::{KeyInit, Mac};
use md5::{Digest, Md5};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use wechatpay_v2::SignType;

/// Most fields a floor request can have (the seed endpoint has 7 plus `sign`).
const MAX_FIELDS: usize = 16;

fn needs_cdata(value: &str) -> bool {
    let mut found = 0u8;
    for &b in value.as_bytes() {
        found |= u8::from((b == b'<') | (b == b'>') | (b == b'&') | (b == b'\'') | (b == b'"'));
    }
    found != 0
}

/// Streams the canonical string of `sorted` (skipping `sign` and empty values) into `update`.
fn feed(mut update: impl FnMut(&[u8]), sorted: &[(&str, &str)], key: &[u8]) {
    let mut none = true;
    for (k, v) in sorted {
        if v.is_empty() || *k == "sign" {
            continue;
        }
        update(k.as_bytes());
        update(b"=");
        update(v.as_bytes());
        update(b"&");
        none = false;
    }
    // With no field, the signed text is `&key=KEY`.
    if none {
        update(b"&");
    }
    update(b"key=");
    update(key);
}

/// Upper-case hex of `digest` into `out`; returns the hex length.
fn hex(digest: &[u8], out: &mut [u8; 64]) -> usize {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for (i, b) in digest.iter().enumerate() {
        out[2 * i] = HEX[(b >> 4) as usize];
        out[2 * i + 1] = HEX[(b & 15) as usize];
    }
    2 * digest.len()
}

/// HMAC-SHA256 keyed with `key`: the state [`build_request_keyed`] and
/// [`handle_response_keyed`] clone instead of keying on every call.
pub fn keyed_hmac(key: &[u8]) -> hmac::Hmac<Sha256> {
    <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length")
}

/// The sign of `sorted`, in hex into `out`; returns the hex length. HMAC-SHA256 starts from a
/// clone of `keyed` when given, otherwise it is keyed here.
fn sign_hex(
    sorted: &[(&str, &str)],
    key: &[u8],
    sign_type: SignType,
    keyed: Option<&hmac::Hmac<Sha256>>,
    out: &mut [u8; 64],
) -> usize {
    match sign_type {
        SignType::Md5 => {
            let mut h = Md5::new();
            feed(|b| Digest::update(&mut h, b), sorted, key);
            hex(&h.finalize(), out)
        }
        SignType::HmacSha256 => {
            let mut h = keyed.cloned().unwrap_or_else(|| keyed_hmac(key));
            feed(|b| Mac::update(&mut h, b), sorted, key);
            hex(&h.finalize().into_bytes(), out)
        }
    }
}

/// `a == b` in constant time, eight bytes at a time (as the SDK compares signs).
///
/// A copy of `sign::same_in_constant_time` in the SDK, on purpose: the floor calls nothing of
/// the SDK's, so that an SDK change cannot move the floor it is measured against.
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

/// Where `]]>` starts, found with a `memchr` for the rarer `>`.
fn find_cdata_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find('>') {
        let at = from + i;
        if at >= 2 && bytes[at - 2] == b']' && bytes[at - 1] == b']' {
            return Some(at - 2);
        }
        from = at + 1;
    }
    None
}

fn write_value(out: &mut Vec<u8>, value: &str, cdata: bool) {
    if !cdata {
        out.extend_from_slice(value.as_bytes());
        return;
    }
    out.extend_from_slice(b"<![CDATA[");
    let mut rest = value;
    while let Some(at) = find_cdata_end(rest) {
        out.extend_from_slice(&rest.as_bytes()[..at + 2]);
        out.extend_from_slice(b"]]><![CDATA[");
        rest = &rest[at + 2..];
    }
    out.extend_from_slice(rest.as_bytes());
    out.extend_from_slice(b"]]>");
}

fn write_element(out: &mut Vec<u8>, name: &str, value: &str, cdata: bool) {
    out.push(b'<');
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
    write_value(out, value, cdata);
    out.extend_from_slice(b"</");
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

/// Signs `fields` (text, any order, non-empty, no `sign`) and writes the request document.
pub fn build_request(fields: &[(&str, &str)], key: &[u8], sign_type: SignType) -> Vec<u8> {
    build(fields, key, sign_type, None)
}

/// [`build_request`] for HMAC-SHA256 from a keyed state ([`keyed_hmac`]), as the SDK signs: the
/// second floor the HMAC-SHA256 figures are compared with.
pub fn build_request_keyed(
    fields: &[(&str, &str)],
    key: &[u8],
    keyed: &hmac::Hmac<Sha256>,
) -> Vec<u8> {
    build(fields, key, SignType::HmacSha256, Some(keyed))
}

fn build(
    fields: &[(&str, &str)],
    key: &[u8],
    sign_type: SignType,
    keyed: Option<&hmac::Hmac<Sha256>>,
) -> Vec<u8> {
    let n = fields.len();
    assert!(
        n <= MAX_FIELDS,
        "the floor takes at most {MAX_FIELDS} fields"
    );
    let mut sorted = [("", ""); MAX_FIELDS];
    sorted[..n].copy_from_slice(fields);
    let sorted = &mut sorted[..n];
    sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));

    let mut hex = [0u8; 64];
    let hex_len = sign_hex(sorted, key, sign_type, keyed, &mut hex);
    let sign = std::str::from_utf8(&hex[..hex_len]).expect("hex is ASCII");

    // The exact size (a value holding `]]>` would need 12 more bytes per occurrence).
    let mut cdata = [false; MAX_FIELDS];
    let mut size = 11 + 2 * 4 + 5 + hex_len;
    for (i, (k, v)) in sorted.iter().enumerate() {
        cdata[i] = needs_cdata(v);
        size += 2 * k.len() + 5 + v.len() + if cdata[i] { 12 } else { 0 };
    }
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(b"<xml>");
    for (i, (k, v)) in sorted.iter().enumerate() {
        write_element(&mut out, k, v, cdata[i]);
    }
    write_element(&mut out, "sign", sign, false);
    out.extend_from_slice(b"</xml>");
    out
}

/// Why the floor refused a response (it names no field: that is the SDK's work).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloorError(pub &'static str);

/// Parses a flat `<xml>` document into borrowed pairs, in document order.
fn parse(body: &[u8]) -> Result<Vec<(&str, &str)>, FloorError> {
    let bad = |why| FloorError(why);
    let text = std::str::from_utf8(body).map_err(|_| bad("not UTF-8"))?;
    let mut rest = text
        .trim_start()
        .strip_prefix("<xml>")
        .ok_or(bad("no <xml>"))?;
    let mut pairs = Vec::with_capacity(MAX_FIELDS);
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("</xml>") {
            if !after.trim().is_empty() {
                return Err(bad("content after </xml>"));
            }
            return Ok(pairs);
        }
        rest = rest.strip_prefix('<').ok_or(bad("expected an element"))?;
        let end = rest.find('>').ok_or(bad("unclosed tag"))?;
        let name = &rest[..end];
        rest = &rest[end + 1..];
        let value;
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = find_cdata_end(cdata).ok_or(bad("unclosed CDATA"))?;
            value = &cdata[..end];
            rest = &cdata[end + 3..];
        } else {
            let end = rest.find('<').ok_or(bad("unclosed element"))?;
            value = &rest[..end];
            if value.contains('&') {
                return Err(bad("the floor does not resolve entities"));
            }
            rest = &rest[end..];
        }
        rest = rest
            .strip_prefix("</")
            .and_then(|r| r.strip_prefix(name))
            .and_then(|r| r.strip_prefix('>'))
            .ok_or(bad("mismatched end tag"))?;
        pairs.push((name, value));
    }
}

/// Parses a response and verifies its `sign`; returns the pairs (sorted by name).
pub fn handle_response<'a>(
    body: &'a [u8],
    key: &[u8],
    sign_type: SignType,
) -> Result<Vec<(&'a str, &'a str)>, FloorError> {
    handle(body, key, sign_type, None)
}

/// [`handle_response`] for HMAC-SHA256 from a keyed state ([`keyed_hmac`]), as the SDK verifies.
pub fn handle_response_keyed<'a>(
    body: &'a [u8],
    key: &[u8],
    keyed: &hmac::Hmac<Sha256>,
) -> Result<Vec<(&'a str, &'a str)>, FloorError> {
    handle(body, key, SignType::HmacSha256, Some(keyed))
}

fn handle<'a>(
    body: &'a [u8],
    key: &[u8],
    sign_type: SignType,
    keyed: Option<&hmac::Hmac<Sha256>>,
) -> Result<Vec<(&'a str, &'a str)>, FloorError> {
    let mut pairs = parse(body)?;
    let received = pairs
        .iter()
        .find(|(k, _)| *k == "sign")
        .map(|(_, v)| *v)
        .ok_or(FloorError("no sign"))?;
    pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut hex = [0u8; 64];
    let hex_len = sign_hex(&pairs, key, sign_type, keyed, &mut hex);
    if same_in_constant_time(&hex[..hex_len], received.as_bytes()) {
        Ok(pairs)
    } else {
        Err(FloorError("sign mismatch"))
    }
}
