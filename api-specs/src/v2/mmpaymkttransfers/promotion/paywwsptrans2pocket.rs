//! `v2/mmpaymkttransfers/promotion/paywwsptrans2pocket`: pay an employee through WeCom
//! (向员工付款).
//!
//! A payout to a WeCom (企业微信) member's WeChat balance: real-name users only, at most 200
//! yuan a payout and a day per user, 100,000 yuan a day per merchant, 1 yuan at least. It
//! needs the client certificate, and its response carries no sign.
//!
//! `workwx_sign` is a second, WeCom signature that covers `nonce_str`; the typed call writes
//! its own nonce, so a request that needs it goes through the untyped `post_fields` with the
//! caller's `nonce_str`.

use wechatpay_v2::wechat_v2_api;

/// Pays an amount to a WeCom member, identified by openid (向员工付款).
#[wechat_v2_api(
    path = "v2/mmpaymkttransfers/promotion/paywwsptrans2pocket",
    cert,
    unsigned
)]
pub struct Request {
    /// App id the openid belongs to (公众账号appid); the client's configured one when left out.
    #[wechat(max_len = 128)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// Merchant payout number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// The payee's openid under `appid` (用户openid).
    #[wechat(max_len = 64)]
    pub openid: String,
    /// Real-name check (校验用户姓名选项); the payee's name is always checked.
    pub check_name: CheckName,
    /// The payee's real name, checked against the account (收款用户姓名).
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
    /// WeCom signature (企业微信签名): MD5 over `amount`, `appid`, `desc`, `mch_id`,
    /// `nonce_str`, `openid`, `partner_trade_no` and `ww_msg_type` with the secret of WeCom's
    /// payment app; see the module doc for the nonce.
    #[wechat(max_len = 32)]
    pub workwx_sign: Option<String>,
    /// Kind of message the payee gets (付款消息类型).
    pub ww_msg_type: Option<WwMsgType>,
    /// Approval number, with `APPROVAL_MSG` (审批单号).
    pub approval_number: Option<String>,
    /// Approval kind, with `APPROVAL_MSG` (审批类型).
    pub approval_type: Option<ApprovalType>,
    /// Project name shown in the message (项目名称).
    pub act_name: Option<String>,
    /// Id of the WeCom app that pays (付款的应用id).
    pub agentid: Option<String>,
}

/// The payout made.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号appid).
    #[wechat(max_len = 128)]
    pub appid: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
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

/// Real-name check of a payout (校验用户姓名选项).
#[wechat_v2_api]
pub enum CheckName {
    /// Check the payee's real name; refuse the payout if it differs (`FORCE_CHECK`).
    ForceCheck,
}

/// Kind of message a WeCom payee gets (付款消息类型).
#[wechat_v2_api]
pub enum WwMsgType {
    /// A plain payout message (`NORMAL_MSG`).
    NormalMsg,
    /// A message about an approved claim; give `approval_number` and `approval_type`
    /// (`APPROVAL_MSG`).
    ApprovalMsg,
}

/// Approval kind (审批类型).
#[wechat_v2_api]
pub enum ApprovalType {
    /// The only kind documented (`1`).
    #[wechat(rename = "1")]
    One,
}
