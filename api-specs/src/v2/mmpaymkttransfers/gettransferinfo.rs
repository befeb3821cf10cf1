//! `v2/mmpaymkttransfers/gettransferinfo`: query a payout to a WeChat user's balance
//! (查询企业向微信用户个人付款).
//!
//! Looks up a payout made with `v2/mmpaymkttransfers/promotion/transfers` by its merchant
//! number; only payouts of the last 30 days can be queried. It needs the client certificate,
//! and its response carries no sign.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::PayoutStatus as Status;

/// Queries a payout to a WeChat user by its merchant payout number (查询企业向微信用户个人付款).
#[wechat_v2_api(
    path = "v2/mmpaymkttransfers/gettransferinfo",
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
    #[wechat(max_len = 128)]
    pub appid: Option<String>,
}

/// The payout and its state.
///
/// `payment_time` is marked required by the spec but only exists once the payout has
/// succeeded, so it is optional here: a payout still processing, or failed, must decode.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant payout number (商户单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// App id (Appid).
    #[wechat(max_len = 128)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat payout number (付款单号).
    #[wechat(max_len = 64)]
    pub detail_id: String,
    /// State of the payout (转账状态).
    pub status: Status,
    /// Why the payout failed (失败原因).
    #[wechat(max_len = 128)]
    pub reason: Option<String>,
    /// The payee's openid (收款用户openid).
    #[wechat(max_len = 64)]
    pub openid: String,
    /// The payee's name, when it was checked (收款用户姓名).
    #[wechat(max_len = 64)]
    pub transfer_name: Option<String>,
    /// Amount paid out, in fen (付款金额).
    pub payment_amount: u64,
    /// When the payout was made (转账时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub transfer_time: String,
    /// When the payout succeeded (付款成功时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub payment_time: Option<String>,
    /// Note given with the payout (企业付款备注).
    #[wechat(max_len = 100)]
    pub desc: String,
}
