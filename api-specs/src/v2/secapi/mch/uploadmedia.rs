//! `v2/secapi/mch/uploadmedia`: upload an image, such as a photo of an identity document, for
//! micro-merchant onboarding (图片上传).
//!
//! An upload: the fields go as the text parts of a `multipart/form-data` form, signed without a
//! `nonce_str`, and the image as the part `media`, which is not signed. Call `upload` with a
//! [`Media`](wechatpay_v2::upload::Media) (JPEG, PNG or BMP, at most 2 MiB). The request needs
//! the merchant's client certificate.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Uploads an image and returns the media id to quote in later requests (图片上传).
#[wechat_v2_api(path = "v2/secapi/mch/uploadmedia", cert, upload)]
pub struct Request {
    /// Merchant id of the service provider or channel (服务商商户号或渠道号); the client's
    /// configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// The image's MD5, in lower-case hex (媒体文件内容MD5); computed from the file when left
    /// out, and checked against it when given.
    #[wechat(max_len = 32)]
    pub media_hash: Option<String>,
    /// Signature algorithm (签名类型); MD5 when left out.
    pub sign_type: Option<SignType>,
}

/// The id WeChat Pay gave the uploaded image.
#[wechat_v2_api(response)]
pub struct Response {
    /// The app id of the request (公众账号ID), when the answer carries one.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id of the service provider or channel (服务商商户号或渠道号), when the answer
    /// carries one.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Media id (媒体文件标识ID), quoted in the requests that refer to the image.
    #[wechat(max_len = 256)]
    pub media_id: String,
}
