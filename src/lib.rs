#![doc = include_str!("../README.md")]
// docs.rs (`--cfg docsrs`, nightly): each item gated by a feature shows the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Typed notifications (payment result, refund result, parking state change).
pub use wechatpay_v2_apis::notifications;
/// Types several endpoints share, declared once; each endpoint re-exports those it uses.
pub use wechatpay_v2_apis::shared;
pub use wechatpay_v2_apis::{Apis, v2};
pub use wechatpay_v2_core::{
    ApiKey, ApiRequest, AsRequest, ClientBuilder, ErrClass, ErrCode, Error, ErrorKind, Exchange,
    RawResponse, ResponseOf, Result, RetryPolicy, Sent, SignType, SignatureProblem, TransportError,
    Unsigned, bill, download, notify, upload, wechat_v2_api,
};

pub use wechatpay_v2_core::{payment, testing, tls};

#[cfg(all(feature = "pay", feature = "secapi"))]
pub mod payment_code;

/// The async client, with every declared endpoint.
pub type Client = wechatpay_v2_core::Client<Apis>;

/// The blocking client: the same call styles, without async.
#[cfg(feature = "blocking")]
pub mod blocking {
    /// The blocking client, with every declared endpoint.
    pub type Client = wechatpay_v2_core::blocking::Client<crate::Apis>;
    /// Builds a [`Client`]: the same settings as the async [`crate::ClientBuilder`].
    pub type ClientBuilder = wechatpay_v2_core::blocking::ClientBuilder<crate::Apis>;
}

/// What the call styles return: [`PathHandle`](handle::PathHandle) from `api.chain("v2/...")`
/// and `api["v2/..."]`, and a leaf handle per endpoint kind from the chained style
/// (`api.v2().pay().orderquery()` is a [`CallHandle`](handle::CallHandle)).
pub mod handle {
    pub use wechatpay_v2_core::{
        CallHandle, DownloadHandle, EndpointSet, PathHandle, SignedUrlHandle, UploadHandle,
    };
}

/// What the SDK knows about each endpoint and its fields: [`EndpointMeta`](meta::EndpointMeta),
/// reached as `<Request as ApiRequest>::ENDPOINT` or `handle.meta()`, and the traits of the
/// declared messages.
pub mod meta {
    pub use wechatpay_v2_core::{
        ConfigField, EndpointKind, EndpointMeta, FieldKind, FieldMeta, JsonShape, ListItem,
        Message, Method, ResponseFormat, UnknownValue, WireEnum,
    };
}

#[doc(hidden)]
pub use wechatpay_v2_core::__private;
