//! `v2/vehicle/pay/notification`: parking entry notification (用户入场通知).
//!
//! When a car enters a car park, the merchant registers the stay with WeChat; the answer says
//! whether the driver's vehicle-owner service can be charged. Later state changes of the stay
//! are sent to `notify_url`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::DeductMode;

/// Registers a car's entry into a car park and asks whether the driver can be charged (用户入场通知).
#[wechat_v2_api(path = "v2/vehicle/pay/notification")]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API documents `HMAC-SHA256` for this endpoint.
    pub sign_type: SignType,
    /// Interface version (版本号), `3.0`.
    #[wechat(max_len = 16)]
    pub version: String,
    /// Trade scene (交易场景): a car park, or a single parking space.
    pub trade_scene: TradeScene,
    /// Scene details (场景信息), sent as JSON text; its shape follows `trade_scene`.
    #[wechat(max_len = 1024)]
    pub scene_info: SceneInfo,
}

/// The answer: whether the driver's vehicle-owner service is usable.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// State of the driver's vehicle-owner service (用户状态).
    pub user_state: UserState,
    /// How fees will be deducted (发起扣费方式), when the driver has chosen.
    pub deduct_mode: Option<DeductMode>,
}

/// Trade scene (交易场景).
#[wechat_v2_api]
pub enum TradeScene {
    /// A car park (`PARKING`).
    Parking,
    /// A single parking space (`PARKING SPACE`).
    #[wechat(rename = "PARKING SPACE")]
    ParkingSpace,
}

/// State of the driver's vehicle-owner service (用户状态).
#[wechat_v2_api]
pub enum UserState {
    /// Usable: the stay can be charged (`NORMAL`).
    Normal,
    /// Blocked: do not charge through WeChat (`BLOCK`).
    Block,
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

/// Scene `PARKING`: a car entering a car park.
#[wechat_v2_api(json)]
pub struct ParkingScene {
    /// Entry time (入场时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// URL that receives the stay's state changes (回调通知URL).
    #[wechat(max_len = 256)]
    pub notify_url: Option<String>,
    /// Licence plate (车牌号).
    #[wechat(max_len = 32)]
    pub plate_number: String,
    /// Vehicle type (车辆类型), such as 小型车.
    #[wechat(max_len = 16)]
    pub car_type: Option<String>,
    /// Car park name (停车场名称).
    #[wechat(max_len = 32)]
    pub parking_name: String,
    /// Free parking time in seconds (免费时长).
    #[wechat(max_len = 16)]
    pub free_time: String,
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
    /// The driver's openid (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// Parking space number (车位编号).
    #[wechat(max_len = 16)]
    pub space_number: String,
}
