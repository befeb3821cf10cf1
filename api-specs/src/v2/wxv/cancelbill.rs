//! `v2/wxv/cancelbill`: cancel a deposit-free rental order (撤销租借订单).
//!
//! Cancels a rental order created with `v2/wxv/createrentbill`, any time before it is finished
//! with `v2/wxv/finishrentbill`; not after. Needs the client certificate.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Cancels a rental order that is not finished yet (撤销租借订单).
#[wechat_v2_api(path = "v2/wxv/cancelbill", cert)]
pub struct Request {
    /// Interface version (接口版本号), `1.0`.
    pub version: Version,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Why the order is cancelled (撤销原因).
    #[wechat(max_len = 50)]
    pub reason: String,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
}

/// The order cancelled.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// WeChat Pay service order number (微信支付服务订单号).
    #[wechat(max_len = 128)]
    pub order_id: String,
}
