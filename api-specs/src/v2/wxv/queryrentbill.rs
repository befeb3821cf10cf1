//! `v2/wxv/queryrentbill`: query a deposit-free rental order (查询租借订单).
//!
//! Looks up a rental order once it is created: its state, the rent rule and, once finished, the
//! amounts. The `finish_ticket` it returns is needed to finish the order. Needs the client
//! certificate.
//!
//! The spec marks both identifiers required; the order is found by either, the merchant's
//! number or the query id WeChat hands back when the user returns to the merchant, so both are
//! optional here. The spec's `rent_unit` example (`DAY_FEN`) is not one of its values; unknown
//! values decode to `RentUnit::Unknown`.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Queries a rental order's state and amounts (查询租借订单).
#[wechat_v2_api(path = "v2/wxv/queryrentbill", cert, idempotent)]
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
    /// Merchant service order number (商户服务订单号); give this or `return_query_id`.
    #[wechat(max_len = 32)]
    pub out_order_no: Option<String>,
    /// Query id WeChat passes when it sends the user back to the merchant's page (回跳查询id).
    pub return_query_id: Option<String>,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
}

/// The rental order: its state, the rent rule and the amounts.
///
/// `finish_ticket` is marked required by the spec but is only issued once the user has
/// confirmed the order, so it is optional here: querying a new order must decode.
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
    /// State of the order (单据状态).
    pub state: State,
    /// What is rented (商品名称).
    #[wechat(max_len = 40)]
    pub goods_name: String,
    /// Whether the item came back (是否归还), `TRUE` or `FALSE`.
    #[wechat(max_len = 32)]
    pub returned: String,
    /// When the rental started (租用时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub start_time: Option<String>,
    /// Where the item was rented (租用地点).
    #[wechat(max_len = 20)]
    pub service_location: Option<String>,
    /// Deposit waived, in fen (押金总额).
    pub deposit_amount: u64,
    /// Billing unit of the rent (租金规则 计费单位).
    pub rent_unit: RentUnit,
    /// Rent per billing unit, in fen (租金规则 计费单价费用).
    pub rent_unit_fee: u64,
    /// Rent rule shown to the user (租金规则 计费说明).
    #[wechat(max_len = 30)]
    pub rent_fee_desc: Option<String>,
    /// When the item came back (实际归还时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub real_end_time: Option<String>,
    /// Rent, in fen (租金费用).
    pub rent_fee: Option<u64>,
    /// Compensation for damage or loss, in fen (赔偿金费用).
    pub compensation_fee: Option<u64>,
    /// What the compensation is for (赔偿金说明).
    #[wechat(max_len = 30)]
    pub compensation_fee_desc: Option<String>,
    /// Where the item came back (归还地点).
    #[wechat(max_len = 30)]
    pub service_end_location: Option<String>,
    /// WeChat Pay service order number (微信支付服务订单号).
    #[wechat(max_len = 128)]
    pub order_id: String,
    /// Ticket needed to finish the order (完结凭证).
    #[wechat(max_len = 512)]
    pub finish_ticket: Option<String>,
    /// Merchant data given at creation (回调数据包).
    #[wechat(max_len = 200)]
    pub attach: Option<String>,
    /// WeChat Pay transaction number of the final payment (结单交易单号).
    #[wechat(max_len = 200)]
    pub finish_transaction_id: Option<String>,
    /// How the user paid (支付方式).
    pub pay_type: Option<PayType>,
}

/// State of an order (单据状态).
#[wechat_v2_api]
pub enum State {
    /// Created, waiting for the user to confirm (`CREATED`).
    Created,
    /// Confirmed by the user, in use (`USER_ACCEPTED`).
    UserAccepted,
    /// Finished by the merchant, waiting for payment (`FINISHED`).
    Finished,
    /// Paid by the user (`USER_PAID`).
    UserPaid,
    /// Cancelled by the merchant (`REVOKED`).
    Revoked,
    /// Not confirmed in time (`EXPIRED`).
    Expired,
}

/// Billing unit of the rent (计费单位).
#[wechat_v2_api]
pub enum RentUnit {
    /// Fen per year (`FEN_YEAR`).
    FenYear,
    /// Fen per month (`FEN_MONTH`).
    FenMonth,
    /// Fen per day (`FEN_DAY`).
    FenDay,
    /// Fen per hour (`FEN_HOUR`).
    FenHour,
    /// Fen per minute (`FEN_MINUTE`).
    FenMinute,
    /// Fen once, whatever the duration (`FEN_ONCE`).
    FenOnce,
}

/// How the user paid (支付方式).
#[wechat_v2_api]
pub enum PayType {
    /// Through the merchant's payment channel (`MchChannelPayType`).
    #[wechat(rename = "MchChannelPayType")]
    MchChannelPayType,
}
