//! `v2/applyment/micro/modifyarchives`: change a micro-merchant's settlement bank account
//! (修改结算银行卡).
//!
//! `cert_sn` names the WeChat Pay platform certificate used to encrypt sensitive values; the
//! spec's length limits are kept as given, though they look like limits of the plain text. Needs
//! the client certificate; signed with HMAC-SHA256. WeChat took this endpoint offline on
//! 2023-03-13.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Changes the bank account a micro-merchant is settled to (修改结算银行卡).
#[wechat_v2_api(path = "v2/applyment/micro/modifyarchives", cert)]
pub struct Request {
    /// Interface version (接口版本号).
    pub version: Version,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The micro-merchant (小微商户号), required; the client's configured sub-merchant when left
    /// out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// New bank account number (银行卡号).
    #[wechat(max_len = 50)]
    pub account_number: Option<String>,
    /// Full name of the bank branch (开户银行全称（含支行）).
    #[wechat(max_len = 256)]
    pub bank_name: Option<String>,
    /// Bank (开户银行), such as 中国银行.
    #[wechat(max_len = 50)]
    pub account_bank: Option<String>,
    /// Province and city code of the bank (开户银行省市编码).
    #[wechat(max_len = 6)]
    pub bank_address_code: String,
    /// Serial number of the platform certificate used for encryption (平台证书序列号).
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
