//! Payment result notification (支付结果通知): sent to the `notify_url` of an order once it is
//! paid.
//!
//! Ordinary payments are notified only on success. Partner-mode (服务商) orders add `sub_appid`,
//! `sub_mch_id`, `sub_openid` and `sub_is_subscribe`; entrusted-deduction (扣款, `PAP`) orders add `contract_id`, `user_repaid`
//! and `trade_state`. The notification is signed with the algorithm of the order (its
//! `sign_type`, or the sign's length when the notification carries none).
//!
//! Check the amount and the merchant against your own order before marking it paid.

use wechatpay_v2::wechat_v2_api;

/// A paid order (支付结果通知).
#[wechat_v2_api(response)]
pub struct Notification {
    /// App id (公众平台APPID).
    pub appid: String,
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    pub sub_mch_id: Option<String>,
    /// Sub-merchant app id, in partner mode (子商户应用ID).
    pub sub_appid: Option<String>,
    /// Terminal device number given with the order (设备号).
    pub device_info: Option<String>,
    /// The payer's openid under `appid` (用户标识).
    pub openid: String,
    /// Whether the payer follows the official account (是否关注公众账号).
    pub is_subscribe: YesNo,
    /// The payer's openid under `sub_appid`, in partner mode (用户子标识).
    pub sub_openid: Option<String>,
    /// Whether the payer follows the sub-merchant's account, in partner mode (是否关注子公众账号).
    pub sub_is_subscribe: Option<YesNo>,
    /// Trade type (交易类型).
    pub trade_type: TradeType,
    /// The paying bank (付款银行), such as `CMC`.
    pub bank_type: String,
    /// Order amount in fen (标价金额).
    pub total_fee: u64,
    /// Amount to settle in fen (应结订单金额): `total_fee` less the non-cash coupons; only when
    /// such coupons were used.
    pub settlement_total_fee: Option<u64>,
    /// Amount the payer paid in cash, in fen (现金支付金额).
    pub cash_fee: u64,
    /// Currency of `cash_fee` (现金支付货币类型), such as `CNY`.
    pub cash_fee_type: Option<String>,
    /// Currency (货币种类), such as `CNY`.
    pub fee_type: Option<String>,
    /// Total coupon amount in fen (总代金券金额).
    pub coupon_fee: Option<u64>,
    /// The coupons used (`coupon_count` of them, fields `*_$n`).
    #[wechat(list, count = "coupon_count")]
    pub coupons: Vec<Coupon>,
    /// WeChat Pay order number (微信支付订单号).
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    pub out_trade_no: String,
    /// Merchant data given when the order was placed (商家数据包).
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    pub time_end: Option<String>,
    /// Entrusted-deduction contract id (委托代扣协议id), for `PAP` orders.
    pub contract_id: Option<String>,
    /// Whether the user has repaid (用户是否已还款), for `PAP` orders.
    pub user_repaid: Option<YesNo>,
    /// Trade state (交易状态), for `PAP` orders.
    pub trade_state: Option<TradeState>,
}

/// One coupon used on the order (fields `*_$n`).
#[wechat_v2_api(item)]
pub struct Coupon {
    /// Coupon type (代金券类型), such as `CASH` or `NO_CASH`.
    pub coupon_type: Option<String>,
    /// Coupon id (代金券ID).
    pub coupon_id: Option<String>,
    /// Amount of this coupon, in fen (单个代金券支付金额).
    pub coupon_fee: Option<u64>,
}

/// Yes or no (`Y` / `N`).
#[wechat_v2_api]
pub enum YesNo {
    /// `Y`.
    #[wechat(rename = "Y")]
    Yes,
    /// `N`.
    #[wechat(rename = "N")]
    No,
}

/// Trade type (交易类型).
#[wechat_v2_api]
pub enum TradeType {
    /// In an official account or mini program (`JSAPI`).
    Jsapi,
    /// Scanning a QR code (`NATIVE`).
    Native,
    /// In an app (`APP`).
    App,
    /// In a mobile browser (H5, `MWEB`).
    Mweb,
    /// Entrusted deduction (`PAP`).
    Pap,
}

/// Trade state of an entrusted-deduction order (交易状态).
#[wechat_v2_api]
pub enum TradeState {
    /// Paid (`SUCCESS`).
    Success,
    /// The deduction failed (`PAY_FAIL`).
    PayFail,
}
