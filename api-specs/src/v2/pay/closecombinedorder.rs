//! `v2/pay/closecombinedorder`: close an unpaid combined order (合单关单).
//!
//! A combined order (合单) can only be closed here, with all its sub-orders; not sooner than one
//! minute after it was placed. WeChat stopped taking new users of APIv2 combined payment on
//! 2021-09-01 (APIv3 replaces it). The merchant fields are `combine_appid` and
//! `combine_mch_id`, which the client configuration does not fill. The spec's example of
//! `sub_order_list` names the sub-merchant `mch_id`, its schema `mchid`; the schema (and the
//! documentation table) win.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Closes a combined order and its sub-orders (合单关单).
#[wechat_v2_api(path = "v2/pay/closecombinedorder")]
pub struct Request {
    /// App id that placed the combined order (合单appid).
    #[wechat(max_len = 32)]
    pub combine_appid: String,
    /// Merchant id that placed the combined order (合单商户号).
    #[wechat(max_len = 32)]
    pub combine_mch_id: String,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant number of the combined order (合单商户订单号).
    #[wechat(max_len = 32)]
    pub combine_out_trade_no: String,
    /// The sub-orders to close (子单信息), sent as a JSON array
    /// (`[{"mchid": .., "out_trade_no": ..}]`).
    #[wechat(max_len = 10240)]
    pub sub_order_list: Vec<SubOrder>,
}

/// The combined order is closed.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id of the combined order (合单appid).
    #[wechat(max_len = 32)]
    pub combine_appid: String,
    /// Merchant id of the combined order (合单商户号).
    #[wechat(max_len = 32)]
    pub combine_mch_id: String,
}

/// One sub-order to close, an item of `sub_order_list` (子单信息).
#[wechat_v2_api(json)]
pub struct SubOrder {
    /// Merchant id of the sub-order (子单商户号).
    pub mchid: String,
    /// Merchant order number of the sub-order (子单商户订单号).
    pub out_trade_no: String,
}
