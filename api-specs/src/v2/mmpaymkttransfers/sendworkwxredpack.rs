//! `v2/mmpaymkttransfers/sendworkwxredpack`: send a WeCom (企业微信) red packet
//! (发放企业红包).
//!
//! A red packet from a WeCom organisation to a member, shown with the sender's name and
//! avatar. Amounts above 200 yuan or below 1 yuan need a `scene_id`; newer merchant accounts
//! need 90 days on the platform and 30 days of normal trading first, and mobile-app app ids
//! cannot send red packets. It needs the client certificate. `wxappid` is not filled from the
//! client configuration.
//!
//! `workwx_sign` is a second, WeCom signature that covers `nonce_str`; the typed call writes
//! its own nonce, so a request that needs it goes through the untyped `post_fields` with the
//! caller's `nonce_str`. The spec's required list also names `total_num` and `client_ip`,
//! which it does not define; they are not declared.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::SceneId;

/// Sends a red packet from a WeCom organisation to one member (发放企业红包).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/sendworkwxredpack", cert)]
pub struct Request {
    /// Merchant red packet number, unique per merchant (商户订单号); resend with the same
    /// number when unsure whether a call went through.
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id the openid belongs to (公众账号appid).
    #[wechat(max_len = 32)]
    pub wxappid: String,
    /// Id of the WeCom app that sends the red packet (发送红包的应用id).
    pub agentid: Option<String>,
    /// Sender name shown on the red packet (发送者名称).
    #[wechat(max_len = 128)]
    pub sender_name: String,
    /// Media id of the sender's avatar, uploaded to WeCom (发送者头像).
    #[wechat(max_len = 128)]
    pub sender_header_media_id: Option<String>,
    /// The receiver's openid under `wxappid` (用户openid).
    #[wechat(max_len = 32)]
    pub re_openid: String,
    /// Amount in fen (付款金额).
    pub total_amount: u64,
    /// Greeting shown on the red packet (红包祝福语).
    #[wechat(max_len = 128)]
    pub wishing: String,
    /// Name of the activity (活动名称).
    #[wechat(max_len = 32)]
    pub act_name: String,
    /// Note (备注).
    #[wechat(max_len = 256)]
    pub remark: String,
    /// Scene of the red packet (场景id); required for amounts above 200 yuan or below 1 yuan.
    pub scene_id: Option<SceneId>,
    /// WeCom signature (企业微信签名): MD5 over `act_name`, `mch_billno`, `mch_id`,
    /// `nonce_str`, `re_openid`, `total_amount` and `wxappid` with the secret of WeCom's
    /// payment app; see the module doc for the nonce.
    #[wechat(max_len = 32)]
    pub workwx_sign: Option<String>,
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
    /// App id (公众账号appid).
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
    /// Sender name shown (发送者名称).
    #[wechat(max_len = 128)]
    pub sender_name: Option<String>,
    /// Media id of the sender's avatar (发送者头像).
    #[wechat(max_len = 128)]
    pub sender_header_media_id: Option<String>,
}
