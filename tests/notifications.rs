//! Notifications (callbacks): realistic signed bodies parse into the typed notifications, every
//! kind of tampering is refused with its own error, refund notifications' `req_info` is
//! decrypted, and the replies are exact. With `--features axum`, the extractor is driven through
//! an axum router in-process.

use std::collections::BTreeMap;

use wechatpay_v2::meta::WireEnum;
use wechatpay_v2::notifications::refund_processed::{
    self, RefundInfo, RefundRequestSource, RefundStatus,
};
use wechatpay_v2::notifications::transaction_success::{self, Coupon, TradeType, YesNo};
use wechatpay_v2::notifications::vehicle_state_changed::{
    self, DeductMode, VehicleEventDes, VehicleEventType,
};
use wechatpay_v2::{ApiKey, Error, ErrorKind, SignType, SignatureProblem, notify};
use wechatpay_v2_protocol::sign;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn key() -> ApiKey {
    ApiKey::new(KEY)
}

/// `fields` with their `sign` appended, signed as WeChat does.
fn signed(fields: &[(&str, &str)], sign_type: SignType) -> Vec<(String, String)> {
    let sign = sign::sign_unsorted(fields.iter().copied(), &key(), sign_type);
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .chain([("sign".to_owned(), sign.to_string())])
        .collect()
}

/// The `<xml>` document WeChat would POST: every value in CDATA, one field a line.
fn document(fields: &[(String, String)]) -> Vec<u8> {
    let mut out = String::from("<xml>\n");
    for (k, v) in fields {
        out.push_str(&format!("  <{k}><![CDATA[{v}]]></{k}>\n"));
    }
    out.push_str("</xml>");
    out.into_bytes()
}

/// Replaces the value of `name` (after signing).
fn tamper(fields: &mut [(String, String)], name: &str, value: &str) {
    let field = fields.iter_mut().find(|(k, _)| k == name).unwrap();
    field.1 = value.to_owned();
}

fn assert_signature(err: &Error, expected: SignatureProblem) {
    assert!(
        matches!(err, Error::Signature { problem, .. } if *problem == expected),
        "{err:?}"
    );
    assert_eq!(err.kind(), ErrorKind::Signature);
}

// --- Payment result -------------------------------------------------------------------------

const PAID: &[(&str, &str)] = &[
    ("appid", "wx2421b1c4370ec43b"),
    ("attach", "支付测试"),
    ("bank_type", "CFT"),
    ("fee_type", "CNY"),
    ("is_subscribe", "Y"),
    ("mch_id", "10000100"),
    ("nonce_str", "5d2b6c2a8db53831f7eda20af46e531c"),
    ("openid", "oUpF8uMEb4qRXf22hE3X68TekukE"),
    ("out_trade_no", "1409811653"),
    ("result_code", "SUCCESS"),
    ("return_code", "SUCCESS"),
    ("sub_mch_id", "10000100"),
    ("time_end", "20140903131540"),
    ("total_fee", "101"),
    ("coupon_fee", "10"),
    ("coupon_count", "2"),
    ("coupon_type_0", "CASH"),
    ("coupon_id_0", "10000"),
    ("coupon_fee_0", "6"),
    ("coupon_type_1", "NO_CASH"),
    ("coupon_id_1", "10001"),
    ("coupon_fee_1", "4"),
    ("cash_fee", "91"),
    ("trade_type", "JSAPI"),
    ("transaction_id", "1004400740201409030005092168"),
];

fn expected_payment() -> transaction_success::Notification {
    transaction_success::Notification {
        appid: "wx2421b1c4370ec43b".into(),
        mch_id: "10000100".into(),
        sub_mch_id: Some("10000100".into()),
        sub_appid: None,
        device_info: None,
        openid: "oUpF8uMEb4qRXf22hE3X68TekukE".into(),
        is_subscribe: YesNo::Yes,
        sub_openid: None,
        sub_is_subscribe: None,
        trade_type: TradeType::Jsapi,
        bank_type: "CFT".into(),
        total_fee: 101,
        settlement_total_fee: None,
        cash_fee: 91,
        cash_fee_type: None,
        fee_type: Some("CNY".into()),
        coupon_fee: Some(10),
        coupons: vec![
            Coupon {
                coupon_type: Some("CASH".into()),
                coupon_id: Some("10000".into()),
                coupon_fee: Some(6),
            },
            Coupon {
                coupon_type: Some("NO_CASH".into()),
                coupon_id: Some("10001".into()),
                coupon_fee: Some(4),
            },
        ],
        transaction_id: "1004400740201409030005092168".into(),
        out_trade_no: "1409811653".into(),
        attach: Some("支付测试".into()),
        time_end: Some("20140903131540".into()),
        contract_id: None,
        user_repaid: None,
        trade_state: None,
        other_fields: BTreeMap::new(),
    }
}

