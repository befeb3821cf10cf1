//! `v2/papay/h5entrustweb`: sign an entrusted-deduction contract from a mobile browser
//! (H5纯签约).
//!
//! Unlike `v2/papay/entrustweb`, the server calls this one with `GET` and a signed query
//! string; the answer is XML with a `redirect_url` (valid 10 minutes) that the merchant's page
//! opens with `window.location.href`. The query carries a `timestamp` and no `nonce_str`, and
//! the response carries no sign.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Asks for the page that signs a deduction contract in a mobile browser (H5纯签约).
#[wechat_v2_api(path = "v2/papay/h5entrustweb", method = "GET", unsigned)]
pub struct Request {
    /// App id (应用ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// Contract template id (模板id), from the merchant platform.
    pub plan_id: String,
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
    /// Signature algorithm (签名类型); the API assumes `HMAC-SHA256` when left out, so set it.
    pub sign_type: Option<SignType>,
    /// Unix timestamp in seconds of the request (时间戳).
    pub timestamp: String,
    /// IP address of the user's browser (客户端 IP).
    pub clientip: String,
    /// App id to return to after signing (回调应用appid).
    pub return_appid: Option<String>,
}

/// The page to send the browser to.
#[wechat_v2_api(response)]
pub struct Response {
    /// Description of the business result (业务结果描述).
    pub result_msg: Option<String>,
    /// URL of the signing page, valid for 10 minutes (跳转URL).
    pub redirect_url: String,
}
