//! `v2/secapi/mch/modifymchinfo`: change a bank sub-merchant's short name or service phone
//! (银行特约商户信息修改).
//!
//! For bank service providers. The short name is what payers see on the payment page, so it
//! must identify the merchant clearly. After a successful change, the next one is possible 30
//! days later. It needs the client certificate.

use wechatpay_v2::wechat_v2_api;

/// Changes a sub-merchant's short name and/or service phone (银行特约商户信息修改).
#[wechat_v2_api(path = "v2/secapi/mch/modifymchinfo", cert, nonceless)]
pub struct Request {
    /// The bank's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The sub-merchant's id (商户识别码); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// New short name, shown to payers (商户简称).
    #[wechat(max_len = 20)]
    pub merchant_shortname: Option<String>,
    /// New customer-service phone (客服电话).
    #[wechat(max_len = 20)]
    pub service_phone: Option<String>,
}

/// The outcome of the change.
#[wechat_v2_api(response)]
pub struct Response {
    /// Message about the processing (处理信息).
    #[wechat(max_len = 32)]
    pub result_msg: String,
}