#[test]
fn payment_signed_with_md5_parses() {
    let body = document(&signed(PAID, SignType::Md5));
    let n: transaction_success::Notification = notify::parse(&body, &key()).unwrap();
    assert_eq!(n, expected_payment());
}

#[test]
fn payment_signed_with_hmac_sha256_parses_by_the_sign_length() {
    // No `sign_type` field: the 64-hex-character sign means HMAC-SHA256.
    let body = document(&signed(PAID, SignType::HmacSha256));
    let n: transaction_success::Notification = notify::parse(&body, &key()).unwrap();
    assert_eq!(n, expected_payment());
}

#[test]
fn payment_with_a_sign_type_field_follows_it() {
    let mut fields = PAID.to_vec();
    fields.push(("sign_type", "HMAC-SHA256"));
    let body = document(&signed(&fields, SignType::HmacSha256));
    let n: transaction_success::Notification = notify::parse(&body, &key()).unwrap();
    let mut expected = expected_payment();
    expected
        .other_fields
        .insert("sign_type".into(), "HMAC-SHA256".into());
    assert_eq!(n, expected);

    // The field says MD5, the sign is HMAC-SHA256's: refused, named as such.
    let mut fields = PAID.to_vec();
    fields.push(("sign_type", "MD5"));
    let body = document(&signed(&fields, SignType::HmacSha256));
    let err = notify::parse::<transaction_success::Notification>(&body, &key()).unwrap_err();
    assert_signature(
        &err,
        SignatureProblem::AlgorithmMismatch {
            expected: SignType::Md5,
            received: SignType::HmacSha256,
        },
    );
}

#[test]
fn entrusted_deduction_payment_has_its_fields() {
    let mut fields = PAID.to_vec();
    fields
        .retain(|(k, _)| !k.starts_with("coupon") && !matches!(*k, "trade_type" | "is_subscribe"));
    fields.extend([
        ("trade_type", "PAP"),
        ("is_subscribe", "N"),
        ("contract_id", "Wx15463511252015071056489715"),
        ("user_repaid", "N"),
        ("trade_state", "SUCCESS"),
    ]);
    let body = document(&signed(&fields, SignType::Md5));
    let n: transaction_success::Notification = notify::parse(&body, &key()).unwrap();
    assert_eq!(n.trade_type, TradeType::Pap);
    assert_eq!(n.is_subscribe, YesNo::No);
    assert_eq!(
        n.contract_id.as_deref(),
        Some("Wx15463511252015071056489715")
    );
    assert_eq!(n.user_repaid, Some(YesNo::No));
    assert_eq!(
        n.trade_state,
        Some(transaction_success::TradeState::Success)
    );
    assert!(n.coupons.is_empty());
    assert_eq!(n.coupon_fee, None);
}

#[test]
fn tampered_payment_is_refused() {
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let mut fields = signed(PAID, sign_type);
        tamper(&mut fields, "total_fee", "1");
        let err = notify::parse::<transaction_success::Notification>(&document(&fields), &key())
            .unwrap_err();
        assert_signature(&err, SignatureProblem::Mismatch);
        // The error keeps the body as received.
        assert_eq!(
            err.raw_response().unwrap().body.as_ref(),
            document(&fields).as_slice()
        );
        assert_eq!(err.raw_response().unwrap().status, 200);
    }

    // A field added after signing, even one nobody declares, breaks the sign too.
    let mut fields = signed(PAID, SignType::Md5);
    fields.push(("promotion".into(), "free".into()));
    let err =
        notify::parse::<transaction_success::Notification>(&document(&fields), &key()).unwrap_err();
    assert_signature(&err, SignatureProblem::Mismatch);

    // Signed with another merchant's key.
    let other = ApiKey::new("fedcba9876543210fedcba9876543210");
    let err = notify::parse::<transaction_success::Notification>(
        &document(&signed(PAID, SignType::Md5)),
        &other,
    )
    .unwrap_err();
    assert_signature(&err, SignatureProblem::Mismatch);
}

