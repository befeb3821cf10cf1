//! Combined-payment result notification (合单支付通知): sent to the combined order's
//! `notify_url` (`v2/pay/combinedorder`) once it is paid.
//!
//! The combined order's fields are at the top; each sub-order's payment is in
//! `sub_order_list`, JSON text decoded into [`SubOrders`]. Signed with HMAC-SHA256, named in
//! `sign_type`. Check each sub-order's amount against your own before marking it paid.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::TradeType;

/// A paid combined order (合单支付通知).
#[wechat_v2_api(response)]
pub struct Notification {
    /// App id of the combined order (合单APPID).
    pub combine_appid: String,
    /// Merchant id of the combined order (合单商户号).
    pub combine_mch_id: String,
    /// Terminal device number (设备号).
    pub device_info: Option<String>,
    /// The payer's openid under `combine_appid` (合单用户标识).
    pub combine_openid: Option<String>,
    /// Merchant number of the combined order (合单商户订单号).
    pub combine_out_trade_no: String,
    /// How the payer paid (交易类型).
    pub trade_type: TradeType,
    /// The paying bank (付款银行), such as `CMC`.
    pub bank_type: Option<String>,
    /// Signature algorithm of the notification (签名类型), `HMAC-SHA256`.
    pub sign_type: SignType,
    /// Description of the business result (业务信息).
    pub result_msg: Option<String>,
    /// The sub-orders and their payments, as JSON text (子订单集合).
    pub sub_order_list: SubOrders,
}

/// The sub-orders, carried as JSON in `sub_order_list`.
#[wechat_v2_api(json)]
pub struct SubOrders {
    /// Number of sub-orders (子订单数).
    pub order_num: u64,
    /// The sub-orders (子订单列表).
    pub order_list: Vec<SubOrder>,
}

/// One paid sub-order (子订单).
#[wechat_v2_api(json)]
pub struct SubOrder {
    /// App id of the sub-order (公众账号ID).
    pub appid: String,
    /// Merchant id of the sub-order (商户号).
    pub mch_id: String,
    /// The payer's openid under `appid` (用户标识).
    pub openid: String,
    /// Amount of the sub-order in fen (标价金额).
    pub total_fee: u64,
    /// Amount paid in cash, in fen (现金支付金额).
    pub cash_fee: u64,
    /// WeChat order number of the sub-order (微信订单号).
    pub transaction_id: String,
    /// Merchant order number of the sub-order (子单商户订单号).
    pub out_trade_no: String,
    /// Merchant data given with the sub-order (商家数据包).
    pub attach: Option<String>,
    /// When the payment completed (支付完成时间), `yyyyMMddHHmmss`.
    pub time_end: String,
}
