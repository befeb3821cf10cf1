//! Parking state change notification (车牌状态变更通知).
//!
//! Between a car's entry (`v2/vehicle/pay/notification`) and its payment, WeChat tells the
//! merchant when the driver's vehicle-owner service becomes usable or blocked. It is sent to the
//! `notify_url` given in the entry notification's scene, signed with HMAC-SHA256.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::DeductMode;

/// A change of the state of a licence plate's service (车牌状态变更通知).
#[wechat_v2_api(response)]
pub struct Notification {
    /// App id (公众平台APPID).
    pub appid: String,
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    pub sub_mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API documents `HMAC-SHA256`.
    pub sign_type: SignType,
    /// Licence plate (车牌号).
    pub plate_number: String,
    /// The new state (车牌变更事件类型).
    pub vehicle_event_type: Option<VehicleEventType>,
    /// Why the state changed (车牌变更事件信息).
    pub vehicle_event_des: Option<VehicleEventDes>,
    /// How fees are deducted (发起扣费方式).
    pub deduct_mode: Option<DeductMode>,
    /// When the change happened (车牌变更事件发生时间).
    pub vehicle_event_createtime: String,
}

/// The new state of the plate's service (车牌变更事件类型).
#[wechat_v2_api]
pub enum VehicleEventType {
    /// Usable: stays can be charged (`NORMAL`).
    Normal,
    /// Blocked: do not charge through WeChat (`BLOCKED`).
    Blocked,
}

/// Why the state changed (车牌变更事件信息).
#[wechat_v2_api]
pub enum VehicleEventDes {
    /// Overdue (`OVERDUE`).
    Overdue,
    /// Removed (`REMOVE`).
    Remove,
    /// Paused (`PAUSE`).
    Pause,
}
