//! `v2/papay/deletecontract`: end an entrusted-deduction contract (申请解约).
//!
//! For a contract signed by mistake, or that the merchant wants to end. The contract is named
//! either by its WeChat id (`contract_id`) or by template and merchant contract number
//! (`plan_id` with `contract_code`). It is sent without a `nonce_str`,
//! as the documentation sends it (`nonceless`).

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::Version;

/// Ends a deduction contract, named by `contract_id` or by `plan_id` and `contract_code`
/// (申请解约).
#[wechat_v2_api(path = "v2/papay/deletecontract", nonceless)]
pub struct Request {
    /// App id the contract was signed under (请求appid); the client's configured one when left
    /// out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Contract template id (模板id); with `contract_code`, the alternative to `contract_id`.
    pub plan_id: Option<String>,
    /// Merchant contract number (签约协议号); goes with `plan_id`.
    #[wechat(max_len = 128)]
    pub contract_code: Option<String>,
    /// WeChat contract id (委托代扣协议id); give this or `plan_id` with `contract_code`.
    pub contract_id: Option<String>,
    /// Why the contract is ended (解约备注).
    #[wechat(max_len = 512)]
    pub contract_termination_remark: String,
    /// Interface version (版本号), `1.0`.
    pub version: Version,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
}

/// The contract ended.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号id).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat contract id (委托代扣协议id).
    #[wechat(max_len = 32)]
    pub contract_id: String,
    /// Contract template id (模板id).
    #[wechat(max_len = 32)]
    pub plan_id: String,
    /// Merchant contract number (签约协议号).
    #[wechat(max_len = 128)]
    pub contract_code: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
}
