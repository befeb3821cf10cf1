//! `v2/fund/...`: automatic withdrawals (提现).

use crate::support;

#[test]
fn queryautowithdrawbydate() {
    use wechatpay_v2::v2::fund::queryautowithdrawbydate::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        date: "20180508".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn reautowithdrawbydate() {
    use wechatpay_v2::v2::fund::reautowithdrawbydate::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        date: "20180602".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}
