//! `v2/mmpaymkttransfers/query_bank`: query a payout to a bank card, at its former path
//! (查询企业付款银行卡).
//!
//! The same query as `v2/mmpaysptrans/query_bank`, whose documentation page this path now
//! redirects to; there is no YAML spec, so the fields follow that page and the length limits
//! that endpoint's spec. The endpoint table marks this path unsigned and without certificate,
//! while the page it moved to loads the certificate: it is declared `cert` (a certificate the
//! gateway does not ask for is harmless, a missing one it needs is not) and `unsigned`.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::BankPayoutStatus as Status;

/// Queries a payout to a bank card by its merchant payout number (查询企业付款银行卡).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/query_bank", cert, unsigned, idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Merchant payout number given when paying (商户企业付款单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
}

/// The payout, its state and its fee.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Merchant payout number (商户企业付款单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// WeChat payout number (微信企业付款单号).
    #[wechat(max_len = 64)]
    pub payment_no: String,
    /// MD5 digest of the card number (银行卡号).
    #[wechat(max_len = 32)]
    pub bank_no_md5: String,
    /// MD5 digest of the card holder's name (用户真实姓名).
    #[wechat(max_len = 32)]
    pub true_name_md5: String,
    /// Amount paid out, in fen (代付金额).
    pub amount: u64,
    /// State of the payout (代付单状态).
    pub status: Status,
    /// Fee charged, in fen (手续费金额).
    pub cmms_amt: u64,
    /// When the merchant asked for the payout (商户下单时间).
    #[wechat(max_len = 32)]
    pub create_time: String,
    /// When the payout succeeded (成功付款时间).
    #[wechat(max_len = 32)]
    pub pay_succ_time: Option<String>,
    /// Why the payout failed (失败原因).
    #[wechat(max_len = 128)]
    pub reason: Option<String>,
}
