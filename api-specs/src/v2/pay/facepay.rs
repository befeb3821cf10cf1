//! `v2/pay/facepay`: charge a payer identified by face recognition (提交刷脸支付).
//!
//! The face-payment device (刷脸设备) recognises the payer and hands the merchant a
//! `face_code`, which pays the order here, like a payment code in `v2/pay/micropay`. Signed
//! with HMAC-SHA256 only. In `detail`, the spec's schema counts goods with `goods_num`, its
//! example with `quantity`; the schema wins. `promotion_detail` is kept as text, as in
//! `v2/pay/orderquery`: the spec's schema of it and its example disagree.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{Deposit, FacepayDetail as Detail, FacepayGoods as Goods, IsSubscribe};

/// Charges the payer recognised by a face-payment device (提交刷脸支付).
#[wechat_v2_api(path = "v2/pay/facepay")]
pub struct Request {
    /// Whether this pays a deposit (是否押金支付).
    pub deposit: Option<Deposit>,
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
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// What is paid for, shown to the payer (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// The goods, for single-product discounts, sent as JSON text (商品详情).
    #[wechat(max_len = 6000)]
    pub detail: Option<Detail>,
    /// Merchant data, returned as is in the query and the notification (附加数据).
    #[wechat(max_len = 127)]
    pub attach: Option<String>,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Order amount in fen (总金额).
    pub total_fee: u64,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: String,
    /// IP address of the device or server (终端IP).
    #[wechat(max_len = 16)]
    pub spbill_create_ip: String,
    /// Discount tag of the order, for coupons (订单优惠标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// Payment methods to refuse (指定支付方式): `no_credit` refuses credit cards.
    #[wechat(max_len = 32)]
    pub limit_pay: Option<String>,
    /// When the order was made (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// The payer's openid under the app id, as the device reported it (用户标识).
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// The face code from the device (授权码).
    #[wechat(max_len = 128)]
    pub face_code: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The completed payment.
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
    pub openid: String,
    /// Whether the payer follows the official account (是否关注公众账号).
    pub is_subscribe: IsSubscribe,
    /// The payer's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 128)]
    pub sub_openid: Option<String>,
    /// Whether the payer follows the sub-merchant's account (是否关注子公众账号).
    pub sub_is_subscribe: Option<IsSubscribe>,
    /// Trade type (交易类型), such as `MICROPAY`.
    #[wechat(max_len = 16)]
    pub trade_type: String,
    /// Paying bank (付款银行), a bank code such as `CMC`.
    #[wechat(max_len = 32)]
    pub bank_type: String,
    /// Currency of the order amount (标价币种), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// Order amount in fen (标价金额).
    pub total_fee: u64,
    /// Currency of the cash payment (现金支付币种).
    #[wechat(max_len = 16)]
    pub cash_fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: u64,
    /// Amount to settle in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Coupon amount in fen (代金券金额).
    pub coupon_fee: Option<u64>,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant data given in the request, returned as is (商家数据包).
    #[wechat(max_len = 128)]
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_end: String,
    /// Promotion details (营销详情): JSON text `{"promotion_detail":[...]}`, kept as received.
    #[wechat(max_len = 6000)]
    pub promotion_detail: Option<String>,
}
