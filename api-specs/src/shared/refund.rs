//! Refunds and the coupons they give back.

use wechatpay_v2::wechat_v2_api;

/// One refund of an order (fields `*_$n`).
#[wechat_v2_api(item)]
pub struct Refund {
    /// Merchant refund number (商户退款单号).
    #[wechat(max_len = 64)]
    pub out_refund_no: String,
    /// WeChat refund number (微信退款单号).
    #[wechat(max_len = 32)]
    pub refund_id: String,
    /// Refund channel (退款渠道), such as `ORIGINAL` or `BALANCE`.
    #[wechat(max_len = 16)]
    pub refund_channel: Option<String>,
    /// Amount asked for, in fen (申请退款金额).
    pub refund_fee: u64,
    /// Amount refunded, in fen (退款金额).
    pub settlement_refund_fee: Option<u64>,
    /// Coupon amount refunded, in fen (总代金券退款金额).
    pub coupon_refund_fee: Option<u64>,
    /// The coupons refunded (`coupon_refund_count_$n` of them, fields `*_$n_$m`).
    #[wechat(list, count = "coupon_refund_count")]
    pub coupons: Vec<RefundCoupon>,
    /// Refund state (退款状态).
    pub refund_status: RefundStatus,
    /// Where the refund money came from (退款资金来源).
    #[wechat(max_len = 30)]
    pub refund_account: Option<String>,
    /// The account credited (退款入账账户); the API spells the wire name `refund_recv_accout`.
    #[wechat(max_len = 64)]
    pub refund_recv_accout: String,
    /// When the refund succeeded (退款成功时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 20)]
    pub refund_success_time: Option<String>,
}

/// One coupon of a refund: fields `*_$n` in a refund's answer, `*_$n_$m` within a refund of a
/// query's answer.
#[wechat_v2_api(item)]
pub struct RefundCoupon {
    /// Coupon type (代金券类型), `CASH` or `NO_CASH`.
    #[wechat(max_len = 8)]
    pub coupon_type: Option<String>,
    /// Coupon id (退款代金券ID).
    #[wechat(max_len = 20)]
    pub coupon_refund_id: Option<String>,
    /// Amount refunded on this coupon, in fen (单个代金券退款金额).
    pub coupon_refund_fee: Option<u64>,
}

/// Refund state (退款状态): what a refund query answers, and what a refund notification tells.
#[wechat_v2_api]
pub enum RefundStatus {
    /// Refunded (`SUCCESS`).
    Success,
    /// The refund was closed (`REFUNDCLOSE`).
    #[wechat(rename = "REFUNDCLOSE")]
    RefundClose,
    /// Being processed (退款处理中, `PROCESSING`).
    Processing,
    /// The refund failed and needs handling (退款异常, `CHANGE`).
    Change,
}
