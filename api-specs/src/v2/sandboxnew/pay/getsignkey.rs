//! `v2/sandboxnew/pay/getsignkey`: get the sandbox sign key, older path (沙箱环境: 获取验签密钥).
//!
//! The older path of `v2/xdc/apiv2getsignkey/sign/getsignkey`: the `sandbox_signkey` it returns
//! signs the other sandbox requests. The response carries no sign.

use wechatpay_v2::wechat_v2_api;

/// Gets the key that signs requests to the sandbox (获取验签密钥).
#[wechat_v2_api(path = "v2/sandboxnew/pay/getsignkey", unsigned)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
}

/// The sandbox key.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Key that signs sandbox requests (沙箱密钥).
    #[wechat(max_len = 32)]
    pub sandbox_signkey: String,
}
