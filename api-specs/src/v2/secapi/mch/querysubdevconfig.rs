//! `v2/secapi/mch/querysubdevconfig`: read a sub-merchant's development configuration
//! (配置查询).
//!
//! For service providers: lists the payment directories, the bound app ids and the accounts
//! recommended to follow, as set with `v2/secapi/mch/addsubdevconfig` and
//! `v2/secapi/mkt/addrecommendconf`. Both lists come as JSON text. It needs the client
//! certificate.

use wechatpay_v2::wechat_v2_api;

/// Reads a sub-merchant's payment directories and app id settings (配置查询).
#[wechat_v2_api(path = "v2/secapi/mch/querysubdevconfig", cert, idempotent, nonceless)]
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
}

/// The payment directories and the app id settings.
#[wechat_v2_api(response)]
pub struct Response {
    /// Payment directories (授权目录), sent as JSON text.
    #[wechat(max_len = 2048)]
    pub jsapi_path_list: JsapiPathList,
    /// Bound app ids and the accounts they recommend (关联APPID与关注特约商户公众号的APPID), sent as
    /// JSON text.
    #[wechat(max_len = 1024)]
    pub appid_config_list: AppidConfigList,
}

/// The JSON carried in `jsapi_path_list`: `{"jsapi_path_list": [...]}`.
#[wechat_v2_api(json)]
pub struct JsapiPathList {
    /// The payment directory URLs (支付目录URI数组).
    pub jsapi_path_list: Option<Vec<String>>,
}

/// The JSON carried in `appid_config_list`: `{"appid_config_list": [...]}`.
#[wechat_v2_api(json)]
pub struct AppidConfigList {
    /// The app id settings (关联与关注APPID数组).
    pub appid_config_list: Option<Vec<AppidConfig>>,
}

/// One app id setting.
#[wechat_v2_api(json)]
pub struct AppidConfig {
    /// App id of the official account recommended to follow (关注特约商户公众号的APPID).
    pub subscribe_appid: Option<String>,
    /// Bound app id: official account, mini program or app (绑定好的商户公众号、小程序、APP支付等APPID);
    /// the text `null` when none is bound.
    pub sub_appid: Option<String>,
}
