//! `v2/mmpaymkttransfers/sendredpack`: send a cash red packet to a user (发放普通红包).
//!
//! The red packet reaches the user as a message of the official account `wxappid` (an
//! anti-counterfeit message to followers, a template message to others). It needs the client
//! certificate, and its response carries no sign. `wxappid` is this endpoint's own name for
//! the app id, so it is not filled from the client configuration.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::SceneId;

/// Sends a cash red packet to one user of an official account (发放普通红包).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/sendredpack", cert, unsigned)]
pub struct Request {
    /// Merchant red packet number, unique per merchant (商户订单号); resend with the same
    /// number when unsure whether a call went through.
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// App id whose account delivers the message to the user (触达用户appid).
    #[wechat(max_len = 32)]
    pub msgappid: Option<String>,
    /// App id of the official account the red packet is sent from (公众账号appid).
    #[wechat(max_len = 32)]
    pub wxappid: String,
    /// Sender name shown on the red packet (商户名称).
    #[wechat(max_len = 32)]
    pub send_name: String,
    /// The receiver's openid under `wxappid` (用户openid).
    #[wechat(max_len = 32)]
    pub re_openid: String,
    /// Amount in fen (付款金额).
    pub total_amount: u64,
    /// Number of receivers (红包发放总人数); 1 for this kind of red packet.
    pub total_num: u64,
    /// Greeting shown on the red packet (红包祝福语).
    #[wechat(max_len = 128)]
    pub wishing: String,
    /// IP address of the calling machine (Ip地址).
    #[wechat(max_len = 15)]
    pub client_ip: String,
    /// Name of the activity (活动名称).
    #[wechat(max_len = 32)]
    pub act_name: String,
    /// Note (备注).
    #[wechat(max_len = 256)]
    pub remark: String,
    /// Scene of the red packet (场景id); required for amounts above 200 yuan or below 1 yuan.
    pub scene_id: Option<SceneId>,
    /// Risk information (活动信息): URL-encoded `key=value&...` text with `posttime` (Unix
    /// time of the user's action), `mobile`, `deviceid` and `clientversion`.
    #[wechat(max_len = 128)]
    pub risk_info: Option<String>,
}

/// The red packet sent.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant red packet number (商户订单号).
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// App id of the official account (公众账号appid).
    #[wechat(max_len = 32)]
    pub wxappid: String,
    /// The receiver's openid (用户openid).
    #[wechat(max_len = 32)]
    pub re_openid: String,
    /// Amount in fen (付款金额).
    pub total_amount: u64,
    /// WeChat red packet number (微信单号).
    #[wechat(max_len = 32)]
    pub send_listid: String,
}
