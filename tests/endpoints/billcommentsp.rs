//! `v2/billcommentsp/...`: buyers' comments on orders (订单评价).

use crate::support;

#[test]
fn batchquerycomment() {
    use wechatpay_v2::v2::billcommentsp::batchquerycomment::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "20170724000000",
        "20170725000000",
        0u64,
    )
    .limit(100u64);
    support::endpoint_case(&request);
}
