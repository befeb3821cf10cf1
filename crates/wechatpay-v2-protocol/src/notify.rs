//! Callbacks (notifications): the documents WeChat Pay POSTs to a merchant's `notify_url`.
//!
//! These functions take the raw body and the APIv2 key and need no web framework; the optional
//! `axum` feature adds an extractor on top of them (`notify::axum`).
//!
//! - [`parse`]: a signed notification (payment result, parking state change...). The body is read
//!   strictly (no DTD, no entities, at most [`MAX_BODY_BYTES`], see [Limits](#limits)); `return_code` FAIL is
//!   [`Error::Protocol`] (some notifications have no `return_code`); the `sign` is verified in constant time over every received field,
//!   unknown ones included, with the algorithm of the notification's `sign_type` field or, without
//!   one, the one the sign's length points to (64 hex characters: HMAC-SHA256, 32: MD5);
//!   `result_code` FAIL is [`Error::Business`]; then the envelope (`return_code`, `return_msg`,
//!   `result_code`, `err_code`, `err_code_des`, `nonce_str`, `sign`) is dropped and the rest is
//!   decoded into the typed notification, whose `other_fields` keep what it does not declare.
//! - [`parse_refund`]: a refund notification, which carries no `sign` but an encrypted
//!   `req_info` (base64 of AES-256-ECB with PKCS#7 padding, keyed with the lower-case hex MD5 of
//!   the APIv2 key). It is decrypted and its `<root>` document decoded into a second type.
//! - [`reply_success`] and [`reply_fail`]: the answers WeChat expects.
//!
//! Every error keeps the body as received ([`Error::raw_response`], status 200), never the key.
//!
//! # Limits
//! [`parse`] and [`parse_refund`] apply [`Limits::DEFAULT`]: a body of at most
//! [`MAX_BODY_BYTES`] (64 KiB) and JSON in field values nested at most
//! [`DEFAULT_MAX_DEPTH`](crate::xml::DEFAULT_MAX_DEPTH) levels deep (the `<xml>` document itself
//! is always flat: an element inside a field is refused). [`parse_with`] and
//! [`parse_refund_with`] take other [`Limits`]; the axum extractor reads them from a request
//! extension (`notify::axum`, feature `axum`).
//!
//! ```
//! use wechatpay_v2_protocol::{ApiKey, Error, notify};
//!
//! let key = ApiKey::new("0123456789abcdef0123456789abcdef");
//! let limits = notify::Limits::DEFAULT.max_body_bytes(4096).max_depth(4);
//! let body = vec![b' '; 4097];
//! let err = notify::parse_with::<wechatpay_v2_protocol::endpoint::NoFields>(&body, &key, limits)
//!     .unwrap_err();
//! assert!(matches!(&err, Error::Decode { reason, .. } if reason.contains("at most 4096")));
//! ```
//!
//! # Duplicates and retries
//! WeChat sends the same notification again until it gets a `SUCCESS` reply (and sometimes even
//! after one), for up to a day. Handlers must be idempotent: look at the state of the order or
//! refund first, act only if it has not been handled yet (under a lock or a transaction), and
//! answer `SUCCESS` for a notification already handled. Check the amount and the merchant against
//! your own records as well.
//!
//! ```
//! use wechatpay_v2_protocol::{ApiKey, Error, notify};
//!
//! let key = ApiKey::new("0123456789abcdef0123456789abcdef");
//! // A body whose sign does not verify (here: none at all) is refused.
//! let body = b"<xml><return_code>SUCCESS</return_code><appid>wx1</appid></xml>";
//! let err = notify::parse::<wechatpay_v2_protocol::endpoint::NoFields>(body, &key).unwrap_err();
//! assert!(matches!(err, Error::Signature { .. }));
//! assert_eq!(
//!     notify::reply_fail("bad sign"),
//!     "<xml><return_code>FAIL</return_code><return_msg>bad sign</return_msg></xml>"
//! );
//! ```

use aes::Aes256;
use base64::Engine as _;
use ecb::cipher::block_padding::Pkcs7;
use ecb::cipher::{BlockModeDecrypt, KeyInit};
use md5::{Digest, Md5};
use zeroize::Zeroizing;

use crate::call;
use crate::endpoint::{ENVELOPE_FIELDS, Message};
use crate::error::{Error, RawResponse, Result};
use crate::field::FieldReader;
use crate::sign::{self, ApiKey, SignType};
use crate::xml;

