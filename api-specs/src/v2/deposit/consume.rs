//! `v2/deposit/consume`: settle a deposit, charging part or all of it (消费押金).
//!
//! The amount consumed, less fees, goes to the sub-merchant; the rest of the deposit goes back
//! to the payer the way it came, and WeChat notifies the payer. Service-provider mode (the
//! sub-merchant is required); needs the client certificate and HMAC-SHA256 signing.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Consumes a paid deposit, by either of its two order numbers, and returns the rest (消费押金).
#[wechat_v2_api(
    path = "v2/deposit/consume",
    cert,
    one_of(transaction_id, out_trade_no)
)]
pub struct Request {
    /// Service provider's app id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号), required; the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// WeChat order number of the deposit (微信订单号); give this or `out_trade_no` (this wins
    /// if both). The spec marks both required, the API takes either.
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number of the deposit (商户订单号), the alternative to `transaction_id`.
    pub out_trade_no: Option<String>,
    /// Deposit amount in fen (押金总金额).
    pub total_fee: u64,
    /// Amount consumed, in fen (消费金额): more than 0 and at most the deposit.
    pub consume_fee: u64,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The deposit consumed, with the amounts.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号ID); marked required by the spec, but only there when
    /// the request had one.
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Deposit amount in fen (押金总金额).
    pub total_fee: u64,
    /// Amount consumed, in fen (消费金额).
    pub consume_fee: u64,
    /// Currency (货币类型).
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
}
