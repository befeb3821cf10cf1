//! Indexed lists (`refund_id_$n`, `coupon_refund_id_$n_$m`): decoded into nested `Vec`s, encoded
//! back with consistent counts, verified over the flat fields as received.

use std::collections::BTreeMap;
use std::time::Duration;

use wechatpay_v2::meta::Message;
use wechatpay_v2::v2::pay::refundquery::{Refund, RefundCoupon, RefundStatus, Request, Response};
use wechatpay_v2::{ApiKey, Client, RawResponse, SignType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};
use wechatpay_v2_protocol as protocol;
use wechatpay_v2_protocol::field::{FieldReader, FieldWriter};
use wechatpay_v2_protocol::validate::{self, Rules};
use wechatpay_v2_protocol::{sign, xml};

const FLAT: &[(&str, &str)] = &[
    ("appid", "wxd678efh567hg6787"),
    ("mch_id", "1900000109"),
    ("transaction_id", "1217752501201407033233368018"),
    ("out_trade_no", "T20261123001"),
    ("total_fee", "300"),
    ("cash_fee", "300"),
    ("refund_count", "2"),
    ("out_refund_no_0", "R1"),
    ("refund_id_0", "50000000000000000001"),
    ("refund_fee_0", "100"),
    ("refund_status_0", "SUCCESS"),
    ("refund_recv_accout_0", "招商银行信用卡0403"),
    ("out_refund_no_1", "R2"),
    ("refund_id_1", "50000000000000000002"),
    ("refund_fee_1", "200"),
    ("coupon_refund_fee_1", "30"),
    ("coupon_refund_count_1", "2"),
    ("coupon_type_1_0", "CASH"),
    ("coupon_refund_id_1_0", "10001"),
    ("coupon_refund_fee_1_0", "10"),
    ("coupon_refund_id_1_1", "10002"),
    ("coupon_refund_fee_1_1", "20"),
    ("refund_status_1", "PROCESSING"),
    ("refund_recv_accout_1", "支付用户的零钱"),
];

fn expected() -> Vec<Refund> {
    vec![
        Refund {
            out_refund_no: "R1".into(),
            refund_id: "50000000000000000001".into(),
            refund_channel: None,
            refund_fee: 100,
            settlement_refund_fee: None,
            coupon_refund_fee: None,
            coupons: vec![],
            refund_status: RefundStatus::Success,
            refund_account: None,
            refund_recv_accout: "招商银行信用卡0403".into(),
            refund_success_time: None,
        },
        Refund {
            out_refund_no: "R2".into(),
            refund_id: "50000000000000000002".into(),
            refund_channel: None,
            refund_fee: 200,
            settlement_refund_fee: None,
            coupon_refund_fee: Some(30),
            coupons: vec![
                RefundCoupon {
                    coupon_type: Some("CASH".into()),
                    coupon_refund_id: Some("10001".into()),
                    coupon_refund_fee: Some(10),
                },
                RefundCoupon {
                    coupon_type: None,
                    coupon_refund_id: Some("10002".into()),
                    coupon_refund_fee: Some(20),
                },
            ],
            refund_status: RefundStatus::Processing,
            refund_account: None,
            refund_recv_accout: "支付用户的零钱".into(),
            refund_success_time: None,
        },
    ]
}

/// A signed response of the flat fields plus the success envelope.
fn signed(flat: &[(&str, &str)]) -> RawResponse {
    let mut all: BTreeMap<&str, &str> = flat.iter().copied().collect();
    all.insert("return_code", "SUCCESS");
    all.insert("result_code", "SUCCESS");
    all.insert("nonce_str", "ibuaiVcKdpRxkhJA");
    let sign = sign::sign_sorted(
        all.iter().map(|(k, v)| (*k, *v)),
        &ApiKey::new(DEFAULT_API_KEY),
        SignType::Md5,
    )
    .to_string();
    all.insert("sign", &sign);
    let mut body = Vec::new();
    xml::write_document(&mut body, all.iter().map(|(k, v)| (*k, *v)));
    RawResponse {
        status: 200,
        body: body.into(),
    }
}

#[test]
fn nested_lists_decode_from_a_verified_flat_response() {
    let raw = signed(FLAT);
    let response =
        protocol::decode_response::<Request>(&raw, &ApiKey::new(DEFAULT_API_KEY), SignType::Md5)
            .unwrap();
    assert_eq!(response.refunds, expected());
    assert_eq!(response.total_fee, 300);
    assert!(
        response.other_fields.is_empty(),
        "{:?}",
        response.other_fields
    );
}

#[test]
fn lists_encode_back_to_the_same_flat_fields_with_consistent_counts() {
    let mut reader = FieldReader::new(
        FLAT.iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
            .collect(),
    );
    let response = Response::decode(&mut reader).unwrap();
    let mut out = FieldWriter::default();
    response.encode(&mut out).unwrap();
    let encoded = out.into_map();
    let original: BTreeMap<String, String> = FLAT
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    assert_eq!(encoded, original);

    // Counts follow the items, whatever was there before.
    let mut fewer = response.clone();
    fewer.refunds[1].coupons.pop();
    let mut out = FieldWriter::default();
    fewer.encode(&mut out).unwrap();
    let map = out.into_map();
    assert_eq!(map["coupon_refund_count_1"], "1");
    assert!(!map.contains_key("coupon_refund_id_1_1"));
}

#[test]
fn the_validator_reads_lists_by_their_counts() {
    let pairs = |extra: &[(&'static str, &'static str)]| {
        FLAT.iter()
            .chain(extra)
            .copied()
            .collect::<Vec<(&str, &str)>>()
    };
    let ok = pairs(&[]);
    validate::check(Response::FIELDS, ok.iter().copied(), Rules::STRICT).unwrap();

    let beyond = pairs(&[("refund_id_2", "x")]);
    let err = validate::check(Response::FIELDS, beyond.iter().copied(), Rules::STRICT).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `refund_id_2`: is not a field of this endpoint"
    );

    let missing: Vec<(&str, &str)> = FLAT
        .iter()
        .copied()
        .filter(|(k, _)| *k != "refund_fee_1")
        .collect();
    let err =
        validate::check(Response::FIELDS, missing.iter().copied(), Rules::STRICT).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `refund_fee_1`: required but missing"
    );
}

#[test]
fn refundquery_request_snapshot() {
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .sub_mch_id("1900000110")
        .build()
        .unwrap();
    let body = api
        .sign_with_nonce(
            &Request::by_out_trade_no("T20261123001").offset(20u32),
            "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
        )
        .unwrap();
    insta::assert_snapshot!(String::from_utf8(body.xml).unwrap());
}

#[tokio::test]
async fn refundquery_round_trip_through_the_mock() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let response = api
        .v2()
        .pay()
        .refundquery()
        .post(Request::by_out_trade_no("T20261123001").sign_type(SignType::HmacSha256))
        .await
        .unwrap();
    assert_eq!(response.out_trade_no, "T20261123001", "echoed");
    assert_eq!(
        response.refunds.len(),
        1,
        "a required list gets one plausible item"
    );
    assert_eq!(response.refunds[0].refund_fee, 1);
    assert_eq!(mock.requests()[0].rejected, None);
}

#[tokio::test]
async fn orderquery_round_trip_through_the_mock() {
    use wechatpay_v2::v2::pay::orderquery;
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let response = api
        .chain("v2/pay/orderquery")
        .post(orderquery::Request::by_out_trade_no("T20261123001"))
        .await
        .unwrap();
    assert_eq!(response.out_trade_no, "T20261123001");
    assert_eq!(mock.requests()[0].rejected, None);
}
