//! `v2/wxv/queryhotelbill`: query a deposit-free hotel stay order (查询速住订单).
//!
//! Looks up a hotel stay order once it is created: its state, the stay and, once finished, the
//! charges. The `finish_ticket` it returns is needed to finish the order. Needs the client
//! certificate.
//!
//! The spec marks both identifiers required; the order is found by either, the merchant's
//! number or the query id WeChat hands back when the guest returns to the merchant, so both are
//! optional here. It types `checked_in` as a boolean (example `true`); it is read as text.

use wechatpay_v2::{SignType, wechat_v2_api};

// The order states and payment types are those of the rental orders.
pub use crate::shared::Version;
pub use crate::v2::wxv::queryrentbill::{PayType, State};

/// Queries a hotel stay order's state and charges (查询速住订单).
#[wechat_v2_api(path = "v2/wxv/queryhotelbill", cert, idempotent)]
pub struct Request {
    /// Interface version (接口版本号), `1.0`.
    pub version: Version,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant service order number (商户服务订单号); give this or `return_query_id`.
    #[wechat(max_len = 32)]
    pub out_order_no: Option<String>,
    /// Query id WeChat passes when it sends the guest back to the merchant's page (回跳查询id).
    pub return_query_id: Option<String>,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
}

/// The hotel stay order: its state, the stay and the charges.
///
/// `finish_ticket` is marked required by the spec but is only issued once the guest has
/// confirmed the order, so it is optional here: querying a new order must decode.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// State of the order (单据状态).
    pub state: State,
    /// Rooms booked (房间).
    #[wechat(max_len = 40)]
    pub room: String,
    /// Check-in time (入住时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub start_time: String,
    /// Planned check-out time (预定离店时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub end_time: Option<String>,
    /// Hotel (酒店).
    #[wechat(max_len = 20)]
    pub service_location: String,
    /// Deposit waived, in fen (押金).
    pub deposit_amount: u64,
    /// Room rate, in fen (房费).
    pub room_rate: u64,
    /// Room rate shown to the guest (房费说明).
    #[wechat(max_len = 30)]
    pub room_rate_desc: String,
    /// Actual check-out time (实际离店时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub real_end_time: Option<String>,
    /// Whether the guest checked in (是否入住), `true` or `false`.
    pub checked_in: String,
    /// Other charges, in fen (其他费用).
    pub other_fee: Option<u64>,
    /// What the other charges are for (其他费用说明).
    #[wechat(max_len = 30)]
    pub other_fee_desc: Option<String>,
    /// Compensation for damage, in fen (赔偿金费用).
    pub compensation_fee: Option<u64>,
    /// What the compensation is for (赔偿金说明).
    #[wechat(max_len = 30)]
    pub compensation_fee_desc: Option<String>,
    /// Late check-out fee, in fen (延迟退房费).
    pub overdue_fine: Option<u64>,
    /// What the late check-out fee is for (延迟退房说明).
    #[wechat(max_len = 30)]
    pub overdue_fine_desc: Option<String>,
    /// Cancellation fee, in fen (取消费用).
    pub cancel_fee: Option<u64>,
    /// What the cancellation fee is for (取消费用说明).
    #[wechat(max_len = 30)]
    pub cancel_fee_desc: Option<String>,
    /// WeChat Pay service order number (微信支付服务订单号).
    #[wechat(max_len = 128)]
    pub order_id: String,
    /// Ticket needed to finish the order (完结凭证).
    #[wechat(max_len = 512)]
    pub finish_ticket: Option<String>,
    /// Merchant data given at creation (回调数据包).
    #[wechat(max_len = 200)]
    pub attach: Option<String>,
    /// WeChat Pay transaction number of the final payment (结单交易单号).
    #[wechat(max_len = 200)]
    pub finish_transaction_id: Option<String>,
    /// How the guest paid (支付方式).
    pub pay_type: Option<PayType>,
}
