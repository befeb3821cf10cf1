//! `v2/mmpaymkttransfers/query_coupon_stock`: query a coupon stock (查询代金券批次).
//!
//! A coupon stock (批次) is a batch of coupons created on the merchant platform; this returns
//! its face value, budget, state and how many coupons have been handed out. Times come twice:
//! as Unix timestamps (`begin_time`...) and as `yyyyMMddHHmmss` (`begin_time_t`...).

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{ProtocolType, Version};

/// Queries a coupon stock by its id (查询代金券批次).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/query_coupon_stock", idempotent)]
pub struct Request {
    /// Coupon stock id (代金券批次id).
    pub coupon_stock_id: String,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
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

/// The coupon stock: value, budget, state and counts.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Coupon stock id (代金券批次ID).
    pub coupon_stock_id: String,
    /// Name of the coupons (代金券名称).
    pub coupon_name: Option<String>,
    /// Face value of a coupon, in fen (代金券面额).
    pub coupon_value: u64,
    /// Minimum order amount for a coupon to apply, in fen (代金券使用最低限额); the API
    /// spells the wire name `coupon_mininumn`.
    #[wechat(rename = "coupon_mininumn")]
    pub coupon_minimum: Option<u64>,
    /// State of the stock (代金券批次状态): 1 not activated, 2 under approval, 4 activated,
    /// 8 cancelled, 16 sending stopped.
    pub coupon_stock_status: u64,
    /// Number of coupons in the stock (代金券数量).
    pub coupon_total: u64,
    /// Most coupons one user may receive (代金券最大领取数量).
    pub max_quota: Option<u64>,
    /// Number of coupons already handed out (代金券已经发送的数量).
    pub is_send_num: Option<u64>,
    /// Start of validity, Unix timestamp (生效开始时间).
    pub begin_time: String,
    /// End of validity, Unix timestamp (生效结束时间).
    pub end_time: String,
    /// Creation time, Unix timestamp (创建时间).
    pub create_time: String,
    /// Budget of the stock, in fen (代金券预算额度).
    pub coupon_budget: Option<u64>,
    /// Start of validity (生效开始时间), `yyyyMMddHHmmss`.
    pub begin_time_t: String,
    /// End of validity (生效结束时间), `yyyyMMddHHmmss`.
    pub end_time_t: String,
    /// Creation time (创建时间), `yyyyMMddHHmmss`.
    pub create_time_t: String,
}
