//! `v2/wxv/finishhotelbill`: finish a deposit-free hotel stay order (完结速住订单).
//!
//! Once the guest has confirmed the order and left, states whether they stayed and what they
//! owe: room rate, other charges, compensation, late check-out, cancellation. Needs the client
//! certificate; `finish_ticket` comes from `v2/wxv/queryhotelbill`.
//!
//! The spec types `checked_in` as a boolean with the example `TRUE` (its query's example is
//! `true`); it is sent as text here. Its `other_fee_desc` has a misplaced type (the example) and
//! says in its example that it takes up to 200 characters, which is the limit declared here.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{ProfitSharing, Version};

/// Finishes a hotel stay and states what the guest owes (完结速住订单).
#[wechat_v2_api(path = "v2/wxv/finishhotelbill", cert)]
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
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// Whether the guest checked in (是否入住): `TRUE` or `FALSE`.
    pub checked_in: String,
    /// Actual check-out time (实际离店时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub real_end_time: Option<String>,
    /// Other charges, such as breakfast, in fen (其他费用金额).
    pub other_fee: u64,
    /// What the other charges are for (其他费用说明).
    #[wechat(max_len = 200)]
    pub other_fee_desc: String,
    /// Cancellation fee, in fen (取消费用).
    pub cancel_fee: Option<u64>,
    /// Compensation for damage, in fen (赔偿金费用).
    pub compensation_fee: u64,
    /// What the compensation is for (赔偿金说明).
    pub compensation_fee_desc: String,
    /// Room rate, in fen (房费).
    pub room_rate: Option<u64>,
    /// Late check-out fee, in fen (延迟退房费用).
    pub overdue_fine: u64,
    /// What the late check-out fee is for (延迟退房说明).
    pub overdue_fine_desc: String,
    /// Total owed, in fen (总金额).
    pub total_amount: u64,
    /// Ticket that allows finishing the order, from the query (完结凭证).
    #[wechat(max_len = 512)]
    pub finish_ticket: String,
    /// Whether the payment is to be shared with other receivers (分账标识).
    pub profit_sharing: ProfitSharing,
}

/// The order finished.
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
    /// WeChat Pay service order number (微信支付服务订单号).
    #[wechat(max_len = 128)]
    pub order_id: String,
}
