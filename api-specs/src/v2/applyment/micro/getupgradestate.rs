//! `v2/applyment/micro/getupgradestate`: query an upgrade application of a micro-merchant
//! (查询升级申请单状态).
//!
//! Poll it after `v2/applyment/micro/submitupgrade` (a minute later at first) until the
//! application is finished. While the account awaits verification, the answer says which
//! account to send a small transfer to; while it awaits signing, it carries the signing QR code.
//! Needs the client certificate; signed with HMAC-SHA256. WeChat took the micro-merchant
//! endpoints offline on 2023-05-23.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{AuditDetail, Rejection};

/// Queries the state of a micro-merchant's upgrade application (查询升级申请单状态).
#[wechat_v2_api(path = "v2/applyment/micro/getupgradestate", cert, idempotent)]
pub struct Request {
    /// Interface version (接口版本号), `1.0`.
    #[wechat(max_len = 32)]
    pub version: String,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The micro-merchant (小微商户号), required; the client's configured sub-merchant when left
    /// out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
}

/// The upgrade application's state, with what the merchant has to do next.
///
/// The account verification fields (`account_name` to `deadline_time`) are marked required by
/// the spec but come back only while the account awaits verification, so they are optional
/// here. The spec's top-level `param_name` and `reject_reason` are the members of each entry in
/// `audit_detail`, and are declared there.
#[wechat_v2_api(response)]
pub struct Response {
    /// The micro-merchant (小微商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// State of the application (申请状态), such as `AUDITING`, `REJECTED` or `FINISH`.
    #[wechat(max_len = 32)]
    pub applyment_state: String,
    /// Description of the state (申请状态描述).
    #[wechat(max_len = 32)]
    pub applyment_state_desc: String,
    /// QR code the merchant scans to sign (签约二维码).
    #[wechat(max_len = 256)]
    pub sign_qrcode: Option<String>,
    /// Link where the merchant signs (签约链接).
    #[wechat(max_len = 256)]
    pub sign_url: Option<String>,
    /// Why the application was rejected (审核详情), sent as JSON text.
    #[wechat(max_len = 1024)]
    pub audit_detail: Option<AuditDetail>,
    /// Name of the account that must send the verification transfer (付款户名).
    #[wechat(max_len = 32)]
    pub account_name: Option<String>,
    /// Amount of the verification transfer (汇款金额).
    #[wechat(max_len = 32)]
    pub pay_amount: Option<String>,
    /// Account number to send it to (收款卡号).
    #[wechat(max_len = 128)]
    pub destination_account_number: Option<String>,
    /// Name of that account (收款户名).
    #[wechat(max_len = 256)]
    pub destination_account_name: Option<String>,
    /// Bank of that account (开户银行).
    #[wechat(max_len = 256)]
    pub destination_account_bank: Option<String>,
    /// City of that bank (省市信息).
    #[wechat(max_len = 128)]
    pub city: Option<String>,
    /// Note to put on the transfer (备注信息).
    #[wechat(max_len = 128)]
    pub remark: Option<String>,
    /// Deadline of the transfer (汇款截止时间).
    #[wechat(max_len = 20)]
    pub deadline_time: Option<String>,
}
