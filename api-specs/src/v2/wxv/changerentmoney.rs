//! `v2/wxv/changerentmoney`: change the amounts of a finished rental order (修改租借订单).
//!
//! Corrects the rent and compensation of a rental order after `v2/wxv/finishrentbill` and
//! before the user has paid; not after. Needs the client certificate.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Changes the amounts a user will pay for a finished rental (修改租借订单).
#[wechat_v2_api(path = "v2/wxv/changerentmoney", cert)]
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
    /// Why the amounts change (修改原因).
    #[wechat(max_len = 50)]
    pub reason: Option<String>,
    /// Service id given to the merchant by WeChat Pay Score (服务ID).
    #[wechat(max_len = 32)]
    pub service_id: String,
    /// New total, rent plus compensation, in fen (总金额).
    pub total_amount: u64,
    /// New rent, in fen (租金费用).
    pub rent_fee: u64,
    /// New compensation for damage or loss, in fen (赔偿金费用).
    pub compensation_fee: u64,
    /// What the compensation is for (赔偿金费用说明).
    #[wechat(max_len = 30)]
    pub compensation_fee_desc: Option<String>,
}

/// The order changed.
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
