//! `v2/mmpaymkttransfers/querycouponsinfo`: query one coupon of a user (查询代金券信息).
//!
//! Returns a coupon handed to a user (with `v2/mmpaymkttransfers/send_coupon` or otherwise):
//! its value, what is left of it, and whether it has been used or has expired.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{ProtocolType, Version};

/// Queries one coupon of a user, by coupon id, openid and stock id (查询代金券信息).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/querycouponsinfo", idempotent)]
pub struct Request {
    /// Coupon id (代金券id).
    pub coupon_id: String,
    /// The owner's openid under the app id (用户openid).
    pub openid: String,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Coupon stock id the coupon belongs to (批次号).
    pub stock_id: String,
    /// Operator (操作员); the merchant id by default.
    #[wechat(max_len = 32)]
    pub op_user_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Protocol version (协议版本), `1.0`.
    pub version: Option<Version>,
    /// Protocol type (协议类型), `XML`.
    pub r#type: Option<ProtocolType>,
}

/// The coupon: its value, its state and what is left of it.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Coupon stock id (代金券批次ID).
    pub coupon_stock_id: String,
    /// Coupon id (代金券id).
    pub coupon_id: String,
    /// Face value, in fen (代金券面额).
    pub coupon_value: u64,
    /// Minimum order amount for the coupon to apply, in fen (代金券使用最低限额); the API
    /// spells the wire name `coupon_mininumn`.
    #[wechat(rename = "coupon_mininumn")]
    pub coupon_minimum: Option<u64>,
    /// Name of the coupon (代金券名称); the spec allows it to be empty.
    pub coupon_name: Option<String>,
    /// State of the coupon (代金券状态).
    pub coupon_state: CouponState,
    /// Description of the coupon (代金券描述).
    pub coupon_desc: String,
    /// Amount actually used, in fen (代金券实际使用金额).
    pub coupon_use_value: u64,
    /// Amount still usable, in fen (优惠剩余可用额).
    pub coupon_remain_value: u64,
    /// How the coupon was handed out (发放来源).
    pub send_source: SendSource,
    /// Whether the coupon may be used in part (是否允许部分使用).
    pub is_partial_use: Option<IsPartialUse>,
}

/// State of a coupon (代金券状态).
#[wechat_v2_api]
pub enum CouponState {
    /// Handed out, not used yet (`SENDED`).
    Sended,
    /// Used (`USED`).
    Used,
    /// Expired (`EXPIRED`).
    Expired,
}

/// How a coupon was handed out (发放来源).
#[wechat_v2_api]
pub enum SendSource {
    /// By a full-amount promotion (`FULL_SEND`).
    FullSend,
    /// By the merchant, such as through the API (`NORMAL`).
    Normal,
}

/// Whether a coupon may be used in part (是否允许部分使用).
#[wechat_v2_api]
pub enum IsPartialUse {
    /// Partial use allowed (`1`).
    #[wechat(rename = "1")]
    Yes,
}
