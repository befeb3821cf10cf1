//! `v2/mchrisk/channelquerymchauditinfo`: a channel merchant asks how WeChat's review of a
//! merchant onboarded by one of its institutions stands (渠道商查询商户审核信息).
//!
//! The request names the acquiring service provider (`acquiring_bank_id`); the answer names the
//! channel (`channel_id`). Signed with HMAC-SHA256 only.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::AuditStatus;

/// Queries the review state of a merchant under one of the channel's institutions
/// (渠道商查询商户审核信息).
#[wechat_v2_api(path = "v2/mchrisk/channelquerymchauditinfo", idempotent)]
pub struct Request {
    /// Channel merchant id (渠道商号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The sub-merchant asked about (子商户号), required; the client's configured one when left
    /// out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// The service provider (acquiring institution) that onboarded it (服务商号).
    #[wechat(max_len = 32)]
    pub acquiring_bank_id: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The review state of the sub-merchant.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's merchant id (服务商号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The sub-merchant (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// Channel id (渠道号).
    #[wechat(max_len = 32)]
    pub channel_id: String,
    /// Review state (审核状态).
    pub audit_status: AuditStatus,
    /// Review note (审核备注), such as `RISK_NO_ENTRY`.
    #[wechat(max_len = 128)]
    pub audit_comment: String,
    /// Signature algorithm of the answer (签名类型).
    pub sign_type: Option<SignType>,
}
