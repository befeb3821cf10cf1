//! The signed text follows the official algorithm to the byte: the non-empty fields but `sign`
//! as `name=value`, sorted, joined with `&`, then `&key=KEY`. With no such field the text is
//! `&key=KEY` (not `key=KEY`). Checked for both algorithms against the tests' own signer and
//! against digests computed outside Rust (Python's `hashlib` and `hmac`).

mod support;

use std::collections::BTreeMap;

use support::{KEY, reference_sign_with};
use wechatpay_v2::{ApiKey, SignType};
use wechatpay_v2_protocol::sign::{canonical_string_masked, sign_unsorted, verify};

fn key() -> ApiKey {
    ApiKey::new(KEY)
}

fn map(fields: &[(&str, &str)]) -> BTreeMap<String, String> {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// `MD5("&key=0123456789abcdef0123456789abcdef")` and the HMAC-SHA256 of the same text.
const EMPTY_MD5: &str = "49F32740B1DA855BFF2BC3A28467F651";
const EMPTY_HMAC: &str = "5E510158E786CA993FFD323B9ED8EA33233F7B395A051FF4851B091BE3C8DD79";
/// The same for `a=1&key=...`.
const ONE_MD5: &str = "989327B88D3F7B881292C1AFB151BFA1";
const ONE_HMAC: &str = "F4F8360E0FF4EB6C581A6E8F6700781EFFBD21BCB35B730B12ACBB2A542D6EEB";

#[test]
fn no_field_left_signs_ampersand_key() {
    let cases: [&[(&str, &str)]; 4] = [
        &[],
        &[("a", "")],
        &[("sign", "WHATEVER")],
        &[("b", ""), ("sign", ""), ("a", "")],
    ];
    for fields in cases {
        for (sign_type, hmac, expected) in [
            (SignType::Md5, false, EMPTY_MD5),
            (SignType::HmacSha256, true, EMPTY_HMAC),
        ] {
            let sdk = sign_unsorted(fields.iter().copied(), &key(), sign_type).to_string();
            assert_eq!(sdk, expected, "{fields:?} {sign_type}");
            assert_eq!(
                sdk,
                reference_sign_with(&map(fields), KEY, hmac),
                "{fields:?} {sign_type}"
            );
        }
        assert_eq!(
            canonical_string_masked(fields.iter().copied()),
            "&key=********"
        );
    }
}

#[test]
fn one_field_signs_as_before() {
    for (sign_type, hmac, expected) in [
        (SignType::Md5, false, ONE_MD5),
        (SignType::HmacSha256, true, ONE_HMAC),
    ] {
        let fields = [("a", "1"), ("b", "")];
        let sdk = sign_unsorted(fields, &key(), sign_type).to_string();
        assert_eq!(sdk, expected);
        assert_eq!(sdk, reference_sign_with(&map(&fields), KEY, hmac));
    }
    assert_eq!(
        canonical_string_masked([("a", "1"), ("b", "")]),
        "a=1&key=********"
    );
}

/// A document whose only non-empty field is its `sign` verifies against `&key=KEY`, and not
/// against the `key=KEY` the SDK used to sign.
#[test]
fn verify_follows_the_same_text() {
    for (sign_type, good) in [
        (SignType::Md5, EMPTY_MD5),
        (SignType::HmacSha256, EMPTY_HMAC),
    ] {
        assert_eq!(
            verify([("a", ""), ("sign", good)], &key(), sign_type),
            Ok(())
        );
    }
    // MD5("key=0123456789abcdef0123456789abcdef"): the text without the leading `&`.
    let without_ampersand = "E56CFF2E969E982ABB059F12D9A10258";
    assert!(verify([("sign", without_ampersand)], &key(), SignType::Md5).is_err());
}
