//! `v2/papay/partner/querycontract`: query a sub-merchant's entrusted-deduction contract
//! (查询签约关系, partner mode).
//!
//! The partner form of `v2/papay/querycontract`, for a contract of the sub-merchant
//! `sub_mch_id`. The contract is named either by its WeChat id (`contract_id`) or by template
//! and merchant contract number (`plan_id` with `contract_code`); both give the same answer.
//! It is sent without a `nonce_str`, as the documentation sends it (`nonceless`).
//!
//! The spec gives `contract_id` and `contract_code` of the response example values as length
//! limits (100005698, 1023658866); the limits of `v2/papay/querycontract` (32 and 128) are
//! used instead.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::Version;

/// Queries a sub-merchant's deduction contract, by `contract_id` or by `plan_id` and
/// `contract_code` (查询签约关系).
#[wechat_v2_api(path = "v2/papay/partner/querycontract", idempotent, nonceless)]
pub struct Request {
    /// App id the contract was signed under (应用ID); the client's configured one when left
    /// out.
    pub appid: Option<String>,
    /// Merchant id of the partner (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// Sub-merchant app id (子商户应用ID).
    #[wechat(optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号); sent when the client has one configured.
    #[wechat(optional)]
    pub sub_mch_id: Option<String>,
    /// WeChat contract id (委托代扣协议id); give this or `plan_id` with `contract_code`.
    pub contract_id: Option<String>,
    /// Contract template id (模板id); with `contract_code`, the alternative to `contract_id`.
    pub plan_id: Option<String>,
    /// Merchant contract number (签约协议号); goes with `plan_id`.
    pub contract_code: Option<String>,
    /// Interface version (版本号), `1.0`.
    pub version: Version,
}

/// The contract: who signed it, when, and whether and how it ended.
///
/// The spec types the merchant id as an integer here; it is text, as everywhere else.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant id (商户号).
    pub mch_id: String,
    /// App id (公众账号id).
    pub appid: String,
    /// WeChat contract id (委托代扣协议id).
    #[wechat(max_len = 32)]
    pub contract_id: String,
    /// Contract template id (模板id).
    pub plan_id: u64,
    /// Merchant request serial number of the signing (请求序列号).
    pub request_serial: u64,
    /// Merchant contract number (签约协议号).
    #[wechat(max_len = 128)]
    pub contract_code: String,
    /// Account name shown to the user on the contract (用户账户展示名称).
    pub contract_display_account: String,
    /// State of the contract (协议状态): 0 in force, 1 ended.
    pub contract_state: u64,
    /// When the contract was signed (协议签署时间), `yyyy-MM-dd HH:mm:ss`.
    pub contract_signed_time: String,
    /// When the contract expires (协议到期时间), `yyyy-MM-dd HH:mm:ss`.
    pub contract_expired_time: String,
    /// When the contract was ended (协议解约时间), `yyyy-MM-dd HH:mm:ss`.
    pub contract_terminated_time: Option<String>,
    /// How the contract was ended (协议解约方式): 0 not ended, 1 expired, 2 by the user, 3 by
    /// the merchant through the API, 4 by the merchant on the merchant platform, 5 the
    /// account was closed.
    pub contract_termination_mode: Option<u64>,
    /// Note given when the contract was ended (解约备注).
    pub contract_termination_remark: Option<String>,
    /// The user's openid (用户标识).
    pub openid: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
}
