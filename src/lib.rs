#![doc = include_str!("../README.md")]

/// Typed notifications (payment result, refund result, parking state change).
pub use wechatpay_v2_apis::notifications;
/// Types several endpoints share, declared once; each endpoint re-exports those it uses.
pub use wechatpay_v2_apis::shared;
pub use wechatpay_v2_apis::{Apis, v2};
/// Parsing and verifying notifications, and replying to them.
pub use wechatpay_v2_core::notify;
pub use wechatpay_v2_core::{
    Api, ApiKey, AsRequest, Chain, ClientBuilder, ConfigField, DownloadEndpoint, Endpoint,
    EndpointKind, EndpointMeta, Error, ErrorKind, Exchange, FieldKind, FieldMeta, JsonShape,
    ListItem, Message, Method, RawResponse, Request, ResponseFormat, Result, RetryPolicy, Sent,
    SignType, SignatureProblem, SignedUrlEndpoint, UnknownValue, Unsigned, UploadEndpoint,
    WireEnum, download, endpoint, error, field, nonce, protocol, sign, upload, validate,
    wechat_v2_api, xml,
};

/// The async client, with every declared endpoint.
pub type Client = wechatpay_v2_core::Client<Apis>;

/// The blocking client: the same call styles, without async.
#[cfg(feature = "blocking")]
pub mod blocking {
    /// The blocking client, with every declared endpoint.
    pub type Client = wechatpay_v2_core::blocking::Client<crate::Apis>;
}

#[doc(hidden)]
pub use wechatpay_v2_core::__private;
