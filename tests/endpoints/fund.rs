//! `v2/fund/...`: automatic withdrawals (提现).

use crate::support;

#[test]
fn queryautowithdrawbydate() {
    use wechatpay_v2::v2::fund::queryautowithdrawbydate::*;
    let request = Request::new(wechatpay_v2::SignType::HmacSha256, "20180508");
    support::endpoint_case(&request);
}

#[test]
fn reautowithdrawbydate() {
    use wechatpay_v2::v2::fund::reautowithdrawbydate::*;
    let request = Request::new("20180602", wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}
