//! `v2/papay/entrustweb`: the signing page of an entrusted-deduction contract, in an official
//! account (公众号纯签约).
//!
//! Not called by the server: the signed URL
//! `https://api.weixin.qq.com/papay/entrustweb?...#wechat_redirect` is handed to the user's
//! browser (a 30x redirect), which opens WeChat's contract page; no response comes back to
//! verify. The result is sent to `notify_url`. The query carries a `timestamp` and no
//! `nonce_str`.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{ReturnWeb, Version};

/// Builds the URL that opens the deduction-contract signing page in WeChat (公众号纯签约).
#[wechat_v2_api(
    path = "v2/papay/entrustweb",
    host = "https://api.weixin.qq.com/",
    signed_url,
    fragment = "wechat_redirect",
    unsigned
)]
pub struct Request {
    /// App id (应用ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// Contract template id (模板id), from the merchant platform.
    pub plan_id: u32,
    /// Merchant contract number (签约协议号), unique per merchant.
    pub contract_code: String,
    /// Merchant request serial number (请求序列号), unique per request.
    pub request_serial: u64,
    /// Account name shown to the user on the contract (用户账户展示名称).
    pub contract_display_account: String,
    /// URL that receives the signing result (回调通知url).
    pub notify_url: String,
    /// Interface version (版本号), `1.0`.
    pub version: Version,
    /// Unix timestamp in seconds when the URL was made (时间戳).
    pub timestamp: String,
    /// Return to the merchant's web page after signing (返回web), `1`.
    pub return_web: Option<ReturnWeb>,
}
