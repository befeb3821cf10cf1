//! `v2/sandboxnew/pay/refundquery`: query refunds in the sandbox (沙箱环境: 查询退款).
//!
//! The sandbox copy of `v2/pay/refundquery`, signed with the sandbox key. The refunds of an
//! order come back as an indexed list (`refund_id_0`, `refund_id_1`...), each with its own
//! indexed list of coupons (`coupon_refund_id_0_0`...); they decode into `Vec`s.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{Refund, RefundCoupon, RefundStatus};

/// Queries the refunds of a sandbox order, by any one of its four identifiers (查询退款).
#[wechat_v2_api(
    path = "v2/sandboxnew/pay/refundquery",
    idempotent,
    one_of(transaction_id, out_trade_no, out_refund_no, refund_id)
)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
    /// WeChat order number (微信订单号). Give one of the four identifiers; the most precise
    /// one wins (`refund_id`, then `out_refund_no`, `transaction_id`, `out_trade_no`).
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: Option<String>,
    /// Merchant refund number (商户退款单号).
    #[wechat(max_len = 64)]
    pub out_refund_no: Option<String>,
    /// WeChat refund number (微信退款单号).
    #[wechat(max_len = 32)]
    pub refund_id: Option<String>,
    /// Offset into the refunds of an order with more than 20 (偏移量).
    pub offset: Option<u32>,
}

/// The order and its refunds.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Number of refunds of the order in all (订单总退款次数).
    pub total_refund_count: Option<u32>,
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Order amount in fen (订单金额).
    pub total_fee: u64,
    /// Amount to settle in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Currency (货币种类), `CNY`.
    #[wechat(max_len = 8)]
    pub fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: u64,
    /// The refunds (`refund_count` of them, fields `*_$n`).
    #[wechat(list, count = "refund_count", required)]
    pub refunds: Vec<Refund>,
}
