//! `v2/risk/getpublickey`: fetch the RSA public key for bank payouts (获取RSA加密公钥).
//!
//! The key encrypts the payee's sensitive data (bank card number, name) in payouts to bank
//! cards. The endpoint lives on `fraud.mch.weixin.qq.com`, needs the client certificate, and
//! its response carries no sign.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Fetches the RSA public key that encrypts payee data in bank-card payouts (获取RSA加密公钥).
#[wechat_v2_api(
    path = "v2/risk/getpublickey",
    host = "https://fraud.mch.weixin.qq.com/",
    cert,
    unsigned
)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型), required here.
    pub sign_type: SignType,
}

/// The RSA public key.
#[wechat_v2_api(response)]
pub struct Response {
    /// Error code of a failed call (错误码); this API's own name for it.
    #[wechat(max_len = 32)]
    pub error_code: Option<String>,
    /// Description of that error (错误代码描述).
    #[wechat(max_len = 128)]
    pub error_code_des: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The RSA public key, PEM text (RSA公钥).
    #[wechat(max_len = 2048)]
    pub pub_key: Option<String>,
}
