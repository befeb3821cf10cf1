//! Interface versions.

use wechatpay_v2::wechat_v2_api;

/// Interface version (接口版本号), where `1.0` is the only value documented.
#[wechat_v2_api]
pub enum Version {
    /// Version 1.0 (`1.0`).
    #[wechat(rename = "1.0")]
    V1_0,
}

/// Interface version (接口版本号), where `3.0` is the only value documented.
#[wechat_v2_api]
pub enum Version3_0 {
    /// Version 3.0 (`3.0`).
    #[wechat(rename = "3.0")]
    V3_0,
}
