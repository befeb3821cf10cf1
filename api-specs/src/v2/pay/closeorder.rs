//! `v2/pay/closeorder`: close an unpaid order (关闭订单).
//!
//! Close an order before paying it under a new number, or once the payer has run out of time,
//! so that it cannot be paid twice. Not sooner than 5 minutes after the order was placed.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Closes an order that has not been paid, so that it can no longer be paid (关闭订单).
#[wechat_v2_api(path = "v2/pay/closeorder")]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID); the client's one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Merchant order number of the order to close (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
}

/// The order is closed.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id, in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Description of the business result (业务结果描述), such as `OK`.
    #[wechat(max_len = 16)]
    pub result_msg: String,
}
