#![doc = include_str!("../README.md")]

pub use wechatpay_v2_apis::{Apis, v2};
pub use wechatpay_v2_core::{
    Api, ApiKey, Chain, ClientBuilder, ConfigField, Endpoint, EndpointMeta, Error, ErrorKind,
    Exchange, FieldKind, FieldMeta, JsonShape, Message, Method, RawResponse, Request, Result,
    SignType, SignatureProblem, UnknownValue, WireEnum, endpoint, error, field, nonce, protocol,
    sign, validate, wechat_v2_api, xml,
};

/// The async client, with every declared endpoint.
pub type Client = wechatpay_v2_core::Client<Apis>;

/// The blocking client: the same call styles, without async.
pub mod blocking {
    /// The blocking client, with every declared endpoint.
    pub type Client = wechatpay_v2_core::blocking::Client<crate::Apis>;
}

#[doc(hidden)]
pub use wechatpay_v2_core::__private;
