//! Parsing and verifying the notifications WeChat Pay POSTs to a `notify_url` (refund
//! notifications decrypted), and the replies: [`wechatpay_v2_protocol::notify`], with an axum
//! extractor under the `axum` feature (`notify::axum`).

pub use wechatpay_v2_protocol::notify::*;

#[cfg(feature = "axum")]
#[path = "notify_axum.rs"]
pub mod axum;
