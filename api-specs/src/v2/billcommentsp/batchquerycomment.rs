//! `v2/billcommentsp/batchquerycomment`: fetch the comments buyers left on the merchant's
//! payments (拉取订单评价数据).
//!
//! Buyers can rate a payment in their WeChat Pay records; this pulls those comments for a time
//! window, a page at a time (`offset`, `limit`). The answer is text, not XML (the offset to go
//! on from, then the comments line by line), so it is declared a `download` and streamed like a
//! bill; an XML document comes back only for an error. The text carries no sign. The request
//! needs the client certificate.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Fetches a page of buyers' comments on payments within a time window (拉取订单评价数据).
#[wechat_v2_api(path = "v2/billcommentsp/batchquerycomment", download, cert, unsigned)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Start of the window (开始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 19)]
    pub begin_time: String,
    /// End of the window (结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 19)]
    pub end_time: String,
    /// Where to start in the window's comments (位移): `0` first, then the offset the previous
    /// page returned.
    pub offset: u64,
    /// How many comments to return at most (条数).
    pub limit: Option<u64>,
}
