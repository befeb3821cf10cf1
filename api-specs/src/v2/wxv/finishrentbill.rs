//! `v2/wxv/finishrentbill`: finish a deposit-free rental order (完结租借订单).
//!
//! Once the user has confirmed the order and the rental is over, states whether the item came
//! back and what the user owes: the rent and, for damage or a lost item, compensation. Needs the
//! client certificate; `finish_ticket` comes from `v2/wxv/queryrentbill`.
//!
//! The spec marks `rent_fee`, `compensation_fee` and `compensation_fee_desc` required, types
//! `compensation_fee` as text, and says in its example that at least one of the two fees must be
//! given, each above 0, the compensation with its description. They are optional amounts here.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{ProfitSharing, Version};

/// Finishes a rental and states what the user owes (完结租借订单).
#[wechat_v2_api(path = "v2/wxv/finishrentbill", cert)]
pub struct Request {
    /// Interface version (接口版本号), `1.0`.
    pub version: Version,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// Whether the item came back (是否归还): `TRUE` or `FALSE`.
    #[wechat(max_len = 32)]
    pub returned: String,
    /// When the item came back (实际归还时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub real_end_time: Option<String>,
    /// Where the item came back (归还地点).
    #[wechat(max_len = 30)]
    pub service_end_location: Option<String>,
    /// Total owed, rent plus compensation, in fen (总金额).
    pub total_amount: u64,
    /// Rent, in fen (租金费用); this or `compensation_fee`.
    pub rent_fee: Option<u64>,
    /// Compensation for damage or for the item not returned, in fen (赔偿金费用); give it with
    /// `compensation_fee_desc`.
    pub compensation_fee: Option<u64>,
    /// What the compensation is for (赔偿金费用说明).
    pub compensation_fee_desc: Option<String>,
    /// Ticket that allows finishing the order, from the query (完结凭证).
    #[wechat(max_len = 512)]
    pub finish_ticket: String,
    /// Whether the payment is to be shared with other receivers (分账标识).
    pub profit_sharing: ProfitSharing,
}

/// The order finished.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Merchant service order number (商户服务订单号).
    #[wechat(max_len = 32)]
    pub out_order_no: String,
    /// Service id (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// WeChat Pay service order number (微信支付服务订单号).
    #[wechat(max_len = 128)]
    pub order_id: String,
}
