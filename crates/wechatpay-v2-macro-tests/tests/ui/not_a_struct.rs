extern crate wechatpay_v2_core as wechatpay_v2;
use wechatpay_v2::wechat_v2_api;

#[wechat_v2_api(path = "v2/vehicle/pay/notification")]
fn notification() {}

/// A struct that does not say what it declares.
#[wechat_v2_api]
pub struct Undeclared {
    /// A field.
    pub version: String,
}

fn main() {}
