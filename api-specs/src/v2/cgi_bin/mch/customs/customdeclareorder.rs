//! `v2/cgi-bin/mch/customs/customdeclareorder`: declare a paid order's payment to the customs
//! (订单附加信息提交接口).
//!
//! For cross-border e-commerce: WeChat Pay pushes the payment record of the order to the
//! customs office named, optionally split into sub-orders, with the buyer's identity for the
//! real-name check. Tenpay's customs registration code is `4403169D3W`.
//!
//! The spec's example customs office `SHANGHAI` is not one of its values (the tests send
//! `SHANGHAI_ZS`), and its list of states spells `UNDECLARED` as `NDECLARED`; the declaration
//! uses `UNDECLARED`, as the redeclare endpoint's spec does.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{CertCheckResult, Customs, DeclarationState as State, VerifyDepartment};

/// Declares an order's payment to a customs office (订单附加信息提交接口).
#[wechat_v2_api(path = "v2/cgi-bin/mch/customs/customdeclareorder", nonceless)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 28)]
    pub transaction_id: String,
    /// Customs office declared to (海关).
    pub customs: Customs,
    /// Merchant's registration number at that customs office (商户海关备案号).
    #[wechat(max_len = 32)]
    pub mch_customs_no: String,
    /// Duty in fen (关税).
    pub duty: Option<u64>,
    /// A new declaration or a change to one (报关类型); new when left out.
    pub action_type: Option<ActionType>,
    /// Merchant sub-order number, when the order is split (商户子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_no: Option<String>,
    /// Currency (币种), `CNY`; with a split order.
    #[wechat(max_len = 3)]
    pub fee_type: Option<String>,
    /// Amount due for the sub-order, in fen (应付金额).
    pub order_fee: Option<u64>,
    /// Shipping cost in fen (物流费).
    pub transport_fee: Option<u64>,
    /// Price of the goods in fen (商品价格).
    pub product_fee: Option<u64>,
    /// Type of the buyer's identity document (证件类型).
    pub cert_type: Option<CertType>,
    /// The buyer's identity document number (证件号码).
    #[wechat(max_len = 64)]
    pub cert_id: Option<String>,
    /// The buyer's name (姓名).
    #[wechat(max_len = 64)]
    pub name: Option<String>,
}

/// The declaration's state and the result of the identity check.
///
/// `verify_department` and `verify_department_trade_id` are marked required by the spec but
/// come from the payment verification, which a declaration may not have yet; they are optional
/// here.
#[wechat_v2_api(response)]
pub struct Response {
    /// Signature algorithm of the answer (签名类型), `MD5`.
    pub sign_type: SignType,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// State of the declaration (状态码).
    pub state: State,
    /// WeChat order number (微信支付订单号).
    #[wechat(max_len = 28)]
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Merchant sub-order number (商户子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_no: Option<String>,
    /// WeChat sub-order number (微信子订单号).
    #[wechat(max_len = 32)]
    pub sub_order_id: Option<String>,
    /// When the declaration last changed (最后更新时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub modify_time: String,
    /// Whether the buyer's identity matches the payer's (订购人和支付人身份信息校验结果).
    pub cert_check_result: CertCheckResult,
    /// Institution that verified the payment (验核机构).
    pub verify_department: Option<VerifyDepartment>,
    /// That institution's transaction number (验核机构交易流水号).
    #[wechat(max_len = 64)]
    pub verify_department_trade_id: Option<String>,
}

/// A new declaration or a change (报关类型).
#[wechat_v2_api]
pub enum ActionType {
    /// A new declaration (`ADD`).
    Add,
    /// A change to a declaration, where the customs office allows it (`MODIFY`).
    Modify,
}

/// Type of identity document (证件类型).
#[wechat_v2_api]
pub enum CertType {
    /// Chinese resident identity card (`IDCARD`).
    Idcard,
}
