//! `v2/secapi/mkt/addrecommendconf`: set the official account a sub-merchant's payers are
//! invited to follow (服务商特约商户关注功能配置).
//!
//! For service providers: after paying a sub-merchant, the payer is offered to follow
//! `subscribe_appid`. The API only adds a setting, and a setting can be changed only 30 days
//! later, so check the app id first. It needs the client certificate. WeChat marks the
//! endpoint deprecated; it is declared for completeness.

use wechatpay_v2::wechat_v2_api;

/// Sets the account recommended to a sub-merchant's payers (服务商特约商户关注功能配置).
#[wechat_v2_api(path = "v2/secapi/mkt/addrecommendconf", cert)]
pub struct Request {
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// The sub-merchant's app id (特约商户APPID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// App id of the account to recommend (推荐关注APPID).
    #[wechat(max_len = 32)]
    pub subscribe_appid: String,
}

/// The setting is saved: the answer has no business fields beyond its result.
#[wechat_v2_api(response)]
pub struct Response {}
