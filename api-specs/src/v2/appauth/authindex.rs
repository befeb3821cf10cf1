//! `v2/appauth/authindex`: the page where a user authorises the merchant (授权获取code).
//!
//! The first step of the real-name OAuth flow: the merchant sends the user's browser to this
//! page on `payapp.mch.weixin.qq.com`; after the user agrees, WeChat redirects to `redirect_uri`
//! with a code for `v2/appauth/getaccesstoken`. The URL carries its fields but no sign.

use wechatpay_v2::wechat_v2_api;

/// The authorisation page URL for a user's browser (授权获取code).
#[wechat_v2_api(
    path = "v2/appauth/authindex",
    url,
    host = "https://payapp.mch.weixin.qq.com/"
)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// App id (应用ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// Where WeChat sends the browser back, with the code; it must lie in the merchant's payment
    /// security domain (重定向地址).
    pub redirect_uri: String,
    /// Response type (返回类型), always `code`.
    pub response_type: ResponseType,
    /// Authorisation scope (应用授权作用域).
    pub scope: Scope,
    /// A value of the merchant's, returned with the redirect to tie it to this request (state).
    pub state: String,
}

/// Response type (返回类型).
#[wechat_v2_api]
pub enum ResponseType {
    /// An authorisation code (`code`).
    #[wechat(rename = "code")]
    Code,
}

/// Authorisation scope (应用授权作用域).
#[wechat_v2_api]
pub enum Scope {
    /// Identity information (`pay_identity`).
    #[wechat(rename = "pay_identity")]
    PayIdentity,
    /// Real-name information (`pay_realname`).
    #[wechat(rename = "pay_realname")]
    PayRealname,
}
