//! Response handling on arbitrary bytes: `protocol::decode_response` of declared requests whose
//! responses carry indexed lists (`v2/pay/refundquery`: refunds, each with its coupons;
//! `v2/pay/orderquery`: coupons), with a fixed APIv2 key and both sign types; and of the two
//! answers with nested elements (`v2/mmpaymkttransfers/gethbinfo`: `<hblist><hbinfo>..`;
//! `v2/secapi/mch/submchmanage`: repeated `<mchinfo>`), which are unsigned, so the bytes as
//! received reach the nested reader and the typed decoders directly.
//!
//! Two passes per input:
//! 1. the bytes as received: almost always refused (no valid sign), which exercises the reader,
//!    the envelope checks and verification on hostile input;
//! 2. when the bytes read as a document, its fields signed again with the fixed key: this gets
//!    past verification into the typed decoders (counts, indexed items, enums, integers).
//!
//! Invariants: nothing panics; every error that came from a response keeps the body exactly as
//! received; no error's text holds the key unless the input shows it (see `shown_by`); a
//! document this target signed itself never fails verification.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo;
use wechatpay_v2::v2::pay::{orderquery, refundquery};
use wechatpay_v2::v2::secapi::mch::submchmanage;
use wechatpay_v2_protocol as protocol;
use wechatpay_v2::{ApiKey, Error, RawResponse, ApiRequest, SignType};
use wechatpay_v2_protocol::{sign, xml};

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// True when the input itself shows `secret`: in its bytes, or once `Debug` escapes them (a NUL
/// before `123...` prints as `\0123...`), or in a value once references are resolved. An error
/// that quotes the input may then show it too.
fn shown_by(input: &[u8], secret: &str) -> bool {
    contains(input, secret.as_bytes())
        || format!("{:?}", String::from_utf8_lossy(input)).contains(secret)
        || xml::parse_document(input, "xml")
            .is_ok_and(|pairs| pairs.iter().any(|(_, v)| v.contains(secret)))
}

/// Checks what every outcome must satisfy; returns the error, if any.
fn check<T>(result: Result<T, Error>, body: &[u8]) -> Option<Error> {
    let err = result.err()?;
    let raw = err
        .raw_response()
        .expect("response errors keep the response");
    assert_eq!(&raw.body[..], body, "the raw body is kept as received");
    assert_eq!(raw.status, 200);
    let text = format!("{err} {err:?}");
    if text.contains(KEY) {
        assert!(shown_by(body, KEY), "the key leaked into an error: {text}");
    }
    Some(err)
}

fn decode_both<R: ApiRequest>(body: &[u8], key: &ApiKey, sign_type: SignType) -> Option<Error> {
    let raw = RawResponse {
        status: 200,
        body: body.to_vec().into(),
    };
    check(protocol::decode_response::<R>(&raw, key, sign_type), body)
}

/// The document's fields signed with `key` (any `sign` replaced), written as a new document.
fn resigned(data: &[u8], key: &ApiKey, sign_type: SignType) -> Option<Vec<u8>> {
    let pairs = xml::parse_document(data, "xml").ok()?;
    let fields: Vec<(&str, &str)> = pairs
        .iter()
        .filter(|(k, _)| k != "sign")
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    let sign = sign::sign_unsorted(fields.iter().copied(), key, sign_type);
    let mut out = Vec::with_capacity(data.len() + 96);
    xml::write_document(
        &mut out,
        fields.iter().copied().chain([("sign", sign.as_str())]),
    );
    Some(out)
}

fuzz_target!(|data: &[u8]| {
    let key = ApiKey::new(KEY);
    decode_both::<gethbinfo::Request>(data, &key, SignType::Md5);
    decode_both::<submchmanage::Request>(data, &key, SignType::Md5);
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        decode_both::<refundquery::Request>(data, &key, sign_type);
        decode_both::<orderquery::Request>(data, &key, sign_type);

        if let Some(body) = resigned(data, &key, sign_type) {
            for err in [
                decode_both::<refundquery::Request>(&body, &key, sign_type),
                decode_both::<orderquery::Request>(&body, &key, sign_type),
            ]
            .into_iter()
            .flatten()
            {
                assert!(
                    !matches!(err, Error::Signature { .. }),
                    "a document signed here failed verification: {err:?}"
                );
            }
        }
    }
});
