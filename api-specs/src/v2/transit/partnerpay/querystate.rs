//! `v2/transit/partnerpay/querystate`: check whether a rider can use password-free transit
//! payment, partner mode (查询用户状态, 服务商).
//!
//! A service provider checks, for a sub-merchant, that the user is not in arrears or blocked
//! before opening a transit card; for a card already opened, the deduction contract id tells
//! whether it can still be used.

use wechatpay_v2::{SignType, wechat_v2_api};

// The states are the same as those of the direct-merchant query.
pub use crate::v2::transit::pay::querystate::{ContractState, UserState};

/// Checks a sub-merchant's rider's state, and that of their deduction contract (查询用户状态).
#[wechat_v2_api(path = "v2/transit/partnerpay/querystate", idempotent)]
pub struct Request {
    /// Service provider's app id (公众账号id); the client's configured one when left out.
    pub appid: Option<String>,
    /// Sub-merchant app id (子商户公众账号id); the client's configured one when left out.
    #[wechat(optional)]
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// Sub-merchant id (子商户号); the client's configured one when left out.
    pub sub_mch_id: Option<String>,
    /// Entrusted-deduction contract id (委托代扣协议id).
    pub contract_id: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The rider's openid (微信openID).
    pub openid: String,
}

/// The rider's state, and the contract's when one was named.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's app id (请求appid).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Sub-merchant app id (子商户公众账号id).
    pub sub_appid: Option<String>,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    pub sub_mch_id: Option<String>,
    /// The rider's state (用户状态).
    pub user_state: UserState,
    /// Entrusted-deduction contract id (委托代扣协议id).
    pub contract_id: Option<String>,
    /// Contract template id (签约模板id).
    pub plan_id: Option<String>,
    /// Merchant's contract number (签约协议号).
    pub contract_code: Option<String>,
    /// State of the contract (协议状态).
    pub contract_state: Option<ContractState>,
}
