//! `v2/sandboxnew/pay/unifiedorder`: place an order in the sandbox (沙箱环境: 统一下单).
//!
//! The sandbox copy of the unified order: every payment but the payment code one starts here;
//! the `prepay_id` (or `code_url`, `mweb_url`) it returns starts the payment in the JSAPI,
//! Native, app or H5 flow. Signed with the sandbox key; no money moves. The goods (`detail`)
//! and the store (`scene_info`) go as JSON text.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{
    ProfitSharing, Receipt, SandboxDetail as Detail, SandboxGoods as Goods, SceneInfo, StoreInfo,
    TradeType, UserType, Version,
};

/// Places an order and gets the prepayment id that starts the payment (统一下单).
#[wechat_v2_api(
    path = "v2/sandboxnew/pay/unifiedorder",
    required_if(openid | sub_openid, trade_type = "JSAPI"),
    required_if(sub_appid, sub_openid),
    required_if(product_id, trade_type = "NATIVE")
)]
pub struct Request {
    /// Interface version (接口版本号); `1.0` for the single-product promotions.
    pub version: Option<Version>,
    /// Whether the payment is to be shared with other receivers (是否指定服务商分账); not
    /// shared when left out.
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
    /// Currency of the amount (标价币种), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// Order amount in fen (标价金额).
    pub total_fee: u64,
    /// IP address of the payer's device or of the calling machine (终端IP).
    #[wechat(max_len = 64)]
    pub spbill_create_ip: String,
    /// When the order was made (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// Promotion tag of the order, for coupons (订单优惠标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// URL that receives the payment result (通知地址).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// Trade type (交易类型): how the payment is started.
    pub trade_type: TradeType,
    /// Product id (商品ID); required for `NATIVE`.
    #[wechat(max_len = 32)]
    pub product_id: Option<String>,
    /// Payment methods refused (指定支付方式); `no_credit` refuses credit cards.
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
    /// The store, sent as JSON text (场景信息).
    #[wechat(max_len = 256)]
    pub scene_info: Option<SceneInfo>,
    /// Kind of identity document, to require a given payer (证件类型, 指定身份支付).
    pub user_type: Option<UserType>,
    /// Identity document number of the required payer (证件号, 指定身份支付).
    #[wechat(max_len = 32)]
    pub user_creid: Option<String>,
    /// Real name of the required payer (姓名, 指定身份支付).
    #[wechat(max_len = 64)]
    pub user_truename: Option<String>,
}

/// The prepayment: its id, and the QR code or H5 link for the flows that use them.
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
    /// Trade type (交易类型).
    pub trade_type: TradeType,
    /// Prepayment id that starts the payment, valid for two hours (预支付交易会话标识).
    #[wechat(max_len = 64)]
    pub prepay_id: String,
    /// Link to show as a QR code, for `NATIVE` (二维码链接).
    #[wechat(max_len = 64)]
    pub code_url: Option<String>,
    /// Page that opens the WeChat cashier from a mobile browser, for `MWEB`; valid for five
    /// minutes (支付跳转链接).
    #[wechat(max_len = 64)]
    pub mweb_url: Option<String>,
    /// Promotion details (营销详情): JSON text `{"promotion_detail":[...]}`, kept as received
    /// (the spec types its amounts as strings, its example as numbers).
    #[wechat(max_len = 6000)]
    pub promotion_detail: Option<String>,
}
