//! `v2/mmpaymkttransfers/gethbinfo`: look up a red packet that was sent (查询红包记录).
//!
//! Finds a red packet (红包), plain or group (裂变), by the merchant's number for it, with its
//! state and, once opened, who received how much. It needs the client certificate, and its
//! response carries no sign. The receipts come back as nested elements,
//! `<hblist><hbinfo>..</hbinfo>..</hblist>`, one of the two answers of the API that are not flat.

use wechatpay_v2::wechat_v2_api;

// A red packet's states are the same as those of the WeCom red-packet query.
pub use crate::v2::mmpaymkttransfers::queryworkwxredpack::Status;

/// Looks up a red packet by the merchant's number for it (查询红包记录).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/gethbinfo", cert, unsigned, idempotent)]
pub struct Request {
    /// Merchant's number for the red packet, as sent (商户订单号).
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id the red packet was sent under (Appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// What `mch_billno` is (订单类型): always the merchant's number, `MCHT`.
    pub bill_type: BillType,
}

/// The red packet, its state and its receipts.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant's number for the red packet (商户订单号).
    #[wechat(max_len = 28)]
    pub mch_billno: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat's number for the red packet (红包单号).
    #[wechat(max_len = 32)]
    pub detail_id: String,
    /// State of the red packet (红包状态).
    pub status: Status,
    /// How it was sent (发放类型).
    pub send_type: SendType,
    /// Plain or group red packet (红包类型).
    pub hb_type: HbType,
    /// Number of red packets (红包个数); more than one for a group red packet.
    pub total_num: u32,
    /// Total amount, in fen (红包金额).
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
    /// Greeting shown with it (祝福语).
    #[wechat(max_len = 128)]
    pub wishing: Option<String>,
    /// Note on the campaign (活动描述).
    #[wechat(max_len = 256)]
    pub remark: Option<String>,
    /// Campaign name (活动名称).
    #[wechat(max_len = 32)]
    pub act_name: Option<String>,
    /// Who received how much (红包领取记录): one `<hbinfo>` in `<hblist>` per receipt.
    #[wechat(list, nested = "hbinfo")]
    pub hblist: Vec<Receipt>,
}

/// One receipt of a red packet (裂变红包领取列表): who opened it, how much, when.
#[wechat_v2_api(item)]
pub struct Receipt {
    /// The receiver's openid (领取红包的Openid).
    #[wechat(max_len = 32)]
    pub openid: String,
    /// Amount received, in fen (金额).
    pub amount: u64,
    /// When it was received (接收时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub rcv_time: String,
}

/// What the number of the query is (订单类型).
#[wechat_v2_api]
pub enum BillType {
    /// The merchant's number for the red packet (`MCHT`).
    Mcht,
}

/// How a red packet was sent (发放类型).
#[wechat_v2_api]
pub enum SendType {
    /// Through the API (`API`).
    Api,
    /// From an uploaded file (`UPLOAD`).
    Upload,
    /// By a campaign (`ACTIVITY`).
    Activity,
}

/// Plain or group red packet (红包类型).
#[wechat_v2_api]
pub enum HbType {
    /// One receiver (`NORMAL`).
    Normal,
    /// Split among a group (`GROUP`, 裂变红包).
    Group,
}
