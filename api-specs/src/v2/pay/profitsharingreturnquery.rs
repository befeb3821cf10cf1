//! `v2/pay/profitsharingreturnquery`: query a profit-sharing return (回退结果查询).
//!
//! A return (回退) takes shared money back from a receiver, for instance before a refund; this
//! checks how one went. The profit-sharing order is named by `order_id` or `out_order_no`: the
//! API takes one of them, so both are optional here. The spec lists the `return_*` fields of the
//! answer as required in the request too, without defining them there; they are left out.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{FailReason, ReturnAccountType, ReturnResult};

/// Queries the result of a profit-sharing return (回退结果查询).
#[wechat_v2_api(path = "v2/pay/profitsharingreturnquery", idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// WeChat number of the profit-sharing order (微信分账单号); give this or `out_order_no`.
    #[wechat(max_len = 64)]
    pub order_id: Option<String>,
    /// Merchant number of the profit-sharing order (商户分账单号), the alternative to
    /// `order_id`.
    #[wechat(max_len = 64)]
    pub out_order_no: Option<String>,
    /// Merchant number of the return (商户回退单号).
    #[wechat(max_len = 32)]
    pub out_return_no: String,
}

/// The return and how it went.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// WeChat number of the profit-sharing order (微信分账单号).
    #[wechat(max_len = 64)]
    pub order_id: Option<String>,
    /// Merchant number of the profit-sharing order (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: Option<String>,
    /// Merchant number of the return (商户回退单号).
    #[wechat(max_len = 32)]
    pub out_return_no: String,
    /// WeChat number of the return (微信回退单号).
    #[wechat(max_len = 64)]
    pub return_no: Option<String>,
    /// Kind of account the money comes back from (回退方类型).
    pub return_account_type: ReturnAccountType,
    /// The account the money comes back from (回退方账号).
    #[wechat(max_len = 64)]
    pub return_account: String,
    /// Amount returned, in fen (回退金额).
    pub return_amount: u64,
    /// Why the money is returned (回退描述).
    #[wechat(max_len = 80)]
    pub description: String,
    /// How the return went (回退结果).
    pub result: Option<ReturnResult>,
    /// Why it failed, with `result` `FAILED` (失败原因).
    pub fail_reason: Option<FailReason>,
    /// When the return completed (完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub finish_time: Option<String>,
}
