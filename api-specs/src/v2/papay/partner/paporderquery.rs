//! `v2/papay/partner/paporderquery`: query an entrusted-deduction order of a sub-merchant
//! (查询订单, partner mode).
//!
//! Only for orders made by entrusted deduction (代扣): the merchant polls their payment state
//! before the next step. This path's documentation page now redirects to
//! `v2/pay/partner/paporderquery`; there is no YAML spec for it, so the fields follow that
//! page, and the length limits the spec of `v2/pay/partner/paporderquery`. The coupons used
//! come back as an indexed list (`coupon_id_0`, `coupon_fee_0`...) that decodes into a `Vec`.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{IsSubscribe, PapCoupon as Coupon, TradeState};

/// Queries a deduction order's payment state, by either of its two numbers (查询订单).
#[wechat_v2_api(
    path = "v2/papay/partner/paporderquery",
    idempotent,
    one_of(transaction_id, out_trade_no)
)]
pub struct Request {
    /// App id (请求appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id of the partner (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// WeChat order number (微信订单号); give this or `out_trade_no`. The documentation marks
    /// both required, but either one names the order.
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号), the alternative to `transaction_id`.
    pub out_trade_no: Option<String>,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号); sent when the client has one configured.
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
}

/// The order, its payment state and the coupons used on it.
///
/// The payment fields (`openid`, `trade_type`, `bank_type`, `total_fee`, `cash_fee`,
/// `transaction_id`, `time_end`) are marked required by the documentation but come back only
/// once the order is paid (`trade_state` `SUCCESS`), so they are optional here: polling an
/// unpaid order must decode.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (请求appid).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id of the partner (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// The payer's openid (用户标识).
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// Whether the payer follows the official account (是否关注公众账号).
    pub is_subscribe: Option<IsSubscribe>,
    /// Trade type (交易类型), `PAP` for entrusted deduction.
    #[wechat(max_len = 16)]
    pub trade_type: Option<String>,
    /// Payment state of the order (交易状态).
    pub trade_state: TradeState,
    /// Paying bank (付款银行), a bank code such as `CMC`.
    #[wechat(max_len = 16)]
    pub bank_type: Option<String>,
    /// Order amount in fen (总金额).
    pub total_fee: Option<u64>,
    /// Currency of the order amount (货币种类), `CNY`.
    #[wechat(max_len = 8)]
    pub fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: Option<u64>,
    /// Currency of the cash payment (现金支付货币类型).
    #[wechat(max_len = 16)]
    pub cash_fee_type: Option<String>,
    /// Coupon and discount amount in fen (代金券或立减优惠金额).
    pub coupon_fee: Option<u64>,
    /// The coupons and discounts used (`coupon_count` of them, fields `*_$n`).
    #[wechat(list, count = "coupon_count")]
    pub coupons: Vec<Coupon>,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant data given when ordering, returned as is (附加数据).
    #[wechat(max_len = 128)]
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_end: Option<String>,
    /// Description of the payment state (交易状态描述).
    #[wechat(max_len = 256)]
    pub trade_state_desc: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
}
