//! The notifications beyond payment and refund: a combined payment, an entrusted-deduction
//! contract signed or ended, and risky transactions. Each body is signed by the SDK's test
//! helper (`wechatpay_v2::testing`) and parsed into its declared type, every field read typed
//! (none left in `other_fields`).

use wechatpay_v2::notifications::{
    combined_transactions_success, pap_contract_state_changed, transactions_risk_occurred,
};
use wechatpay_v2::{ApiKey, ErrorKind, SignType, notify, testing};

const KEY: &str = "0123456789abcdef0123456789abcdef";

/// A notification body with `fields`, signed as WeChat Pay signs it (HMAC-SHA256 when
/// `sign_type` says so), by the SDK's test helper.
fn signed_body(fields: &[(&str, &str)]) -> String {
    let hmac = fields.contains(&("sign_type", "HMAC-SHA256"));
    let sign_type = if hmac {
        SignType::HmacSha256
    } else {
        SignType::Md5
    };
    testing::signed_document(fields.iter().copied(), &ApiKey::new(KEY), sign_type)
}

const COMBINED: &[(&str, &str)] = &[
    ("return_code", "SUCCESS"),
    ("result_code", "SUCCESS"),
    ("combine_appid", "wxd678efh567hg6787"),
    ("combine_mch_id", "1900000109"),
    ("combine_openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
    ("combine_out_trade_no", "C20150806125346"),
    ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
    ("trade_type", "JSAPI"),
    ("bank_type", "CMC"),
    ("sign_type", "HMAC-SHA256"),
    (
        "sub_order_list",
        r#"{"order_num":2,"order_list":[{"appid":"wxd678efh567hg6787","mch_id":"1230000109","openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","total_fee":600,"cash_fee":600,"transaction_id":"4200000001","out_trade_no":"S1","attach":"bay 1","time_end":"20150806125500"},{"appid":"wxd678efh567hg6787","mch_id":"1230000110","openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","total_fee":400,"cash_fee":300,"transaction_id":"4200000002","out_trade_no":"S2","time_end":"20150806125500"}]}"#,
    ),
];

#[test]
fn a_combined_payment_notification_decodes_its_sub_orders() {
    let body = signed_body(COMBINED);
    let n: combined_transactions_success::Notification =
        notify::parse(body.as_bytes(), &ApiKey::new(KEY)).unwrap();
    assert_eq!(n.combine_out_trade_no, "C20150806125346");
    assert_eq!(
        n.trade_type,
        combined_transactions_success::TradeType::Jsapi
    );
    assert_eq!(n.sign_type, SignType::HmacSha256);
    assert_eq!(n.bank_type.as_deref(), Some("CMC"));
    let orders = &n.sub_order_list;
    assert_eq!(orders.order_num, 2);
    let paid: Vec<(&str, &str, u64, u64, Option<&str>)> = orders
        .order_list
        .iter()
        .map(|o| {
            (
                o.mch_id.as_str(),
                o.out_trade_no.as_str(),
                o.total_fee,
                o.cash_fee,
                o.attach.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        paid,
        [
            ("1230000109", "S1", 600, 600, Some("bay 1")),
            ("1230000110", "S2", 400, 300, None)
        ]
    );
    assert!(n.other_fields.is_empty(), "{:?}", n.other_fields);

    // The sign covers the JSON text: a changed amount is refused.
    let tampered = body.replace("\"total_fee\":400", "\"total_fee\":4");
    let err = notify::parse::<combined_transactions_success::Notification>(
        tampered.as_bytes(),
        &ApiKey::new(KEY),
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Signature);
}

#[test]
fn a_contract_notification_says_signed_or_ended() {
    let signed = [
        ("mch_id", "1900000109"),
        ("contract_code", "100001256"),
        ("plan_id", "123"),
        ("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
        ("change_type", "ADD"),
        ("operate_time", "2015-07-01 10:00:00"),
        ("contract_id", "Wx15463511252015071056489715"),
        ("contract_expired_time", "2017-07-01 10:00:00"),
        ("request_serial", "1695"),
        ("appid", "wxd678efh567hg6787"),
        ("result_code", "SUCCESS"),
        ("return_code", "SUCCESS"),
    ];
    let body = signed_body(&signed);
    let n: pap_contract_state_changed::Notification =
        notify::parse(body.as_bytes(), &ApiKey::new(KEY)).unwrap();
    assert_eq!(n.change_type, pap_contract_state_changed::ChangeType::Add);
    assert_eq!((n.plan_id, n.request_serial), (123, 1695));
    assert_eq!(n.contract_id, "Wx15463511252015071056489715");
    assert_eq!(n.contract_termination_mode, None);
    assert!(n.other_fields.is_empty(), "{:?}", n.other_fields);

    let mut ended = signed.to_vec();
    ended.retain(|(k, _)| *k != "change_type");
    ended.extend([
        ("change_type", "DELETE"),
        ("contract_termination_mode", "2"),
        ("contract_state", "1"),
        ("contract_terminated_time", "2016-01-01 09:00:00"),
    ]);
    let body = signed_body(&ended);
    let n: pap_contract_state_changed::Notification =
        notify::parse(body.as_bytes(), &ApiKey::new(KEY)).unwrap();
    assert_eq!(
        n.change_type,
        pap_contract_state_changed::ChangeType::Delete
    );
    assert_eq!(
        (n.contract_termination_mode, n.contract_state),
        (Some(2), Some(1))
    );
}

#[test]
fn a_risk_notification_lists_the_transactions() {
    let body = signed_body(&[
        ("return_code", "SUCCESS"),
        ("sign_type", "HMAC-SHA256"),
        ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
        ("event_code", "E20200101"),
        ("risk_level", "HIGH"),
        ("risk_level_desc", "cash-out suspected"),
        ("mch_id", "1900000109"),
        ("sub_mch_id", "1900000110"),
        (
            "transaction_id_list",
            r#"{"data":{"transaction_id":["4200000001","4200000002"]}}"#,
        ),
    ]);
    let n: transactions_risk_occurred::Notification =
        notify::parse(body.as_bytes(), &ApiKey::new(KEY)).unwrap();
    assert_eq!(n.risk_level, transactions_risk_occurred::RiskLevel::High);
    assert_eq!(n.sub_mch_id, "1900000110");
    assert_eq!(
        n.transaction_id_list.data.transaction_id,
        ["4200000001", "4200000002"]
    );
    assert!(n.other_fields.is_empty(), "{:?}", n.other_fields);
}
