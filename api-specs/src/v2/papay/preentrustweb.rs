//! `v2/papay/preentrustweb`: pre-sign an entrusted-deduction contract for an app (APP纯签约).
//!
//! Before a mobile app sends the user to WeChat to sign a contract, its server registers the
//! contract here and gets a `pre_entrustweb_id`; the app opens WeChat with it (or the signing
//! mini program given by `miniprogram_username` and `miniprogram_path`), and the user comes
//! back to the app after signing. The result is sent to `notify_url`. It is sent
//! without a `nonce_str`, as the documentation sends it (`nonceless`).

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{ReturnApp, Version};

/// Registers a contract to be signed from an app and returns its pre-signing id (APP纯签约).
#[wechat_v2_api(path = "v2/papay/preentrustweb", nonceless)]
pub struct Request {
    /// App id of the mobile app (应用ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户应用ID).
    #[wechat(optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(optional)]
    pub sub_mch_id: Option<String>,
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
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
    /// Unix timestamp in seconds of the request (时间戳).
    pub timestamp: String,
    /// Whether WeChat goes back to the app after signing (返回app).
    pub return_app: Option<ReturnApp>,
}

/// The pre-signing id the app opens WeChat with.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (请求appid).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Username of the signing mini program to open (跳转签约小程序的username).
    #[wechat(max_len = 32)]
    pub miniprogram_username: Option<String>,
    /// Path in the signing mini program, with the pre-signing id (跳转签约小程序的path).
    #[wechat(max_len = 256)]
    pub miniprogram_path: Option<String>,
    /// Pre-signing id (预签约id).
    #[wechat(max_len = 128)]
    pub pre_entrustweb_id: String,
}
