//! `v2/pay/queryexchagerate`: the exchange rate WeChat Pay uses (汇率查询).
//!
//! For goods priced in a foreign currency (cross-border payment): the rate WeChat converts
//! with, updated once a day at 10:00 Beijing time. The path is spelled `queryexchagerate` by
//! the API. The spec gives no lengths for its fields.

use wechatpay_v2::wechat_v2_api;

/// Queries WeChat Pay's exchange rate of a currency on a day (汇率查询).
#[wechat_v2_api(path = "v2/pay/queryexchagerate", idempotent, nonceless)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// The foreign currency (币种), such as `USD`.
    pub fee_type: String,
    /// The day (日期), `yyyyMMdd`.
    pub date: String,
}

/// The rate of the currency.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号ID).
    pub appid: String,
    /// Merchant id (商户号).
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    pub sub_mch_id: Option<String>,
    /// The foreign currency (币种).
    pub fee_type: String,
    /// Day of the rate (汇率时间), `yyyyMMdd`.
    pub rate_time: String,
    /// Selling rate in CNY per unit of the currency, times 10^8: `650000000` is 6.5 (现汇卖出价).
    pub rate: String,
}