#[test]
fn payment_without_sign_is_refused() {
    let fields: Vec<(String, String)> = PAID
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let err =
        notify::parse::<transaction_success::Notification>(&document(&fields), &key()).unwrap_err();
    assert_signature(&err, SignatureProblem::Missing);

    // A sign of neither length.
    let mut fields = signed(PAID, SignType::Md5);
    tamper(&mut fields, "sign", "ABC");
    let err =
        notify::parse::<transaction_success::Notification>(&document(&fields), &key()).unwrap_err();
    assert_signature(&err, SignatureProblem::Mismatch);
}

#[test]
fn hostile_or_broken_bodies_are_decode_errors() {
    let xxe = br#"<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><return_code>SUCCESS</return_code><appid>&xxe;</appid></xml>"#;
    let bodies: [&[u8]; 5] = [
        xxe,
        b"<xml><appid>&xxe;</appid></xml>",
        b"<xml><appid><b>1</b></appid></xml>",
        b"appid=wx&sign=X",
        b"",
    ];
    for body in bodies {
        let err = notify::parse::<transaction_success::Notification>(body, &key()).unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
        assert_eq!(err.raw_response().unwrap().body.as_ref(), body);
    }

    let mut huge = document(&signed(PAID, SignType::Md5));
    huge.splice(5..5, std::iter::repeat_n(b' ', notify::MAX_BODY_BYTES));
    let err = notify::parse::<transaction_success::Notification>(&huge, &key()).unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("at most 65536")),
        "{err:?}"
    );
}

#[test]
fn protocol_and_business_fail_are_their_own_errors() {
    let body = b"<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[system busy]]></return_msg></xml>";
    let err = notify::parse::<transaction_success::Notification>(body, &key()).unwrap_err();
    assert!(
        matches!(&err, Error::Protocol { return_msg, .. } if return_msg == "system busy"),
        "{err:?}"
    );

    // A verified `result_code` FAIL keeps the whole notification for the handler.
    let mut fields = PAID.to_vec();
    fields.retain(|(k, _)| *k != "result_code");
    fields.extend([
        ("result_code", "FAIL"),
        ("err_code", "NOTENOUGH"),
        ("err_code_des", "余额不足"),
    ]);
    let body = document(&signed(&fields, SignType::Md5));
    let err = notify::parse::<transaction_success::Notification>(&body, &key()).unwrap_err();
    assert!(
        matches!(&err, Error::Business { err_code, err_code_des, .. }
            if err_code == "NOTENOUGH" && err_code_des == "余额不足"),
        "{err:?}"
    );
    assert_eq!(err.raw_response().unwrap().body.as_ref(), body.as_slice());

    // A missing required field names the field.
    let mut fields = PAID.to_vec();
    fields.retain(|(k, _)| *k != "openid");
    let body = document(&signed(&fields, SignType::Md5));
    let err = notify::parse::<transaction_success::Notification>(&body, &key()).unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason == "field `openid`: required but missing"),
        "{err:?}"
    );
}

// --- Parking state change ---------------------------------------------------------------------

const PARKING: &[(&str, &str)] = &[
    ("appid", "wxcbda96de0b165486"),
    ("mch_id", "1900009231"),
    ("sub_mch_id", "1900000109"),
    ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
    ("sign_type", "HMAC-SHA256"),
    ("plate_number", "粤B888888"),
    ("vehicle_event_type", "BLOCKED"),
    ("vehicle_event_des", "OVERDUE"),
    ("deduct_mode", "PROACTIVE"),
    ("vehicle_event_createtime", "20170710103000"),
];

#[test]
fn parking_state_change_parses() {
    // The parking notification has no `return_code`; it names its algorithm in `sign_type`.
    let body = document(&signed(PARKING, SignType::HmacSha256));
    let n: vehicle_state_changed::Notification = notify::parse(&body, &key()).unwrap();
    assert_eq!(
        n,
        vehicle_state_changed::Notification {
            appid: "wxcbda96de0b165486".into(),
            mch_id: "1900009231".into(),
            sub_mch_id: Some("1900000109".into()),
            sign_type: SignType::HmacSha256,
            plate_number: "粤B888888".into(),
            vehicle_event_type: Some(VehicleEventType::Blocked),
            vehicle_event_des: Some(VehicleEventDes::Overdue),
            deduct_mode: Some(DeductMode::Proactive),
            vehicle_event_createtime: "20170710103000".into(),
            other_fields: BTreeMap::new(),
        }
    );

    // A state WeChat adds later still decodes, kept as received.
    let mut fields = PARKING.to_vec();
    fields.retain(|(k, _)| *k != "vehicle_event_type" && *k != "vehicle_event_des");
    fields.push(("vehicle_event_type", "SUSPENDED"));
    let body = document(&signed(&fields, SignType::HmacSha256));
    let n: vehicle_state_changed::Notification = notify::parse(&body, &key()).unwrap();
    assert_eq!(
        n.vehicle_event_type.as_ref().map(WireEnum::as_str),
        Some("SUSPENDED")
    );
    assert_eq!(n.vehicle_event_des, None);
}

