//! Entrusted-deduction contract notification (扣款服务-签约/解约结果通知): sent to the
//! `notify_url` of a contract signing (`v2/papay/entrustweb` and its siblings) when the user
//! signs the contract or it ends.
//!
//! `change_type` says which; the fields typed as in `v2/papay/querycontract`. Partner-mode
//! (服务商) contracts add `sub_mch_id`, `sub_appid` and `sub_openid`.

use wechatpay_v2::wechat_v2_api;

/// A contract signed or ended (签约/解约结果通知).
#[wechat_v2_api(response)]
pub struct Notification {
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    pub sub_mch_id: Option<String>,
    /// App id (公众账号id).
    pub appid: Option<String>,
    /// Sub-merchant app id, in partner mode (子商户公众账号ID).
    pub sub_appid: Option<String>,
    /// Merchant contract number (签约协议号).
    pub contract_code: String,
    /// Contract template id (模板id).
    pub plan_id: u64,
    /// The user's openid (用户标识).
    pub openid: String,
    /// The user's openid under `sub_appid`, in partner mode (用户子标识).
    pub sub_openid: Option<String>,
    /// Signed or ended (变更类型).
    pub change_type: ChangeType,
    /// When it happened (操作时间), `yyyy-MM-dd HH:mm:ss`.
    pub operate_time: String,
    /// WeChat contract id (委托代扣协议id).
    pub contract_id: String,
    /// When the contract expires (协议到期时间), `yyyy-MM-dd HH:mm:ss`.
    pub contract_expired_time: Option<String>,
    /// How the contract was ended (协议解约方式): 1 expired, 2 by the user, 3 by the merchant
    /// through the API, 4 by the merchant on the merchant platform, 5 the account was closed,
    /// 6 and 7 by WeChat Pay.
    pub contract_termination_mode: Option<u64>,
    /// Merchant request serial number of the signing (请求序列号).
    pub request_serial: u64,
    /// Account name shown to the user on the contract (用户账户展示名称).
    pub contract_display_account: Option<String>,
    /// State of the contract (协议状态): 0 in force, 1 ended.
    pub contract_state: Option<u64>,
    /// When the contract was signed (协议签署时间), `yyyy-MM-dd HH:mm:ss`.
    pub contract_signed_time: Option<String>,
    /// When the contract was ended (协议解约时间), `yyyy-MM-dd HH:mm:ss`.
    pub contract_terminated_time: Option<String>,
    /// Note given when the contract was ended (解约备注).
    pub contract_termination_remark: Option<String>,
}

/// Whether the contract was signed or ended (变更类型).
#[wechat_v2_api]
pub enum ChangeType {
    /// Signed (`ADD`).
    Add,
    /// Ended (`DELETE`).
    Delete,
}
