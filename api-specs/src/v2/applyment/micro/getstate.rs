//! `v2/applyment/micro/getstate`: query a micro-merchant application (查询申请状态).
//!
//! About five minutes after `v2/applyment/micro/submit`, this says whether the application
//! passed, with the signing link or the reasons for rejection. Needs the client certificate;
//! signed with HMAC-SHA256. WeChat took the micro-merchant endpoints offline on 2023-05-23.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{AuditDetail, Rejection};

/// Queries the state of a micro-merchant application, by either of its two numbers
/// (查询申请状态).
#[wechat_v2_api(path = "v2/applyment/micro/getstate", cert, idempotent)]
pub struct Request {
    /// Interface version (接口版本号), `1.0`.
    #[wechat(max_len = 32)]
    pub version: String,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// WeChat application number (商户申请单号); give this or `business_code`.
    #[wechat(max_len = 32)]
    pub applyment_id: Option<String>,
    /// The service provider's own application number (业务申请编号).
    #[wechat(max_len = 32)]
    pub business_code: Option<String>,
}

/// The application's state, with the new merchant id, the signing link or the rejection
/// reasons.
///
/// The spec also lists `param_name` and `reject_reason` as required top-level fields; they are
/// the members of each entry in `audit_detail`, and are declared there.
#[wechat_v2_api(response)]
pub struct Response {
    /// WeChat application number (商户申请单号).
    #[wechat(max_len = 32)]
    pub applyment_id: String,
    /// State of the application (申请状态), such as `AUDITING`, `REJECTED` or `FINISH`.
    #[wechat(max_len = 32)]
    pub applyment_state: String,
    /// Description of the state (申请状态描述).
    #[wechat(max_len = 32)]
    pub applyment_state_desc: String,
    /// The micro-merchant's new merchant id, once it exists (小微商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Link where the merchant signs the agreement (签约链接).
    #[wechat(max_len = 256)]
    pub sign_url: Option<String>,
    /// Why the application was rejected (审核详情), sent as JSON text.
    #[wechat(max_len = 1024)]
    pub audit_detail: Option<AuditDetail>,
}
