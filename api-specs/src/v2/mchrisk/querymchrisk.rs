//! `v2/mchrisk/querymchrisk`: check a merchant's risk before onboarding it
//! (事前-风险商户核查接口).
//!
//! For bank service providers: give at least one of the identifying fields (ID card, settlement
//! account, business licence...); the more, the more precise the answer. The sensitive fields
//! are encrypted with the WeChat Pay platform certificate named by `cert_serial_number`, then
//! base64. Needs the client certificate; the answer carries no sign.
//!
//! The spec's examples give a latitude as `store_longitude` and a longitude as `store_latitude`.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Asks how risky a merchant is, from its identity, account and licence (事前-风险商户核查接口).
#[wechat_v2_api(path = "v2/mchrisk/querymchrisk", cert, unsigned, idempotent)]
pub struct Request {
    /// Service provider's merchant id (服务商号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Serial number of the platform certificate that encrypted the fields (平台证书序列号).
    #[wechat(max_len = 32)]
    pub cert_serial_number: Option<String>,
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
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The merchant's risk level, with a description.
#[wechat_v2_api(response)]
pub struct Response {
    /// Service provider's merchant id (服务商号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Risk level (风险级别), such as `LOW`; high-risk and barred merchants should not be
    /// onboarded.
    #[wechat(max_len = 32)]
    pub risk_level: String,
    /// Description of the risk (风险描述).
    #[wechat(max_len = 1024)]
    pub risk_level_desc: String,
}