#[path = "notify_receiver.rs"]
mod receiver;

use receiver::Expect;
pub use receiver::Receiver;

/// Largest notification body accepted by default, in bytes (64 KiB); a larger one is refused
/// before it is parsed. Real notifications are a few KiB at most. See [`Limits`].
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Bounds on what a notification may hold, checked before anything is verified or decoded.
///
/// [`parse`] and [`parse_refund`] apply [`Limits::DEFAULT`]; [`parse_with`] and
/// [`parse_refund_with`] take these. Build them from the default:
/// `notify::Limits::DEFAULT.max_body_bytes(16 * 1024)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Limits {
    /// Largest body accepted, in bytes; a larger one is refused before it is parsed, with an
    /// [`Error::Decode`] naming the limit (the axum extractor answers 413). Default
    /// [`MAX_BODY_BYTES`] (64 KiB).
    pub max_body_bytes: usize,
    /// Deepest nesting of the JSON that field values carry (`scene_info`...), in objects and
    /// arrays; deeper is an [`Error::Decode`] naming the field and the limit. Default
    /// [`DEFAULT_MAX_DEPTH`](crate::xml::DEFAULT_MAX_DEPTH) (32). The `<xml>` document itself
    /// is always flat. For a refund notification it applies to the decrypted `req_info` too.
    pub max_depth: usize,
}

impl Limits {
    /// [`MAX_BODY_BYTES`] and [`DEFAULT_MAX_DEPTH`](crate::xml::DEFAULT_MAX_DEPTH).
    pub const DEFAULT: Limits = Limits {
        max_body_bytes: MAX_BODY_BYTES,
        max_depth: xml::DEFAULT_MAX_DEPTH,
    };

    /// These limits with another largest body, in bytes.
    #[must_use]
    pub const fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// These limits with another deepest JSON nesting.
    #[must_use]
    pub const fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The reply to a notification that was handled (or had already been handled).
const REPLY_SUCCESS: &str = "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>";

/// Parses and verifies a signed notification (payment result, parking state change...) into `T`.
///
/// See the [module docs](self) for the steps. `T` is a `#[wechat_v2_api(response)]` struct that
/// declares the notification's fields (not the envelope).
///
/// # Errors
/// [`Error::Decode`] for a body over [`MAX_BODY_BYTES`], one that is not a strict flat `<xml>`
/// document, JSON nested too deep (see [`Limits`]), an unknown `sign_type` or a field that does
/// not decode; [`Error::Protocol`] for `return_code` FAIL; [`Error::Signature`] for a missing,
/// mismatched or wrong-algorithm `sign`; [`Error::Business`] for `result_code` FAIL (its `raw`
/// keeps the whole notification).
pub fn parse<T: Message>(body: &[u8], key: &ApiKey) -> Result<T> {
    parse_with(body, key, Limits::DEFAULT)
}

/// [`parse`] with other [`Limits`] than the default.
pub fn parse_with<T: Message>(body: &[u8], key: &ApiKey, limits: Limits) -> Result<T> {
    parse_for(body, key, limits, &Expect::ANY)
}

/// [`parse_with`], then the merchant check of `expect`, before anything is decoded.
fn parse_for<T: Message>(body: &[u8], key: &ApiKey, limits: Limits, expect: &Expect) -> Result<T> {
    let raw = bounded(body, limits.max_body_bytes)?;
    let pairs = xml::parse_document(&raw.body, "xml")
        .and_then(|pairs| xml::check_depth(&pairs, limits.max_depth).map(|()| pairs))
        .map_err(|e| decode_error(e.to_string(), &raw))?;
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    };
    match get("return_code") {
        // Some notifications (the parking state change) carry no `return_code`.
        None | Some("SUCCESS") => {}
        Some("FAIL") => {
            return Err(Error::Protocol {
                return_msg: get("return_msg").unwrap_or_default().to_owned(),
                raw: Box::new(raw.clone()),
            });
        }
        Some(other) => {
            return Err(decode_error(
                format!("field `return_code`: unexpected value `{other}`"),
                &raw,
            ));
        }
    }
    let sign_type = sign_type_of(&pairs).map_err(|reason| decode_error(reason, &raw))?;
    sign::verify(
        pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())),
        key,
        sign_type,
    )
    .map_err(|problem| Error::Signature {
        problem,
        raw: Box::new(raw.clone()),
    })?;
    expect.check(&pairs, &raw)?;
    if get("result_code") == Some("FAIL") {
        return Err(Error::Business {
            err_code: get("err_code").unwrap_or_default().to_owned(),
            err_code_des: get("err_code_des").unwrap_or_default().to_owned(),
            raw: Box::new(raw.clone()),
        });
    }
    let mut reader = FieldReader::new(pairs);
    reader.discard(ENVELOPE_FIELDS);
    T::decode(&mut reader).map_err(|e| decode_error(e.to_string(), &raw))
}

