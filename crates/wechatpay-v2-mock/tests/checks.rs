//! Every check of the mock gateway, each tripped by a request that breaks only that rule, and the
//! answer to a request that breaks none.

use std::collections::BTreeMap;
use std::time::Duration;

use wechatpay_v2::{ApiKey, SignType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_MCH_ID, MockConfig, MockServer};
use wechatpay_v2_protocol::{sign, xml};

const PATH: &str = "vehicle/pay/notification";

fn valid_fields() -> BTreeMap<String, String> {
    [
        ("appid", "wxd678efh567hg6787"),
        ("mch_id", DEFAULT_MCH_ID),
        ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
        ("sign_type", "HMAC-SHA256"),
        ("version", "3.0"),
        ("trade_scene", "PARKING"),
        (
            "scene_info",
            r#"{"scene_info":{"start_time":"20170826104339","plate_number":"粤B888888","parking_name":"欢乐海岸停车场","free_time":"1200"}}"#,
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// Signs `fields` (with their own sign_type, MD5 when absent) and writes the document.
fn signed_body(mut fields: BTreeMap<String, String>) -> Vec<u8> {
    let sign_type = fields
        .get("sign_type")
        .and_then(|t| SignType::from_wire(t))
        .unwrap_or(SignType::Md5);
    let sign = sign::sign_sorted(
        fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &ApiKey::new(DEFAULT_API_KEY),
        sign_type,
    );
    fields.insert("sign".into(), sign.to_string());
    document(&fields)
}

fn document(fields: &BTreeMap<String, String>) -> Vec<u8> {
    let mut out = Vec::new();
    xml::write_document(
        &mut out,
        fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    out
}

/// Posts `body` to the mock and returns the answer's fields.
fn post(mock: &MockServer, path: &str, body: Vec<u8>) -> BTreeMap<String, String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let text = rt.block_on(async {
        let client = plain_http(Duration::from_secs(5));
        let response = client
            .post(format!("{}{path}", mock.base_url()))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            200,
            "the gateway answers FAIL with HTTP 200"
        );
        response.text().await.unwrap()
    });
    xml::parse_document(text.as_bytes(), "xml")
        .unwrap()
        .into_iter()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Asserts the answer is FAIL with exactly `return_msg`.
fn assert_fail(mock: &MockServer, path: &str, body: Vec<u8>, return_msg: &str) {
    let answer = post(mock, path, body);
    assert_eq!(answer["return_code"], "FAIL", "{answer:?}");
    assert_eq!(answer["return_msg"], return_msg);
    assert!(!answer.contains_key("sign"), "a FAIL answer is not signed");
}

fn mock() -> MockServer {
    MockServer::start(MockConfig::default(), 0).unwrap()
}

#[test]
fn a_valid_request_gets_a_signed_answer_of_the_response_type() {
    let mock = mock();
    let answer = post(&mock, PATH, signed_body(valid_fields()));
    assert_eq!(answer["return_code"], "SUCCESS");
    assert_eq!(answer["result_code"], "SUCCESS");
    assert_eq!(answer["appid"], "wxd678efh567hg6787", "ids are echoed");
    assert_eq!(answer["mch_id"], DEFAULT_MCH_ID);
    assert_eq!(
        answer["user_state"], "NORMAL",
        "required enum: its first value"
    );
    assert!(
        !answer.contains_key("deduct_mode"),
        "optional fields are left out"
    );
    assert_eq!(answer["nonce_str"].len(), 32);
    assert_ne!(
        answer["nonce_str"], "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
        "a fresh nonce"
    );
    // Signed with the request's algorithm, over every field.
    assert_eq!(answer["sign"].len(), 64);
    sign::verify(
        answer.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &ApiKey::new(DEFAULT_API_KEY),
        SignType::HmacSha256,
    )
    .unwrap();
    assert_eq!(mock.requests()[0].rejected, None);
}

#[test]
fn malformed_xml_and_doctype_are_refused() {
    let mock = mock();
    assert_fail(
        &mock,
        PATH,
        b"<xml><a>1</xml>".to_vec(),
        "invalid XML: malformed XML: ill-formed document: expected `</a>`, but `</xml>` was found",
    );
    assert_fail(
        &mock,
        PATH,
        b"<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><a>&x;</a></xml>".to_vec(),
        "invalid XML: DOCTYPE is not allowed (no DTD, no entity declarations)",
    );
}

#[test]
fn unknown_path_is_refused() {
    let mock = mock();
    assert_fail(
        &mock,
        "pay/nothing",
        signed_body(valid_fields()),
        "unknown API path /pay/nothing",
    );
}

#[test]
fn missing_nonce_is_refused() {
    let mock = mock();
    let mut fields = valid_fields();
    fields.remove("nonce_str");
    assert_fail(&mock, PATH, signed_body(fields), "missing nonce_str");
}

/// An endpoint that takes no `nonce_str` (declared `nonceless`) refuses one the way it refuses
/// any field it does not have, and accepts the request without it.
#[test]
fn a_nonce_on_a_nonceless_endpoint_is_an_unknown_field() {
    let mock = mock();
    let rate = |nonce: Option<&str>| {
        let mut fields: BTreeMap<String, String> = [
            ("appid", "wxd678efh567hg6787"),
            ("mch_id", DEFAULT_MCH_ID),
            ("fee_type", "USD"),
            ("date", "20150807"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        if let Some(nonce) = nonce {
            fields.insert("nonce_str".into(), nonce.into());
        }
        signed_body(fields)
    };
    assert_fail(
        &mock,
        "pay/queryexchagerate",
        rate(Some("5K8264ILTKCH16CQ2502SI8ZNMTM67VS")),
        "field `nonce_str`: is not a field of this endpoint",
    );
    let answer = post(&mock, "pay/queryexchagerate", rate(None));
    assert_eq!(answer["return_code"], "SUCCESS", "{answer:?}");
    assert_eq!(answer["result_code"], "SUCCESS", "{answer:?}");
    // The same wording as for any other field the endpoint does not have.
    let mut fields = valid_fields();
    fields.insert("colour".into(), "red".into());
    assert_fail(
        &mock,
        PATH,
        signed_body(fields),
        "field `colour`: is not a field of this endpoint",
    );
}

#[test]
fn bad_missing_or_unsupported_signs_are_refused() {
    let mock = mock();
    let mut body = valid_fields();
    body.insert("sign".into(), "0".repeat(64));
    assert_fail(
        &mock,
        PATH,
        document(&body),
        "sign mismatch (签名错误) for sign_type HMAC-SHA256",
    );
    assert_fail(&mock, PATH, document(&valid_fields()), "missing sign");
    let mut fields = valid_fields();
    fields.insert("sign_type".into(), "SHA1".into());
    assert_fail(
        &mock,
        PATH,
        signed_body(fields),
        "sign_type `SHA1` is not supported",
    );
}

#[test]
fn md5_is_the_default_when_sign_type_is_absent() {
    let mock = mock();
    let mut fields = valid_fields();
    fields.remove("sign_type");
    // Signed with MD5: the sign passes, and the next check to fail is the endpoint's own rule.
    assert_fail(
        &mock,
        PATH,
        signed_body(fields),
        "field `sign_type`: required but missing",
    );
}

#[test]
fn another_merchant_is_refused() {
    let mock = mock();
    let mut fields = valid_fields();
    fields.insert("mch_id".into(), "1230000109".into());
    assert_fail(
        &mock,
        PATH,
        signed_body(fields),
        "mch_id `1230000109` is not this merchant",
    );
}

#[test]
fn endpoint_rules_are_checked() {
    let mock = mock();
    let cases: [(&str, Option<&str>, &str); 6] = [
        ("version", None, "field `version`: required but missing"),
        (
            "version",
            Some("12345678901234567"),
            "field `version`: 17 characters, at most 16 allowed",
        ),
        (
            "trade_scene",
            Some("GARAGE"),
            "field `trade_scene`: `GARAGE` is not one of PARKING, PARKING SPACE",
        ),
        (
            "scene_info",
            Some("{not json"),
            "field `scene_info`: invalid JSON: key must be a string at line 1 column 2",
        ),
        (
            "scene_info",
            Some(r#"{"scene_info":{"start_time":"20170826104339"}}"#),
            "field `scene_info.scene_info.plate_number`: required but missing",
        ),
        (
            "coupon_id",
            Some("1"),
            "field `coupon_id`: is not a field of this endpoint",
        ),
    ];
    for (field, value, expected) in cases {
        let mut fields = valid_fields();
        match value {
            Some(v) => fields.insert(field.into(), v.into()),
            None => fields.remove(field),
        };
        assert_fail(&mock, PATH, signed_body(fields), expected);
    }
    let log = mock.requests();
    assert_eq!(log.len(), 6);
    assert!(log.iter().all(|r| r.rejected.is_some()));
}

/// A plain reqwest client for the plain-HTTP mock (with the SDK's crypto provider).
fn plain_http(timeout: Duration) -> reqwest::Client {
    wechatpay_v2_mock::http_client_builder()
        .expect("a tls-* feature is enabled")
        .timeout(timeout)
        .build()
        .expect("a reqwest client")
}
