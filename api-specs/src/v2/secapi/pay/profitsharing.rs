//! `v2/secapi/pay/profitsharing`: share out a paid order's money once (请求单次分账).
//!
//! Pays the listed receivers their parts of a paid order and releases the rest of the order's
//! frozen money to the (sub-)merchant. After this the order can be neither shared again nor
//! finished. It needs the client certificate and `HMAC-SHA256`.
//!
//! `receivers` is a JSON array both ways: a `Vec` of [`Receiver`] in the request, written
//! compactly, and of [`ReceiverResult`] in the answer, parsed.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{ReceiverType, SharingResult};

/// Shares a paid order's money among receivers, once and for all (请求单次分账).
#[wechat_v2_api(path = "v2/secapi/pay/profitsharing", cert)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Brand owner's merchant id, when sharing for a brand (品牌主商户号).
    #[wechat(max_len = 32)]
    pub brand_mch_id: Option<String>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// WeChat order number of the paid order to share (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant profit-sharing number, unique per merchant (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: String,
    /// Who receives how much (分账接收方列表), sent as a JSON array.
    #[wechat(max_len = 10240)]
    pub receivers: Vec<Receiver>,
}

/// The profit-sharing order and each receiver's outcome.
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
    /// Brand owner's merchant id (品牌主商户号).
    #[wechat(max_len = 32)]
    pub brand_mch_id: Option<String>,
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant profit-sharing number (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: String,
    /// WeChat profit-sharing number (微信分账单号).
    #[wechat(max_len = 64)]
    pub order_id: String,
    /// State of the profit-sharing order (分账单状态).
    pub status: Option<OrderStatus>,
    /// The outcome per receiver (分账接收方列表), a JSON array.
    #[wechat(max_len = 10240)]
    pub receivers: Option<Vec<ReceiverResult>>,
}

/// One receiver of a share: an item of the request's `receivers`.
#[wechat_v2_api(json)]
pub struct Receiver {
    /// Kind of receiver (分账接收方类型).
    pub r#type: ReceiverType,
    /// The receiver's account (分账接收方账号): a merchant id or an openid, after `type`.
    pub account: String,
    /// Amount for this receiver, in fen (分账金额).
    pub amount: u64,
    /// Reason of the share, shown to the receiver (分账描述).
    pub description: String,
    /// The receiver's real name, to check it for a personal receiver (分账个人接收方姓名).
    pub name: Option<String>,
}

/// The outcome of the share for one receiver: an item of the answer's `receivers`.
///
/// The spec's schema names the receiver's account `receiver_account`, its example `account`:
/// both are read, whichever comes.
#[wechat_v2_api(json)]
pub struct ReceiverResult {
    /// Kind of receiver (分账接收方类型).
    pub r#type: ReceiverType,
    /// Amount for this receiver, in fen (分账金额).
    pub amount: u64,
    /// Reason of the share (分账描述).
    pub description: String,
    /// WeChat number of this share (分账明细单号).
    pub detail_id: String,
    /// When the share completed (分账完成时间), `yyyyMMddHHmmss`.
    pub finish_time: String,
    /// The receiver's account, as the schema names it (分账接收方账号).
    pub receiver_account: Option<String>,
    /// The receiver's account, as the example names it (分账接收方账号).
    pub account: Option<String>,
    /// Merchant id the share is credited under (分账接收商户号).
    pub receiver_mchid: String,
    /// Outcome of the share (分账结果).
    pub result: SharingResult,
}

/// State of a profit-sharing order (分账单状态).
#[wechat_v2_api]
pub enum OrderStatus {
    /// All shares done (`FINISHED`).
    Finished,
    /// Shares still being processed (`PROCESSING`).
    Processing,
}
