//! `v2/pay/combinedorder`: place a combined order of several merchants (合单下单).
//!
//! Combined payment (合单支付) lets the payer pay up to 10 orders, of one or more merchants,
//! with a single password entry. Like `v2/pay/unifiedorder`, it returns a `prepay_id` to start
//! the payment in the scene (QR code, JSAPI, app, H5). WeChat stopped taking new users of
//! APIv2 combined payment on 2021-09-01 (APIv3 replaces it). The merchant fields are
//! `combine_appid` and `combine_mch_id`, which the client configuration does not fill. The
//! spec's example of `scene_info` gives the H5 type as `IOS`, its schema `iOS`; the schema wins.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Places a combined order and gets the prepayment id to pay it with (合单下单).
#[wechat_v2_api(path = "v2/pay/combinedorder")]
pub struct Request {
    /// App id that places the combined order (合单appid).
    #[wechat(max_len = 32)]
    pub combine_appid: String,
    /// Merchant id that places the combined order (合单商户号).
    #[wechat(max_len = 32)]
    pub combine_mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant number of the combined order (合单商户订单号).
    #[wechat(max_len = 32)]
    pub combine_out_trade_no: String,
    /// IP address of the payer's device (终端IP).
    #[wechat(max_len = 16)]
    pub spbill_create_ip: String,
    /// When the order was made (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// URL that receives the payment result (通知地址).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// How the payer will pay (交易类型), such as `JSAPI`, `NATIVE`, `APP` or `MWEB`.
    pub trade_type: String,
    /// Product id, for `NATIVE` (商品ID).
    #[wechat(max_len = 32)]
    pub product_id: Option<String>,
    /// The payer's openid under `combine_appid`, for `JSAPI` (合单用户标识).
    #[wechat(max_len = 128)]
    pub combine_openid: Option<String>,
    /// Where the payment happens, sent as JSON text (场景信息).
    #[wechat(max_len = 256)]
    pub scene_info: SceneInfo,
    /// The sub-orders, sent as JSON text (子单信息).
    #[wechat(max_len = 10240)]
    pub sub_order_list: SubOrders,
}

/// The prepayment: its id, and the QR-code link or H5 link where the scene needs one.
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
    /// How the payer will pay (交易类型).
    #[wechat(max_len = 16)]
    pub trade_type: String,
    /// Link to show as a QR code, with `NATIVE` (二维码链接).
    #[wechat(max_len = 64)]
    pub code_url: Option<String>,
    /// Prepayment id to start the payment with (预支付交易会话标识).
    #[wechat(max_len = 64)]
    pub prepay_id: String,
    /// Page that opens WeChat's checkout, with `MWEB` (H5支付跳转链接).
    #[wechat(max_len = 64)]
    pub mweb_url: Option<String>,
}

/// The platform of an H5 payment (场景类型).
#[wechat_v2_api]
pub enum H5Type {
    /// An iOS app (`iOS`).
    #[wechat(rename = "iOS")]
    Ios,
    /// An Android app (`Android`).
    #[wechat(rename = "Android")]
    Android,
    /// A mobile web site (`Wap`).
    #[wechat(rename = "Wap")]
    Wap,
}

/// Where the payment happens, carried as JSON in `scene_info`.
#[wechat_v2_api(json)]
pub struct SceneInfo {
    /// The merchant's device number (商户端设备号).
    pub device_id: Option<String>,
    /// IP address of the payer's device (用户终端IP).
    pub payer_client_ip: String,
    /// The H5 scene, for `MWEB` (H5场景信息).
    pub h5_info: Option<H5Info>,
}

/// An H5 payment's scene (H5场景信息).
#[wechat_v2_api(json)]
pub struct H5Info {
    /// Platform (场景类型).
    pub r#type: H5Type,
    /// Name of the app or site (应用名称).
    pub app_name: Option<String>,
    /// URL of the web site (网站URL).
    pub app_url: Option<String>,
    /// Bundle id of the iOS app (iOS平台BundleID).
    pub bundle_id: Option<String>,
    /// Package name of the Android app (Android平台PackageName).
    pub package_name: Option<String>,
}

/// The sub-orders, carried as JSON in `sub_order_list`.
#[wechat_v2_api(json)]
pub struct SubOrders {
    /// Number of sub-orders (子订单数).
    pub order_num: u64,
    /// The sub-orders (子订单信息).
    pub order_list: Vec<SubOrder>,
}

/// One sub-order (子订单信息).
#[wechat_v2_api(json)]
pub struct SubOrder {
    /// App id of the sub-order's merchant (子单商户appid).
    pub appid: String,
    /// Merchant id of the sub-order (子单商户号).
    pub mch_id: String,
    /// What is paid for (商品描述).
    pub body: String,
    /// Details of the goods (商品详情).
    pub detail: Option<String>,
    /// Merchant data, returned as is (附加数据).
    pub attach: String,
    /// Merchant order number of the sub-order (子单商户订单号).
    pub out_trade_no: String,
    /// Currency of the amount (标价币种), `CNY`.
    pub fee_type: String,
    /// Amount of the sub-order, in fen (子单金额).
    pub total_fee: u64,
    /// App id of the sub-merchant, in partner mode (特约商户appid).
    pub sub_appid: Option<String>,
    /// Merchant id of the sub-merchant, required in partner mode (特约商户商户号).
    pub sub_mch_id: Option<String>,
}
