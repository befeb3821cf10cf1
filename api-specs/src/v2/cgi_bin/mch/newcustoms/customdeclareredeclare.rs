//! `v2/cgi-bin/mch/newcustoms/customdeclareredeclare`: push an order's declaration to the
//! customs again (订单附加信息重推接口).
//!
//! For when a declaration must reach the customs once more; the merchant's customs details must
//! have been registered with WeChat Pay first. The spec's example customs office `SHANGHAI` is
//! not one of its values (the tests send `SHANGHAI_ZS`).

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{Customs, DeclarationState as State};

/// Sends an order's declaration to the customs again (订单附加信息重推接口).
#[wechat_v2_api(path = "v2/cgi-bin/mch/newcustoms/customdeclareredeclare", nonceless)]
pub struct Request {
    /// Signature algorithm (签名类型); the API takes `MD5` only, the default.
    pub sign_type: Option<SignType>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 28)]
    pub transaction_id: String,
    /// Merchant sub-order number, for a split order (商户子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_no: Option<String>,
    /// WeChat sub-order number, for a split order (微信子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_id: Option<String>,
    /// Customs office declared to (海关).
    pub customs: Customs,
    /// Merchant's registration number at that customs office (商户海关备案号).
    #[wechat(max_len = 32)]
    pub mch_customs_no: String,
}

/// The state of the declaration pushed again.
#[wechat_v2_api(response)]
pub struct Response {
    /// Signature algorithm of the answer (签名类型), `MD5`.
    pub sign_type: SignType,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// State of the declaration (状态码).
    pub state: State,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 28)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant sub-order number (商户子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_no: Option<String>,
    /// WeChat sub-order number (微信子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_id: Option<String>,
    /// When the declaration last changed (最后更新时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub modify_time: String,
    /// What the customs said about it (申报结果说明).
    #[wechat(max_len = 128)]
    pub explanation: Option<String>,
}
