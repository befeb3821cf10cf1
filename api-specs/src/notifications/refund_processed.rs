//! Refund result notification (退款结果通知): sent to the refund's `notify_url` once the refund
//! succeeded, closed or failed.
//!
//! It carries no `sign`. The refund itself is in `req_info`, encrypted with a key derived from
//! the APIv2 key; `wechatpay_v2::notify::parse_refund::<Notification, RefundInfo>` decrypts it.
//! Partner-mode (服务商) refunds add `sub_appid` and `sub_mch_id`.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::RefundStatus;

/// The outer fields of a refund notification (退款结果通知), `req_info` aside.
#[wechat_v2_api(response)]
pub struct Notification {
    /// App id (公众平台APPID).
    pub appid: String,
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Sub-merchant id, in partner mode (子商户号).
    pub sub_mch_id: Option<String>,
    /// Sub-merchant app id, in partner mode (子商户应用ID).
    pub sub_appid: Option<String>,
}

/// The decrypted `req_info`: the refund and its result (加密信息).
///
/// Declared as a response for its decoding and its `other_fields`; the `<root>` document it comes
/// from has no envelope.
#[wechat_v2_api(response)]
pub struct RefundInfo {
    /// WeChat Pay order number (微信支付订单号).
    pub transaction_id: String,
    /// Merchant order number (商户订单号).
    pub out_trade_no: String,
    /// WeChat refund number (微信退款单号).
    pub refund_id: String,
    /// Merchant refund number (商户退款单号).
    pub out_refund_no: String,
    /// Order amount in fen (订单金额).
    pub total_fee: u64,
    /// Amount to settle in fen (应结订单金额).
    pub settlement_total_fee: Option<u64>,
    /// Refund amount asked for, in fen (申请退款金额).
    pub refund_fee: u64,
    /// Refund amount, in fen (退款金额).
    pub settlement_refund_fee: Option<u64>,
    /// Amount refunded to the user, in fen (用户退款金额).
    pub cash_refund_fee: u64,
    /// Refund state (退款状态).
    pub refund_status: RefundStatus,
    /// When the refund succeeded (退款成功时间), `yyyy-MM-dd HH:mm:ss`.
    pub success_time: Option<String>,
    /// The account credited (退款入账账户); the API spells the wire name `refund_recv_accout`.
    pub refund_recv_accout: Option<String>,
    /// Where the refund money came from (退款资金来源).
    pub refund_account: String,
    /// Where the refund was started (退款发起来源).
    pub refund_request_source: Option<RefundRequestSource>,
}

/// Where a refund was started (退款发起来源).
#[wechat_v2_api]
pub enum RefundRequestSource {
    /// Through the API (`API`).
    Api,
    /// On the merchant platform (商户平台, `VENDOR_PLATFORM`).
    VendorPlatform,
}
