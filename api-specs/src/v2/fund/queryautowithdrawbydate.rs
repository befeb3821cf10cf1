//! `v2/fund/queryautowithdrawbydate`: query a micro-merchant's automatic withdrawal of one day
//! (查询提现状态).
//!
//! For service providers whose micro-merchants (小微商户) cannot see WeChat Pay themselves: it
//! reports the state of the withdrawal made automatically for a date; amounts are in fen. It
//! needs the client certificate. WeChat retired the endpoint on 2023-03-13; it is declared for
//! completeness.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Queries the automatic withdrawal of a micro-merchant for a date (查询提现状态).
#[wechat_v2_api(path = "v2/fund/queryautowithdrawbydate", cert, idempotent)]
pub struct Request {
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The micro-merchant's id (小微商户号); the client's configured sub-merchant when left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Date of the withdrawal (日期), `yyyyMMdd`.
    #[wechat(max_len = 32)]
    pub date: String,
}

/// The withdrawal's state; its details (id, amount, times) only once a withdrawal exists.
#[wechat_v2_api(response)]
pub struct Response {
    /// Signature algorithm of the answer (签名类型), `HMAC-SHA256`.
    #[wechat(max_len = 32)]
    pub sign_type: Option<String>,
    /// Date of the withdrawal (日期), `yyyyMMdd`.
    #[wechat(max_len = 32)]
    pub date: String,
    /// Service provider's merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The micro-merchant's id (小微商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// State of the withdrawal (单据状态), such as `PROCESSING`, `SUCCESS`, `FAILED` or
    /// `REFUNDED`.
    #[wechat(max_len = 32)]
    pub withdraw_status: String,
    /// Why the withdrawal failed (单据失败原因).
    #[wechat(max_len = 64)]
    pub fail_reason: Option<String>,
    /// WeChat withdrawal id (提现单单据ID).
    #[wechat(max_len = 32)]
    pub withdraw_id: Option<String>,
    /// Amount withdrawn, in fen (金额).
    pub amount: Option<u64>,
    /// When the withdrawal was created (单据创建时间).
    #[wechat(max_len = 32)]
    pub create_time: Option<String>,
    /// When the withdrawal succeeded (单据成功时间).
    #[wechat(max_len = 32)]
    pub success_time: Option<String>,
    /// When the bank returned the withdrawal (单据退票时间).
    #[wechat(max_len = 32)]
    pub refund_time: Option<String>,
}
