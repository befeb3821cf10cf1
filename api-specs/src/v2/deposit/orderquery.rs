//! `v2/deposit/orderquery`: query the state of a deposit order (查询订单).
//!
//! Once a deposit is consumed, the answer also says how much was consumed (`consume_fee`). The
//! coupons used come back as an indexed list (`coupon_id_0`, `coupon_fee_0`...) that decodes
//! into a `Vec`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{Coupon, IsSubscribe, PaidTradeType, TradeState, Version};

/// Queries a deposit order's state, by either of its two numbers (查询订单).
#[wechat_v2_api(
    path = "v2/deposit/orderquery",
    idempotent,
    one_of(transaction_id, out_trade_no)
)]
pub struct Request {
    /// Interface version (接口版本号); `1.0` returns the single-product promotion details.
    pub version: Option<Version>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// WeChat order number (微信订单号); give this or `out_trade_no` (this wins if both). The
    /// spec marks both required, the API takes either.
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号), the alternative to `transaction_id`.
    pub out_trade_no: Option<String>,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
}

/// The deposit order, its payment state and the coupons used on it.
///
/// The payment fields (`openid`, `is_subscribe`, `trade_type`, `bank_type`, `total_fee`,
/// `cash_fee`, `transaction_id`, `time_end`) are marked required by the spec but come back only
/// once the order is paid (`trade_state` `SUCCESS`), so they are optional here: polling an
/// unpaid order must decode.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// The payer's openid under the app id (用户标识).
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// Whether the payer follows the official account (是否关注公众账号).
    pub is_subscribe: Option<IsSubscribe>,
    /// The payer's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 128)]
    pub sub_openid: Option<String>,
    /// Whether the payer follows the sub-merchant's account (是否关注子公众账号).
    pub sub_is_subscribe: Option<IsSubscribe>,
    /// How the order was paid (交易类型); once it is paid.
    pub trade_type: Option<PaidTradeType>,
    /// Payment state of the order (交易状态).
    pub trade_state: TradeState,
    /// Paying bank (付款银行), a bank code such as `CMC`.
    #[wechat(max_len = 16)]
    pub bank_type: Option<String>,
    /// Order amount in fen (标价金额).
    pub total_fee: Option<u64>,
    /// Amount to settle in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Currency of the order amount (标价币种), `CNY`.
    #[wechat(max_len = 8)]
    pub fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: Option<u64>,
    /// Currency of the cash payment (现金支付币种).
    #[wechat(max_len = 16)]
    pub cash_fee_type: Option<String>,
    /// Coupon amount in fen (代金券金额).
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
    /// Merchant data given when paying, returned as is (附加数据).
    #[wechat(max_len = 128)]
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_end: Option<String>,
    /// Description of the payment state (交易状态描述).
    #[wechat(max_len = 256)]
    pub trade_state_desc: String,
    /// Promotion details (营销详情): JSON text `{"promotion_detail":[...]}`, kept as received
    /// (the spec types its amounts as strings, its example as numbers).
    #[wechat(max_len = 6000)]
    pub promotion_detail: Option<String>,
    /// Deposit consumed, in fen (押金消费金额).
    pub consume_fee: Option<u64>,
}
