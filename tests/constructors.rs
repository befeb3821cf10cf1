//! Requests built the way an app writes them: a constructor with the required fields, a setter
//! per optional field, and for requests identified by one of several numbers, a constructor
//! per number. They send the same bytes as the fields spelled out, and a request that leaves a
//! whole `one_of` group out is refused by name: before signing, typed or untyped, and by the
//! mock gateway. Requests and JSON objects are `#[non_exhaustive]`, so the constructors and
//! setters are the only way to build one outside the crate.

mod support;

use std::collections::BTreeMap;

use wechatpay_v2::v2::pay::{orderquery, refundquery, unifiedorder};
use wechatpay_v2::{Client, Error};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

fn client(base_url: &str) -> Client {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(base_url)
        .build()
        .unwrap()
}

fn signed_text<R: wechatpay_v2::ApiRequest>(api: &Client, request: &R) -> String {
    let body = api.sign_with_nonce(request, NONCE).unwrap();
    String::from_utf8(body.xml).unwrap()
}

#[test]
fn a_jsapi_order_from_the_constructor_and_setters_signs_like_the_fields_spelled_out() {
    let api = client("http://127.0.0.1:9/");
    let built = unifiedorder::Request::new(
        "Parking fee",
        "20150806125346",
        1500u32,
        "123.12.12.123",
        "https://example.com/notify",
        unifiedorder::TradeType::Jsapi,
    )
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .attach("bay 12");

    // The same request with its fields assigned one by one: they are public, though a struct
    // literal is refused outside the crate (`#[non_exhaustive]`).
    let mut spelled =
        unifiedorder::Request::new("", "", 0u32, "", "", unifiedorder::TradeType::Native);
    spelled.body = "Parking fee".into();
    spelled.out_trade_no = "20150806125346".into();
    spelled.total_fee = 1500;
    spelled.spbill_create_ip = "123.12.12.123".into();
    spelled.notify_url = "https://example.com/notify".into();
    spelled.trade_type = unifiedorder::TradeType::Jsapi;
    spelled.attach = Some("bay 12".into());
    spelled.openid = Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into());
    assert_eq!(built, spelled);
    assert_eq!(signed_text(&api, &built), signed_text(&api, &spelled));
    assert_eq!(built.appid, None, "left to the client's configuration");

    let text = signed_text(&api, &built);
    assert!(
        text.contains(&format!("<appid>{DEFAULT_APPID}</appid>")),
        "{text}"
    );
    assert!(text.contains("<openid>oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</openid>"));
    assert!(
        text.contains("<attach><![CDATA[bay 12]]></attach>")
            || text.contains("<attach>bay 12</attach>")
    );
    assert!(text.contains("<trade_type>JSAPI</trade_type>"));
    assert!(text.contains("<total_fee>1500</total_fee>"));
}

/// Requests, and the JSON objects inside them, are `#[non_exhaustive]`: outside the crate that
/// declares them they are built with `new` / `by_*` and the setters, never with a struct literal,
/// so adding an optional field to a declaration breaks no caller. Their fields stay public: read,
/// assigned, and matched with `..`.
#[test]
fn requests_are_non_exhaustive_and_their_fields_stay_public() {
    let scene =
        unifiedorder::SceneInfo::new(unifiedorder::StoreInfo::new("SZTX001").name("Bay 12"));
    let unifiedorder::SceneInfo { store_info, .. } = &scene;
    let unifiedorder::StoreInfo { id, name, .. } = store_info;
    assert_eq!((id.as_str(), name.as_deref()), ("SZTX001", Some("Bay 12")));

    let mut query = orderquery::Request::by_out_trade_no("20150806125346");
    let orderquery::Request {
        transaction_id,
        out_trade_no,
        ..
    } = &query;
    assert_eq!(*transaction_id, None);
    assert_eq!(out_trade_no.as_deref(), Some("20150806125346"));

    query.transaction_id = Some("1009660380201506130728806387".into());
    assert_eq!(
        query,
        orderquery::Request::by_transaction_id("1009660380201506130728806387")
            .out_trade_no("20150806125346")
    );
}

#[test]
fn each_identifier_has_its_constructor_and_signs_like_the_fields_spelled_out() {
    let api = client("http://127.0.0.1:9/");
    let by_order = orderquery::Request::by_out_trade_no("20150806125346");
    assert_eq!(by_order.out_trade_no.as_deref(), Some("20150806125346"));
    assert_eq!(by_order.transaction_id, None);
    let by_payment = orderquery::Request::by_transaction_id("1009660380201506130728806387");

    let order_text = signed_text(&api, &by_order);
    assert!(order_text.contains("<out_trade_no>20150806125346</out_trade_no>"));
    assert!(!order_text.contains("transaction_id"));
    let payment_text = signed_text(&api, &by_payment);
    assert!(payment_text.contains("<transaction_id>1009660380201506130728806387</transaction_id>"));
    assert!(!payment_text.contains("out_trade_no"));

    // Four numbers identify a refund: one constructor each.
    let refund = refundquery::Request::by_out_refund_no("R20150806125346").offset(10u32);
    assert_eq!(refund.out_refund_no.as_deref(), Some("R20150806125346"));
    assert_eq!(refund.offset, Some(10));
}

