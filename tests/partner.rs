//! Partner (service-provider, 服务商) mode: a platform configures its sub-merchant once
//! (`ClientBuilder::sub_mch_id` / `sub_appid`), and every payment call that has the partner
//! fields sends them, filled from those settings like `appid` and `mch_id`. A JSAPI order
//! names its payer by `openid` or `sub_openid` (the latter under the sub-merchant's app id),
//! checked before signing; the payment notification of a partner order decodes its partner
//! fields.

mod support;

use std::collections::BTreeMap;

use wechatpay_v2::notifications::transaction_success;
use wechatpay_v2::v2::pay::{
    closeorder, downloadbill, micropay, orderquery, refundquery, unifiedorder,
};
use wechatpay_v2::v2::secapi::pay::{refund, reverse};
use wechatpay_v2::{ApiKey, ApiRequest, Client, notify};

use support::{APPID, KEY, MCH_ID, parse_flat, reference_sign};

const SUB_MCH_ID: &str = "1900000110";
const SUB_APPID: &str = "wx8888888888888888";
const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

fn partner_client() -> Client {
    Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .appid(APPID)
        .sub_mch_id(SUB_MCH_ID)
        .sub_appid(SUB_APPID)
        .base_url("http://127.0.0.1:9/")
        .build()
        .unwrap()
}

fn direct_client() -> Client {
    Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .appid(APPID)
        .base_url("http://127.0.0.1:9/")
        .build()
        .unwrap()
}

fn jsapi_order() -> unifiedorder::Request {
    unifiedorder::Request::new(
        "Parking fee",
        "20150806125346",
        1500u32,
        "123.12.12.123",
        "https://example.com/notify",
        unifiedorder::TradeType::Jsapi,
    )
}

/// The fields of a signed body, and whether its sign is the reference signer's.
fn fields_of<R: ApiRequest>(api: &Client, request: &R) -> BTreeMap<String, String> {
    let body = api.sign_with_nonce(request, NONCE).unwrap();
    let mut fields = parse_flat(std::str::from_utf8(&body.xml).unwrap());
    let sign = fields.remove("sign").unwrap();
    assert_eq!(
        sign,
        reference_sign(&fields, KEY),
        "{}",
        R::ENDPOINT.wire_path
    );
    fields
}