#[test]
fn tampered_parking_state_change_is_refused() {
    let mut fields = signed(PARKING, SignType::HmacSha256);
    tamper(&mut fields, "vehicle_event_type", "NORMAL");
    let err = notify::parse::<vehicle_state_changed::Notification>(&document(&fields), &key())
        .unwrap_err();
    assert_signature(&err, SignatureProblem::Mismatch);

    let mut fields = signed(PARKING, SignType::HmacSha256);
    fields.retain(|(k, _)| k != "sign");
    let err = notify::parse::<vehicle_state_changed::Notification>(&document(&fields), &key())
        .unwrap_err();
    assert_signature(&err, SignatureProblem::Missing);

    // Signed with MD5 while `sign_type` says HMAC-SHA256.
    let fields = signed(PARKING, SignType::Md5);
    let err = notify::parse::<vehicle_state_changed::Notification>(&document(&fields), &key())
        .unwrap_err();
    assert_signature(
        &err,
        SignatureProblem::AlgorithmMismatch {
            expected: SignType::HmacSha256,
            received: SignType::Md5,
        },
    );

    let doctype = b"<!DOCTYPE xml SYSTEM \"http://127.0.0.1/x.dtd\"><xml><plate_number>x</plate_number></xml>";
    let err = notify::parse::<vehicle_state_changed::Notification>(doctype, &key()).unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

// --- Refund result ----------------------------------------------------------------------------

/// The refund's `<root>` document, as WeChat encrypts it.
const REFUND_ROOT: &str = "<root><out_refund_no><![CDATA[131811191610442717309]]></out_refund_no><out_trade_no><![CDATA[71106718111915575302817]]></out_trade_no><refund_account><![CDATA[REFUND_SOURCE_RECHARGE_FUNDS]]></refund_account><refund_fee><![CDATA[3960]]></refund_fee><refund_id><![CDATA[50000408942018111907145868882]]></refund_id><refund_recv_accout><![CDATA[支付用户零钱]]></refund_recv_accout><refund_request_source><![CDATA[API]]></refund_request_source><refund_status><![CDATA[SUCCESS]]></refund_status><settlement_refund_fee><![CDATA[3960]]></settlement_refund_fee><settlement_total_fee><![CDATA[3960]]></settlement_total_fee><success_time><![CDATA[2018-11-19 16:24:13]]></success_time><total_fee><![CDATA[3960]]></total_fee><transaction_id><![CDATA[4200000215201811190261405420]]></transaction_id><cash_refund_fee>3960</cash_refund_fee></root>";

/// `REFUND_ROOT` encrypted by another implementation (OpenSSL's `enc -aes-256-ecb`, key the ASCII
/// of md5-hex(`KEY`)), so the decrypting side is checked against something it did not produce.
const REFUND_REQ_INFO: &str = "dDo+GCOVYtgSlXn23/zEWScGg4Py2s7j7r35Xb/3aR0n08aMxCilN2KrjAN3mbm5bXA1ODnxZNNBtILn3h5Hpz/G4nODw6NnKhixDUYE5qtaoOvaBlZrD1hRivSdoTw4S4kMH+B/7fsD42dB/vhRFpPi7268jGCm/bTV/fIlGbWcGro/gHWgOBI2qn+Rs3OzGF+S8VjMeYRjuMCo6Sls7mAc9T6/bq4NRywyY2JXCfweHXuoogiELq9uBPtQ4UYo1lMzVvo0AipW3W7yWeP3I4MoCuSjzuylDGAmglRvnm2WmFnm8zDYgkI2Mmss/132mgJWEwoU6USyRljhvZNAS3l4fXQAPY4Gat92HQEGiOx0TF7K795xyea5daAUZvgftlJCDwzbPGg6fHHJJwc9iAhNuvwtFCBdsh92Aomeay21JSDDoQc6vXMkyNBLfpVi4VAFdPkilQcFdD85XEdsUgTN09FMUu3VntL2gMLO55uIuoGaP8Zktpoezlp7myo4LVW39U9iXgd2M7Q0dT2cJQf88cYpZLWRd2I1QL8UzVhZTbvIRRrCd73MKguHKw43LwPxSRSamyRaEg8SOnv/Cw96xKgIAIgC3q1YREtLnplX1axvvm9w0/+jbj3jq+R/Zfphga+YsYiXWpRJLrpSNYJqpvcNOLfkpE/q96qVLynxMydCKUg5n4Q5M6A3eGOsZEhDy9Otteq25oeiftRps6Nd5BTNpkaUL9LTMShMvUfugtR/b9HzxMNHcBaQuKGpuJXq6ABcdk4Qj6CHeJrzubsAiYE2Z1INORILffRftvcMS3uE/7oLswSkNkZIpqW+Nd7Uag6cmh8ABUfb94e1mwQqVi8ZS60F137aWuzKV7gW+LGUCpGLLzRo5qM9maZVhl5i7E+B5nPTzZXR6FtgXEix5Ksx/0t4ofi4MErTo/bedmvYKyuRQmN4nLtYViMHp5mqoySIrqPiK4Ia8omSTI7YQSS6o2bpRecgzJsL/sF8axs49zbrYvDcGAf5hAtsuIx4xzx7W5iUBkBsBebKXFDNAwpeMioH6QcDxdPV5HjLjj9VLpnB0CKy3upzHoLZiERbUoyEZn2g05hTpyi8DZLyAxHeSi24A59l9m91Wjk=";

/// Encrypts `plain` as WeChat does, with the SDK's test helper (checked against OpenSSL's output
/// in `the_test_helper_encrypts_like_openssl`).
fn encrypt_req_info(plain: &str, key: &str) -> String {
    wechatpay_v2::testing::encrypt_req_info(plain.as_bytes(), &ApiKey::new(key))
}

/// The SDK's test helper encrypts a refund exactly as OpenSSL does (AES-256-ECB is
/// deterministic), so bodies built with it are what WeChat Pay sends.
#[test]
fn the_test_helper_encrypts_like_openssl() {
    assert_eq!(encrypt_req_info(REFUND_ROOT, KEY), REFUND_REQ_INFO);
}

/// The outer refund notification around `req_info` (no sign).
fn refund_body(req_info: &str) -> Vec<u8> {
    let fields: Vec<(String, String)> = [
        ("return_code", "SUCCESS"),
        ("appid", "wx2421b1c4370ec43b"),
        ("mch_id", "10000100"),
        ("nonce_str", "TeqClE3i0mvn3DrK"),
        ("req_info", req_info),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    document(&fields)
}

fn expected_refund_info() -> RefundInfo {
    RefundInfo {
        transaction_id: "4200000215201811190261405420".into(),
        out_trade_no: "71106718111915575302817".into(),
        refund_id: "50000408942018111907145868882".into(),
        out_refund_no: "131811191610442717309".into(),
        total_fee: 3960,
        settlement_total_fee: Some(3960),
        refund_fee: 3960,
        settlement_refund_fee: Some(3960),
        cash_refund_fee: 3960,
        refund_status: RefundStatus::Success,
        success_time: Some("2018-11-19 16:24:13".into()),
        refund_recv_accout: Some("支付用户零钱".into()),
        refund_account: "REFUND_SOURCE_RECHARGE_FUNDS".into(),
        refund_request_source: Some(RefundRequestSource::Api),
        other_fields: BTreeMap::new(),
    }
}

#[test]
fn refund_req_info_from_another_implementation_decrypts() {
    let (outer, info): (refund_processed::Notification, RefundInfo) =
        notify::parse_refund(&refund_body(REFUND_REQ_INFO), &key()).unwrap();
    assert_eq!(
        outer,
        refund_processed::Notification {
            appid: "wx2421b1c4370ec43b".into(),
            mch_id: "10000100".into(),
            sub_mch_id: None,
            sub_appid: None,
            // `req_info` is consumed, the envelope dropped.
            other_fields: BTreeMap::new(),
        }
    );
    assert_eq!(info, expected_refund_info());
}

#[test]
fn refund_built_here_decrypts_with_unknown_fields_kept() {
    let root = REFUND_ROOT.replace(
        "<refund_status><![CDATA[SUCCESS]]></refund_status>",
        "<refund_status><![CDATA[REFUNDCLOSE]]></refund_status><coupon_refund_fee>0</coupon_refund_fee>",
    );
    let req_info = encrypt_req_info(&root, KEY);
    let mut body = String::from_utf8(refund_body(&req_info)).unwrap();
    body = body.replace(
        "</xml>",
        "<sub_mch_id><![CDATA[1900000109]]></sub_mch_id><sub_appid>wx8888888888888888</sub_appid><added_later>x</added_later></xml>",
    );
    let (outer, info): (refund_processed::Notification, RefundInfo) =
        notify::parse_refund(body.as_bytes(), &key()).unwrap();
    assert_eq!(outer.sub_mch_id.as_deref(), Some("1900000109"));
    assert_eq!(outer.sub_appid.as_deref(), Some("wx8888888888888888"));
    assert_eq!(
        outer.other_fields,
        BTreeMap::from([("added_later".to_owned(), "x".to_owned())])
    );
    let mut expected = expected_refund_info();
    expected.refund_status = RefundStatus::RefundClose;
    expected
        .other_fields
        .insert("coupon_refund_fee".into(), "0".into());
    assert_eq!(info, expected);
}

#[test]
fn refund_req_info_that_does_not_decrypt_is_refused() {
    let other_key = encrypt_req_info(REFUND_ROOT, "fedcba9876543210fedcba9876543210");
    let not_a_document = encrypt_req_info("refund_id=50000408942018111907145868882", KEY);
    let doctype = encrypt_req_info(
        "<!DOCTYPE root [<!ENTITY x \"y\">]><root><refund_id>&x;</refund_id></root>",
        KEY,
    );
    let truncated = &REFUND_REQ_INFO[..REFUND_REQ_INFO.len() - 8];
    for req_info in [
        other_key.as_str(),
        "this is not base64!",
        "AAAA",
        truncated,
        not_a_document.as_str(),
        doctype.as_str(),
    ] {
        let body = refund_body(req_info);
        let err = notify::parse_refund::<refund_processed::Notification, RefundInfo>(&body, &key())
            .unwrap_err();
        assert!(matches!(err, Error::Decrypt { .. }), "{req_info}: {err:?}");
        assert_eq!(err.kind(), ErrorKind::Signature);
        assert_eq!(err.raw_response().unwrap().body.as_ref(), body.as_slice());
        let text = format!("{err} {err:?}");
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains("8516ac99dc60603295de7bdb6a153530"), "{text}");
    }

    // No `req_info` at all: the document is incomplete.
    let body = b"<xml><return_code>SUCCESS</return_code><appid>wx1</appid><mch_id>1</mch_id></xml>";
    let err = notify::parse_refund::<refund_processed::Notification, RefundInfo>(body, &key())
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("req_info")),
        "{err:?}"
    );

    // Decrypted, but a field does not decode: a decode error naming it.
    let root = REFUND_ROOT.replace(
        "<![CDATA[3960]]></refund_fee>",
        "<![CDATA[lots]]></refund_fee>",
    );
    let body = refund_body(&encrypt_req_info(&root, KEY));
    let err = notify::parse_refund::<refund_processed::Notification, RefundInfo>(&body, &key())
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("`refund_fee`")),
        "{err:?}"
    );

    let err = notify::parse_refund::<refund_processed::Notification, RefundInfo>(
        b"<!DOCTYPE xml><xml/>",
        &key(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

// --- Replies --------------------------------------------------------------------------------

#[test]
fn replies_are_exact() {
    assert_eq!(
        notify::reply_success(),
        "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>"
    );
    assert_eq!(
        notify::reply_fail("签名失败"),
        "<xml><return_code>FAIL</return_code><return_msg>签名失败</return_msg></xml>"
    );
    assert_eq!(
        notify::reply_fail("a<b & ]]> c"),
        "<xml><return_code>FAIL</return_code><return_msg><![CDATA[a<b & ]]]]><![CDATA[> c]]></return_msg></xml>"
    );
    assert_eq!(
        notify::reply_fail(""),
        "<xml><return_code>FAIL</return_code><return_msg></return_msg></xml>"
    );
}

// --- axum -----------------------------------------------------------------------------------

#[cfg(feature = "axum")]
mod axum_extractor {
    use axum::Router;
    use axum::body::Body;
    use axum::extract::FromRef;
    use axum::http::{Request, StatusCode, header};
    use axum::routing::post;
    use tower::ServiceExt as _;
    use wechatpay_v2::notify::axum::{
        Notification, NotifyRejection, NotifyReply, RefundNotification,
    };

    use super::*;

    #[derive(Clone)]
    struct AppState {
        receiver: notify::Receiver,
    }

    impl FromRef<AppState> for notify::Receiver {
        fn from_ref(state: &AppState) -> Self {
            state.receiver.clone()
        }
    }

    /// The merchant of the fixtures, with its app.
    fn receiver() -> notify::Receiver {
        notify::Receiver::new(key())
            .mch_id("10000100")
            .appid("wx2421b1c4370ec43b")
    }

    async fn paid(
        Notification(n): Notification<transaction_success::Notification>,
    ) -> Result<NotifyReply, StatusCode> {
        // A real handler looks the order up and marks it paid once (idempotently).
        if n == expected_payment() {
            Ok(NotifyReply)
        } else {
            Err(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }

    async fn refunded(
        RefundNotification(outer, info): RefundNotification<
            refund_processed::Notification,
            RefundInfo,
        >,
    ) -> Result<NotifyReply, StatusCode> {
        if outer.mch_id == "10000100" && info == expected_refund_info() {
            Ok(NotifyReply)
        } else {
            Err(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }

    /// Sees failures too: acknowledges a verified business FAIL, refuses the rest.
    async fn paid_or_failed(
        result: Result<Notification<transaction_success::Notification>, NotifyRejection>,
    ) -> axum::response::Response {
        use axum::response::IntoResponse;
        match result {
            Ok(_) => NotifyReply.into_response(),
            Err(rejection) if rejection.error().kind() == ErrorKind::Business => {
                NotifyReply.into_response()
            }
            Err(rejection) => rejection.into_response(),
        }
    }

    fn app() -> Router {
        Router::new()
            .route("/paid", post(paid))
            .route("/refunded", post(refunded))
            .route("/paid-or-failed", post(paid_or_failed))
            .with_state(AppState {
                receiver: receiver(),
            })
    }

    async fn call(path: &str, body: Vec<u8>) -> (StatusCode, Option<String>, String) {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "text/xml")
            .body(Body::from(body))
            .unwrap();
        let response = app().oneshot(request).await.unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned());
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (
            status,
            content_type,
            String::from_utf8(bytes.to_vec()).unwrap(),
        )
    }

    #[tokio::test]
    async fn verified_notifications_reach_the_handler_and_get_success() {
        for sign_type in [SignType::Md5, SignType::HmacSha256] {
            let (status, content_type, body) =
                call("/paid", document(&signed(PAID, sign_type))).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(content_type.as_deref(), Some("text/xml; charset=utf-8"));
            assert_eq!(body, notify::reply_success());
        }
        let (status, _, body) = call("/refunded", refund_body(REFUND_REQ_INFO)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body, notify::reply_success());
    }

    #[tokio::test]
    async fn refused_notifications_get_fail() {
        let mut fields = signed(PAID, SignType::Md5);
        tamper(&mut fields, "total_fee", "1");
        let (status, content_type, body) = call("/paid", document(&fields)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(content_type.as_deref(), Some("text/xml; charset=utf-8"));
        assert_eq!(body, notify::reply_fail("signature verification failed"));

        let (status, _, body) = call(
            "/refunded",
            refund_body(&encrypt_req_info(
                REFUND_ROOT,
                "fedcba9876543210fedcba9876543210",
            )),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body, notify::reply_fail("req_info could not be decrypted"));

        let (status, _, body) = call("/paid", b"<!DOCTYPE xml><xml/>".to_vec()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body, notify::reply_fail("invalid notification"));

        let huge = vec![b' '; notify::MAX_BODY_BYTES + 1];
        let (status, _, body) = call("/paid", huge).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(body, notify::reply_fail("body too large"));
    }

    #[tokio::test]
    async fn a_verified_notification_for_another_merchant_or_app_gets_fail() {
        for (field, value) in [("mch_id", "10000999"), ("appid", "wx0000000000000000")] {
            let mut fields = signed(PAID, SignType::Md5);
            tamper(&mut fields, field, value);
            let fields = signed(
                &fields
                    .iter()
                    .filter(|(k, _)| k != "sign")
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect::<Vec<_>>(),
                SignType::Md5,
            );
            let (status, _, body) = call("/paid", document(&fields)).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{field}");
            assert_eq!(
                body,
                notify::reply_fail("notification for another merchant")
            );
        }
    }

    /// Answers the rejection's status and its error's message, or `ok`.
    async fn limited(
        result: Result<Notification<transaction_success::Notification>, NotifyRejection>,
    ) -> (StatusCode, String) {
        match result {
            Ok(_) => (StatusCode::OK, "ok".to_owned()),
            Err(rejection) => (rejection.status(), rejection.error().to_string()),
        }
    }

    /// A router whose `/limited` route takes `limits` from an `Extension` layer, and whose
    /// `/default` route has none.
    fn limited_app(limits: notify::Limits) -> Router {
        Router::new()
            .route("/limited", post(limited))
            .layer(axum::Extension(limits))
            .route("/default", post(limited))
            .with_state(AppState {
                receiver: receiver(),
            })
    }

    async fn call_limited(
        app: Router,
        path: &str,
        body: Vec<u8>,
        content_length: bool,
    ) -> (StatusCode, String) {
        let mut request = Request::post(path).header(header::CONTENT_TYPE, "text/xml");
        if content_length {
            request = request.header(header::CONTENT_LENGTH, body.len());
        }
        let response = app
            .oneshot(request.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn the_body_limit_comes_from_an_extension_layer_and_is_exact() {
        let body = document(&signed(PAID, SignType::Md5));
        let n = body.len();
        let app = limited_app(notify::Limits::DEFAULT.max_body_bytes(n));
        // Blanks between the elements are not signed: one more byte, the same notification.
        let mut over = body.clone();
        over.insert(6, b' ');
        for content_length in [true, false] {
            let at_limit = call_limited(app.clone(), "/limited", body.clone(), content_length);
            assert_eq!(at_limit.await, (StatusCode::OK, "ok".to_owned()));

            let (status, message) =
                call_limited(app.clone(), "/limited", over.clone(), content_length).await;
            assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{message}");
            let expected = if content_length {
                format!(
                    "the notification body has {} bytes, at most {n} are accepted",
                    n + 1
                )
            } else {
                // Without a `Content-Length`, reading stops at the limit.
                format!("the notification body could not be read within {n} bytes")
            };
            assert!(message.contains(&expected), "{message}");
            // The route without the layer keeps the default limit.
            let default = call_limited(app.clone(), "/default", over.clone(), content_length);
            assert_eq!(default.await, (StatusCode::OK, "ok".to_owned()));
        }
    }

    #[tokio::test]
    async fn the_default_limit_is_unchanged_and_exact() {
        let mut body = document(&signed(PAID, SignType::Md5));
        body.splice(
            6..6,
            std::iter::repeat_n(b' ', notify::MAX_BODY_BYTES - body.len()),
        );
        assert_eq!(body.len(), 64 * 1024);
        let app = limited_app(notify::Limits::DEFAULT);
        for path in ["/limited", "/default"] {
            let at_limit = call_limited(app.clone(), path, body.clone(), true);
            assert_eq!(at_limit.await, (StatusCode::OK, "ok".to_owned()), "{path}");
        }
        body.insert(6, b' ');
        let (status, message) = call_limited(app, "/default", body, true).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(message.contains("at most 65536 are accepted"), "{message}");
    }

    #[tokio::test]
    async fn a_handler_can_take_the_rejection() {
        let mut fields = PAID.to_vec();
        fields.retain(|(k, _)| *k != "result_code");
        fields.push(("result_code", "FAIL"));
        let (status, _, body) =
            call("/paid-or-failed", document(&signed(&fields, SignType::Md5))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, notify::reply_success());

        let mut fields = signed(PAID, SignType::Md5);
        tamper(&mut fields, "total_fee", "1");
        let (status, _, body) = call("/paid-or-failed", document(&fields)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body, notify::reply_fail("signature verification failed"));
    }
}

/// A client's receiver is its key, its `mch_id` and its `appid`, async and blocking alike.
#[test]
fn a_clients_receiver_checks_its_own_merchant() {
    let settings = || {
        wechatpay_v2::Client::builder()
            .mch_id("10000100")
            .appid("wx2421b1c4370ec43b")
            .api_key(KEY)
    };
    let async_client = settings().build().unwrap();
    let blocking_client = wechatpay_v2::blocking::Client::builder()
        .mch_id("10000100")
        .appid("wx2421b1c4370ec43b")
        .api_key(KEY)
        .build()
        .unwrap();
    let ours = document(&signed(PAID, SignType::Md5));
    let mut theirs: Vec<(&str, &str)> = PAID.to_vec();
    theirs.iter_mut().find(|(k, _)| *k == "mch_id").unwrap().1 = "10000999";
    let theirs = document(&signed(&theirs, SignType::Md5));
    for receiver in [
        async_client.notify_receiver(),
        blocking_client.notify_receiver(),
    ] {
        let n: transaction_success::Notification = receiver.parse(&ours).unwrap();
        assert_eq!(n, expected_payment());
        let err = receiver
            .parse::<transaction_success::Notification>(&theirs)
            .unwrap_err();
        assert!(
            matches!(&err, Error::NotForThisMerchant { field: "mch_id", received, .. } if received == "10000999"),
            "{err:?}"
        );
        // The free function checks the sign only.
        assert!(notify::parse::<transaction_success::Notification>(&theirs, &key()).is_ok());
    }
}
