//! `v2/risk/getcertficates`: fetch WeChat Pay's platform certificates (获取平台证书).
//!
//! The certificates come back encrypted (AEAD_AES_256_GCM, under the merchant's APIv3 key), as
//! JSON text in `certificates`; the merchant decrypts them and uses them to encrypt sensitive
//! fields (such as the micro-merchant onboarding data). The merchant's API certificate must have
//! been upgraded in the merchant platform first. The wire path keeps the API's spelling
//! (`getcertficates`).

use wechatpay_v2::{SignType, wechat_v2_api};

/// Fetches the platform certificates, encrypted for the merchant (获取平台证书).
#[wechat_v2_api(path = "v2/risk/getcertficates", idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
}

/// The platform certificates, each encrypted.
///
/// The spec gives `certificates` as plain text with a JSON example and no schema; it is typed
/// here after that example (`{"data":[...]}`).
#[wechat_v2_api(response)]
pub struct Response {
    /// Error code of a failed call (错误码); this API's own name for it.
    #[wechat(max_len = 32)]
    pub error_code: Option<String>,
    /// Description of that error (错误代码描述).
    #[wechat(max_len = 128)]
    pub error_code_des: Option<String>,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The certificates (平台证书信息), sent as JSON text.
    #[wechat(max_len = 6000)]
    pub certificates: Certificates,
}

/// The JSON carried in `certificates`: `{"data": [...]}`.
#[wechat_v2_api(json)]
pub struct Certificates {
    /// The platform certificates currently valid.
    pub data: Vec<Certificate>,
}

/// One platform certificate.
#[wechat_v2_api(json)]
pub struct Certificate {
    /// Certificate serial number (证书序列号).
    pub serial_no: String,
    /// Start of validity (生效时间), `yyyy-MM-dd HH:mm:ss`.
    pub effective_time: String,
    /// End of validity (过期时间), `yyyy-MM-dd HH:mm:ss`.
    pub expire_time: String,
    /// The certificate, encrypted (加密证书).
    pub encrypt_certificate: EncryptedCertificate,
}

/// A certificate encrypted under the merchant's APIv3 key.
#[wechat_v2_api(json)]
pub struct EncryptedCertificate {
    /// Encryption algorithm (加密算法), `AEAD_AES_256_GCM`.
    pub algorithm: String,
    /// Nonce of the encryption (加密使用的随机串).
    pub nonce: String,
    /// Associated data of the encryption (附加数据), `certificate`.
    pub associated_data: String,
    /// The PEM certificate encrypted, in Base64 (加密后的证书内容).
    pub ciphertext: String,
}