#[test]
fn a_partner_jsapi_order_names_the_sub_merchant_and_the_payer_under_its_app_id() {
    let body = partner_client()
        .sign_with_nonce(
            &jsapi_order().sub_openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            NONCE,
        )
        .unwrap();
    let fields = BTreeMap::from(
        [
            ("appid", APPID),
            ("body", "Parking fee"),
            ("mch_id", MCH_ID),
            ("nonce_str", NONCE),
            ("notify_url", "https://example.com/notify"),
            ("out_trade_no", "20150806125346"),
            ("spbill_create_ip", "123.12.12.123"),
            ("sub_appid", SUB_APPID),
            ("sub_mch_id", SUB_MCH_ID),
            ("sub_openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            ("total_fee", "1500"),
            ("trade_type", "JSAPI"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned())),
    );
    let sign = reference_sign(&fields, KEY);
    assert_eq!(
        String::from_utf8(body.xml).unwrap(),
        format!(
            "<xml><appid>{APPID}</appid><body>Parking fee</body><mch_id>{MCH_ID}</mch_id>\
             <nonce_str>{NONCE}</nonce_str><notify_url>https://example.com/notify</notify_url>\
             <out_trade_no>20150806125346</out_trade_no>\
             <spbill_create_ip>123.12.12.123</spbill_create_ip><sub_appid>{SUB_APPID}</sub_appid>\
             <sub_mch_id>{SUB_MCH_ID}</sub_mch_id>\
             <sub_openid>oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</sub_openid><total_fee>1500</total_fee>\
             <trade_type>JSAPI</trade_type><sign>{sign}</sign></xml>"
        )
    );
}

#[test]
fn a_jsapi_order_needs_one_of_the_two_openids_and_a_sub_openid_needs_a_sub_appid() {
    let err = partner_client().sign(&jsapi_order()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `openid | sub_openid`: one of them is required when `trade_type` is `JSAPI`"
    );

    // A direct merchant has no sub-merchant app id to fill in.
    let err = direct_client()
        .sign(&jsapi_order().sub_openid("o-sub"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `sub_appid`: required when `sub_openid` is given"
    );
    // ...unless the request names one.
    let fields = fields_of(
        &direct_client(),
        &jsapi_order().sub_openid("o-sub").sub_appid(SUB_APPID),
    );
    assert_eq!(fields["sub_appid"], SUB_APPID);
    assert!(!fields.contains_key("sub_mch_id"));

    // A direct merchant's order is unchanged: no partner field.
    let fields = fields_of(&direct_client(), &jsapi_order().openid("o-direct"));
    assert!(fields.keys().all(|k| !k.starts_with("sub_")), "{fields:?}");
}

/// Every payment call of the partner docs carries the sub-merchant from the client's settings:
/// unifiedorder, micropay, orderquery, closeorder, refund, refundquery, reverse and the bill.
#[test]
fn every_partner_payment_call_carries_the_configured_sub_merchant() {
    let api = partner_client();
    let each: Vec<(&str, BTreeMap<String, String>)> = vec![
        (
            "unifiedorder",
            fields_of(&api, &jsapi_order().openid("o-under-the-provider")),
        ),
        (
            "micropay",
            fields_of(
                &api,
                &micropay::Request::new(
                    "Parking fee",
                    "20150806125346",
                    1500u32,
                    "123.12.12.123",
                    "134567890123456789",
                ),
            ),
        ),
        (
            "orderquery",
            fields_of(
                &api,
                &orderquery::Request::by_out_trade_no("20150806125346"),
            ),
        ),
        (
            "closeorder",
            fields_of(&api, &closeorder::Request::new("20150806125346")),
        ),
        (
            "refund",
            fields_of(
                &api,
                &refund::Request::by_out_trade_no("20150806125346", "R1", 1500u32, 500u32),
            ),
        ),
        (
            "refundquery",
            fields_of(&api, &refundquery::Request::by_out_refund_no("R1")),
        ),
        (
            "reverse",
            fields_of(&api, &reverse::Request::by_out_trade_no("20150806125346")),
        ),
        (
            "downloadbill",
            fields_of(&api, &downloadbill::Request::new("20150806")),
        ),
    ];
    for (name, fields) in each {
        assert_eq!(fields["appid"], APPID, "{name}");
        assert_eq!(fields["mch_id"], MCH_ID, "{name}");
        assert_eq!(fields["sub_mch_id"], SUB_MCH_ID, "{name}");
        assert_eq!(fields["sub_appid"], SUB_APPID, "{name}");
    }
}

#[test]
fn a_partner_payment_notification_decodes_its_partner_fields() {
    let fields = BTreeMap::from(
        [
            ("appid", APPID),
            ("mch_id", MCH_ID),
            ("sub_appid", SUB_APPID),
            ("sub_mch_id", SUB_MCH_ID),
            ("device_info", "WEB"),
            ("nonce_str", NONCE),
            ("result_code", "SUCCESS"),
            ("return_code", "SUCCESS"),
            ("openid", "oUpF8uMEb4qRXf22hE3X68TekukE"),
            ("is_subscribe", "N"),
            ("sub_openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            ("sub_is_subscribe", "Y"),
            ("trade_type", "JSAPI"),
            ("bank_type", "CFT"),
            ("total_fee", "1500"),
            ("settlement_total_fee", "1400"),
            ("cash_fee", "1400"),
            ("cash_fee_type", "CNY"),
            ("coupon_fee", "100"),
            ("coupon_count", "1"),
            ("coupon_type_0", "NO_CASH"),
            ("coupon_id_0", "10001"),
            ("coupon_fee_0", "100"),
            ("transaction_id", "1004400740201409030005092168"),
            ("out_trade_no", "20150806125346"),
            ("time_end", "20150806125500"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned())),
    );
    let body = wechatpay_v2::testing::signed_document(
        fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &ApiKey::new(KEY),
        wechatpay_v2::SignType::Md5,
    );

    let n: transaction_success::Notification =
        notify::parse(body.as_bytes(), &ApiKey::new(KEY)).unwrap();
    assert_eq!(n.sub_appid.as_deref(), Some(SUB_APPID));
    assert_eq!(n.sub_mch_id.as_deref(), Some(SUB_MCH_ID));
    assert_eq!(
        n.sub_openid.as_deref(),
        Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    );
    assert_eq!(n.sub_is_subscribe, Some(transaction_success::YesNo::Yes));
    assert_eq!(n.device_info.as_deref(), Some("WEB"));
    assert_eq!((n.total_fee, n.settlement_total_fee), (1500, Some(1400)));
    assert_eq!(
        (n.cash_fee, n.cash_fee_type.as_deref()),
        (1400, Some("CNY"))
    );
    assert_eq!(n.coupons.len(), 1);
    assert_eq!(n.coupons[0].coupon_fee, Some(100));
    assert!(n.other_fields.is_empty(), "{:?}", n.other_fields);
}

/// The vehicle partner payment requires the sub-merchant's app id: filled from the client's
/// settings, and named as missing when the client has none and the request gives none.
#[test]
fn the_vehicle_partner_payment_needs_a_sub_appid() {
    use wechatpay_v2::v2::vehicle::partnerpay::payapply::*;
    let request = || {
        Request::new(
            wechatpay_v2::SignType::HmacSha256,
            "Parking fee",
            "20150806125346",
            888u64,
            "8.8.8.8",
            "http://127.0.0.1:9/notify",
            TradeType::Pap,
            Version::V3_0,
            TradeScene::Parking,
            SceneInfo::new(Scene::Parking(ParkingScene::new(
                "20170926114339",
                "12312312312",
                "CB1000sdfasd",
                "欢乐海岸停车场",
                DeductMode::Proactive,
                SupportDeductMode::DeductProactiveOnly,
            ))),
        )
    };
    assert_eq!(
        fields_of(&partner_client(), &request())["sub_appid"],
        SUB_APPID
    );
    let err = direct_client().sign(&request()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `sub_appid`: required: set it on the request or configure the client's sub_appid"
    );
    let named = fields_of(
        &direct_client(),
        &request().sub_appid(SUB_APPID).sub_mch_id(SUB_MCH_ID),
    );
    assert_eq!(named["sub_appid"], SUB_APPID);
}
