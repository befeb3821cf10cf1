//! `v2/pay/querycombinedorder`: query a combined order (合单查单).
//!
//! The state of a combined order (`v2/pay/combinedorder`) and of each sub-order. Only the
//! combined number `combine_out_trade_no` finds it here; a sub-order alone is queried with
//! `v2/pay/orderquery`. WeChat stopped taking new users of APIv2 combined payment on
//! 2021-09-01. The spec's example of `sub_order_list` repeats the one of the request; its
//! schema (and the documentation table) are followed.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{PricedGoods as Goods, TradeState, TradeType};

/// Queries a combined order by its merchant number (合单查单).
#[wechat_v2_api(path = "v2/pay/querycombinedorder", idempotent)]
pub struct Request {
    /// App id that placed the combined order (合单appid).
    #[wechat(max_len = 32)]
    pub combine_appid: String,
    /// Merchant id that placed the combined order (合单商户号).
    #[wechat(max_len = 32)]
    pub combine_mch_id: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant number of the combined order (合单商户订单号).
    #[wechat(max_len = 32)]
    pub combine_out_trade_no: String,
}

/// The combined order, its state and its sub-orders.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id of the combined order (合单appid).
    #[wechat(max_len = 32)]
    pub combine_appid: String,
    /// Merchant id of the combined order (合单商户号).
    #[wechat(max_len = 32)]
    pub combine_mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// The payer's openid under `combine_appid` (合单用户标识).
    #[wechat(max_len = 128)]
    pub combine_openid: Option<String>,
    /// Merchant number of the combined order (合单商户订单号).
    #[wechat(max_len = 32)]
    pub combine_out_trade_no: String,
    /// Description of the business result (业务结果描述), such as `OK`.
    #[wechat(max_len = 32)]
    pub result_msg: String,
    /// Payment state of the combined order (交易状态).
    pub trade_state: Option<TradeState>,
    /// Description of the payment state (交易状态描述).
    #[wechat(max_len = 256)]
    pub trade_state_desc: Option<String>,
    /// The sub-orders, as JSON text (子单信息).
    #[wechat(max_len = 10240)]
    pub sub_order_list: SubOrders,
}

/// What a discount applies to (优惠范围).
#[wechat_v2_api]
pub enum PromotionScope {
    /// The whole order (`GLOBAL`).
    Global,
    /// Single products (`SINGLE`).
    Single,
}

/// Kind of discount (优惠类型).
#[wechat_v2_api]
pub enum PromotionType {
    /// A coupon, funded in advance (`COUPON`).
    Coupon,
    /// An instant discount, not funded in advance (`DISCOUNT`).
    Discount,
}

/// The sub-orders, carried as JSON in `sub_order_list`.
#[wechat_v2_api(json)]
pub struct SubOrders {
    /// Number of sub-orders (子订单数).
    pub order_num: u64,
    /// The sub-orders (子订单信息).
    pub order_list: Vec<SubOrder>,
}

/// One sub-order and its payment (子订单信息).
#[wechat_v2_api(json)]
pub struct SubOrder {
    /// Merchant id of the sub-order (子单商户号).
    pub mchid: String,
    /// How the sub-order is paid (交易类型).
    pub trade_type: TradeType,
    /// Merchant data, returned as is (附加数据).
    pub attach: String,
    /// Amount of the sub-order (订单金额).
    pub amount: Amount,
    /// WeChat order number of the sub-order, once paid (微信订单号).
    pub transaction_id: Option<String>,
    /// Merchant order number of the sub-order (子单商户订单号).
    pub out_trade_no: String,
    /// Discount tag of the sub-order (订单优惠标记).
    pub goods_tag: Option<String>,
    /// What is paid for (商品描述).
    pub description: String,
    /// The discount applied to the sub-order (营销详情).
    pub promotion_detail: Option<Promotion>,
}

/// Amount of a sub-order (订单金额).
#[wechat_v2_api(json)]
pub struct Amount {
    /// Amount in fen (标价金额).
    pub total_amount: u64,
    /// Currency (标价币种), `CNY`.
    pub currency: Option<String>,
}

/// A discount applied to a sub-order (营销详情).
#[wechat_v2_api(json)]
pub struct Promotion {
    /// Coupon id (券ID).
    pub promotion_id: String,
    /// Name of the discount (优惠名称).
    pub name: Option<String>,
    /// What the discount applies to (优惠范围).
    pub scope: Option<PromotionScope>,
    /// Kind of discount (优惠类型).
    pub r#type: Option<PromotionType>,
    /// Value of the discount, in fen (优惠券面额).
    pub amount: String,
    /// Id of the discount campaign (活动ID).
    pub activity_id: String,
    /// Part funded by WeChat Pay, in fen (微信出资).
    pub wxpay_contribute: Option<String>,
    /// Part funded by the merchant, in fen (商户出资).
    pub merchant_contribute: Option<String>,
    /// Part funded by others, in fen (其他出资).
    pub other_contribute: Option<String>,
    /// The products discounted (单品列表).
    pub goods_detail: Vec<Goods>,
}
