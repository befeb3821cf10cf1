//! `v2/mmpaymkttransfers/promotion/transfers`: pay money to a WeChat user's balance
//! (向微信用户个人付款).
//!
//! This endpoint names the merchant fields `mch_appid` and `mchid` (not `appid` / `mch_id`);
//! both are still filled from the client configuration. It needs the client certificate, and
//! its response carries no sign.

use wechatpay_v2::wechat_v2_api;

/// Pays an amount to a WeChat user, identified by openid (向微信用户个人付款).
#[wechat_v2_api(path = "v2/mmpaymkttransfers/promotion/transfers", cert, unsigned)]
pub struct Request {
    /// Merchant account app id (商户账号appid); the client's configured app id when left out.
    #[wechat(max_len = 128)]
    pub mch_appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mchid: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Merchant payout number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// The payee's openid under `mch_appid` (用户openid).
    #[wechat(max_len = 64)]
    pub openid: String,
    /// Whether to check the payee's real name (校验用户姓名选项): `NO_CHECK` or `FORCE_CHECK`.
    #[wechat(max_len = 16)]
    pub check_name: String,
    /// The payee's real name, checked with `FORCE_CHECK` (收款用户姓名).
    #[wechat(max_len = 64)]
    pub re_user_name: Option<String>,
    /// Amount in fen (金额).
    pub amount: u64,
    /// Note shown with the payout (企业付款备注).
    #[wechat(max_len = 100)]
    pub desc: String,
    /// IP address of the calling machine (Ip地址).
    #[wechat(max_len = 32)]
    pub spbill_create_ip: String,
    /// Payout scene (付款场景): `BRAND_REDPACKET` for a brand red packet, else a plain payout.
    #[wechat(max_len = 64)]
    pub scene: Option<String>,
    /// Brand id at WeChat Pay (品牌ID); required for brand red packets.
    pub brand_id: Option<u32>,
    /// Message template id (消息模板ID); required for brand red packets.
    #[wechat(max_len = 128)]
    pub finder_template_id: Option<String>,
}

/// The payout made.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id of the merchant account (商户appid).
    #[wechat(max_len = 128)]
    pub mch_appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mchid: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Merchant payout number (商户订单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// WeChat payout number (微信付款单号).
    #[wechat(max_len = 64)]
    pub payment_no: String,
    /// When the payout succeeded (付款成功时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub payment_time: String,
}
