//! `v2/mmpaymkttransfers/queryworkwxredpack`: query a WeCom (企业微信) red packet
//! (查询红包记录).
//!
//! Looks up a red packet sent with `v2/mmpaymkttransfers/sendworkwxredpack`; only the last 30
//! days can be queried. A billno that is not found may still be in flight: query again a few
//! minutes later, or resend with the same `mch_billno`, rather than treat it as failed. It
//! needs the client certificate.

use wechatpay_v2::wechat_v2_api;

/// Queries a WeCom red packet by its merchant number (查询红包记录).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/queryworkwxredpack", cert, idempotent)]
pub struct Request {
    /// Merchant red packet number given when sending (商户订单号).
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id the red packet was sent under (Appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
}

/// The red packet, its state and who received it.
///
/// `openid`, `amount` and `rcv_time` are marked required by the spec but describe the
/// receipt, which exists only once the red packet has been received (`status` `RECEIVED`), so
/// they are optional here.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant red packet number (商户订单号).
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat red packet number (红包单号).
    #[wechat(max_len = 32)]
    pub detail_id: String,
    /// State of the red packet (红包状态).
    pub status: Status,
    /// How it was sent (发放类型).
    pub send_type: SendType,
    /// Amount of the red packet, in fen (红包金额).
    pub total_amount: u64,
    /// Why sending failed (失败原因).
    #[wechat(max_len = 32)]
    pub reason: Option<String>,
    /// When it was sent (红包发送时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub send_time: String,
    /// When the unclaimed amount was refunded (红包退款时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub refund_time: Option<String>,
    /// Amount refunded, in fen (红包退款金额).
    pub refund_amount: Option<u64>,
    /// Greeting (祝福语).
    #[wechat(max_len = 128)]
    pub wishing: Option<String>,
    /// Note on the activity (活动描述).
    #[wechat(max_len = 256)]
    pub remark: Option<String>,
    /// Name of the activity (活动名称).
    #[wechat(max_len = 32)]
    pub act_name: Option<String>,
    /// The receiver's openid (领取红包的Openid).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// Amount received, in fen (金额).
    pub amount: Option<u64>,
    /// When it was received (接收时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub rcv_time: Option<String>,
    /// Sender name shown on the red packet (发送者名称).
    #[wechat(max_len = 128)]
    pub sender_name: Option<String>,
    /// Media id of the sender's avatar (发送者头像).
    #[wechat(max_len = 128)]
    pub sender_header_media_id: Option<String>,
}

/// State of a red packet (红包状态).
#[wechat_v2_api]
pub enum Status {
    /// Being sent (`SENDING`).
    Sending,
    /// Sent, waiting to be received (`SENT`).
    Sent,
    /// Sending failed (`FAILED`).
    Failed,
    /// Received (`RECEIVED`).
    Received,
    /// Being refunded (`RFUND_ING`, the API's spelling).
    #[wechat(rename = "RFUND_ING")]
    Refunding,
    /// Refunded (`REFUND`).
    Refund,
}

/// How a red packet was sent (发放类型).
#[wechat_v2_api]
pub enum SendType {
    /// Through the API (`API`).
    Api,
}
