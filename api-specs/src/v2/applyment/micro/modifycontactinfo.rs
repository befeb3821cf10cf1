//! `v2/applyment/micro/modifycontactinfo`: change a micro-merchant's contact details
//! (修改联系信息).
//!
//! `cert_sn` names the WeChat Pay platform certificate used to encrypt sensitive values; the
//! spec's length limits are kept as given, though they look like limits of the plain text. Needs
//! the client certificate; signed with HMAC-SHA256. WeChat took this endpoint offline on
//! 2020-04-13.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Changes a micro-merchant's phone, email or short name (修改联系信息).
#[wechat_v2_api(path = "v2/applyment/micro/modifycontactinfo", cert)]
pub struct Request {
    /// Interface version (接口版本号).
    pub version: Version,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The micro-merchant (小微商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// New mobile phone number (手机号).
    #[wechat(max_len = 11)]
    pub mobile_phone: Option<String>,
    /// New email address (邮箱).
    #[wechat(max_len = 50)]
    pub email: Option<String>,
    /// New short name of the merchant (商户简称).
    #[wechat(max_len = 20)]
    pub merchant_name: Option<String>,
    /// Serial number of the platform certificate used for encryption (加密的平台证书序列号).
    #[wechat(max_len = 64)]
    pub cert_sn: String,
}

/// The change accepted, for the micro-merchant named.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The micro-merchant (小微商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
}
