//! `v2/fund/reautowithdrawbydate`: retry a micro-merchant's failed automatic withdrawal
//! (重新发起提现).
//!
//! For service providers: starts again the automatic withdrawal of a date for one of their
//! micro-merchants (小微商户). It needs the client certificate. WeChat has since moved
//! micro-merchants to manual withdrawals in its merchant assistant mini program and marks the
//! endpoint deprecated; it is declared for completeness.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Starts the automatic withdrawal of a date again for a micro-merchant (重新发起提现).
#[wechat_v2_api(path = "v2/fund/reautowithdrawbydate", cert)]
pub struct Request {
    /// Service provider's merchant id (服务商商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The micro-merchant's id (小微商户号); the client's configured sub-merchant when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Date of the automatic withdrawal to retry (自动提现单提现日期), `yyyyMMdd`.
    #[wechat(max_len = 32)]
    pub date: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The new withdrawal: its id, amount and creation time.
#[wechat_v2_api(response)]
pub struct Response {
    /// Signature algorithm of the answer (签名类型), `HMAC-SHA256`.
    #[wechat(max_len = 32)]
    pub sign_type: Option<String>,
    /// Date of the automatic withdrawal (自动提现单提现日期), `yyyyMMdd`.
    #[wechat(max_len = 32)]
    pub date: String,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The micro-merchant's id (小微商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// WeChat withdrawal id (提现单单据ID).
    #[wechat(max_len = 64)]
    pub withdraw_id: String,
    /// Amount to withdraw, in fen (金额).
    pub amount: u64,
    /// When the withdrawal was created (单据创建时间).
    #[wechat(max_len = 32)]
    pub create_time: String,
}
