//! `v2/pay/profitsharingorderamountquery`: the amount of an order still to share
//! (查询订单待分账金额).
//!
//! The spec lists `out_order_no` (and `order_id` in the answer) as required without defining
//! them; they belong to the profit-sharing queries and are left out here.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Queries how much of a paid order is still to be shared out (查询订单待分账金额).
#[wechat_v2_api(path = "v2/pay/profitsharingorderamountquery", idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The amount of the order not shared yet.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Amount still to share, in fen (订单剩余待分金额).
    pub unsplit_amount: Option<u64>,
}
