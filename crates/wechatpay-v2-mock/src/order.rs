//! An order and its refunds as the ledger keeps them, and as a test reads them
//! ([`MockServer::order`](crate::MockServer::order)).

use wechatpay_v2::SignType;

/// Payment state of an order (交易状态), as `v2/pay/orderquery` answers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TradeState {
    /// Placed, not paid yet (`NOTPAY`).
    NotPay,
    /// The payer is confirming a payment-code payment (`USERPAYING`).
    UserPaying,
    /// Paid (`SUCCESS`).
    Success,
    /// Paid, and refunded in part or in full (`REFUND`).
    Refund,
    /// Closed before it was paid (`CLOSED`).
    Closed,
    /// Reversed (`REVOKED`).
    Revoked,
}

impl TradeState {
    /// The wire value: `NOTPAY`, `USERPAYING`, `SUCCESS`, `REFUND`, `CLOSED` or `REVOKED`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotPay => "NOTPAY",
            Self::UserPaying => "USERPAYING",
            Self::Success => "SUCCESS",
            Self::Refund => "REFUND",
            Self::Closed => "CLOSED",
            Self::Revoked => "REVOKED",
        }
    }

    /// The `trade_state_desc` the gateway gives with it.
    pub fn description(self) -> &'static str {
        match self {
            Self::NotPay => "订单未支付",
            Self::UserPaying => "需要用户输入支付密码",
            Self::Success => "支付成功",
            Self::Refund => "转入退款",
            Self::Closed => "订单已关闭",
            Self::Revoked => "已撤销",
        }
    }

    /// Whether the order is paid: `SUCCESS` or `REFUND`.
    pub fn is_paid(self) -> bool {
        matches!(self, Self::Success | Self::Refund)
    }
}

/// An order in the mock's ledger, as a test reads it
/// ([`MockServer::order`](crate::MockServer::order)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Order {
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    pub sub_mch_id: Option<String>,
    /// App id the order was placed under (the mock's default when the request named none).
    pub appid: String,
    /// Sub-merchant app id, in partner mode.
    pub sub_appid: Option<String>,
    /// Merchant order number (商户订单号).
    pub out_trade_no: String,
    /// `JSAPI`, `NATIVE`, `APP`, `MWEB` or `MICROPAY`.
    pub trade_type: String,
    /// Payment state.
    pub trade_state: TradeState,
    /// What is paid for (商品描述).
    pub body: String,
    /// Merchant data, returned as is (附加数据).
    pub attach: Option<String>,
    /// Amount in fen (标价金额).
    pub total_fee: u64,
    /// Terminal device number (设备号).
    pub device_info: Option<String>,
    /// Prepayment id, for orders placed with `unifiedorder`.
    pub prepay_id: Option<String>,
    /// QR-code link, for `NATIVE` orders.
    pub code_url: Option<String>,
    /// H5 link, for `MWEB` orders.
    pub mweb_url: Option<String>,
    /// Where the payment notification goes (通知地址).
    pub notify_url: Option<String>,
    /// The payer (the request's `openid`, else the mock's payer once paid).
    pub openid: Option<String>,
    /// WeChat Pay order number, once paid (微信支付订单号).
    pub transaction_id: Option<String>,
    /// When it was paid, `yyyyMMddHHmmss` in China time (支付完成时间).
    pub time_end: Option<String>,
    /// The algorithm of the request that created it; its payment notification is signed with it.
    pub sign_type: SignType,
    /// Its refunds, oldest first.
    pub refunds: Vec<Refund>,
}

impl Order {
    /// The amount refunded so far, in fen.
    pub fn refunded_fee(&self) -> u64 {
        self.refunds.iter().map(|r| r.refund_fee).sum()
    }
}

/// A refund of an order. Refunds succeed at once in the mock.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Refund {
    /// Merchant refund number (商户退款单号).
    pub out_refund_no: String,
    /// WeChat refund number (微信退款单号).
    pub refund_id: String,
    /// Amount refunded, in fen (退款金额).
    pub refund_fee: u64,
    /// When it succeeded, `yyyy-MM-dd HH:mm:ss` in China time (退款成功时间).
    pub success_time: String,
    /// Where the money came from (退款资金来源).
    pub refund_account: String,
    /// Where the refund notification goes, if the request gave one.
    pub notify_url: Option<String>,
}
