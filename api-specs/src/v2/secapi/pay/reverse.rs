//! `v2/secapi/pay/reverse`: reverse a payment-code order (撤销订单).
//!
//! When a payment-code (付款码) payment failed or its outcome is unknown, this cancels it: an
//! unpaid order is closed, a paid one refunded to the payer. Wait at least 15 seconds after
//! the payment call before reversing; when the answer says `recall` `Y`, call again. It needs
//! the client certificate.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Recall;

/// Reverses a payment-code order, by either of its two numbers (撤销订单).
#[wechat_v2_api(
    path = "v2/secapi/pay/reverse",
    cert,
    one_of(transaction_id, out_trade_no)
)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// WeChat order number (微信订单号); give this or `out_trade_no` (this wins if both).
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号), the alternative to `transaction_id`; the spec marks
    /// it required, the API takes either.
    #[wechat(max_len = 32)]
    pub out_trade_no: Option<String>,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
}

/// Whether the reversal must be called again.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Whether to call the reversal again (是否重调).
    pub recall: Recall,
}
