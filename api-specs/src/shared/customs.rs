//! Customs declarations of orders (海关报关).

use wechatpay_v2::wechat_v2_api;

/// Customs office an order is declared to (海关).
#[wechat_v2_api]
pub enum Customs {
    /// Guangzhou, General Administration edition (`GUANGZHOU_ZS`).
    GuangzhouZs,
    /// Hangzhou, General Administration edition (`HANGZHOU_ZS`).
    HangzhouZs,
    /// Ningbo (`NINGBO`).
    Ningbo,
    /// Zhengzhou, bonded logistics centre (`ZHENGZHOU_BS`).
    ZhengzhouBs,
    /// Chongqing (`CHONGQING`).
    Chongqing,
    /// Shanghai, General Administration edition (`SHANGHAI_ZS`).
    ShanghaiZs,
    /// Shenzhen (`SHENZHEN`).
    Shenzhen,
    /// Zhengzhou comprehensive bonded zone, General Administration edition (`ZHENGZHOU_ZH_ZS`).
    ZhengzhouZhZs,
    /// Tianjin (`TIANJIN`).
    Tianjin,
}

/// State of a declaration (状态码).
#[wechat_v2_api]
pub enum DeclarationState {
    /// Not declared yet (`UNDECLARED`).
    Undeclared,
    /// Submitted to the customs (`SUBMITTED`).
    Submitted,
    /// Being declared (`PROCESSING`).
    Processing,
    /// Declared (`SUCCESS`).
    Success,
    /// Declaration failed (`FAIL`).
    Fail,
    /// The customs interface failed (`EXCEPT`).
    Except,
}

/// Whether the buyer's identity matches the payer's (订购人和支付人身份信息校验结果).
#[wechat_v2_api]
pub enum CertCheckResult {
    /// Not checked: no buyer identity was given (`UNCHECKED`).
    Unchecked,
    /// The buyer is the payer (`SAME`).
    Same,
    /// The buyer is not the payer (`DIFFERENT`).
    Different,
}

/// Institution that verified the payment (验核机构); the customs' `verDept` field takes it as
/// `1`, `2` or `3`.
#[wechat_v2_api]
pub enum VerifyDepartment {
    /// UnionPay (`UNIONPAY`), customs `verDept` `1`.
    Unionpay,
    /// NetsUnion (`NETSUNION`), customs `verDept` `2`.
    Netsunion,
    /// Another institution (`OTHERS`), customs `verDept` `3`.
    Others,
}
