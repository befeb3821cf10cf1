//! `v2/face/get_wxpayface_authinfo`: credentials for the face-recognition SDK
//! (人脸识别SDK-获取调用凭证).
//!
//! The `rawdata` from the device's face SDK goes in; the `authinfo` that lets the SDK start a
//! recognition comes back. The endpoint lives on `payapp.weixin.qq.com`.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Gets the credential the face-recognition SDK needs to start (人脸识别SDK-获取调用凭证).
#[wechat_v2_api(
    path = "v2/face/get_wxpayface_authinfo",
    host = "https://payapp.weixin.qq.com/"
)]
pub struct Request {
    /// Store number, unique per store, chosen by the merchant (门店编号).
    #[wechat(max_len = 32)]
    pub store_id: String,
    /// Store name, chosen by the merchant and shown to users (门店名称).
    #[wechat(max_len = 128)]
    pub store_name: String,
    /// Terminal device number, chosen by the merchant (终端设备编号).
    #[wechat(max_len = 32)]
    pub device_id: String,
    /// Extra data, as JSON text (附加字段).
    pub attach: Option<String>,
    /// Initialisation data returned by the device's face SDK (初始化数据).
    #[wechat(max_len = 2048)]
    pub rawdata: String,
    /// App id bound to the merchant (公众号/小程序 appid); the configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant app id in partner mode (子商户 appid).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// Current time as a 10-digit Unix timestamp in seconds (当前时间).
    pub now: u64,
    /// Interface version (版本号), `1`.
    pub version: Version,
    /// Signature algorithm (签名类型), required here.
    pub sign_type: SignType,
}

/// The SDK credential.
#[wechat_v2_api(response)]
pub struct Response {
    /// Credential for the SDK's face-recognition calls (SDK调用凭证).
    #[wechat(max_len = 4096)]
    pub authinfo: String,
    /// How long `authinfo` stays valid, in seconds (有效时间).
    pub expires_in: Option<u32>,
    /// App id (公众号).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
}

/// Interface version (版本号).
#[wechat_v2_api]
pub enum Version {
    /// Version 1 (`1`), the only one.
    #[wechat(rename = "1")]
    V1,
}
