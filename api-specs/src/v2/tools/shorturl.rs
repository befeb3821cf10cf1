//! `v2/tools/shorturl`: shorten a payment QR-code link (转换短链接).
//!
//! Meant for the links of Native payment mode 1 (`weixin://wxpay/bizpayurl?...`): the short
//! form `weixin://wxpay/s/...` makes a smaller QR code that scans faster.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Turns a long `weixin://` payment link into a short one (转换短链接).
#[wechat_v2_api(path = "v2/tools/shorturl")]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The link to shorten, as it is, not URL-encoded (URL链接).
    #[wechat(max_len = 512)]
    pub long_url: String,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
}

/// The short link.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The short link, `weixin://wxpay/s/...` (URL链接).
    #[wechat(max_len = 64)]
    pub short_url: String,
}
