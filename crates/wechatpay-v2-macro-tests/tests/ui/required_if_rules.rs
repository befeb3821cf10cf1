extern crate wechatpay_v2_core as wechatpay_v2;

use wechatpay_v2::wechat_v2_api;

/// A condition on a field that is not there, on a required field, and on a missing field.
#[wechat_v2_api(
    path = "v2/pay/unifiedorder",
    required_if(openid, trade_type = "JSAPI"),
    required_if(body, trade_type = "NATIVE"),
    required_if(product_id, kind = "NATIVE")
)]
pub struct Request {
    /// What is bought.
    pub body: String,
    /// The kind of payment.
    pub trade_type: String,
    /// The product.
    pub product_id: Option<String>,
}

fn main() {}
