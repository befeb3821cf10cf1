//! `v2/secapi/mch/channelsetting`: assign a channel partner to a bank's sub-merchant
//! (银行服务商特约子商户指定渠道号API).
//!
//! For bank service providers: gives an existing sub-merchant that has no channel partner
//! (渠道商) one. The assignment cannot be changed afterwards. It needs the client certificate.

use wechatpay_v2::wechat_v2_api;

/// Assigns a channel partner to a sub-merchant, once and for all (银行服务商特约子商户指定渠道号API).
#[wechat_v2_api(path = "v2/secapi/mch/channelsetting", cert, nonceless)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// The bank's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The sub-merchant's id (特约商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Merchant id of the channel partner (渠道商商户号).
    #[wechat(max_len = 32)]
    pub channel_id: String,
}

/// The assignment made.
#[wechat_v2_api(response)]
pub struct Response {
    /// The bank's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Message about the processing (处理信息).
    #[wechat(max_len = 128)]
    pub result_msg: String,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// The sub-merchant's id (子商户商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// Merchant id of the channel partner (渠道商商户号).
    #[wechat(max_len = 32)]
    pub channel_id: String,
}
