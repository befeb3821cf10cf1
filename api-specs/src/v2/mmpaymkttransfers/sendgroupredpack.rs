//! `v2/mmpaymkttransfers/sendgroupredpack`: send a group (fission) red packet (发放裂变红包).
//!
//! One call sends a group of red packets: the first user (the seed) takes one and shares the
//! rest with friends. The spec marks the endpoint deprecated. It needs the client
//! certificate, and its response carries no sign. `wxappid` is this endpoint's own name for
//! the app id, so it is not filled from the client configuration.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::SceneId;

/// Sends a group of red packets, through a seed user, to be shared (发放裂变红包).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/sendgroupredpack", cert, unsigned)]
pub struct Request {
    /// Merchant red packet number, unique per merchant (商户订单号); resend with the same
    /// number when unsure whether a call went through.
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id of the official account the red packet is sent from (公众账号appid).
    #[wechat(max_len = 32)]
    pub wxappid: String,
    /// Sender name shown on the red packet (商户名称).
    #[wechat(max_len = 32)]
    pub send_name: String,
    /// The seed user's openid under `wxappid` (用户openid).
    #[wechat(max_len = 32)]
    pub re_openid: String,
    /// Total amount of the group, in fen (总金额).
    pub total_amount: u64,
    /// Number of red packets in the group (红包发放总人数), 3 to 20.
    pub total_num: u64,
    /// How the amount is split (红包金额设置方式).
    pub amt_type: AmtType,
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
    /// Risk information (活动信息): URL-encoded `key=value&...` text with `posttime` (Unix
    /// time of the user's action), `mobile`, `deviceid` and `clientversion`.
    #[wechat(max_len = 128)]
    pub risk_info: Option<String>,
}

/// The group of red packets sent.
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
    /// The seed user's openid (用户openid).
    #[wechat(max_len = 32)]
    pub re_openid: String,
    /// Total amount, in fen (总金额).
    pub total_amount: u64,
    /// WeChat red packet number (微信单号).
    #[wechat(max_len = 32)]
    pub send_listid: String,
}

/// How the amount of a group is split (红包金额设置方式).
#[wechat_v2_api]
pub enum AmtType {
    /// At random (`ALL_RAND`).
    AllRand,
}
