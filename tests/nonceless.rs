//! Endpoints whose requests carry no `nonce_str` (declared `nonceless`): the metadata says so,
//! and every way of sending honours it: typed and untyped, async and blocking, with a fixed
//! nonce or a fresh one. The mock gateway refuses a `nonce_str` on them as an unknown field.

mod support;

use std::collections::BTreeMap;

use support::{parse_flat, reference_sign};
use wechatpay_v2::v2::pay::queryexchagerate;
use wechatpay_v2::v2::vehicle::pay::notification;
use wechatpay_v2::{ApiRequest, Client, Error, blocking};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

const PATH: &str = "v2/pay/queryexchagerate";
const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

fn request() -> queryexchagerate::Request {
    queryexchagerate::Request::new("USD", "20150807")
}

fn fields(extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    [("fee_type", "USD"), ("date", "20150807")]
        .iter()
        .chain(extra)
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The mock's merchant, for signing without sending.
fn merchant() -> wechatpay_v2::ClientBuilder<wechatpay_v2::Apis> {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
}

/// The mock's merchant, sending to the mock.
fn builder(mock: &MockServer) -> wechatpay_v2::ClientBuilder<wechatpay_v2::Apis> {
    merchant().base_url(mock.base_url())
}

/// The body of the last request the mock received, as fields; it was accepted.
fn last_sent(mock: &MockServer) -> BTreeMap<String, String> {
    let seen = mock.requests().pop().expect("a request reached the mock");
    assert_eq!(seen.rejected, None, "{seen:?}");
    let fields = parse_flat(&seen.body);
    assert_eq!(fields["sign"], reference_sign(&fields, DEFAULT_API_KEY));
    fields
}

#[test]
fn the_metadata_says_which_endpoints_take_a_nonce() {
    assert!(!queryexchagerate::Request::ENDPOINT.nonce);
    assert!(notification::Request::ENDPOINT.nonce);
    // The kinds that never carry one.
    assert!(!wechatpay_v2::v2::papay::entrustweb::Request::ENDPOINT.nonce);
    assert!(!wechatpay_v2::v2::secapi::mch::uploadmedia::Request::ENDPOINT.nonce);
    assert!(!wechatpay_v2::v2::appauth::getaccesstoken::Request::ENDPOINT.nonce);
    // Downloads do.
    assert!(wechatpay_v2::v2::pay::downloadbill::Request::ENDPOINT.nonce);
}

#[test]
fn a_fixed_nonce_is_not_written_where_the_endpoint_takes_none() {
    let api = merchant().build().unwrap();
    let body = api.sign_with_nonce(&request(), NONCE).unwrap();
    let xml = String::from_utf8(body.xml).unwrap();
    assert_eq!(
        xml,
        format!(
            "<xml><appid>{DEFAULT_APPID}</appid><date>20150807</date><fee_type>USD</fee_type>\
             <mch_id>{DEFAULT_MCH_ID}</mch_id><sign>{}</sign></xml>",
            body.sign
        )
    );
    let sent = parse_flat(&xml);
    assert_eq!(sent["sign"], reference_sign(&sent, DEFAULT_API_KEY));
}

#[test]
fn async_typed_and_untyped_calls_send_no_nonce() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = builder(&mock).build().unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let rate = api
            .v2()
            .pay()
            .queryexchagerate()
            .post(request())
            .await
            .unwrap();
        assert_eq!(rate.fee_type, "USD");
        assert!(!last_sent(&mock).contains_key("nonce_str"));

        let untyped = api.chain(PATH).post_fields(fields(&[])).await.unwrap();
        assert_eq!(untyped["return_code"], "SUCCESS");
        assert!(!last_sent(&mock).contains_key("nonce_str"));

        // A nonce given by hand is refused before anything is sent.
        let before = mock.requests().len();
        let refused = api
            .chain(PATH)
            .post_fields(fields(&[("nonce_str", NONCE)]))
            .await
            .unwrap_err();
        assert!(
            matches!(&refused, Error::InvalidField { field, rule }
                if field == "nonce_str" && rule == "is not a field of this endpoint"),
            "{refused:?}"
        );
        assert_eq!(mock.requests().len(), before);

        // Every other endpoint still gets one, declared or not.
        let order = BTreeMap::from([("out_trade_no".to_owned(), "T1".to_owned())]);
        api.chain("v2/pay/orderquery")
            .post_fields(order)
            .await
            .unwrap();
        assert_eq!(last_sent(&mock)["nonce_str"].len(), 32);
    });
}

#[test]
fn blocking_typed_and_untyped_calls_send_no_nonce() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api: blocking::Client = builder(&mock).build_blocking().unwrap();
    let rate = api.v2().pay().queryexchagerate().post(&request()).unwrap();
    assert_eq!(rate.fee_type, "USD");
    assert!(!last_sent(&mock).contains_key("nonce_str"));
    let untyped = api.chain(PATH).post_fields(fields(&[])).unwrap();
    assert_eq!(untyped["return_code"], "SUCCESS");
    assert!(!last_sent(&mock).contains_key("nonce_str"));
    let refused = api
        .chain(PATH)
        .post_fields(fields(&[("nonce_str", NONCE)]))
        .unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidField { field, .. } if field == "nonce_str"),
        "{refused:?}"
    );
}

/// A signed URL never carries a nonce: the untyped form refuses one, and signs without it.
#[test]
fn an_untyped_signed_url_refuses_a_nonce() {
    let api = merchant().build().unwrap();
    let fields = |extra: &[(&str, &str)]| -> BTreeMap<String, String> {
        [
            ("plan_id", "12535"),
            ("contract_code", "100000"),
            ("request_serial", "1000"),
            ("contract_display_account", "test"),
            ("notify_url", "https://example.com/n"),
            ("version", "1.0"),
            ("timestamp", "1414488825"),
        ]
        .iter()
        .chain(extra)
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
    };
    let url = api
        .chain("v2/papay/entrustweb")
        .url_fields(fields(&[]))
        .unwrap();
    assert!(url.contains("&sign=") && !url.contains("nonce"), "{url}");
    let refused = api
        .chain("v2/papay/entrustweb")
        .url_fields(fields(&[("nonce_str", NONCE)]))
        .unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidField { field, .. } if field == "nonce_str"),
        "{refused:?}"
    );
}
