//! `v2/secapi/pay/profitsharingreturn`: take back money shared to a receiver (分账回退).
//!
//! Returns part of a share from a merchant receiver to the sharing merchant, such as when the
//! order is refunded. The receiver must have agreed to returns in its merchant platform, and
//! returns are possible for 180 days. The share is named by either of its two numbers. It
//! needs the client certificate and `HMAC-SHA256`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{FailReason, ReturnAccountType, ReturnResult};

/// Takes back an amount from a profit-sharing receiver (分账回退).
#[wechat_v2_api(path = "v2/secapi/pay/profitsharingreturn", cert)]
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
    /// WeChat profit-sharing number (微信分账单号); give this or `out_order_no` (this wins if
    /// both).
    #[wechat(max_len = 64)]
    pub order_id: Option<String>,
    /// Merchant profit-sharing number (商户分账单号), the alternative to `order_id`.
    #[wechat(max_len = 64)]
    pub out_order_no: Option<String>,
    /// Merchant return number, unique per merchant (商户回退单号).
    #[wechat(max_len = 32)]
    pub out_return_no: String,
    /// Kind of account that gives the money back (回退方类型).
    pub return_account_type: ReturnAccountType,
    /// The account that gives the money back (回退方账号): a receiver's merchant id.
    #[wechat(max_len = 64)]
    pub return_account: String,
    /// Amount to take back, in fen (回退金额).
    pub return_amount: u64,
    /// Reason of the return (回退描述).
    #[wechat(max_len = 80)]
    pub description: String,
}

/// The return and its state.
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
    /// Signature algorithm of the answer (签名类型), `HMAC-SHA256`.
    #[wechat(max_len = 32)]
    pub sign_type: Option<String>,
    /// WeChat profit-sharing number (微信分账单号).
    #[wechat(max_len = 64)]
    pub order_id: Option<String>,
    /// Merchant profit-sharing number (商户分账单号).
    #[wechat(max_len = 64)]
    pub out_order_no: Option<String>,
    /// Merchant return number (商户回退单号).
    #[wechat(max_len = 32)]
    pub out_return_no: String,
    /// WeChat return number (微信回退单号).
    #[wechat(max_len = 64)]
    pub return_no: Option<String>,
    /// Kind of account that gives the money back (回退方类型).
    pub return_account_type: ReturnAccountType,
    /// The account that gives the money back (回退方账号).
    #[wechat(max_len = 64)]
    pub return_account: String,
    /// Amount taken back, in fen (回退金额).
    pub return_amount: u64,
    /// Reason of the return (回退描述).
    #[wechat(max_len = 80)]
    pub description: String,
    /// State of the return (回退结果).
    pub result: Option<ReturnResult>,
    /// Why the return failed (失败原因).
    pub fail_reason: Option<FailReason>,
    /// When the return completed (完成时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub finish_time: Option<String>,
}
