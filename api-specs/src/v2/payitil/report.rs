//! `v2/payitil/report`: report how payment calls went, for service quality (交易保障).
//!
//! The merchant tells WeChat Pay how its calls to the payment API went (timing and result),
//! which helps WeChat tune its network and monitoring. The spec describes the batch form used
//! after payment-code (付款码) trades: a JSON array of trades in `trades`. The answer is not
//! signed.

use wechatpay_v2::wechat_v2_api;

/// Reports the outcome of payment-code trades to WeChat Pay (交易保障).
#[wechat_v2_api(path = "v2/payitil/report", unsigned)]
pub struct Request {
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// The API URL being reported on (接口URL).
    #[wechat(max_len = 127)]
    pub interface_url: String,
    /// IP address of the machine that made the calls (访问接口IP).
    #[wechat(max_len = 16)]
    pub user_ip: String,
    /// The trades reported (上报数据包), sent as a JSON array.
    #[wechat(max_len = 1024)]
    pub trades: Vec<Trade>,
}

/// The acknowledgement; no business fields beyond the result code.
#[wechat_v2_api(response)]
pub struct Response {}

/// How a reported trade ended (交易结果).
#[wechat_v2_api]
pub enum State {
    /// Succeeded (`OK`).
    Ok,
    /// Failed (`FAIL`).
    Fail,
    /// Cancelled (`CANCLE`, so spelled by the API).
    Cancle,
}

/// One reported trade, an item of `trades` (交易数据).
#[wechat_v2_api(json)]
pub struct Trade {
    /// Merchant order number (商户订单号).
    pub out_trade_no: String,
    /// When the trade started, the code being scanned (交易开始时间), `yyyyMMddHHmmss`.
    pub begin_time: String,
    /// When the trade ended (交易完成时间), `yyyyMMddHHmmss`.
    pub end_time: String,
    /// How the trade ended (交易结果).
    pub state: State,
    /// The merchant's own error description (自定义的错误描述信息).
    pub err_msg: Option<String>,
}
