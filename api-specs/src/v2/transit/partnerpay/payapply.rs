//! `v2/transit/partnerpay/payapply`: deduct a ride's fare, partner mode (申请扣款, 服务商).
//!
//! A service provider charges a sub-merchant's rider through their entrusted-deduction
//! (委托代扣) contract after a metro or bus ride, without a password. The result is sent to
//! `notify_url`; `v2/transit/partnerpay/queryorder` looks it up. The ride goes as JSON text in
//! `scene_info`, in the shapes of `v2/transit/pay/payapply`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::PapTradeType as TradeType;

// The ride shapes and the enums are the same as those of the direct-merchant endpoint.
pub use crate::v2::transit::pay::payapply::{
    BusScene, MetroScene, Scene, SceneInfo, TradeScene, Version,
};

/// Deducts a ride's fare from a sub-merchant's rider with a deduction contract (申请扣款).
#[wechat_v2_api(path = "v2/transit/partnerpay/payapply")]
pub struct Request {
    /// Service provider's app id (公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id (子商户公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// What is paid for, such as the line (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// Details of the rides (商品详情).
    #[wechat(max_len = 6000)]
    pub detail: Option<String>,
    /// Merchant data, returned as is in the query and the notification (附加数据).
    #[wechat(max_len = 127)]
    pub attach: Option<String>,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Amount to deduct, in fen (总金额).
    pub total_fee: u64,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// IP address of the calling machine (终端IP).
    #[wechat(max_len = 16)]
    pub spbill_create_ip: String,
    /// Promotion tag, for coupons (商品标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// URL that receives the deduction result (回调通知url).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// Trade type (交易类型), `PAP`.
    pub trade_type: TradeType,
    /// Entrusted-deduction contract id (委托代扣协议id).
    #[wechat(max_len = 32)]
    pub contract_id: Option<String>,
    /// Trade scene (交易场景): metro or bus.
    pub trade_scene: TradeScene,
    /// The ride (场景信息), sent as JSON text; its shape follows `trade_scene`.
    #[wechat(max_len = 1024)]
    pub scene_info: SceneInfo,
    /// The rider's device IP, for risk control (客户端 IP).
    pub clientip: Option<String>,
    /// The rider's device id, for risk control (设备ID).
    pub deviceid: Option<String>,
    /// The rider's mobile number, for risk control (手机号).
    pub mobile: Option<String>,
    /// The rider's email address, for risk control (邮箱地址).
    pub email: Option<String>,
    /// The rider's QQ number, for risk control (QQ号).
    pub qq: Option<String>,
    /// The rider's openid, for risk control (微信openID).
    pub openid: Option<String>,
    /// The rider's identity card number, for risk control (身份证号).
    pub creid: Option<String>,
    /// The rider's id at the merchant, for risk control (商户侧用户标识).
    pub outerid: Option<String>,
    /// Interface version (版本号), `2.0`; it matters only to merchants allowed to advance
    /// funds, but the API requires it.
    pub version: Version,
}

/// The deduction accepted; its result comes later, to `notify_url`.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (公众账号id).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号id).
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    pub sub_mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
}
