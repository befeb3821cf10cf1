//! Hostile and broken XML, as an attacker would POST it to a `notify_url` or a man in the middle
//! would answer: each case is refused with a typed error, through the public entry points
//! (response handling and notification parsing), and nothing is expanded or fetched.

use wechatpay_v2::endpoint::NoFields;
use wechatpay_v2::{ApiKey, Error, RawResponse, SignType, notify, protocol};

const KEY: &str = "0123456789abcdef0123456789abcdef";

/// Runs `body` through both response handling and notification parsing; both must refuse it
/// with a `Decode` error whose reason contains `expected`.
fn assert_refused(body: &[u8], expected: &str) {
    let raw = RawResponse {
        status: 200,
        body: body.to_vec().into(),
    };
    let as_response = protocol::check_response(&raw, &ApiKey::new(KEY), SignType::Md5, true);
    match as_response {
        Err(Error::Decode { reason, raw }) => {
            assert!(
                reason.contains(expected),
                "response: {reason:?} lacks {expected:?}"
            );
            assert_eq!(&raw.body[..], body, "the raw body is kept");
        }
        other => panic!("response: expected a decode error, got {other:?}"),
    }
    match notify::parse::<NoFields>(body, &ApiKey::new(KEY)) {
        Err(Error::Decode { reason, .. }) => {
            assert!(
                reason.contains(expected),
                "notification: {reason:?} lacks {expected:?}"
            )
        }
        other => panic!("notification: expected a decode error, got {other:?}"),
    }
}

#[test]
fn billion_laughs_is_refused_before_any_expansion() {
    let body = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xml><return_code>&lol9;</return_code></xml>"#;
    assert_refused(body, "DOCTYPE is not allowed");
}

#[test]
fn an_external_entity_pointing_at_a_local_file_is_refused() {
    let body = br#"<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><return_code>SUCCESS</return_code><appid>&xxe;</appid></xml>"#;
    assert_refused(body, "DOCTYPE is not allowed");
    // The same entity referenced without a DTD is an unknown entity.
    assert_refused(
        b"<xml><return_code>SUCCESS</return_code><appid>&xxe;</appid></xml>",
        "entity `&xxe;` is not allowed",
    );
}

#[test]
fn a_parameter_entity_and_an_external_dtd_are_refused() {
    assert_refused(
        br#"<!DOCTYPE xml SYSTEM "http://127.0.0.1:1/evil.dtd"><xml><return_code>SUCCESS</return_code></xml>"#,
        "DOCTYPE is not allowed",
    );
    assert_refused(
        br#"<!DOCTYPE xml [<!ENTITY % p SYSTEM "file:///etc/hosts"> %p;]><xml/>"#,
        "DOCTYPE is not allowed",
    );
}

#[test]
fn invalid_utf8_is_refused() {
    assert_refused(
        b"<xml><return_code>SUCC\xffESS</return_code></xml>",
        "not valid UTF-8",
    );
}

#[test]
fn nul_and_control_characters_are_refused() {
    assert_refused(
        b"<xml><return_code>SUCCESS\0</return_code></xml>",
        "control character",
    );
    assert_refused(
        b"<xml><return_code>SUCCESS</return_code><a>&#0;</a></xml>",
        "bad character reference",
    );
    assert_refused(
        b"<xml><return_code>SUCCESS</return_code><a>\x07</a></xml>",
        "control character",
    );
}

#[test]
fn mismatched_duplicate_nested_and_truncated_documents_are_refused() {
    assert_refused(
        b"<xml><return_code>SUCCESS</return_msg></xml>",
        "malformed XML",
    );
    assert_refused(
        b"<xml><return_code>SUCCESS</return_code><return_code>FAIL</return_code></xml>",
        "appears twice",
    );
    assert_refused(
        b"<xml><return_code><inner>SUCCESS</inner></return_code></xml>",
        "nested element",
    );
    assert_refused(
        b"<xml><return_code>SUCCESS</return_code><appid>wx",
        "ends before its root element closes",
    );
    assert_refused(
        b"<xml><return_code>SUCCESS</return_code>",
        "ends before its root element closes",
    );
}

#[test]
fn deep_nesting_is_refused_at_the_second_level() {
    let mut body = String::from("<xml><a>");
    for _ in 0..10_000 {
        body.push_str("<b>");
    }
    assert_refused(body.as_bytes(), "nested element");
}

#[test]
fn bodies_are_bounded() {
    let huge = format!(
        "<xml><return_code>SUCCESS</return_code><a>{}</a></xml>",
        "x".repeat(notify::MAX_BODY_BYTES)
    );
    match notify::parse::<NoFields>(huge.as_bytes(), &ApiKey::new(KEY)) {
        Err(Error::Decode { reason, .. }) => assert!(reason.contains("bytes"), "{reason}"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}
