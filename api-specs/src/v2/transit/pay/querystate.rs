//! `v2/transit/pay/querystate`: check whether a rider can use password-free transit payment
//! (查询用户状态).
//!
//! Before opening a transit card with password-free deduction, checks that the user is not in
//! arrears or blocked; for a card already opened, the deduction contract id tells whether it
//! can still be used.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Checks a rider's state, and that of their deduction contract (查询用户状态).
#[wechat_v2_api(path = "v2/transit/pay/querystate", idempotent)]
pub struct Request {
    /// App id (公众账号id); the client's configured one when left out.
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// Entrusted-deduction contract id (委托代扣协议id).
    pub contract_id: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The rider's openid under the app id (微信openID).
    pub openid: String,
}

/// The rider's state, and the contract's when one was named.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (请求appid).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
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

/// A rider's state (用户状态).
#[wechat_v2_api]
pub enum UserState {
    /// Can be charged (`NORMAL`).
    Normal,
    /// Blocked: do not deduct through WeChat (`BLOCKED`).
    Blocked,
    /// Owes money from an earlier ride (`OVERDUE`).
    Overdue,
}

/// State of a deduction contract (协议状态).
#[wechat_v2_api]
pub enum ContractState {
    /// In force (`0`, 签约中).
    #[wechat(rename = "0")]
    Signed,
    /// Terminated (`1`, 解约).
    #[wechat(rename = "1")]
    Terminated,
}
