//! `v2/deposit/unifiedorder`: create a deposit order paid in a JSAPI page or an app
//! (支付押金（JSAPI/APP支付）).
//!
//! The answer's `prepay_id` starts the payment in the payer's WeChat (JSAPI) or in the
//! merchant's app (APP); the result goes to `notify_url`. Service-provider mode: the
//! sub-merchant is required.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{
    DepositDetail as Detail, PricedGoods as Goods, Receipt, SceneInfo, StoreInfo,
};

/// Creates a deposit order to be paid in a web page or an app (支付押金（JSAPI/APP支付）).
#[wechat_v2_api(path = "v2/deposit/unifiedorder")]
pub struct Request {
    /// Service provider's app id (服务商应用ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id (子商户应用ID); needed to get the payer's `sub_openid`.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号), required; the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Signature algorithm (签名类型), required here.
    pub sign_type: SignType,
    /// What is paid for, shown to the payer (商品描述).
    #[wechat(max_len = 127)]
    pub body: String,
    /// Single-product promotion details (单品优惠), sent as JSON text; needed for such promotions.
    #[wechat(max_len = 6000)]
    pub detail: Option<Detail>,
    /// Merchant data returned as is in the notification (附加数据).
    #[wechat(max_len = 127)]
    pub attach: Option<String>,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: String,
    /// Deposit amount in fen (总金额).
    pub total_fee: u64,
    /// IP address of the payer's device (终端IP).
    #[wechat(max_len = 64)]
    pub spbill_create_ip: String,
    /// When the order was created (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// URL that receives the payment result (通知地址).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// Where the payer pays (交易类型).
    pub trade_type: TradeType,
    /// Merchant's product id (商品ID).
    #[wechat(max_len = 32)]
    pub product_id: Option<String>,
    /// Payment methods ruled out (指定支付方式); `no_credit` refuses credit cards.
    #[wechat(max_len = 32)]
    pub limit_pay: Option<String>,
    /// The payer's openid under `appid` (用户标识); for JSAPI, this or `sub_openid`.
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// The payer's openid under `sub_appid` (用户子标识).
    #[wechat(max_len = 128)]
    pub sub_openid: Option<String>,
    /// Whether to show the payer the electronic invoice entry (电子发票入口开放标识).
    pub receipt: Option<Receipt>,
    /// The store where the deposit is taken (场景信息), sent as JSON text.
    #[wechat(max_len = 256)]
    pub scene_info: Option<SceneInfo>,
}

/// The prepayment that the page or app hands to WeChat.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (服务商应用ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant app id (子商户应用ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Where the payer pays (交易类型).
    pub trade_type: TradeType,
    /// Prepayment id that starts the payment, valid for two hours (预支付交易会话标识).
    #[wechat(max_len = 64)]
    pub prepay_id: String,
    /// Payment QR code link (二维码链接).
    #[wechat(max_len = 64)]
    pub code_url: Option<String>,
}

/// Where the payer pays (交易类型).
#[wechat_v2_api]
pub enum TradeType {
    /// In a web page inside WeChat (`JSAPI`).
    Jsapi,
    /// In the merchant's app (`APP`).
    App,
}
