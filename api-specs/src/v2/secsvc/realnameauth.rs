//! `v2/secsvc/realnameauth`: check a user's name and credential against their WeChat Pay
//! real-name record (微信支付实名验证).
//!
//! With the access token of a user's real-name authorisation (`v2/appauth/getaccesstoken`),
//! the merchant checks whether the name and credential number the user gave match WeChat
//! Pay's record. Served on `fraud.mch.weixin.qq.com`. WeChat closed the endpoint to new
//! merchants on 2021-11-10.
//!
//! The spec gives `bind_bankcard` the example `V_NM_ID_MA`, which is not among its values
//! (`YES`, `NO`); the values are declared.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Checks a user's real name and credential number (微信支付实名验证).
#[wechat_v2_api(
    path = "v2/secsvc/realnameauth",
    host = "https://fraud.mch.weixin.qq.com/"
)]
pub struct Request {
    /// Interface version (接口版本号).
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
    /// The name to check (真实姓名).
    #[wechat(max_len = 64)]
    pub real_name: String,
    /// Type of the credential to check (证件类型).
    pub cred_type: CredentialType,
    /// The credential number to check (证件号码).
    #[wechat(max_len = 32)]
    pub cred_id: String,
    /// The access token of the user's authorisation (access_token).
    #[wechat(max_len = 128)]
    pub access_token: String,
    /// Signature algorithm (签名类型).
    pub sign_type: SignType,
}

/// The outcome of each check: the account's real-name state, the name, the credential.
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
    pub appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The user's openid (用户标识).
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// The access token used (access_token).
    #[wechat(max_len = 128)]
    pub access_token: Option<String>,
    /// Outcome for the account and the name; several outcomes come joined with
    /// `;` and then decode as `Unknown`, which keeps the text.
    pub verify_openid: Option<VerifyOpenid>,
    /// Outcome for the credential; only when the name matched.
    pub verify_real_name: Option<VerifyRealName>,
    /// Whether the user has bound a bank card; only when the credential matched.
    pub bind_bankcard: Option<BindBankcard>,
}

/// Interface version (接口版本号).
#[wechat_v2_api]
pub enum Version {
    /// Version 1.0 (`1.0`).
    #[wechat(rename = "1.0")]
    V1_0,
    /// Version 1.1 (`1.1`).
    #[wechat(rename = "1.1")]
    V1_1,
}

/// Type of credential, by the API's numeric code (证件类型); the spec lists the codes without
/// their meanings.
#[wechat_v2_api]
pub enum CredentialType {
    /// Code `1`, the spec's example.
    #[wechat(rename = "1")]
    Code1,
    /// Code `2`.
    #[wechat(rename = "2")]
    Code2,
    /// Code `5`.
    #[wechat(rename = "5")]
    Code5,
    /// Code `9`.
    #[wechat(rename = "9")]
    Code9,
    /// Code `12`.
    #[wechat(rename = "12")]
    Code12,
    /// Code `17`.
    #[wechat(rename = "17")]
    Code17,
    /// Code `18`.
    #[wechat(rename = "18")]
    Code18,
}

/// Outcome of the account and name check.
#[wechat_v2_api]
pub enum VerifyOpenid {
    /// The account has no real-name record (`V_OP_NA`).
    #[wechat(rename = "V_OP_NA")]
    NotRealNamed,
    /// The name matches the account's record (`V_OP_NM_MA`).
    #[wechat(rename = "V_OP_NM_MA")]
    NameMatches,
    /// The name does not match (`V_OP_NM_UM`).
    #[wechat(rename = "V_OP_NM_UM")]
    NameDiffers,
}

/// Outcome of the credential check.
#[wechat_v2_api]
pub enum VerifyRealName {
    /// Name and credential number match (`V_NM_ID_MA`).
    #[wechat(rename = "V_NM_ID_MA")]
    IdMatches,
    /// The credential number does not match (`V_NM_ID_UM`).
    #[wechat(rename = "V_NM_ID_UM")]
    IdDiffers,
    /// The credential type does not match (`V_NM_ID_TYPE_UM`).
    #[wechat(rename = "V_NM_ID_TYPE_UM")]
    IdTypeDiffers,
}

/// Whether the user has bound a bank card.
#[wechat_v2_api]
pub enum BindBankcard {
    /// A bank card is bound (`YES`).
    Yes,
    /// No bank card is bound (`NO`).
    No,
}
