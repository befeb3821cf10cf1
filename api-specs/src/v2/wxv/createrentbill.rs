//! `v2/wxv/createrentbill`: create a deposit-free rental order (创建租借订单).
//!
//! The first step of a deposit-free rental (免押租借, such as a power bank) backed by WeChat Pay
//! Score: the answer carries the mini program page where the user confirms the order; unconfirmed
//! after an hour, the order lapses. Needs the client certificate. The user's personal fields are
//! encrypted with the WeChat Pay platform certificate named by `cert_serial_no`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Creates a rental order for the user to confirm (创建租借订单).
#[wechat_v2_api(path = "v2/wxv/createrentbill", cert)]
pub struct Request {
    /// Interface version (接口版本号), `1.0`.
    pub version: Version,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant service order number, unique per merchant (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// What is rented (商品名称).
    #[wechat(max_len = 40)]
    pub goods_name: String,
    /// When the rental starts (租用时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub start_time: Option<String>,
    /// When the item is due back (预定归还时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub end_time: Option<String>,
    /// Where the item is rented (租用地点).
    #[wechat(max_len = 20)]
    pub service_location: Option<String>,
    /// Deposit waived, in fen (押金总额).
    pub deposit_amount: u64,
    /// Billing unit of the rent (租金规则 计费单位), such as `FEN_HOUR`.
    #[wechat(max_len = 32)]
    pub rent_unit: String,
    /// Rent per billing unit, in fen (租金规则 计费单价费用).
    pub rent_unit_fee: u64,
    /// Rent rule shown to the user (租金规则 计费说明).
    #[wechat(max_len = 30)]
    pub rent_fee_desc: Option<String>,
    /// Merchant data, returned as is (商户数据包).
    #[wechat(max_len = 200)]
    pub attach: Option<String>,
    /// Serial number of the platform certificate that encrypts the personal fields
    /// (平台证书序列号).
    #[wechat(max_len = 128)]
    pub cert_serial_no: String,
    /// The user's openid under the app id (用户标识).
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// The user's name, encrypted (用户姓名).
    #[wechat(max_len = 400)]
    pub name: Option<String>,
    /// The user's mobile number, encrypted (用户手机号).
    #[wechat(max_len = 400)]
    pub phone: Option<String>,
    /// The user's identity card number, encrypted (用户身份证ID).
    #[wechat(max_len = 400)]
    pub userid: Option<String>,
    /// The user's delivery address, encrypted (用户收货地址).
    #[wechat(max_len = 400)]
    pub address: Option<String>,
}

/// The order created, and the mini program page where the user confirms it.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// WeChat Pay service order number (微信支付服务订单号).
    #[wechat(max_len = 128)]
    pub order_id: String,
    /// App id of the mini program to open (小程序跳转appid).
    #[wechat(max_len = 32)]
    pub miniprogram_appid: String,
    /// Page of the mini program to open (小程序跳转路径).
    #[wechat(max_len = 128)]
    pub miniprogram_path: String,
    /// Username of the mini program to open (小程序跳转username).
    #[wechat(max_len = 128)]
    pub miniprogram_username: String,
    /// Order data to pass to the mini program (跳转微信侧小程序订单数据).
    #[wechat(max_len = 300)]
    pub package: String,
}
