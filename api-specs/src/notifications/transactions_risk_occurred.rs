//! Risky-transaction notification (事中-风险交易回调通知): sent to a bank service provider when
//! WeChat Pay finds transactions of one of its merchants risky while they happen.
//!
//! The transactions are in `transaction_id_list`, JSON text decoded into [`TransactionIds`].
//! Signed with HMAC-SHA256, named in `sign_type`.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Risky transactions of a sub-merchant (风险交易回调通知).
#[wechat_v2_api(response)]
pub struct Notification {
    /// Signature algorithm of the notification (签名类型), `HMAC-SHA256`.
    pub sign_type: SignType,
    /// Number of the risk event (事件单号).
    pub event_code: String,
    /// How risky (风险级别).
    pub risk_level: RiskLevel,
    /// What the risk is (风险描述).
    pub risk_level_desc: String,
    /// The service provider whose merchant made the transactions (有风险交易的服务商号).
    pub mch_id: String,
    /// The merchant that made them (有风险交易的商户号).
    pub sub_mch_id: String,
    /// The risky transactions, as JSON text (风险交易的微信订单号列表).
    pub transaction_id_list: TransactionIds,
}

/// Level of a risk (风险级别).
#[wechat_v2_api]
pub enum RiskLevel {
    /// `LOW`.
    Low,
    /// `MEDIUM`.
    Medium,
    /// `HIGH`.
    High,
}

/// The risky transactions, carried as JSON in `transaction_id_list`.
#[wechat_v2_api(json)]
pub struct TransactionIds {
    /// The WeChat order numbers (微信订单号列表).
    pub data: TransactionIdList,
}

/// The WeChat order numbers of the risky transactions.
#[wechat_v2_api(json)]
pub struct TransactionIdList {
    /// WeChat order numbers (微信订单号).
    pub transaction_id: Vec<String>,
}
