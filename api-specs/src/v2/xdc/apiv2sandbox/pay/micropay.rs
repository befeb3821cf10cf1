//! `v2/xdc/apiv2sandbox/pay/micropay`: take a payment code payment in the simulation system
//! (仿真测试: 提交付款码支付).
//!
//! The simulation copy of the payment code (付款码) payment, signed with the sandbox key; no
//! money moves. The amount chooses the success test case; the failure cases are chosen by the
//! HTTP header `Wechatpay-Negative-Test`, which this declaration cannot send. The goods
//! (`detail`) and the store (`scene_info`) go as JSON text; the promotion details come back as
//! JSON text, kept as received.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{
    Deposit, IsSubscribe, ProfitSharing, SandboxDetail as Detail, SandboxGoods as Goods, SceneInfo,
    StoreInfo,
};

/// Charges the payer whose payment code the merchant scanned (提交付款码支付).
#[wechat_v2_api(path = "v2/xdc/apiv2sandbox/pay/micropay")]
pub struct Request {
    /// Interface version (接口版本号); `1.0` for the single-product promotions.
    #[wechat(max_len = 32)]
    pub version: Option<String>,
    /// Whether the payment is to be shared with other receivers (是否指定服务商分账); not
    /// shared when left out.
    pub profit_sharing: Option<ProfitSharing>,
    /// Whether this is a deposit payment (是否押金支付).
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
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
    /// What is bought, shown to the payer (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// The goods, sent as JSON text; needed for single-product promotions (商品详情).
    #[wechat(max_len = 6000)]
    pub detail: Option<Detail>,
    /// Merchant data, returned as is (附加数据).
    #[wechat(max_len = 127)]
    pub attach: Option<String>,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Order amount in fen (订单金额).
    pub total_fee: u64,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// IP address of the terminal (终端IP).
    #[wechat(max_len = 64)]
    pub spbill_create_ip: String,
    /// Promotion tag of the order, for coupons (订单优惠标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// Payment methods refused (指定支付方式); `no_credit` refuses credit cards.
    #[wechat(max_len = 32)]
    pub limit_pay: Option<String>,
    /// When the order was made (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// `Y` to offer the payer an electronic invoice (电子发票入口开放标识).
    #[wechat(max_len = 8)]
    pub receipt: Option<String>,
    /// The payment code scanned from the payer's WeChat (授权码).
    #[wechat(max_len = 128)]
    pub auth_code: String,
    /// The store, sent as JSON text (场景信息).
    #[wechat(max_len = 256)]
    pub scene_info: Option<SceneInfo>,
}

/// The payment made.
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
    /// Trade type (交易类型), `MICROPAY`.
    #[wechat(max_len = 16)]
    pub trade_type: String,
    /// Paying bank (付款银行), a bank code such as `CMC`.
    #[wechat(max_len = 32)]
    pub bank_type: String,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// Order amount in fen (订单金额).
    pub total_fee: u64,
    /// Amount to settle in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Coupon amount in fen (代金券金额).
    pub coupon_fee: Option<u64>,
    /// Currency of the cash payment (现金支付货币类型).
    #[wechat(max_len = 16)]
    pub cash_fee_type: Option<String>,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: u64,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 32)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant data given when ordering, returned as is (商家数据包).
    #[wechat(max_len = 128)]
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_end: String,
    /// Promotion details (营销详情): JSON text `{"promotion_detail":[...]}`, kept as received
    /// (the spec types its amounts as strings, its example as numbers).
    #[wechat(max_len = 6000)]
    pub promotion_detail: Option<String>,
}
