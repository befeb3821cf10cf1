//! `v2/pay/downloadfundflow`: download a day's fund-flow bill of one account (下载资金账单).
//!
//! The answer is the bill as CSV text, or gzip bytes with `tar_type` `GZIP`; an XML document
//! comes back only for an error. So there is no XML response type, and the answer is not
//! signed. The request needs the client certificate.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::TarType;

/// Downloads the fund movements of one account for one day (下载资金账单).
#[wechat_v2_api(path = "v2/pay/downloadfundflow", download, cert, unsigned)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API documents `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Day of the bill (资金账单日期), `yyyyMMdd`.
    #[wechat(max_len = 8)]
    pub bill_date: String,
    /// Which fund account (资金账户类型).
    pub account_type: AccountType,
    /// Compression (压缩账单): `GZIP`, or plain text when left out.
    pub tar_type: Option<TarType>,
}

/// A merchant fund account (资金账户类型).
#[wechat_v2_api]
pub enum AccountType {
    /// The basic account (`Basic`, 基本账户).
    #[wechat(rename = "Basic")]
    Basic,
    /// The operation account (`Operation`, 运营账户).
    #[wechat(rename = "Operation")]
    Operation,
    /// The fees account (`Fees`, 手续费账户).
    #[wechat(rename = "Fees")]
    Fees,
}