/// Parses a refund notification: `T` gets the outer fields, `I` the decrypted `req_info`.
///
/// The outer document (`return_code`, `appid`, `mch_id`, `nonce_str`, `req_info`...) carries no
/// `sign`. `req_info` is base64 of AES-256-ECB (PKCS#7) ciphertext whose key is the lower-case hex
/// MD5 of the APIv2 key; its plaintext is a flat `<root>` document, decoded into `I` (whose
/// `other_fields` keep what it does not declare). `T` is decoded from the outer fields without
/// the envelope and without `req_info`.
///
/// That `req_info` decrypts under our key, with valid padding and into a valid document, is the
/// only evidence that the notification comes from WeChat Pay. ECB is not authenticated
/// encryption, so before moving money on a refund notification, check it against your records
/// (or query the refund).
///
/// # Errors
/// [`Error::Decode`] for a body over [`MAX_BODY_BYTES`], one that is not a strict flat `<xml>`
/// document, JSON nested too deep (see [`Limits`]), a missing `req_info` or a field that does
/// not decode; [`Error::Protocol`] for `return_code` FAIL; [`Error::Decrypt`] when `req_info` is
/// not base64, does not decrypt under this key or does not hold a valid `<root>` document.
pub fn parse_refund<T: Message, I: Message>(body: &[u8], key: &ApiKey) -> Result<(T, I)> {
    parse_refund_with(body, key, Limits::DEFAULT)
}

/// [`parse_refund`] with other [`Limits`] than the default.
pub fn parse_refund_with<T: Message, I: Message>(
    body: &[u8],
    key: &ApiKey,
    limits: Limits,
) -> Result<(T, I)> {
    parse_refund_for(body, key, limits, &Expect::ANY)
}

/// [`parse_refund_with`], then the merchant check of `expect` once `req_info` decrypted.
fn parse_refund_for<T: Message, I: Message>(
    body: &[u8],
    key: &ApiKey,
    limits: Limits,
    expect: &Expect,
) -> Result<(T, I)> {
    let raw = bounded(body, limits.max_body_bytes)?;
    // No sign to verify: the algorithm passed is not used.
    let mut pairs = call::check_response(&raw, key, SignType::Md5, false, &[])?;
    xml::check_depth(&pairs, limits.max_depth).map_err(|e| decode_error(e.to_string(), &raw))?;
    let at = pairs
        .iter()
        .position(|(k, v)| k == "req_info" && !v.is_empty())
        .ok_or_else(|| decode_error("field `req_info`: required but missing".to_owned(), &raw))?;
    let (_, req_info) = pairs.swap_remove(at);

    let plain = decrypt_req_info(&req_info, key).map_err(|reason| Error::Decrypt {
        reason: reason.to_owned(),
        raw: Box::new(raw.clone()),
    })?;
    let inner = xml::parse_document(&plain, "root").map_err(|e| Error::Decrypt {
        reason: format!("the decrypted `req_info` is not a valid <root> document: {e}"),
        raw: Box::new(raw.clone()),
    })?;
    xml::check_depth(&inner, limits.max_depth)
        .map_err(|e| decode_error(format!("in `req_info`: {e}"), &raw))?;
    expect.check(&pairs, &raw)?;
    let info = I::decode(&mut FieldReader::new(inner))
        .map_err(|e| decode_error(format!("in `req_info`: {e}"), &raw))?;

    let mut reader = FieldReader::new(pairs);
    reader.discard(ENVELOPE_FIELDS);
    let outer = T::decode(&mut reader).map_err(|e| decode_error(e.to_string(), &raw))?;
    Ok((outer, info))
}

/// The reply to a notification that was handled, or had already been handled:
/// `<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>`.
pub fn reply_success() -> &'static str {
    REPLY_SUCCESS
}

