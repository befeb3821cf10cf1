//! `v2/mmpaymkttransfers/promotion/querywwsptrans2pocket`: query a payout to an employee
//! through WeCom (查询付款记录).
//!
//! Looks up a payout made with `v2/mmpaymkttransfers/promotion/paywwsptrans2pocket`; only the
//! last 30 days can be queried. It needs the client certificate, and its response carries no
//! sign.
//!
//! The spec copies its required list from the red packet query: it requires `mch_billno`,
//! which it does not define, and leaves `partner_trade_no` optional, limited to 28
//! characters. The query cannot work without the payout number, so `partner_trade_no` is
//! required here, and its limit is the payout's (32).

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::PayoutStatus as Status;

/// Queries a payout to a WeCom member by its merchant payout number (查询付款记录).
#[wechat_v2_api(
    path = "v2/mmpaymkttransfers/promotion/querywwsptrans2pocket",
    cert,
    unsigned,
    idempotent
)]
pub struct Request {
    /// Merchant payout number given when paying (商户订单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// App id the payout was made under (Appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
}

/// The payout and its state.
///
/// `reason` is marked required by the spec but only explains a failure, so it is optional
/// here. The spec also lists `openid` as required without defining it; it is not declared,
/// and lands in `other_fields` when sent.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant payout number (商户订单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat payout number (红包单号).
    #[wechat(max_len = 32)]
    pub detail_id: String,
    /// State of the payout (红包状态).
    pub status: Status,
    /// Why the payout failed (失败原因).
    #[wechat(max_len = 32)]
    pub reason: Option<String>,
    /// The payee's name (收款用户姓名).
    #[wechat(max_len = 64)]
    pub transfer_name: Option<String>,
    /// Amount paid out, in fen (the spec's label 红包退款金额 is a copy slip).
    pub payment_amount: u64,
    /// When the payout was made (转账时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub transfer_time: String,
    /// Note given with the payout (付款描述).
    #[wechat(max_len = 100)]
    pub desc: String,
}
