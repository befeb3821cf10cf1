//! `v2/secapi/mch/addsubdevconfig`: add a payment directory or an app id for a sub-merchant
//! (服务商子商户开发配置新增支付目录/新增对应APPID关联).
//!
//! For service providers: configures a sub-merchant's JSAPI payment directory (at most five per
//! merchant), or binds an app id to it through `sub_appid`. It needs the client certificate.
//!
//! The title names both operations, but the schema requires `jsapi_path`, which binding an app
//! id does not use: it is optional here.

use wechatpay_v2::wechat_v2_api;

/// Adds a payment directory or binds an app id for a sub-merchant (新增支付目录/新增对应APPID关联).
#[wechat_v2_api(path = "v2/secapi/mch/addsubdevconfig", cert, nonceless)]
pub struct Request {
    /// Service provider's app id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// App id to bind to the sub-merchant (关联APPID); the client's configured sub-merchant app
    /// id when configured.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Payment directory to authorise, a URL prefix ending in `/` (授权目录).
    #[wechat(max_len = 256)]
    pub jsapi_path: Option<String>,
}

/// The configuration is added: the answer has no business fields beyond its result.
#[wechat_v2_api(response)]
pub struct Response {}
