//! `v2/secsvc/getrealnameinfo`: get a user's real name and ID number, encrypted for the
//! merchant (微信支付实名授权).
//!
//! With the access token of a user's real-name authorisation (`v2/appauth/getaccesstoken`),
//! the merchant asks for the user's name and credential number. WeChat encrypts both with the
//! public key of the merchant's API certificate (RSA, PKCS#1 v1.5 padding); the merchant
//! decrypts them with its private key. `cert_sign` is the merchant's RSA signature (SHA-256,
//! Base64) over the certificate serial number and the timestamp. Served on
//! `fraud.mch.weixin.qq.com`. WeChat closed the endpoint to new merchants on 2021-11-10.
//!
//! The spec's YAML leaves `timestamp` and `cert_sign` optional, while its table requires them
//! and the endpoint cannot work without them: they are required here. It also describes
//! `charset` as the credential type, a copy slip: it is the encoding of the decrypted name.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Asks for the user's real name and credential number, encrypted (微信支付实名授权).
#[wechat_v2_api(
    path = "v2/secsvc/getrealnameinfo",
    host = "https://fraud.mch.weixin.qq.com/"
)]
pub struct Request {
    /// Interface version (接口版本号); `2.0` also returns the credential type.
    pub version: Version,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// The user's openid under the app id (用户标识).
    #[wechat(max_len = 128)]
    pub openid: String,
    /// Serial number of the merchant certificate whose public key encrypts the answer
    /// (加密实名信息的证书序列号).
    #[wechat(max_len = 64)]
    pub cert_serialno: String,
    /// The access token of the user's authorisation (access_token).
    #[wechat(max_len = 128)]
    pub access_token: String,
    /// The current time, in Unix seconds (unix时间戳).
    pub timestamp: u64,
    /// RSA signature with the merchant's private key over the serial number and the timestamp,
    /// Base64.
    #[wechat(max_len = 128)]
    pub cert_sign: String,
    /// Encoding of the decrypted name; GBK when left out.
    pub charset: Option<Charset>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The user's name and credential number, each encrypted with the merchant certificate's key.
///
/// The spec's YAML marks these fields optional, its table required; they are required here,
/// as a successful answer always carries them.
#[wechat_v2_api(response)]
pub struct Response {
    /// Error code of a failed call (错误码); this API's own name for it.
    #[wechat(max_len = 32)]
    pub error_code: Option<String>,
    /// Description of that error (错误代码描述).
    #[wechat(max_len = 128)]
    pub error_code_des: Option<String>,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The user's openid (用户标识).
    #[wechat(max_len = 128)]
    pub openid: String,
    /// The real name, RSA-encrypted, Base64 (加密后的姓名); UTF-8 or GBK once decrypted, after
    /// `charset`.
    #[wechat(max_len = 344)]
    pub encrypted_real_name: String,
    /// The credential number, RSA-encrypted, Base64 (加密后的证件号码).
    #[wechat(max_len = 344)]
    pub encrypted_credential_id: String,
    /// Credential type (证件类型); from version `2.0` on.
    pub cre_type: Option<CredentialType>,
}

/// Interface version (接口版本号).
#[wechat_v2_api]
pub enum Version {
    /// Version 1.0 (`1.0`).
    #[wechat(rename = "1.0")]
    V1_0,
    /// Version 2.0, which adds the credential type to the answer (`2.0`).
    #[wechat(rename = "2.0")]
    V2_0,
}

/// Encoding of the decrypted name.
#[wechat_v2_api]
pub enum Charset {
    /// UTF-8 (`UTF-8`).
    #[wechat(rename = "UTF-8")]
    Utf8,
    /// GBK (`GBK`).
    Gbk,
}

/// Type of the user's credential (证件类型).
#[wechat_v2_api]
pub enum CredentialType {
    /// Mainland identity card (`MAINLAND_ID`, 身份证).
    MainlandId,
    /// Passport (`PASSPOT`, the API's spelling; 护照).
    #[wechat(rename = "PASSPOT")]
    Passport,
    /// Military officer's card (`MO`, 军官证).
    #[wechat(rename = "MO")]
    MilitaryOfficer,
    /// Soldier's card (`SOLDIERS`, 士兵证).
    Soldiers,
    /// Home-return permit of Hong Kong and Macao residents (`HVPS`, 回乡证).
    #[wechat(rename = "HVPS")]
    HomeReturnPermit,
    /// Temporary identity card (`MAINLAND_TMP_ID`, 临时身份证).
    #[wechat(rename = "MAINLAND_TMP_ID")]
    MainlandTemporaryId,
    /// Household register (`ACCOUNT_THIN`, 户口簿).
    #[wechat(rename = "ACCOUNT_THIN")]
    HouseholdRegister,
    /// Police officer's card (`POLICE`, 警官证).
    Police,
    /// Mainland travel permit of Taiwan residents (`MTPS`, 台胞证).
    #[wechat(rename = "MTPS")]
    TaiwanCompatriotPermit,
    /// Business licence (`BL`, 营业执照).
    #[wechat(rename = "BL")]
    BusinessLicence,
    /// Another credential (`OTHER`, 其它证件).
    Other,
    /// Foreigner's residence permit (`RPFF`, 外国人居留证).
    #[wechat(rename = "RPFF")]
    ForeignerResidencePermit,
    /// Residence permit of Hong Kong and Macao residents (`HK_MACAO`, 港澳居民居住证).
    #[wechat(rename = "HK_MACAO")]
    HongKongMacaoResidencePermit,
    /// Residence permit of Taiwan residents (`TAIWAN`, 台湾居民居住证).
    #[wechat(rename = "TAIWAN")]
    TaiwanResidencePermit,
}
