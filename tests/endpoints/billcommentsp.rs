//! `v2/billcommentsp/...`: buyers' comments on orders (订单评价).

use crate::support;

#[test]
fn batchquerycomment() {
    use wechatpay_v2::v2::billcommentsp::batchquerycomment::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        begin_time: "20170724000000".into(),
        end_time: "20170725000000".into(),
        offset: 0,
        limit: Some(100),
    };
    support::endpoint_case(&request);
}
