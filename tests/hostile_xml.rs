//! Hostile and broken XML, as an attacker would POST it to a `notify_url` or a man in the middle
//! would answer: each case is refused with a typed error, through the public entry points
//! (response handling and notification parsing), and nothing is expanded or fetched. The size
//! of a response and the nesting depth of the JSON in its fields are bounded, and both bounds are
//! client options.

use std::collections::BTreeMap;
use std::time::Duration;

use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::{ApiKey, Client, Error, RawResponse, SignType, notify};
use wechatpay_v2_protocol as protocol;
use wechatpay_v2_protocol::endpoint::NoFields;
use wechatpay_v2_protocol::{sign, xml};

const KEY: &str = "0123456789abcdef0123456789abcdef";

/// Runs `body` through both response handling and notification parsing; both must refuse it
/// with a `Decode` error whose reason contains `expected`.
fn assert_refused(body: &[u8], expected: &str) {
    let raw = RawResponse {
        status: 200,
        body: body.to_vec().into(),
    };
    let as_response = protocol::check_response(&raw, &ApiKey::new(KEY), SignType::Md5, true, &[]);
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

/// JSON nested `depth` arrays deep (the innermost one empty).
fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// A signed, successful response whose `scene_info` holds JSON nested `depth` deep.
fn deep_response(depth: usize) -> Vec<u8> {
    let scene_info = nested(depth);
    let fields = [
        ("return_code", "SUCCESS"),
        ("result_code", "SUCCESS"),
        ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
        ("scene_info", scene_info.as_str()),
    ];
    let sign = sign::sign_unsorted(fields, &ApiKey::new(KEY), SignType::Md5);
    let mut out = Vec::new();
    xml::write_document(
        &mut out,
        fields.into_iter().chain([("sign", sign.as_str())]),
    );
    out
}

/// A gateway on 127.0.0.1 that answers `POST /test/depth/<n>` with [`deep_response`]`(n)`.
async fn deep_gateway() -> String {
    use axum::extract::Path;
    let app = axum::Router::new().route(
        "/test/depth/{n}",
        axum::routing::post(|Path(n): Path<usize>| async move { deep_response(n) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/")
}

type Builder = wechatpay_v2::ClientBuilder<wechatpay_v2::Apis>;

fn client(base_url: &str, configure: impl FnOnce(Builder) -> Builder) -> Client {
    configure(
        Client::builder()
            .mch_id("1900000109")
            .api_key(KEY)
            .base_url(base_url)
            .timeout(Duration::from_secs(10)),
    )
    .build()
    .unwrap()
}

/// An untyped call to the deep gateway, answered with JSON nested `depth` deep.
async fn call(api: &Client, depth: usize) -> wechatpay_v2::Result<BTreeMap<String, String>> {
    api.chain(format!("v2/test/depth/{depth}"))
        .post_fields(BTreeMap::new())
        .await
}

fn assert_too_deep(result: wechatpay_v2::Result<impl std::fmt::Debug>, limit: usize) {
    match result {
        Err(Error::Decode { reason, raw }) => {
            assert_eq!(
                reason,
                format!("field `scene_info` holds JSON nested more than {limit} levels deep")
            );
            assert!(
                raw.text().contains("<scene_info>"),
                "the raw response is kept"
            );
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn json_in_response_fields_is_bounded_in_depth_by_a_client_option() {
    let base = deep_gateway().await;
    // The default: 32 levels.
    let api = client(&base, |b| b);
    let fields = call(&api, 32).await.unwrap();
    assert_eq!(fields["scene_info"], nested(32));
    assert_too_deep(call(&api, 33).await, 32);

    // Configured: exactly the limit passes, one level more does not.
    let api = client(&base, |b| b.max_depth(3));
    call(&api, 3).await.unwrap();
    assert_too_deep(call(&api, 4).await, 3);
    let api = client(&base, |b| b.max_depth(40));
    call(&api, 40).await.unwrap();
}

#[test]
fn typed_responses_are_bounded_in_depth_before_they_are_decoded() {
    let key = ApiKey::new(KEY);
    let raw = RawResponse {
        status: 200,
        body: deep_response(4).into(),
    };
    assert_too_deep(
        protocol::decode_response_with::<orderquery::Request>(&raw, &key, SignType::Md5, 3),
        3,
    );
    // Within the limit, the depth check lets it through to decoding, which finds the order's
    // fields missing.
    let err = protocol::decode_response_with::<orderquery::Request>(&raw, &key, SignType::Md5, 4)
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("missing")),
        "{err:?}"
    );
    // The default bound is 32.
    let raw = RawResponse {
        status: 200,
        body: deep_response(33).into(),
    };
    assert_too_deep(
        protocol::decode_response::<orderquery::Request>(&raw, &key, SignType::Md5),
        32,
    );
}

#[tokio::test]
async fn the_response_size_limit_is_a_client_option_and_exact() {
    let base = deep_gateway().await;
    let size = deep_response(2).len();
    let api = client(&base, |b| b.max_response_bytes(size));
    call(&api, 2).await.unwrap();

    let api = client(&base, |b| b.max_response_bytes(size - 1));
    assert_over_limit(call(&api, 2).await, &deep_response(2), size - 1);
}

/// `result` is the error of an answer (`body`) longer than `limit`, keeping what was read: the
/// first `limit` bytes.
fn assert_over_limit(
    result: wechatpay_v2::Result<BTreeMap<String, String>>,
    body: &[u8],
    limit: usize,
) {
    match result {
        Err(Error::Decode { reason, raw }) => {
            assert_eq!(reason, format!("the response body exceeds {limit} bytes"));
            assert_eq!(
                &raw.body[..],
                &body[..limit],
                "what was read, up to the limit"
            );
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

/// A gateway on 127.0.0.1 that answers each of `connections` connections with `body` in
/// chunked transfer encoding, `piece` bytes per chunk, each chunk written and flushed on its
/// own (so the client reads them one by one). Every wait is bounded.
async fn chunked_gateway(body: Vec<u8>, piece: usize, connections: usize) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        for _ in 0..connections {
            let bound = Duration::from_secs(10);
            let Ok(Ok((mut stream, _))) = tokio::time::timeout(bound, listener.accept()).await
            else {
                return;
            };
            // Read the request: headers, then the body its Content-Length announces.
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            let complete = |r: &[u8]| {
                let text = String::from_utf8_lossy(r);
                let Some(end) = text.find("\r\n\r\n") else {
                    return false;
                };
                let length = text[..end]
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                    })
                    .unwrap_or(0);
                r.len() >= end + 4 + length
            };
            while !complete(&request) {
                match tokio::time::timeout(bound, stream.read(&mut buf)).await {
                    Ok(Ok(n)) if n > 0 => request.extend_from_slice(&buf[..n]),
                    _ => return,
                }
            }
            let head = "HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            for part in body.chunks(piece) {
                let mut frame = format!("{:x}\r\n", part.len()).into_bytes();
                frame.extend_from_slice(part);
                frame.extend_from_slice(b"\r\n");
                if stream.write_all(&frame).await.is_err() || stream.flush().await.is_err() {
                    return;
                }
                tokio::task::yield_now().await;
            }
            let _ = stream.write_all(b"0\r\n\r\n").await;
        }
    });
    format!("http://{addr}/")
}

#[tokio::test]
async fn an_answer_in_many_chunks_is_read_whole_and_held_to_the_same_limit() {
    let body = deep_response(2);
    let size = body.len();
    // Whole, within an exact limit: the same fields as the one-chunk answer.
    let base = chunked_gateway(body.clone(), 7, 2).await;
    let api = client(&base, |b| b.max_response_bytes(size));
    let fields = call(&api, 2).await.unwrap();
    assert_eq!(fields["scene_info"], nested(2));
    // One byte over the limit, found across chunks: what was read is kept, up to the limit.
    let api = client(&base, |b| b.max_response_bytes(size - 1));
    assert_over_limit(call(&api, 2).await, &body, size - 1);
}