/// The reply to a notification that could not be handled: `return_code` FAIL with `msg` as
/// `return_msg`. WeChat sends the notification again later.
///
/// Any message is written safely (escaped or in CDATA); characters XML cannot carry are dropped.
pub fn reply_fail(msg: &str) -> String {
    let msg: std::borrow::Cow<'_, str> = if xml::check_value(msg).is_ok() {
        msg.into()
    } else {
        msg.chars()
            .filter(|c| xml::check_value(c.encode_utf8(&mut [0; 4])).is_ok())
            .collect::<String>()
            .into()
    };
    let mut out = Vec::with_capacity(80 + msg.len());
    xml::write_document(&mut out, [("return_code", "FAIL"), ("return_msg", &*msg)]);
    // `write_document` writes the UTF-8 it is given, and markup that is ASCII.
    String::from_utf8(out).unwrap_or_else(|e| unreachable!("the reply is UTF-8: {e}"))
}

/// The body as a [`RawResponse`] (status 200), refused when it is larger than `limit` (the
/// error keeps the first `limit` bytes of it).
fn bounded(body: &[u8], limit: usize) -> Result<RawResponse> {
    if body.len() > limit {
        return Err(too_large(body.len(), limit, &body[..limit]));
    }
    Ok(RawResponse {
        status: 200,
        body: bytes::Bytes::copy_from_slice(body),
    })
}

/// The error for a body of `len` bytes over `limit`, keeping `kept` of it.
fn too_large(len: usize, limit: usize, kept: &[u8]) -> Error {
    Error::Decode {
        reason: format!("the notification body has {len} bytes, at most {limit} are accepted"),
        raw: Box::new(RawResponse {
            status: 200,
            body: bytes::Bytes::copy_from_slice(kept),
        }),
    }
}

fn decode_error(reason: String, raw: &RawResponse) -> Error {
    Error::Decode {
        reason,
        raw: Box::new(raw.clone()),
    }
}

/// The value of the field `name` in `pairs`, unless it is missing or empty.
fn non_empty<'p>(pairs: &'p [xml::Pair<'_>], name: &str) -> Option<&'p str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_ref())
        .filter(|v| !v.is_empty())
}

/// The algorithm a notification is signed with: its `sign_type` field when present and not
/// empty, otherwise the length of its `sign` (64 hex characters: HMAC-SHA256, anything else: MD5,
/// so a sign of neither length fails verification as a mismatch, and a missing one as missing).
fn sign_type_of(pairs: &[xml::Pair<'_>]) -> std::result::Result<SignType, String> {
    let get = |name| non_empty(pairs, name);
    match get("sign_type") {
        Some(text) => SignType::from_wire(text)
            .ok_or_else(|| format!("field `sign_type`: `{text}` is not MD5 or HMAC-SHA256")),
        None => Ok(match get("sign") {
            Some(s) if s.len() == SignType::HmacSha256.hex_len() => SignType::HmacSha256,
            _ => SignType::Md5,
        }),
    }
}

/// The AES-256 key of `req_info`: the lower-case hex MD5 of the APIv2 key, 32 ASCII bytes.
pub(crate) fn req_info_key(key: &ApiKey) -> Zeroizing<[u8; 32]> {
    let digest = Zeroizing::new(<[u8; 16]>::from(Md5::digest(key.expose())));
    let mut hex = Zeroizing::new([0u8; 32]);
    // 16 bytes are exactly 32 hex digits, so this cannot fail.
    let _ = base16ct::lower::encode(&digest[..], &mut hex[..]);
    hex
}

/// Decodes and decrypts `req_info`. The reasons name no key material.
fn decrypt_req_info(req_info: &str, key: &ApiKey) -> std::result::Result<Vec<u8>, &'static str> {
    let mut buf = base64::engine::general_purpose::STANDARD
        .decode(req_info)
        .map_err(|_| "`req_info` is not valid base64")?;
    let aes_key = req_info_key(key);
    let cipher = ecb::Decryptor::<Aes256>::new_from_slice(&aes_key[..])
        .map_err(|_| "the `req_info` key has the wrong length")?;
    let len = cipher
        .decrypt_padded::<Pkcs7>(&mut buf)
        .map_err(|_| {
            "`req_info` does not decrypt under this merchant's key (bad length or padding): \
             not sent by WeChat Pay, or another APIv2 key"
        })?
        .len();
    buf.truncate(len);
    Ok(buf)
}

#[cfg(test)]
#[path = "notify_tests.rs"]
mod tests;
