//! `v2/risk/...`: risk-control tools, such as the RSA public key for bank payouts (风控).

use crate::support;

#[test]
fn getcertficates() {
    use wechatpay_v2::v2::risk::getcertficates::*;
    let request = Request {
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn getviolation() {
    use wechatpay_v2::v2::risk::getviolation::*;
    let request = Request {
        mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        begin_time: Some("2020-05-11 10:10:00".into()),
        end_time: Some("2020-05-11 10:10:00".into()),
        page_index: Some("1".into()),
        page_size: Some("10".into()),
        violation_records_format: Some(ViolationRecordsFormat::Json),
    };
    support::endpoint_case(&request);
}

#[test]
fn getpublickey() {
    use wechatpay_v2::v2::risk::getpublickey::*;
    let request = Request {
        mch_id: None,
        sign_type: wechatpay_v2::SignType::Md5,
    };
    support::endpoint_case(&request);
}
