//! `v2/pay/profitsharingmerchantratioquery`: the largest share a sub-merchant allows
//! (查询最大分账比例).
//!
//! A service provider reads the maximum ratio of an order that a sub-merchant (or the brand
//! owner, with `brand_mch_id`) lets it share out.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Queries the largest profit-sharing ratio a sub-merchant allows (查询最大分账比例).
#[wechat_v2_api(path = "v2/pay/profitsharingmerchantratioquery", idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Merchant id of the brand owner, to ask about a brand instead (品牌主商户号).
    #[wechat(max_len = 32)]
    pub brand_mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The largest ratio allowed.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// Merchant id of the brand owner (品牌主商户号).
    #[wechat(max_len = 32)]
    pub brand_mch_id: Option<String>,
    /// The largest ratio, in ten-thousandths: `2000` is 20% (最大分账比例).
    pub max_ratio: u64,
}
