//! `v2/secapi/pay/refundv2`: refund a paid order, with single-product promotions
//! (申请退款（支持单品）).
//!
//! The fields of `v2/secapi/pay/refund`, plus the goods refunded (`detail`), so that orders
//! with single-product (单品) promotions can be refunded in full or in part; WeChat recommends
//! it over the older endpoint for such orders. It needs the client certificate. The coupons
//! refunded come back as an indexed list (`coupon_refund_id_0`...) that decodes into a `Vec`.
//!
//! The spec contradicts itself twice. For the goods in `detail` its schema has an order's
//! fields (`quantity`, `price`) while its example has a refund's (`refund_quantity`,
//! `refund_amount`, `price`); the refund's are declared. For `promotion_detail` in the answer
//! its schema and its example share few fields (and the example misspells `refund_amout`), so
//! that JSON is kept as received.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::RefundCoupon;

/// Asks for a refund of a paid order, goods by goods, by either of the order's two numbers
/// (申请退款（支持单品）).
#[wechat_v2_api(
    path = "v2/secapi/pay/refundv2",
    cert,
    one_of(transaction_id, out_trade_no)
)]
pub struct Request {
    /// The goods refunded (退款包含的商品列表), sent as JSON text; may be left out for a full refund.
    #[wechat(max_len = 6000)]
    pub detail: Option<Detail>,
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
    /// WeChat order number (微信订单号); give this or `out_trade_no` (this wins if both). The
    /// spec marks both required; the API takes either.
    #[wechat(max_len = 32)]
    pub transaction_id: Option<String>,
    /// Merchant order number (商户订单号), the alternative to `transaction_id`.
    pub out_trade_no: Option<String>,
    /// Merchant refund number (商户退款单号); reuse it when retrying a failed refund.
    #[wechat(max_len = 64)]
    pub out_refund_no: String,
    /// Order amount in fen (订单金额).
    pub total_fee: u64,
    /// Amount to refund, in fen (退款金额).
    pub refund_fee: u64,
    /// Currency of the refund (退款货币种类), `CNY`.
    #[wechat(max_len = 8)]
    pub refund_fee_type: Option<String>,
    /// Reason shown to the payer (退款原因).
    #[wechat(max_len = 80)]
    pub refund_desc: Option<String>,
    /// Where the refund money comes from (退款资金来源), such as `REFUND_SOURCE_RECHARGE_FUNDS`.
    #[wechat(max_len = 30)]
    pub refund_account: Option<String>,
    /// URL that receives the refund result (退款结果通知url).
    #[wechat(max_len = 256)]
    pub notify_url: Option<String>,
}

/// The refund accepted, with the amounts it covers.
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
    /// WeChat order number (微信订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant refund number (商户退款单号).
    #[wechat(max_len = 64)]
    pub out_refund_no: String,
    /// WeChat refund number (微信退款单号).
    #[wechat(max_len = 32)]
    pub refund_id: String,
    /// Amount refunded, in fen (退款金额).
    pub refund_fee: u64,
    /// Refund amount to settle, in fen (应结退款金额).
    pub settlement_refund_fee: Option<u64>,
    /// Order amount in fen (标价金额).
    pub total_fee: u64,
    /// Order amount to settle, in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Currency of the order amount (标价币种), `CNY`.
    #[wechat(max_len = 8)]
    pub fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: u64,
    /// Currency of the cash payment (现金支付币种).
    #[wechat(max_len = 16)]
    pub cash_fee_type: Option<String>,
    /// Cash amount refunded, in fen (现金退款金额).
    pub cash_refund_fee: Option<u64>,
    /// Coupon amount refunded in all, in fen (代金券退款总金额).
    pub coupon_refund_fee: Option<u64>,
    /// The coupons refunded (`coupon_refund_count` of them, fields `*_$n`).
    #[wechat(list, count = "coupon_refund_count")]
    pub coupons: Vec<RefundCoupon>,
    /// Promotions refunded (营销详情): JSON text `{"promotion_detail":[...]}`, kept as received.
    #[wechat(max_len = 6000)]
    pub promotion_detail: Option<String>,
}

/// The JSON carried in `detail`: the goods refunded.
#[wechat_v2_api(json)]
pub struct Detail {
    /// Original order amount in fen (订单原价).
    pub cost_price: Option<u64>,
    /// Receipt id of the goods (商品小票ID).
    pub receipt_id: Option<String>,
    /// The goods refunded (单品列表).
    pub goods_detail: Vec<RefundGoods>,
}

/// One line of goods refunded.
#[wechat_v2_api(json)]
pub struct RefundGoods {
    /// The merchant's goods code (商品编码).
    pub goods_id: Option<String>,
    /// WeChat Pay's goods code (微信支付商品编码).
    pub wxpay_goods_id: Option<String>,
    /// Goods name (商品名称).
    pub goods_name: Option<String>,
    /// Amount refunded for this line, in fen.
    pub refund_amount: u64,
    /// Quantity refunded.
    pub refund_quantity: u64,
    /// Unit price in fen (商品单价).
    pub price: u64,
}
