//! The WeChat Pay APIv2 protocol without I/O: what the `wechatpay-v2` SDK's clients, its mock
//! gateway, its command-line tool, fuzz targets and benchmarks share, written once.
//!
//! - [`sign`]: MD5 and HMAC-SHA256 signing and constant-time verification;
//! - [`xml`]: writing request documents and strictly reading responses (no DTD, no entities);
//! - [`field`]: how field values become wire text, and the metadata describing them;
//! - [`json`]: fields whose value is a JSON document;
//! - [`endpoint`]: endpoint metadata and the `Message` / `ApiRequest` traits;
//! - [`validate`]: checking text fields against an endpoint's metadata;
//! - [`nonce`]: `nonce_str` values;
//! - [`outgoing`]: one request, typed or untyped, checked, completed and signed into its wire
//!   form (XML body, query string, signed URL, upload form);
//! - the steps of one call at the root: [`sign_request`], [`check_response`],
//!   [`decode_fields`]...;
//! - [`notify`]: parsing and verifying the notifications WeChat Pay POSTs to a `notify_url`;
//! - [`payment`]: the signed parameters the payer's side starts a payment with (JSAPI, mini
//!   program, app, Native mode 1);
//! - [`media`]: the file of an upload;
//! - [`bill`]: bills (`downloadbill`, `downloadfundflow`) read as typed records, chunk by chunk;
//! - [`testing`]: the documents WeChat Pay sends (notifications, answers), built and signed for
//!   a merchant's own tests;
//! - [`Error`]: the SDK's one error type.
//!
//! Apps depend on the `wechatpay-v2` crate, which holds the clients; this crate does no I/O.
// docs.rs (`--cfg docsrs`, nightly): each item gated by a feature shows the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod bill;
mod call;
pub mod endpoint;
pub mod err_code;
pub mod error;
pub mod field;
pub mod json;
pub mod media;
mod names;
pub mod nonce;
pub mod notify;
pub mod outgoing;
pub mod payment;
pub mod sign;
pub mod testing;
pub mod validate;
pub mod xml;

pub use call::*;
pub use endpoint::{
    ApiRequest, AsRequest, Condition, EndpointKind, EndpointMeta, Message, Method, ResponseFormat,
    ResponseOf, Unsigned,
};
pub use error::{
    ErrClass, ErrCode, Error, ErrorKind, FieldError, RawResponse, Result, SignatureProblem,
    TransportError,
};
pub use field::{ConfigField, FieldKind, FieldMeta, JsonShape, ListItem, UnknownValue, WireEnum};
pub use sign::{ApiKey, SignType};

// `SignType` is itself a wire enum, so requests can declare a `sign_type` field of this type.
impl field::Describe for SignType {
    const KIND: FieldKind = FieldKind::Enum(&["MD5", "HMAC-SHA256"]);
}

impl field::FieldValue for SignType {
    fn to_wire(&self) -> std::result::Result<std::borrow::Cow<'_, str>, String> {
        Ok(std::borrow::Cow::Borrowed(self.as_str()))
    }
    fn from_wire(text: &str) -> std::result::Result<Self, String> {
        SignType::from_wire(text).ok_or_else(|| format!("`{text}` is not MD5 or HMAC-SHA256"))
    }
}
