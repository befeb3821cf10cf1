//! Merchants and sub-merchants: their registration, review and onboarding.

use wechatpay_v2::wechat_v2_api;

/// Kind of merchant (商户类型).
#[wechat_v2_api]
pub enum MerchantType {
    /// A company (`ENTERPRISE`).
    Enterprise,
    /// An individual business (`INDIVIDUAL`).
    Individual,
}

/// Where a sub-merchant sells (业务类型).
#[wechat_v2_api]
pub enum BusinessType {
    /// Online only (`ONLINE`).
    Online,
    /// In shops only (`OFFLINE`).
    Offline,
    /// Online and in shops (`BOTH`).
    Both,
}

/// Whether to apply for H5 payments (是否申请H5支付权限).
#[wechat_v2_api]
pub enum ApplyH5Payment {
    /// Apply (`YES`).
    Yes,
    /// Do not apply (`NO`).
    No,
}

/// State of the H5 payment permission (H5支付权限状态).
#[wechat_v2_api]
pub enum H5AuthorizationState {
    /// Granted (`APPROVED`).
    Approved,
    /// Not applied for (`UNAUTHORIZED`).
    Unauthorized,
    /// Being reviewed (`UNDER_REVIEW`).
    UnderReview,
    /// Refused (`REJECTED`).
    Rejected,
    /// Suspended as a penalty (`UNDER_PUNISHMENT`).
    UnderPunishment,
    /// The application failed (`APPLICATION_FAILED`).
    ApplicationFailed,
}

/// Review state of the sub-merchant (验证状态).
#[wechat_v2_api]
pub enum VerificationStatus {
    /// Being reviewed; the sub-merchant is not active yet (`Under review`).
    #[wechat(rename = "Under review")]
    UnderReview,
    /// Approved (`Approved`).
    #[wechat(rename = "Approved")]
    Approved,
}

/// Review state of a sub-merchant (审核状态); the spec lists the values in its example only.
#[wechat_v2_api]
pub enum AuditStatus {
    /// Under review (`AUDITING`).
    Auditing,
    /// Passed (`PASSED`).
    Passed,
    /// Rejected (`REJECTED`).
    Rejected,
}

/// The JSON carried in `audit_detail`: `{"audit_detail": [...]}`.
#[wechat_v2_api(json)]
pub struct AuditDetail {
    /// One entry per rejected field.
    pub audit_detail: Vec<Rejection>,
}

/// A field of an application that was rejected, and why.
#[wechat_v2_api(json)]
pub struct Rejection {
    /// Name of the field (参数名称), such as `account_number`.
    pub param_name: String,
    /// Why it was rejected (驳回原因).
    pub reject_reason: String,
}
