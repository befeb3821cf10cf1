//! `v2/pay/profitsharingquery`: query a profit-sharing order (查询分账结果).
//!
//! After a profit-sharing request, or a request to finish sharing an order, this says how it
//! went, receiver by receiver. The receivers come back as a JSON array in `receivers`; the
//! spec's example of it is not valid JSON (commas missing), its schema is followed, with the
//! amount as an integer in fen as the example shows. The spec also lists the receivers' members
//! as required fields of the document itself; they are only inside `receivers`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::ReceiverType;

/// Queries the result of a profit-sharing order (查询分账结果).
#[wechat_v2_api(path = "v2/pay/profitsharingquery", idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// WeChat order number of the order shared (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant number of the profit-sharing order (商户分账单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The profit-sharing order, its state and each receiver's share.
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
    /// WeChat order number of the order shared (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant number of the profit-sharing order (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: String,
    /// WeChat number of the profit-sharing order (微信分账单号).
    #[wechat(max_len = 64)]
    pub order_id: String,
    /// State of the profit-sharing order (分账单状态).
    pub status: Status,
    /// Each receiver's share (分账接收方列表), a JSON array.
    pub receivers: Vec<Receiver>,
}

/// State of a profit-sharing order (分账单状态).
#[wechat_v2_api]
pub enum Status {
    /// Being processed (`PROCESSING`).
    Processing,
    /// Done (`FINISHED`).
    Finished,
}

/// How one receiver's share went (分账结果).
#[wechat_v2_api]
pub enum ReceiverResult {
    /// Not shared yet (`PENDING`, 待分账).
    Pending,
    /// Shared (`SUCCESS`, 分账成功).
    Success,
    /// Failed and closed (`CLOSED`, 分账失败已关闭).
    Closed,
}

/// One receiver's share, an item of `receivers` (分账接收方).
#[wechat_v2_api(json)]
pub struct Receiver {
    /// Kind of account (分账接收方类型).
    pub r#type: ReceiverType,
    /// The account: a merchant id or an openid, as `type` says (分账接收方账号).
    pub account: String,
    /// Amount shared to this receiver, in fen (分账金额).
    pub amount: u64,
    /// Why the receiver gets it (分账描述).
    pub description: String,
    /// WeChat number of this share (分账明细单号).
    pub detail_id: String,
    /// When the share completed (分账完成时间), `yyyyMMddHHmmss`.
    pub finish_time: String,
    /// Merchant id that received the share (分账接收商户号).
    pub receiver_mchid: String,
    /// How the share went (分账结果).
    pub result: ReceiverResult,
}
