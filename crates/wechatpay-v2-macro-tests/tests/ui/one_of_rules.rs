extern crate wechatpay_v2_core as wechatpay_v2;

use wechatpay_v2::wechat_v2_api;

/// Unknown members, a required member, a configuration field, one member alone.
#[wechat_v2_api(path = "v2/pay/orderquery", one_of(transaction_id, order, total_fee, appid, transaction_id))]
pub struct Request {
    /// App id.
    pub appid: Option<String>,
    /// The payment's number.
    pub transaction_id: Option<String>,
    /// Amount.
    pub total_fee: u32,
}

pub mod other {
    use super::wechat_v2_api;

    /// A group of one.
    #[wechat_v2_api(path = "v2/pay/closeorder", one_of(out_trade_no))]
    pub struct Close {
        /// The merchant's order number.
        pub out_trade_no: Option<String>,
    }
}

fn main() {}
