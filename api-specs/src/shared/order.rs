//! Orders and payments: how they are paid, their states, the payer, the coupons used.

use wechatpay_v2::wechat_v2_api;

/// How the payer pays (交易类型).
#[wechat_v2_api]
pub enum TradeType {
    /// In an official account or mini program (`JSAPI`).
    Jsapi,
    /// By scanning a QR code (`NATIVE`).
    Native,
    /// In an app (`APP`).
    App,
    /// On a mobile web page, H5 (`MWEB`).
    Mweb,
}

/// How an order was paid (交易类型), as an order query reports it: the trade types of
/// [`TradeType`] that an order is placed with, and those of payments made without a
/// `unifiedorder` (payment codes, face payment, entrusted deduction).
#[wechat_v2_api]
pub enum PaidTradeType {
    /// In an official account or mini program (`JSAPI`).
    Jsapi,
    /// By scanning a QR code (`NATIVE`).
    Native,
    /// In an app (`APP`).
    App,
    /// On a mobile web page, H5 (`MWEB`).
    Mweb,
    /// The merchant scanned the payer's payment code (付款码, `MICROPAY`).
    Micropay,
    /// By face recognition (刷脸, `FACEPAY`).
    Facepay,
    /// Entrusted deduction under a contract (委托代扣, `PAP`).
    Pap,
}

/// Payment state of an order (交易状态).
#[wechat_v2_api]
pub enum TradeState {
    /// Paid (`SUCCESS`).
    Success,
    /// Refunded, in part or in full (`REFUND`).
    Refund,
    /// Not paid yet (`NOTPAY`).
    #[wechat(rename = "NOTPAY")]
    NotPay,
    /// Closed (`CLOSED`).
    Closed,
    /// Reversed (`REVOKED`).
    Revoked,
    /// The payer is still paying, such as entering a password (`USERPAYING`).
    #[wechat(rename = "USERPAYING")]
    UserPaying,
    /// Payment failed, such as a bank refusal (`PAYERROR`).
    #[wechat(rename = "PAYERROR")]
    PayError,
    /// Accepted and waiting to be deducted (`ACCEPT`).
    Accept,
}

/// Whether the payer follows the official account (是否关注公众账号).
#[wechat_v2_api]
pub enum IsSubscribe {
    /// Following (`Y`).
    #[wechat(rename = "Y")]
    Yes,
    /// Not following (`N`).
    #[wechat(rename = "N")]
    No,
}

/// Whether the payer follows the sub-merchant's official account (是否关注子公众账号).
#[wechat_v2_api]
pub enum SubIsSubscribe {
    /// Following (`Y`).
    #[wechat(rename = "Y")]
    Yes,
    /// Not following (`N`).
    #[wechat(rename = "N")]
    No,
}

/// One coupon used on an order (fields `*_$n`).
#[wechat_v2_api(item)]
pub struct Coupon {
    /// Coupon type (代金券类型), `CASH` or `NO_CASH`.
    pub coupon_type: Option<String>,
    /// Coupon id (代金券ID).
    #[wechat(max_len = 20)]
    pub coupon_id: Option<String>,
    /// Amount paid with this coupon, in fen (单个代金券支付金额).
    pub coupon_fee: Option<u64>,
}

/// Whether the payment is a deposit (是否押金支付).
#[wechat_v2_api]
pub enum Deposit {
    /// A deposit (`Y`).
    #[wechat(rename = "Y")]
    Yes,
    /// Not a deposit, a plain payment (`N`).
    #[wechat(rename = "N")]
    No,
}

/// Whether the payment is held for profit sharing (分账标识, 是否指定服务商分账).
#[wechat_v2_api]
pub enum ProfitSharing {
    /// Not shared (`N`).
    #[wechat(rename = "N")]
    No,
    /// Shared later through the profit-sharing endpoints (`Y`).
    #[wechat(rename = "Y")]
    Yes,
}

/// Whether to offer the electronic invoice entry (电子发票入口开放标识).
#[wechat_v2_api]
pub enum Receipt {
    /// Offer it (`Y`).
    #[wechat(rename = "Y")]
    Yes,
    /// Do not (`N`).
    #[wechat(rename = "N")]
    No,
}

/// Kind of identity document of a required payer (证件类型).
#[wechat_v2_api]
pub enum UserType {
    /// Mainland identity card (`IDCARD`, 身份证).
    #[wechat(rename = "IDCARD")]
    IdCard,
    /// Home-return permit for Hong Kong and Macao residents (`HONGKONG_MACAO`, 港澳回乡证).
    HongkongMacao,
    /// Residence permit for Hong Kong and Macao residents (`HONGKONG_MACAO_RESIDENT`, 港澳居住证).
    HongkongMacaoResident,
    /// Residence permit for Taiwan residents (`TAIWAN_RESIDENT`, 台湾居住证).
    TaiwanResident,
    /// Permanent residence card for foreigners (`FOREIGN_RESIDENT`, 外国人永居证).
    ForeignResident,
    /// Passport (`OVERSEA_PASSPORT`, 护照).
    OverseaPassport,
}

/// Whether a reversal must be called again (是否重调).
#[wechat_v2_api]
pub enum Recall {
    /// Not finished: call the reversal again (`Y`).
    #[wechat(rename = "Y")]
    Yes,
    /// Done, no need to call again (`N`).
    #[wechat(rename = "N")]
    No,
}

/// Which transactions a bill lists (账单类型).
#[wechat_v2_api]
pub enum BillType {
    /// Every order of the day (`ALL`).
    All,
    /// Paid orders (`SUCCESS`).
    Success,
    /// Refunded orders (`REFUND`).
    Refund,
    /// Refunds of orders paid with recharge coupons (`RECHARGE_REFUND`).
    RechargeRefund,
}

/// Compression of a downloaded bill (压缩账单).
#[wechat_v2_api]
pub enum TarType {
    /// Gzip-compressed (`GZIP`).
    Gzip,
}
