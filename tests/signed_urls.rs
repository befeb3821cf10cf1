//! Signed URLs: built without any HTTP call, signed over the request's fields (no nonce), with
//! the documented fragment.

use std::collections::BTreeMap;

use wechatpay_v2::v2::papay::entrustweb::{Request, ReturnWeb, Version};
use wechatpay_v2::{ApiKey, Client, SignType, blocking};
use wechatpay_v2_protocol::sign;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn request() -> Request {
    Request::new(
        12535u32,
        "100000",
        1000u64,
        "微信代扣 & more",
        "https://example.com/papay/notify?x=1",
        Version::V1_0,
        "1414488825",
    )
    .return_web(ReturnWeb::Yes)
}

/// Splits a URL into base, decoded query pairs and fragment.
fn parse(url: &str) -> (String, BTreeMap<String, String>, Option<String>) {
    let url = reqwest::Url::parse(url).unwrap();
    let pairs = url.query_pairs().into_owned().collect();
    let base = format!(
        "{}://{}{}",
        url.scheme(),
        url.host_str().unwrap(),
        url.path()
    );
    (base, pairs, url.fragment().map(str::to_owned))
}

#[test]
fn the_url_is_signed_over_its_fields_and_ends_with_the_fragment() {
    let api = Client::builder()
        .mch_id("1200009811")
        .api_key(KEY)
        .appid("wxcbda96de0b165486")
        .build()
        .unwrap();
    let url = api.v2().papay().entrustweb().url(&request()).unwrap();
    let (base, fields, fragment) = parse(&url);
    assert_eq!(base, "https://api.weixin.qq.com/papay/entrustweb");
    assert_eq!(fragment.as_deref(), Some("wechat_redirect"));
    assert!(url.ends_with("#wechat_redirect"), "{url}");
    assert_eq!(
        fields["appid"], "wxcbda96de0b165486",
        "filled from configuration"
    );
    assert_eq!(fields["mch_id"], "1200009811");
    assert_eq!(
        fields["contract_display_account"], "微信代扣 & more",
        "values are URL-encoded, then decode back"
    );
    assert!(
        !fields.contains_key("nonce_str"),
        "signed URLs carry a timestamp, not a nonce"
    );
    // The sign is the protocol's MD5 over the raw (not URL-encoded) values.
    let sign = sign::sign_unsorted(
        fields
            .iter()
            .filter(|(k, _)| *k != "sign")
            .map(|(k, v)| (k.as_str(), v.as_str())),
        &ApiKey::new(KEY),
        SignType::Md5,
    );
    assert_eq!(fields["sign"], sign.as_str());
    insta::assert_snapshot!(url);
}

#[test]
fn the_blocking_client_builds_the_same_url() {
    let async_url = Client::builder()
        .mch_id("1200009811")
        .api_key(KEY)
        .appid("wxcbda96de0b165486")
        .build()
        .unwrap()
        .v2()
        .papay()
        .entrustweb()
        .url(&request())
        .unwrap();
    let blocking_url = blocking::Client::builder()
        .mch_id("1200009811")
        .api_key(KEY)
        .appid("wxcbda96de0b165486")
        .build()
        .unwrap()
        .v2()
        .papay()
        .entrustweb()
        .url(&request())
        .unwrap();
    assert_eq!(async_url, blocking_url);
}

#[tokio::test]
async fn a_get_call_sends_its_signed_query_without_a_nonce() {
    use wechatpay_v2::v2::papay::h5entrustweb;
    use wechatpay_v2_mock::{
        DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer,
    };
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(std::time::Duration::from_secs(5))
        .build()
        .unwrap();
    let response = api
        .v2()
        .papay()
        .h5entrustweb()
        .post(
            h5entrustweb::Request::new(
                "12535",
                "100000",
                1000u64,
                "微信代扣",
                "https://example.com/papay/notify",
                h5entrustweb::Version::V1_0,
                "1414488825",
                "127.0.0.1",
            )
            .sign_type(SignType::HmacSha256),
        )
        .await
        .unwrap();
    assert!(!response.redirect_url.is_empty());
    let received = &mock.requests()[0];
    assert_eq!(received.rejected, None, "the mock checked the signed query");
    let fields: BTreeMap<String, String> =
        reqwest::Url::parse(&format!("http://x/?{}", received.body))
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect();
    assert!(!fields.contains_key("nonce_str"));
    assert_eq!(fields["contract_display_account"], "微信代扣");
    assert_eq!(fields["sign"].len(), 64, "HMAC-SHA256 as asked");
}

#[tokio::test]
async fn dot_segments_are_refused() {
    let api = Client::builder()
        .mch_id("1200009811")
        .api_key(KEY)
        .build()
        .unwrap();
    let err = api["v2/../pay/orderquery"]
        .post_fields(BTreeMap::new())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, wechatpay_v2::Error::MalformedPath { reason, .. } if reason.contains("`..`")),
        "{err:?}"
    );
}
