//! `v2/pay/profitsharingremovereceiver`: remove a profit-sharing receiver (删除分账接收方).
//!
//! A service provider removes, for a sub-merchant, a receiver added with
//! `v2/pay/profitsharingaddreceiver`; profit sharing can no longer pay to it. The receiver goes
//! as JSON text.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::ReceiverType;

/// Removes an account from the profit-sharing receivers (删除分账接收方).
#[wechat_v2_api(path = "v2/pay/profitsharingremovereceiver")]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The receiver to remove, sent as JSON text (分账接收方).
    #[wechat(max_len = 2048)]
    pub receiver: Receiver,
}

/// The receiver removed.
#[wechat_v2_api(response)]
pub struct Response {
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The receiver removed, as JSON text (分账接收方).
    #[wechat(max_len = 128)]
    pub receiver: Receiver,
}

/// A receiver, carried as JSON in `receiver`.
#[wechat_v2_api(json)]
pub struct Receiver {
    /// Kind of account (分账接收方类型).
    pub r#type: ReceiverType,
    /// The account: a merchant id or an openid, as `type` says (分账接收方账号).
    pub account: String,
}
