//! Callback parsing on arbitrary bytes, as an attacker would POST them to a `notify_url`:
//! `notify::parse` into each typed signed notification, and `notify::parse_refund` (with
//! `req_info` decryption) into the refund notification and its decrypted `RefundInfo`.
//!
//! Passes per input:
//! 1. the bytes as a notification body, through every parser;
//! 2. when the bytes read as a document, its fields signed with the fixed key (by its
//!    `sign_type`, or each algorithm): this gets past verification into the typed decoders;
//! 3. the bytes as the *plaintext* of `req_info`, encrypted with the key and wrapped in a valid
//!    outer document: this reaches the decrypted `<root>` reader and the `RefundInfo` decoder.
//!
//! Invariants: nothing panics; every error keeps the body as received; no error's text holds the
//! key or the derived `req_info` key unless the input shows it (see `shown_by`); a document signed here with the
//! algorithm it names never fails verification; a `req_info` encrypted here always decrypts.

#![no_main]

use aes::Aes256;
use base64::Engine as _;
use ecb::cipher::block_padding::Pkcs7;
use ecb::cipher::{BlockModeEncrypt, KeyInit};
use libfuzzer_sys::fuzz_target;
use md5::{Digest, Md5};
use wechatpay_v2::notifications::{refund_processed, transaction_success, vehicle_state_changed};
use wechatpay_v2::{ApiKey, Error, SignType, notify};
use wechatpay_v2::meta::Message;
use wechatpay_v2_protocol::{sign, xml};

const KEY: &str = "0123456789abcdef0123456789abcdef";

/// The `req_info` key: lower-case hex MD5 of the APIv2 key.
fn aes_key() -> String {
    Md5::digest(KEY.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// True when an input itself shows `secret`: in its bytes, or once `Debug` escapes them (a NUL
/// before `123...` prints as `\0123...`), or in a value once references are resolved. An error
/// that quotes the input may then show it too.
fn shown_by(inputs: &[&[u8]], secret: &str) -> bool {
    inputs.iter().any(|input| {
        contains(input, secret.as_bytes())
            || format!("{:?}", String::from_utf8_lossy(input)).contains(secret)
            || ["xml", "root"].iter().any(|root| {
                xml::parse_document(input, root)
                    .is_ok_and(|pairs| pairs.iter().any(|(_, v)| v.contains(secret)))
            })
    })
}

/// Checks what every outcome must satisfy; returns the error, if any. `inputs` are the bytes
/// the attacker chose (the body, or the plaintext inside `req_info`).
fn check<T>(
    result: Result<T, Error>,
    body: &[u8],
    inputs: &[&[u8]],
    secrets: &[&str],
) -> Option<Error> {
    let err = result.err()?;
    let raw = err
        .raw_response()
        .expect("notification errors keep the body");
    if body.len() <= notify::MAX_BODY_BYTES {
        assert_eq!(&raw.body[..], body, "the body is kept as received");
    }
    let text = format!("{err} {err:?}");
    for secret in secrets {
        if text.contains(secret) {
            assert!(
                shown_by(inputs, secret),
                "a key leaked into an error: {text}"
            );
        }
    }
    Some(err)
}

fn parse_all(body: &[u8], key: &ApiKey, secrets: &[&str]) -> [Option<Error>; 3] {
    let inputs = [body];
    [
        check(
            notify::parse::<transaction_success::Notification>(body, key),
            body,
            &inputs,
            secrets,
        ),
        check(
            notify::parse::<vehicle_state_changed::Notification>(body, key),
            body,
            &inputs,
            secrets,
        ),
        check(
            notify::parse_refund::<refund_processed::Notification, refund_processed::RefundInfo>(
                body, key,
            ),
            body,
            &inputs,
            secrets,
        ),
    ]
}

fn encrypt(plain: &[u8], aes_key: &str) -> String {
    let cipher = ecb::Encryptor::<Aes256>::new_from_slice(aes_key.as_bytes()).unwrap();
    let mut buf = plain.to_vec();
    buf.resize(plain.len() + 16, 0);
    let n = cipher
        .encrypt_padded::<Pkcs7>(&mut buf, plain.len())
        .unwrap()
        .len();
    base64::engine::general_purpose::STANDARD.encode(&buf[..n])
}

/// A document's fields signed with `key` by `sign_type` (any `sign` replaced).
fn resigned(fields: &[(&str, &str)], key: &ApiKey, sign_type: SignType) -> Vec<u8> {
    let sign = sign::sign_unsorted(fields.iter().copied(), key, sign_type);
    let mut out = Vec::new();
    xml::write_document(
        &mut out,
        fields.iter().copied().chain([("sign", sign.as_str())]),
    );
    out
}

fuzz_target!(|data: &[u8]| {
    let key = ApiKey::new(KEY);
    let aes_key = aes_key();
    let secrets = [KEY, aes_key.as_str()];

    // 1. As received.
    parse_all(data, &key, &secrets);

    // 2. Signed here.
    if let Ok(pairs) = xml::parse_document(data, "xml") {
        let fields: Vec<(&str, &str)> = pairs
            .iter()
            .filter(|(k, _)| k != "sign")
            .map(|(k, v)| (k.as_ref(), v.as_ref()))
            .collect();
        let named = fields
            .iter()
            .find(|(k, v)| *k == "sign_type" && !v.is_empty())
            .map(|(_, v)| SignType::from_wire(v));
        let algorithms = match named {
            Some(Some(one)) => vec![one],
            // An unknown `sign_type` is refused before verification.
            Some(None) => vec![SignType::Md5],
            None => vec![SignType::Md5, SignType::HmacSha256],
        };
        for sign_type in algorithms {
            let body = resigned(&fields, &key, sign_type);
            for err in parse_all(&body, &key, &secrets)
                .into_iter()
                .take(2)
                .flatten()
            {
                if named != Some(None) {
                    assert!(
                        !matches!(err, Error::Signature { .. }),
                        "a notification signed here failed verification: {err:?}"
                    );
                }
            }
        }
    }

    // 3. As the plaintext of `req_info`, inside a valid outer document.
    let req_info = encrypt(data, &aes_key);
    let mut outer = Vec::with_capacity(req_info.len() + 256);
    xml::write_document(
        &mut outer,
        [
            ("return_code", "SUCCESS"),
            ("appid", "wx2421b1c4370ec43b"),
            ("mch_id", "10000100"),
            ("nonce_str", "TeqClE3i0mvn3DrK"),
            ("req_info", req_info.as_str()),
        ],
    );
    let result = notify::parse_refund::<refund_processed::Notification, refund_processed::RefundInfo>(
        &outer, &key,
    );
    if let Some(err) = check(result, &outer, &[data, &outer], &secrets) {
        match &err {
            // Decrypted, but the plaintext is not a `<root>` document.
            Error::Decrypt { reason, .. } => assert!(
                reason.starts_with("the decrypted `req_info` is not a valid <root> document"),
                "a `req_info` encrypted here did not decrypt: {err:?}"
            ),
            Error::Decode { .. } => {}
            other => panic!("unexpected error for a valid outer document: {other:?}"),
        }
    }
    // The decoders are reachable directly too (what the reader accepted is decoded).
    if let Ok(pairs) = xml::parse_document(data, "root") {
        let mut reader = wechatpay_v2_protocol::field::FieldReader::new(pairs);
        let _ = refund_processed::RefundInfo::decode(&mut reader);
    }
});
