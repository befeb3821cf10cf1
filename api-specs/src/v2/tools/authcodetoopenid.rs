//! `v2/tools/authcodetoopenid`: look up the payer behind a payment code (授权码查询openid).
//!
//! Given the code a payer shows at the till (付款码), WeChat returns the payer's openid. After
//! the lookup, only this merchant can charge that code until the payer's code changes.

use wechatpay_v2::wechat_v2_api;

/// Finds the openid of the payer who showed a payment code (授权码查询openid).
#[wechat_v2_api(path = "v2/tools/authcodetoopenid")]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// The payment code read from the payer's screen (授权码).
    #[wechat(max_len = 128)]
    pub auth_code: String,
}

/// The payer's openid, and in partner mode the one under the sub-merchant's app id.
#[wechat_v2_api(response)]
pub struct Response {
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// The payer's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 128)]
    pub sub_openid: Option<String>,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The payer's openid under the app id (用户标识).
    #[wechat(max_len = 128)]
    pub openid: String,
}
