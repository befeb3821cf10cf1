//! `v2/appauth/getaccesstoken`: exchange an authorisation code for an access token
//! (通过code换取accesstoken).
//!
//! The second step of the real-name OAuth flow: the code the user's authorisation returned
//! (`v2/appauth/authindex`) buys an access token for the real-name endpoints. A `GET` whose
//! fields go in the query string, signed with HMAC-SHA256; the answer is JSON
//! (`retcode`, `retmsg`), not signed.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Exchanges the authorisation code for an access token (通过code换取accesstoken).
#[wechat_v2_api(path = "v2/appauth/getaccesstoken", method = "GET", json_response)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// App id the user authorised (应用ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// The user's openid under the app id (微信openID).
    pub openid: String,
    /// The code returned by the authorisation step (auth_code).
    pub code: String,
    /// Grant type (授权类型), always `authorization_code`.
    pub grant_type: GrantType,
    /// Authorisation scope (应用授权作用域), `pay_identity`.
    pub scope: Scope,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The access token and the refresh token, with their lifetimes.
#[wechat_v2_api(response)]
pub struct Response {
    /// Token for the real-name endpoints (接口调用凭证).
    pub access_token: String,
    /// Seconds until `access_token` expires; short (access_token过期时间).
    pub access_token_expire_in: u64,
    /// Token that renews `access_token` (refresh令牌).
    pub refresh_token: String,
    /// Seconds until `refresh_token` expires; longer (refresh_token过期时间).
    pub refresh_token_expire_in: u64,
}

/// Grant type (授权类型).
#[wechat_v2_api]
pub enum GrantType {
    /// Exchange an authorisation code (`authorization_code`).
    #[wechat(rename = "authorization_code")]
    AuthorizationCode,
}

/// Authorisation scope (应用授权作用域).
#[wechat_v2_api]
pub enum Scope {
    /// Identity information (`pay_identity`).
    #[wechat(rename = "pay_identity")]
    PayIdentity,
}
