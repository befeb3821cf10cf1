//! `v2/vehicle/partnerpay/notification`: parking entry notification, partner mode
//! (用户入场通知, 服务商).
//!
//! A service provider registers a car's entry into a sub-merchant's car park; the answer says
//! whether the driver's vehicle-owner service can be charged, and whether the driver owes
//! money. Later state changes of the stay are sent to `notify_url`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{DeductMode, Version3_0 as Version};

// The parking shape and the enums are the same as those of the direct-merchant endpoint.
pub use crate::v2::vehicle::pay::notification::{ParkingScene, TradeScene, UserState};

/// Registers a car's entry into a sub-merchant's car park, asking if it can be charged (用户入场通知).
#[wechat_v2_api(path = "v2/vehicle/partnerpay/notification")]
pub struct Request {
    /// Service provider's app id (公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id (子商户公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API documents `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Interface version (版本号), `3.0`.
    pub version: Version,
    /// Trade scene (交易场景): a car park, or a single parking space.
    pub trade_scene: TradeScene,
    /// Scene details (场景信息), sent as JSON text; its shape follows `trade_scene`.
    #[wechat(max_len = 1024)]
    pub scene_info: SceneInfo,
}

/// The answer: whether the driver's vehicle-owner service is usable.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (公众账号id).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant app id (子商户公众账号id).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// State of the driver's vehicle-owner service (用户状态).
    pub user_state: UserState,
    /// How fees will be deducted (发起扣费方式), when the driver has chosen.
    pub deduct_mode: Option<DeductMode>,
}

/// The JSON carried in `scene_info`: `{"scene_info": {...}}`.
#[wechat_v2_api(json)]
pub struct SceneInfo {
    /// The scene, in the shape of the trade scene.
    pub scene_info: Scene,
}

/// One of the two documented scene shapes.
#[wechat_v2_api(json)]
pub enum Scene {
    /// Scene `PARKING`: a car park.
    Parking(ParkingScene),
    /// Scene `PARKING SPACE`: a single space.
    ParkingSpace(ParkingSpaceScene),
}

/// Scene `PARKING SPACE`: a car taking a single parking space.
#[wechat_v2_api(json)]
pub struct ParkingSpaceScene {
    /// Entry time (入场时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// Vehicle type (车辆类型).
    #[wechat(max_len = 16)]
    pub car_type: Option<String>,
    /// Car park name (停车场名称).
    #[wechat(max_len = 32)]
    pub parking_name: Option<String>,
    /// Free parking time in seconds (免费时长).
    #[wechat(max_len = 16)]
    pub free_time: String,
    /// The driver's openid under the service provider's app id (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// The driver's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 32)]
    pub sub_openid: Option<String>,
    /// Parking space number (车位编号).
    #[wechat(max_len = 16)]
    pub space_number: String,
}
