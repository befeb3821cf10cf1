//! `v2/mmpaymkttransfers/send_coupon`: hand a coupon to a user (发放代金券).
//!
//! Gives one coupon of a stock to one user (openid). Accounts that look like throwaway
//! accounts are refused with an error code, and coupons handed out this way do not appear in
//! the user's WeChat card wallet. It needs the client certificate.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{ProtocolType, Version};

/// Hands one coupon of a coupon stock to a user (发放代金券).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/send_coupon", cert)]
pub struct Request {
    /// Coupon stock id to take the coupon from (代金券批次id).
    pub coupon_stock_id: String,
    /// Number of openids in the request (openid记录数); always 1.
    pub openid_count: u64,
    /// Merchant request number, unique per merchant (商户单据号); resending with the same
    /// number does not hand out a second coupon.
    pub partner_trade_no: String,
    /// The user's openid under the app id (用户openid).
    pub openid: String,
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

/// The outcome for the user: whether the coupon was handed out, and its id.
///
/// `coupon_id` is marked required by the spec but exists only when the coupon was handed out
/// (`ret_code` `SUCCESS`), so it is optional here.
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
    /// Coupon stock id (代金券批次id).
    pub coupon_stock_id: String,
    /// Number of records returned (返回记录数).
    pub resp_count: u64,
    /// Number of users who got a coupon (成功记录数), 1 or 0.
    pub success_count: u64,
    /// Number of users who did not (失败记录数), 1 or 0.
    pub failed_count: u64,
    /// The user's openid (用户标识).
    pub openid: String,
    /// Outcome for this user (返回码).
    pub ret_code: RetCode,
    /// Id of the coupon handed out (代金券id).
    pub coupon_id: Option<String>,
    /// Why it failed, such as the user's limit being reached (返回信息).
    pub ret_msg: String,
}

/// Outcome of handing a coupon to one user (返回码).
#[wechat_v2_api]
pub enum RetCode {
    /// The coupon was handed out (`SUCCESS`).
    Success,
    /// It was not; `ret_msg` says why (`FAILED`).
    Failed,
}
