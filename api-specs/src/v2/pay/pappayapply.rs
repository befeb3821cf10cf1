//! `v2/pay/pappayapply`: charge the payer under a deduction contract (申请扣款).
//!
//! Entrusted deduction (委托代扣) charges a payer who signed a contract with the merchant
//! (memberships, utility bills, parking, tolls...) without the payer confirming each payment.
//! The result is sent to `notify_url`. The spec gives the answer's `mch_id` a maximum length of
//! 10000098 (the example value); 32 as in the request is used.

use wechatpay_v2::wechat_v2_api;

/// Asks WeChat Pay to charge the payer of a deduction contract (申请扣款).
#[wechat_v2_api(path = "v2/pay/pappayapply")]
pub struct Request {
    /// App id of the request (请求appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// What is charged for, shown to the payer (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// Details of the goods (商品详情).
    #[wechat(max_len = 8192)]
    pub detail: Option<String>,
    /// Merchant data, returned as is in the query and the notification (附加数据).
    #[wechat(max_len = 128)]
    pub attach: Option<String>,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Amount in fen (总金额).
    pub total_fee: u64,
    /// Currency (货币类型); `CNY` when left out.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// IP address of the machine that made the request (终端IP).
    #[wechat(max_len = 16)]
    pub spbill_create_ip: String,
    /// Tag of the goods, for coupons (商品标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// URL that receives the payment result (回调通知url).
    pub notify_url: String,
    /// Trade type (交易类型), `PAP` for entrusted deduction.
    pub trade_type: String,
    /// Id of the payer's deduction contract (委托代扣协议id).
    pub contract_id: String,
    /// `Y` to offer the payer an electronic invoice (电子发票入口开放标识).
    #[wechat(max_len = 8)]
    pub receipt: Option<String>,
}

/// The charge was accepted; its result comes to `notify_url` or from the order query.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号id).
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
}
