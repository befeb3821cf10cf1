//! `v2/cgi-bin/mch/customs/customdeclarequery`: query the customs declarations of an order
//! (订单附加信息查询接口).
//!
//! One entry per declared (sub-)order comes back as an indexed list (`sub_order_no_0`,
//! `state_0`...) that decodes into a `Vec`. Identity details WeChat collected itself are not
//! returned.
//!
//! The spec gives `customs_$n` and `state_$n` a 2-character limit that their own values exceed,
//! so no limit is declared; its example customs office `SHANGHAI` is not one of its values (the
//! tests send `SHANGHAI_ZS`), and it spells the state `UNDECLARED` as `NDECLARED` (declared as
//! `UNDECLARED`).

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{CertCheckResult, Customs, DeclarationState as State, VerifyDepartment};

/// Queries the declarations of an order at a customs office, by any one of its four
/// identifiers (订单附加信息查询接口).
#[wechat_v2_api(
    path = "v2/cgi-bin/mch/customs/customdeclarequery",
    idempotent,
    nonceless,
    one_of(out_trade_no, transaction_id, sub_order_no, sub_order_id)
)]
pub struct Request {
    /// Signature algorithm (签名类型); the API takes `MD5` only, the default.
    pub sign_type: Option<SignType>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Merchant order number (商户订单号). Give one of the four order identifiers: the spec
    /// marks all four required, the API takes any one.
    #[wechat(max_len = 32)]
    pub out_trade_no: Option<String>,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 28)]
    pub transaction_id: Option<String>,
    /// Merchant sub-order number (商户子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_no: Option<String>,
    /// WeChat sub-order number (微信子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_id: Option<String>,
    /// Customs office declared to (海关).
    pub customs: Customs,
}

/// The order's declarations, one per (sub-)order.
///
/// `verify_department` and `verify_department_trade_id` are marked required by the spec but
/// come from the payment verification, which a declaration may not have yet; they are optional
/// here.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 28)]
    pub transaction_id: String,
    /// The declarations (`count` of them, fields `*_$n`).
    #[wechat(list, count = "count", required)]
    pub declarations: Vec<Declaration>,
    /// Institution that verified the payment (验核机构).
    pub verify_department: Option<VerifyDepartment>,
    /// That institution's transaction number (验核机构交易流水号).
    #[wechat(max_len = 64)]
    pub verify_department_trade_id: Option<String>,
}

/// The declaration of one (sub-)order (fields `*_$n`).
#[wechat_v2_api(item)]
pub struct Declaration {
    /// Merchant sub-order number (商户子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_no: Option<String>,
    /// WeChat sub-order number (微信子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_id: Option<String>,
    /// Merchant's registration number at the customs office (商户海关备案号).
    #[wechat(max_len = 32)]
    pub mch_customs_no: Option<String>,
    /// Customs office declared to (海关).
    pub customs: Customs,
    /// Currency (币种), `CNY`.
    #[wechat(max_len = 3)]
    pub fee_type: Option<String>,
    /// Amount due in fen (应付金额).
    pub order_fee: Option<u64>,
    /// Duty in fen (关税).
    pub duty: Option<u64>,
    /// Shipping cost in fen (物流费).
    pub transport_fee: Option<u64>,
    /// Price of the goods in fen (商品价格).
    pub product_fee: Option<u64>,
    /// State of the declaration (状态码).
    pub state: State,
    /// What the customs said about it (申报结果说明).
    #[wechat(max_len = 128)]
    pub explanation: Option<String>,
    /// When the declaration last changed (最后更新时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub modify_time: String,
    /// Whether the buyer's identity matches the payer's (订购人和支付人身份信息校验结果).
    pub cert_check_result: CertCheckResult,
}
