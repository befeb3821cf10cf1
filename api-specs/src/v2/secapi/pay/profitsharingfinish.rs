//! `v2/secapi/pay/profitsharingfinish`: end profit sharing on an order (完结分账).
//!
//! Releases all the order's money still frozen for sharing to the (sub-)merchant: for an order
//! that needs no sharing at all, or after `v2/secapi/pay/multiprofitsharing` to release the
//! rest. Not needed after `v2/secapi/pay/profitsharing`, which releases the rest itself. It
//! needs the client certificate and `HMAC-SHA256`.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Ends profit sharing on an order and releases its remaining money (完结分账).
#[wechat_v2_api(path = "v2/secapi/pay/profitsharingfinish", cert)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// WeChat order number of the paid order (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant profit-sharing number for this operation, unique per merchant (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: String,
    /// Why sharing ends (分账完结描述).
    #[wechat(max_len = 80)]
    pub description: String,
}

/// The profit-sharing order that released the money.
#[wechat_v2_api(response)]
pub struct Response {
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant profit-sharing number (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: String,
    /// WeChat profit-sharing number (微信分账单号).
    #[wechat(max_len = 64)]
    pub order_id: String,
}
