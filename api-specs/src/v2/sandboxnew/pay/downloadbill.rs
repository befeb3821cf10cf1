//! `v2/sandboxnew/pay/downloadbill`: download a day's bill in the sandbox (沙箱环境: 下载对账单).
//!
//! The sandbox copy of `v2/pay/downloadbill`, signed with the sandbox key. The answer is the
//! bill as CSV text, or gzip bytes with `tar_type` `GZIP`; an XML document comes back only for
//! an error, and it is not signed.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{BillType, TarType};

/// Downloads the sandbox transactions of one day, to test reconciliation (下载对账单).
#[wechat_v2_api(path = "v2/sandboxnew/pay/downloadbill", download, unsigned)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID); the client's one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号); the client's configured one when left out.
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Day of the bill (对账单日期), `yyyyMMdd`.
    #[wechat(max_len = 8)]
    pub bill_date: String,
    /// Which transactions (账单类型); all of them when left out.
    pub bill_type: Option<BillType>,
    /// Compression (压缩账单): `GZIP`, or plain text when left out.
    pub tar_type: Option<TarType>,
}
