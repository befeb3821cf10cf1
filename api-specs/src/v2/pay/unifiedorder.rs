//! `v2/pay/unifiedorder`: place an order before the payer pays (统一下单).
//!
//! Every payment except payment codes starts here: WeChat Pay records the order and returns a
//! `prepay_id`, from which the merchant builds the payment for its scene (JSAPI in an official
//! account or mini program, a Native QR code from `code_url`, an app, or an H5 page through
//! `mweb_url`). The result is sent to `notify_url`. `promotion_detail` is kept as text, as in
//! `v2/pay/orderquery`: the spec's schema of it and its example disagree. The spec limits
//! `mweb_url` to 64 characters though its example is longer; the limit is kept as documented
//! (answers are not checked against it).

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{
    Detail, Goods, ProfitSharing, Receipt, SceneInfo, StoreInfo, TradeType, UserType, Version,
};

/// Places an order and gets the prepayment id to pay it with (统一下单).
#[wechat_v2_api(
    path = "v2/pay/unifiedorder",
    required_if(openid | sub_openid, trade_type = "JSAPI"),
    required_if(sub_appid, sub_openid),
    required_if(product_id, trade_type = "NATIVE")
)]
pub struct Request {
    /// Interface version (接口版本号); `1.0` for single-product discounts.
    pub version: Option<Version>,
    /// Whether the order's money is to be shared out later (是否指定服务商分账); not when
    /// left out.
    pub profit_sharing: Option<ProfitSharing>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID); the client's one when left out.
    /// Needed with `sub_openid`.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Terminal device number; `WEB` for web and official-account payments (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
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
    /// Currency of the amount (标价币种); `CNY` when left out.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// Order amount in fen (标价金额).
    pub total_fee: u64,
    /// IP address of the payer's device, or of the merchant's server for Native (终端IP).
    #[wechat(max_len = 64)]
    pub spbill_create_ip: String,
    /// When the order was made (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// Discount tag of the order, for coupons (订单优惠标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// URL that receives the payment result (通知地址).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// How the payer will pay (交易类型).
    pub trade_type: TradeType,
    /// Product id, required for `NATIVE` (商品ID).
    #[wechat(max_len = 32)]
    pub product_id: Option<String>,
    /// Payment methods to refuse (指定支付方式): `no_credit` refuses credit cards.
    #[wechat(max_len = 32)]
    pub limit_pay: Option<String>,
    /// The payer's openid under `appid` (用户标识); `JSAPI` needs it or `sub_openid`.
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// The payer's openid under `sub_appid`, in partner mode (用户子标识).
    /// `JSAPI` needs it or `openid`; with it, `sub_appid` is required too.
    #[wechat(max_len = 128)]
    pub sub_openid: Option<String>,
    /// Whether to offer the payer an electronic invoice (电子发票入口开放标识).
    pub receipt: Option<Receipt>,
    /// The store where the payment happens, sent as JSON text (场景信息).
    #[wechat(max_len = 256)]
    pub scene_info: Option<SceneInfo>,
    /// Kind of identity document, to require a given payer (证件类型, 指定身份支付).
    pub user_type: Option<UserType>,
    /// Identity document number of the required payer (证件号).
    #[wechat(max_len = 32)]
    pub user_creid: Option<String>,
    /// Real name of the required payer (姓名).
    #[wechat(max_len = 64)]
    pub user_truename: Option<String>,
}

/// The prepayment: its id, and the QR-code link or H5 link where the scene needs one.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id, in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// How the payer will pay (交易类型).
    pub trade_type: TradeType,
    /// Prepayment id, valid for two hours, to start the payment with (预支付交易会话标识).
    #[wechat(max_len = 64)]
    pub prepay_id: String,
    /// Link to show as a QR code, with `NATIVE` (二维码链接).
    #[wechat(max_len = 64)]
    pub code_url: Option<String>,
    /// Page that opens WeChat's checkout, with `MWEB`; valid for 5 minutes (支付跳转链接).
    #[wechat(max_len = 64)]
    pub mweb_url: Option<String>,
    /// Promotion details (营销详情): JSON text `{"promotion_detail":[...]}`, kept as received.
    #[wechat(max_len = 6000)]
    pub promotion_detail: Option<String>,
}
