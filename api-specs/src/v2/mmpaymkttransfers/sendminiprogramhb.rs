//! `v2/mmpaymkttransfers/sendminiprogramhb`: send a red packet to be opened in a mini
//! program (发放小程序红包).
//!
//! Unlike `v2/mmpaymkttransfers/sendredpack`, WeChat sends no message: the answer's `package`
//! is handed to the mini program, which opens the red packet with `wx.sendBizRedPacket`.
//! Newer merchant accounts need 90 days on the platform and 30 days of normal trading first,
//! and mobile-app app ids cannot send red packets. It needs the client certificate, and its
//! response carries no sign. `wxappid` is not filled from the client configuration.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::SceneId;

/// Sends a red packet that a mini program opens for the user (发放小程序红包).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/sendminiprogramhb", cert, unsigned)]
pub struct Request {
    /// Merchant red packet number, unique per merchant (商户订单号); resend with the same
    /// number when unsure whether a call went through.
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id of the mini program (公众账号appid).
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
    /// Name of the activity (活动名称).
    #[wechat(max_len = 32)]
    pub act_name: String,
    /// Note (备注).
    #[wechat(max_len = 256)]
    pub remark: String,
    /// How the user is told (通知用户形式; the spec labels it 活动信息).
    pub notify_way: NotifyWay,
    /// Scene of the red packet (场景id); required for amounts above 200 yuan or below 1 yuan.
    pub scene_id: Option<SceneId>,
}

/// The red packet sent, with the `package` for the mini program.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant red packet number (商户订单号).
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// App id of the mini program (公众账号appid).
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
    /// Parameter for the mini program's `wx.sendBizRedPacket` (Jsapi的入参): signed
    /// `key=value&...` text to pass on as is.
    pub package: String,
}

/// How the user is told of a red packet (通知用户形式).
#[wechat_v2_api]
pub enum NotifyWay {
    /// The mini program opens it through its JSAPI (`MINI_PROGRAM_JSAPI`).
    MiniProgramJsapi,
}
