//! `v2/vehicle/partnerpay/payapply`: deduct a parking, motorway, fuel or bridge fee, partner
//! mode (申请扣款, 服务商).
//!
//! A service provider charges a sub-merchant's driver through their vehicle-owner service
//! (车主服务), without a password. The result is sent to `notify_url`. What is charged for goes
//! as JSON text in `scene_info`, in the shapes of `v2/vehicle/pay/payapply`.
//!
//! The spec is contradictory: its `trade_scene` lists only `PARKING` and `PARKING SPACE`, while
//! `scene_info` defines the shapes of all five scenes (and the partner-mode state query takes
//! all five). The five scenes of the direct-merchant endpoint are declared here.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{
    DeductMode, PapTradeType as TradeType, ProfitSharing, VehicleTradeScene as TradeScene,
    Version3_0 as Version,
};

// The scene shapes are the same as those of the direct-merchant endpoint.
pub use crate::v2::vehicle::pay::payapply::{
    BridgeScene, ChannelType, GasScene, HighwayScene, ParkingScene, ParkingSpaceScene, Scene,
    SceneInfo, SupportDeductMode,
};

/// Deducts a fee from a sub-merchant's driver with the vehicle-owner service (申请扣款).
#[wechat_v2_api(path = "v2/vehicle/partnerpay/payapply")]
pub struct Request {
    /// Service provider's app id (公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id (子商户公众账号id); the client's configured one when left out, and
    /// required: a client without one must name it here.
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// What is paid for, such as the car park (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// Details of the charge (商品详情).
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
    /// Interface version (版本号), `3.0`.
    pub version: Version,
    /// Trade scene (交易场景).
    pub trade_scene: TradeScene,
    /// The driver's openid (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// Whether the payment is to be shared with other receivers (分账标识).
    pub profit_sharing: Option<ProfitSharing>,
    /// What is charged for (场景信息), sent as JSON text; its shape follows `trade_scene`.
    #[wechat(max_len = 1024)]
    pub scene_info: SceneInfo,
}

/// The deduction accepted; its result comes later, to `notify_url`.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (公众账号id).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号id).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
}
