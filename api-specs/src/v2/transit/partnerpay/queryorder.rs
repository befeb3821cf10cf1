//! `v2/transit/partnerpay/queryorder`: query a transit deduction order, partner mode
//! (查询订单, 服务商).
//!
//! A service provider looks up a deduction made for a sub-merchant with
//! `v2/transit/partnerpay/payapply`, to learn whether it was paid. The coupons used come back
//! as an indexed list (`coupon_id_0`, `coupon_fee_0`...) that decodes into a `Vec`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{IsSubscribe, PapTradeType as TradeType, TradeState};

// The coupon item is the same as that of the direct-merchant query.
pub use crate::v2::transit::queryorder::Coupon;

/// Queries a sub-merchant's deduction order, by either of its two numbers (查询订单).
#[wechat_v2_api(
    path = "v2/transit/partnerpay/queryorder",
    idempotent,
    one_of(transaction_id, out_trade_no)
)]
pub struct Request {
    /// Service provider's app id (请求appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id (子商户公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// WeChat order number (微信订单号); give this or `out_trade_no`. The spec marks both
    /// required, but either one identifies the order.
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号), needed when `transaction_id` is left out.
    pub out_trade_no: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The order and its payment state.
///
/// The payment fields (`openid`, `trade_type`, `bank_type`, `total_fee`, `cash_fee`,
/// `transaction_id`, `time_end`) are marked required by the spec but come back only once the
/// order is paid, so they are optional here: querying an unpaid deduction must decode.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (请求appid).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号id).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// The payer's openid under the service provider's app id (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// The payer's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 32)]
    pub sub_openid: Option<String>,
    /// Whether the payer follows the official account (是否关注公众账号).
    pub is_subscribe: Option<IsSubscribe>,
    /// Trade type (交易类型), `PAP` for an entrusted deduction.
    pub trade_type: Option<TradeType>,
    /// Payment state of the order (交易状态).
    pub trade_state: TradeState,
    /// Paying bank (付款银行), a bank code such as `CMC`.
    #[wechat(max_len = 32)]
    pub bank_type: Option<String>,
    /// Order amount in fen (总金额).
    pub total_fee: Option<u64>,
    /// Currency (货币种类), `CNY`.
    #[wechat(max_len = 8)]
    pub fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: Option<u64>,
    /// Currency of the cash payment (现金支付货币类型).
    #[wechat(max_len = 16)]
    pub cash_fee_type: Option<String>,
    /// Amount to settle in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Coupon or instant-discount amount in fen (代金券或立减优惠金额).
    pub coupon_fee: Option<u64>,
    /// The coupons used (`coupon_count` of them, fields `*_$n`).
    #[wechat(list, count = "coupon_count")]
    pub coupons: Vec<Coupon>,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant data given with the deduction, returned as is (附加数据).
    #[wechat(max_len = 128)]
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_end: Option<String>,
    /// Description of the payment state (交易状态描述).
    #[wechat(max_len = 256)]
    pub trade_state_desc: Option<String>,
}