#[test]
fn a_typed_request_without_any_of_its_identifiers_is_refused_naming_the_group() {
    let api = client("http://127.0.0.1:9/");
    // Clearing the number the constructor set leaves the group empty.
    let mut request = orderquery::Request::by_out_trade_no("20150806125346");
    request.out_trade_no = None;
    let err = api.sign(&request).unwrap_err();
    match &err {
        Error::InvalidField { field, rule } => {
            assert_eq!(field, "transaction_id | out_trade_no");
            assert_eq!(rule, "one of them is required, and none is given");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "field `transaction_id | out_trade_no`: one of them is required, and none is given"
    );
}

#[test]
fn an_untyped_request_without_any_of_its_identifiers_is_refused_before_sending_and_by_the_mock() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock.base_url());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();

    // The client refuses it: nothing is sent.
    let err = rt
        .block_on(api.chain("v2/pay/orderquery").post_fields(BTreeMap::new()))
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidField { field, .. } if field == "transaction_id | out_trade_no"),
        "{err:?}"
    );
    assert!(mock.requests().is_empty());

    // Signed without the declaration's rules and sent as is, the mock refuses it the same way.
    let signer = wechatpay_v2_protocol::Signer {
        mch_id: DEFAULT_MCH_ID,
        appid: Some(DEFAULT_APPID),
        sub_mch_id: None,
        sub_appid: None,
        key: &wechatpay_v2::ApiKey::new(DEFAULT_API_KEY),
    };
    let fields = BTreeMap::from([
        ("appid".to_owned(), DEFAULT_APPID.to_owned()),
        ("mch_id".to_owned(), DEFAULT_MCH_ID.to_owned()),
    ]);
    let body = wechatpay_v2_protocol::sign_fields(&fields, None, signer, Some(NONCE)).unwrap();
    let answer = rt.block_on(async {
        support::plain_http()
            .post(format!("{}pay/orderquery", mock.base_url()))
            .body(body.xml)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    assert!(
        answer.contains("<return_code><![CDATA[FAIL]]></return_code>")
            || answer.contains("<return_code>FAIL</return_code>"),
        "{answer}"
    );
    assert!(answer.contains("transaction_id | out_trade_no"), "{answer}");
}

/// A business `FAIL` comes with its typed code and what it means; a transport failure after
/// the connection was made is an unknown outcome, a refused connection is not.
#[test]
fn business_errors_are_typed_and_say_whether_the_outcome_is_unknown() {
    use wechatpay_v2::{ErrClass, ErrCode};
    use wechatpay_v2_mock::Fault;

    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock.base_url());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let query = orderquery::Request::by_out_trade_no("20150806125346");

    mock.set_fault(Some(Fault::BusinessFail));
    let err = rt.block_on(api.post(&query)).unwrap_err();
    assert_eq!(err.err_code(), Some(ErrCode::SystemError));
    assert_eq!(err.err_code().unwrap().class(), ErrClass::OutcomeUnknown);
    assert!(err.outcome_unknown());
    assert!(!err.is_user_paying());

    mock.set_fault(Some(Fault::CloseEarly));
    let err = rt.block_on(api.post(&query)).unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(
        err.outcome_unknown(),
        "the request reached the gateway: {err:?}"
    );
    assert_eq!(err.err_code(), None);

    let refused = client("http://127.0.0.1:9/");
    let err = rt.block_on(refused.post(&query)).unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert!(!err.outcome_unknown(), "nothing was sent: {err:?}");
}

/// A JSAPI order needs the payer's `openid` (or `sub_openid`), a NATIVE one its `product_id`: declared once with
/// the endpoint, and checked before signing, typed or untyped, and by the mock.
#[test]
fn conditional_requirements_are_checked_before_signing() {
    let api = client("http://127.0.0.1:9/");
    let order = |trade_type| {
        unifiedorder::Request::new(
            "Parking fee",
            "20150806125346",
            1500u32,
            "123.12.12.123",
            "https://example.com/notify",
            trade_type,
        )
    };

    let err = api
        .sign(&order(unifiedorder::TradeType::Jsapi))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `openid | sub_openid`: one of them is required when `trade_type` is `JSAPI`"
    );
    let err = api
        .sign(&order(unifiedorder::TradeType::Native))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `product_id`: required when `trade_type` is `NATIVE`"
    );
    assert!(
        api.sign(&order(unifiedorder::TradeType::Jsapi).openid("o1"))
            .is_ok()
    );
    assert!(
        api.sign(&order(unifiedorder::TradeType::Native).product_id("p1"))
            .is_ok()
    );
    assert!(api.sign(&order(unifiedorder::TradeType::App)).is_ok());

    // The mock checks with the same metadata.
    let meta = <unifiedorder::Request as wechatpay_v2::ApiRequest>::ENDPOINT;
    let fields = BTreeMap::from([
        ("body".to_owned(), "Parking fee".to_owned()),
        ("out_trade_no".to_owned(), "20150806125346".to_owned()),
        ("total_fee".to_owned(), "1500".to_owned()),
        ("spbill_create_ip".to_owned(), "123.12.12.123".to_owned()),
        (
            "notify_url".to_owned(),
            "https://example.com/notify".to_owned(),
        ),
        ("trade_type".to_owned(), "JSAPI".to_owned()),
        ("appid".to_owned(), DEFAULT_APPID.to_owned()),
        ("mch_id".to_owned(), DEFAULT_MCH_ID.to_owned()),
        ("nonce_str".to_owned(), NONCE.to_owned()),
    ]);
    let pairs = fields.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let violation = wechatpay_v2_protocol::validate::check_endpoint(
        meta,
        pairs,
        wechatpay_v2_protocol::validate::Rules::STRICT,
    )
    .unwrap_err();
    assert_eq!(violation.field, "openid | sub_openid");
    assert_eq!(
        violation.rule,
        "one of them is required when `trade_type` is `JSAPI`"
    );
}
