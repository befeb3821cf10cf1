//! Payouts, red packets and coupons (企业付款, 现金红包, 代金券).

use wechatpay_v2::wechat_v2_api;

/// State of a payout (转账状态, 红包状态).
#[wechat_v2_api]
pub enum PayoutStatus {
    /// Paid (`SUCCESS`).
    Success,
    /// Failed (`FAILED`); `reason` says why.
    Failed,
    /// Still being processed (`PROCESSING`).
    Processing,
}

/// State of a payout to a bank card (代付单状态).
#[wechat_v2_api]
pub enum BankPayoutStatus {
    /// Paid to the card (`SUCCESS`).
    Success,
    /// Failed (`FAILED`); `reason` says why.
    Failed,
    /// Still being processed (`PROCESSING`).
    Processing,
    /// Returned by the bank after being paid; the money goes back to the merchant
    /// (`BANK_FAIL`).
    BankFail,
}

/// Scene of a red packet (场景id).
#[wechat_v2_api]
pub enum SceneId {
    /// Product promotion (`PRODUCT_1`).
    #[wechat(rename = "PRODUCT_1")]
    Product1,
    /// Lucky draw (`PRODUCT_2`).
    #[wechat(rename = "PRODUCT_2")]
    Product2,
    /// Virtual goods prize (`PRODUCT_3`).
    #[wechat(rename = "PRODUCT_3")]
    Product3,
    /// Staff benefit (`PRODUCT_4`).
    #[wechat(rename = "PRODUCT_4")]
    Product4,
    /// Channel revenue share (`PRODUCT_5`).
    #[wechat(rename = "PRODUCT_5")]
    Product5,
    /// Insurance reward (`PRODUCT_6`).
    #[wechat(rename = "PRODUCT_6")]
    Product6,
    /// Lottery prize (`PRODUCT_7`).
    #[wechat(rename = "PRODUCT_7")]
    Product7,
    /// Tax receipt scratch prize (`PRODUCT_8`).
    #[wechat(rename = "PRODUCT_8")]
    Product8,
}

/// Protocol type (协议类型).
#[wechat_v2_api]
pub enum ProtocolType {
    /// XML messages (`XML`).
    Xml,
}
