//! `v2/risk/...`: risk-control tools, such as the RSA public key for bank payouts (风控).

use crate::support;

#[test]
fn getcertficates() {
    use wechatpay_v2::v2::risk::getcertficates::*;
    let request = Request::new(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn getviolation() {
    use wechatpay_v2::v2::risk::getviolation::*;
    let request = Request::default()
        .sign_type(wechatpay_v2::SignType::HmacSha256)
        .begin_time("2020-05-11 10:10:00")
        .end_time("2020-05-11 10:10:00")
        .page_index("1")
        .page_size("10")
        .violation_records_format(ViolationRecordsFormat::Json);
    support::endpoint_case(&request);
}

#[test]
fn getpublickey() {
    use wechatpay_v2::v2::risk::getpublickey::*;
    let request = Request::new(wechatpay_v2::SignType::Md5);
    support::endpoint_case(&request);
}
