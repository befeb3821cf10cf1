//! `v2/mchrisk/syncmchriskresult`: report how a risky merchant was dealt with
//! (事后-风险商户处理结果同步接口).
//!
//! After WeChat notifies a risk event about one of its merchants, the service provider sends
//! back the merchant's details, the risk found and the penalty applied. The sensitive fields are
//! encrypted, then base64. Needs the client certificate; the answer carries no sign and no
//! business fields.
//!
//! The spec runs the values of `risk_type` and `punish_type` together into one example that is
//! longer than their 32-character limit; the tests send one value of each.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Reports the details of a risky merchant and the penalty applied
/// (事后-风险商户处理结果同步接口).
#[wechat_v2_api(path = "v2/mchrisk/syncmchriskresult", cert, unsigned)]
pub struct Request {
    /// Service provider's merchant id (服务商号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The merchant concerned (商户ID), required; the client's configured sub-merchant when
    /// left out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Number of the risk event notified (事件单号).
    #[wechat(max_len = 32)]
    pub event_code: String,
    /// ID card number, encrypted (身份证号（需加密）).
    #[wechat(max_len = 344)]
    pub certificates_number: Option<String>,
    /// Name on the ID card, encrypted (身份证所有人姓名（需加密）).
    #[wechat(max_len = 344)]
    pub certificates_name: Option<String>,
    /// Settlement account number, encrypted (结算账号（需加密）).
    #[wechat(max_len = 344)]
    pub settlement_card_no: Option<String>,
    /// Settlement account holder, encrypted (结算户名（需加密）).
    #[wechat(max_len = 344)]
    pub settlement_card_name: Option<String>,
    /// Bank of the settlement account (结算银行).
    #[wechat(max_len = 128)]
    pub settlement_card_bank: Option<String>,
    /// Business licence number, encrypted (营业执照编号（需加密）).
    #[wechat(max_len = 344)]
    pub business_license_number: Option<String>,
    /// Company name (公司名称).
    #[wechat(max_len = 128)]
    pub company_name: Option<String>,
    /// Store address (门店地址).
    #[wechat(max_len = 256)]
    pub store_address: Option<String>,
    /// Store longitude (门店经度).
    #[wechat(max_len = 32)]
    pub store_longitude: Option<String>,
    /// Store latitude (门店纬度).
    #[wechat(max_len = 32)]
    pub store_latitude: Option<String>,
    /// Risk found (风险类型), such as `GAMBLING`, `OTHER` or `NO_ABNORMALITIES`.
    #[wechat(max_len = 32)]
    pub risk_type: String,
    /// Penalty applied (处罚方式): `CLOSE_PAY_PERMISSION`, `EXTEND_SETTLEMENT_CYCLE`,
    /// `CLOSE_WITHDRAW_CASH`, `CLEAN_UP` or `OTHER`.
    #[wechat(max_len = 32)]
    pub punish_type: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The report accepted; the answer has no fields beyond the envelope.
#[wechat_v2_api(response)]
pub struct Response {}
