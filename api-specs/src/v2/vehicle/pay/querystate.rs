//! `v2/vehicle/pay/querystate`: check a driver's vehicle-owner service (用户状态查询).
//!
//! For car parks, motorways, fuel stations and bridges: tells whether the driver has opened and
//! authorised the vehicle-owner service (车主服务), owes money or is blocked, before the merchant
//! relies on it. When the driver still has to act, `path` is the page to send them to.
//!
//! The spec's response lists `plate_number` as required without defining it; it is declared
//! here as an optional text field.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{DeductMode, VehicleTradeScene as TradeScene, Version3_0 as Version};

/// Checks whether a driver's vehicle-owner service can be charged (用户状态查询).
#[wechat_v2_api(path = "v2/vehicle/pay/querystate", idempotent)]
pub struct Request {
    /// App id (公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Trade scene (交易场景).
    pub trade_scene: TradeScene,
    /// Where the driver is sent to open the service (跳转场景). The values are those the
    /// partner-mode spec lists; this one gives none.
    pub jump_scene: Option<JumpScene>,
    /// The driver's openid under the app id (用户标识). Give this or `plate_number`: the spec
    /// marks both required, but the API takes either.
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// Licence plate, province and number without separators (车牌号); the alternative to
    /// `openid`.
    pub plate_number: Option<String>,
    /// Interface version (版本号), `3.0`.
    pub version: Version,
}

/// The driver's state, how fees will be deducted, and their plates.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (请求appid).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// State of the driver's vehicle-owner service (用户状态).
    pub user_state: UserState,
    /// The driver's openid (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// Licence plate queried (车牌号).
    pub plate_number: Option<String>,
    /// How fees will be deducted (发起扣费方式), when the driver has chosen.
    pub deduct_mode: Option<DeductMode>,
    /// Page to send the driver to, to open or restore the service (跳转路径).
    #[wechat(max_len = 1024)]
    pub path: Option<String>,
    /// The driver's plates (车牌信息), JSON text.
    #[wechat(max_len = 512)]
    pub plate_number_info: Option<PlateNumberInfo>,
}

/// Where the driver is sent to open the service (跳转场景).
#[wechat_v2_api]
pub enum JumpScene {
    /// From a mobile app (`APP`).
    App,
    /// From a web page (`H5`).
    H5,
}

/// State of the driver's vehicle-owner service (用户状态).
#[wechat_v2_api]
pub enum UserState {
    /// Usable: the driver can be charged (`NORMAL`).
    Normal,
    /// Paused by the driver (`PAUSED`).
    Paused,
    /// The driver owes money (`OVERDUE`).
    Overdue,
    /// The driver has not authorised the service (`UNAUTHORIZED`).
    Unauthorized,
}

/// Marks the driver's usual plate (常用车牌标志).
#[wechat_v2_api]
pub enum CommonUseFlag {
    /// The plate the driver uses most (`COMMON_USE`).
    CommonUse,
}

/// The JSON carried in `plate_number_info`: `{"plate_number_info": [...]}`.
#[wechat_v2_api(json)]
pub struct PlateNumberInfo {
    /// The driver's plates (车牌信息列表).
    pub plate_number_info: Option<Vec<Plate>>,
}

/// One of the driver's plates.
#[wechat_v2_api(json)]
pub struct Plate {
    /// Licence plate (车牌号).
    #[wechat(max_len = 32)]
    pub plate_number: Option<String>,
    /// Lane type the plate is registered for, such as `ETC` (车牌通道标识).
    #[wechat(max_len = 32)]
    pub channel_type: Option<String>,
    /// Whether this is the driver's usual plate (常用车牌标志).
    pub common_use_flag: Option<CommonUseFlag>,
}
