//! `v2/pay/settlementquery`: query settled funds (查询结算资金).
//!
//! Cross-border payment: the settlement batches of a date range, settled or not yet, paged
//! with `offset` and `limit`. This endpoint names the merchant field `mchid` (the answer says
//! `mch_id`). `query_split` is a boolean in the spec, sent as `true` or `false`. The spec gives
//! no lengths for its fields.

use wechatpay_v2::wechat_v2_api;

/// Queries the settlements of a date range (查询结算资金).
#[wechat_v2_api(path = "v2/pay/settlementquery", idempotent)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    pub mchid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(optional)]
    pub sub_mch_id: Option<String>,
    /// Which funds: settled or not yet settled (结算状态).
    pub usetag: UseTag,
    /// Index of the first record to return (偏移量).
    pub offset: u32,
    /// Most records to return (最大记录条数).
    pub limit: u32,
    /// First day of the range (开始日期), `yyyyMMdd`.
    pub date_start: String,
    /// Last day of the range (结束日期), `yyyyMMdd`.
    pub date_end: String,
    /// Whether to include the profit-sharing settlement amounts (是否查询分账结算信息).
    pub query_split: Option<QuerySplit>,
}

/// The settlement of the range.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    pub appid: String,
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Number of records returned (返回数据行数).
    pub record_num: String,
    /// Number of the remittance batch (付汇批次号).
    pub fbatchno: String,
    /// Day of the settlement (结算日期), `yyyyMMdd`.
    pub date_settlement: String,
    /// First day of the trades settled (交易开始日期), `yyyyMMdd`.
    pub date_start: String,
    /// Last day of the trades settled (交易结束日期), `yyyyMMdd`.
    pub date_end: String,
    /// Amount transferred, in the smallest unit of the currency (划账金额).
    pub settlement_fee: u64,
    /// Amount not transferred yet (未划账金额).
    pub unsettlement_fee: u64,
    /// Currency of the settlement (结算币种), such as `GBP`.
    pub settlementfee_type: String,
    /// Amount paid (支付金额).
    pub pay_fee: u64,
    /// Amount refunded (退款金额).
    pub refund_fee: u64,
    /// Amount paid less refunds (支付净额).
    pub pay_net_fee: u64,
    /// Fees charged (手续费金额).
    pub poundage_fee: u64,
    /// Profit-sharing amount transferred, with `query_split` (分账划账金额).
    pub split_settlement_fee: Option<u64>,
    /// Profit-sharing amount not transferred yet, with `query_split` (分账未划账金额).
    pub split_unsettlement_fee: Option<u64>,
}

/// Which funds to query (结算状态).
#[wechat_v2_api]
pub enum UseTag {
    /// Settled funds (`1`).
    #[wechat(rename = "1")]
    Settled,
    /// Funds not settled yet (`2`).
    #[wechat(rename = "2")]
    Unsettled,
}

/// Whether to include profit sharing (是否查询分账结算信息); a boolean on the wire.
#[wechat_v2_api]
pub enum QuerySplit {
    /// Include it (`true`).
    #[wechat(rename = "true")]
    Yes,
    /// Leave it out (`false`).
    #[wechat(rename = "false")]
    No,
}
