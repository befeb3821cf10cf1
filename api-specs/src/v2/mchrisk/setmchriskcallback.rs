//! `v2/mchrisk/setmchriskcallback`: set the URL that receives merchant risk events
//! (设置风险通知回调链接).
//!
//! WeChat's risk platform notifies the bank or channel service provider at this URL when one of
//! its merchants shows a risk event; the answer carries no sign.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Sets the URL for risk event notifications (设置风险通知回调链接).
#[wechat_v2_api(path = "v2/mchrisk/setmchriskcallback", unsigned)]
pub struct Request {
    /// Service provider's merchant id (服务商号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// URL that receives the risk events (回调链接).
    #[wechat(max_len = 128)]
    pub callback_url: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The URL set, for the merchant named.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's merchant id (服务商号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
}
