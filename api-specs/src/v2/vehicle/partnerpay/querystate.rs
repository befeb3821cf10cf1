//! `v2/vehicle/partnerpay/querystate`: check a driver's vehicle-owner service, partner mode
//! (用户状态查询, 服务商).
//!
//! A service provider checks, for a sub-merchant's car park, motorway, fuel station or bridge,
//! whether the driver has opened and authorised the vehicle-owner service (车主服务), owes money
//! or is blocked. When the driver still has to act, `path` is the page to send them to.
//!
//! The spec's response lists `plate_number` as required without defining it; it is declared
//! here as an optional text field.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{DeductMode, VehicleTradeScene as TradeScene, Version3_0 as Version};

// The plate list and the user states are the same as those of the direct-merchant query.
pub use crate::v2::vehicle::pay::querystate::{
    CommonUseFlag, JumpScene, Plate, PlateNumberInfo, UserState,
};

/// Checks whether a sub-merchant's driver can be charged (用户状态查询).
#[wechat_v2_api(path = "v2/vehicle/partnerpay/querystate", idempotent)]
pub struct Request {
    /// Service provider's app id (公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id (子商户公众账号id); the client's configured one when left out.
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
    /// Trade scene (交易场景).
    pub trade_scene: TradeScene,
    /// Where the driver is sent to open the service (跳转场景).
    pub jump_scene: Option<JumpScene>,
    /// The driver's openid under the service provider's app id (用户标识). Identify the driver
    /// by an openid or by `plate_number`: the spec marks all three required, but the API takes
    /// either.
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// The driver's openid under the sub-merchant's app id (用户子标识).
    pub sub_openid: Option<String>,
    /// Licence plate, province and number without separators (车牌号); the alternative to the
    /// openids.
    pub plate_number: Option<String>,
    /// Interface version (版本号), `3.0`.
    pub version: Version,
}

/// The driver's state, how fees will be deducted, and their plates.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (请求appid).
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
    /// State of the driver's vehicle-owner service (用户状态).
    pub user_state: UserState,
    /// The driver's openid under the service provider's app id (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// The driver's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 32)]
    pub sub_openid: Option<String>,
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
