use md5::{Digest, Md5};

use super::*;
use crate::endpoint::NoFields;
use crate::error::{Error, ErrorKind};
use crate::notify;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn key() -> ApiKey {
    ApiKey::new(KEY)
}

/// MD5 sign computed here from the algorithm's text, not by `sign`.
fn md5_sign(canonical: &str) -> String {
    Md5::digest(format!("{canonical}&key={KEY}").as_bytes())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

#[test]
fn a_signed_document_is_sorted_and_signed_over_its_fields() {
    let body = signed_document(
        [("b", "2"), ("a", "1"), ("sign", "stale")],
        &key(),
        SignType::Md5,
    );
    let sign = md5_sign("a=1&b=2");
    assert_eq!(
        body,
        format!("<xml><a>1</a><b>2</b><sign>{sign}</sign></xml>")
    );
}

#[test]
fn a_signed_answer_has_the_envelope_and_the_fields() {
    let body = signed_answer(
        [("prepay_id", "wx201410272009395522657a690389285100")],
        &key(),
        SignType::Md5,
    );
    let sign = md5_sign(
        "nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&prepay_id=wx201410272009395522657a690389285100\
         &result_code=SUCCESS&return_code=SUCCESS&return_msg=OK",
    );
    assert_eq!(
        body,
        format!(
            "<xml><nonce_str>5K8264ILTKCH16CQ2502SI8ZNMTM67VS</nonce_str>\
             <prepay_id>wx201410272009395522657a690389285100</prepay_id>\
             <result_code>SUCCESS</result_code><return_code>SUCCESS</return_code>\
             <return_msg>OK</return_msg><sign>{sign}</sign></xml>"
        )
    );
}

#[test]
fn a_payment_notification_verifies_with_either_algorithm_and_not_when_changed() {
    let n = PaymentNotification::new("wxd678efh567hg6787", "1900000109", "T20261207001", 1500)
        .field("attach", "bay 12")
        .without("fee_type");
    assert_eq!(n.fields()["cash_fee"], "1500");
    assert_eq!(n.fields()["transaction_id"], "4200000000000000020261207001");
    assert!(!n.fields().contains_key("fee_type"));
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let body = n.to_xml(&key(), sign_type);
        notify::parse::<NoFields>(body.as_bytes(), &key()).unwrap();
        let changed = body.replace("<total_fee>1500</total_fee>", "<total_fee>1</total_fee>");
        let err = notify::parse::<NoFields>(changed.as_bytes(), &key()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Signature);
    }
}

#[test]
fn a_refund_notification_decrypts_under_its_key_only() {
    let n = RefundNotification::new("wxd678efh567hg6787", "1900000109", "T1", "R1", 1500, 500)
        .field("refund_status", "CHANGE")
        .outer_field("sub_mch_id", "1900000110");
    let body = n.to_xml(&key());
    assert!(
        body.contains("<sub_mch_id>1900000110</sub_mch_id>"),
        "{body}"
    );
    assert!(
        !body.contains("CHANGE") && !body.contains("<sign>"),
        "{body}"
    );
    notify::parse_refund::<NoFields, NoFields>(body.as_bytes(), &key()).unwrap();
    let err =
        notify::parse_refund::<NoFields, NoFields>(body.as_bytes(), &ApiKey::new("x".repeat(32)))
            .unwrap_err();
    assert!(matches!(err, Error::Decrypt { .. }), "{err:?}");
    let root = n.req_info_document();
    assert!(
        root.starts_with(
            "<root><cash_refund_fee>500</cash_refund_fee><out_refund_no>R1</out_refund_no>"
        ),
        "{root}"
    );
    assert!(
        root.contains("<refund_status>CHANGE</refund_status>"),
        "{root}"
    );
}
