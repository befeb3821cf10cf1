//! `v2/pay/contractorder`: pay an order and sign a deduction contract at once (支付中签约).
//!
//! The payer pays the order and, in the same step, signs an entrusted-deduction (委托代扣)
//! contract, for later charges with `v2/pay/pappayapply`. Two notifications follow: the payment
//! result to `notify_url`, the signing result to `contract_notify_url`. The spec types
//! `request_serial` as an integer in the request and as text holding a `uint64` in the
//! answer; it is a `u64` in both.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::TradeType;

/// Places an order whose payment also signs a deduction contract (支付中签约).
#[wechat_v2_api(path = "v2/pay/contractorder")]
pub struct Request {
    /// App id of the request (请求appid); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Merchant id the contract is signed with (签约商户号).
    #[wechat(max_len = 32)]
    pub contract_mchid: String,
    /// App id the contract is signed under (签约appid).
    #[wechat(max_len = 32)]
    pub contract_appid: String,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
    /// What is paid for, shown to the payer (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// Details of the goods (商品详情).
    #[wechat(max_len = 8192)]
    pub detail: Option<String>,
    /// Merchant data, returned as is in the query and the notification (附加数据).
    #[wechat(max_len = 127)]
    pub attach: Option<String>,
    /// URL that receives the payment result (回调通知url).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// Order amount in fen (总金额).
    pub total_fee: u64,
    /// IP address of the payer's device (终端IP).
    #[wechat(max_len = 16)]
    pub spbill_create_ip: String,
    /// When the order was made (交易起始时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_start: Option<String>,
    /// When the order expires (交易结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 14)]
    pub time_expire: Option<String>,
    /// Tag of the goods, for coupons (商品标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// How the payer will pay (交易类型).
    pub trade_type: TradeType,
    /// Product id, required for `NATIVE` (商品ID).
    #[wechat(max_len = 32)]
    pub product_id: Option<String>,
    /// Payment methods to refuse (指定支付方式): `no_credit` refuses credit cards.
    #[wechat(max_len = 32)]
    pub limit_pay: Option<String>,
    /// The payer's openid under the app id, for `JSAPI` (用户标识).
    #[wechat(max_len = 128)]
    pub openid: Option<String>,
    /// The payer's openid under the sub-merchant's app id (用户子标识).
    #[wechat(max_len = 128)]
    pub sub_openid: Option<String>,
    /// Contract template id (模板id), from the merchant platform.
    pub plan_id: u32,
    /// Merchant contract number, unique per merchant (签约协议号).
    #[wechat(max_len = 32)]
    pub contract_code: String,
    /// Merchant request serial number, unique per request (请求序列号).
    pub request_serial: u64,
    /// Account name shown to the payer on the contract (用户账户展示名称).
    pub contract_display_account: String,
    /// URL that receives the signing result (签约信息通知url).
    pub contract_notify_url: String,
}

/// The prepayment, and whether the contract could be pre-signed.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号id).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Result of the contract's pre-signing (预签约结果), `SUCCESS` or `FAIL`.
    pub contract_result_code: String,
    /// Why pre-signing failed (预签约错误代码).
    pub contract_err_code: Option<String>,
    /// Why pre-signing failed, in words (预签约错误描述).
    pub contract_err_code_des: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Prepayment id to start the payment with (预支付交易会话标识).
    #[wechat(max_len = 64)]
    pub prepay_id: String,
    /// How the payer will pay (交易类型).
    #[wechat(max_len = 16)]
    pub trade_type: String,
    /// Link to show as a QR code, with `NATIVE` (二维码链接).
    #[wechat(max_len = 64)]
    pub code_url: Option<String>,
    /// Contract template id (模板id).
    pub plan_id: Option<u32>,
    /// Merchant request serial number (请求序列号).
    pub request_serial: Option<u64>,
    /// Merchant contract number (签约协议号).
    pub contract_code: Option<String>,
    /// Account name shown on the contract (用户账户展示名称).
    pub contract_display_account: Option<String>,
    /// Page that opens WeChat's checkout, with `MWEB` (支付跳转链接).
    #[wechat(max_len = 64)]
    pub mweb_url: Option<String>,
    /// Merchant order number (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
}
