//! What a declared endpoint is: its metadata and its request and response messages.

use std::collections::BTreeMap;

use crate::error::FieldError;
use crate::field::{FieldMeta, FieldReader, FieldWriter};

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`, with an XML body (a `multipart/form-data` body for an upload).
    Post,
}

impl Method {
    /// `GET` or `POST`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
        }
    }
}

/// How an endpoint is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointKind {
    /// An XML request answered by an XML response.
    Call,
    /// A bill download: the answer is CSV text (or gzip), or an XML error document.
    Download,
    /// Not called by the server: a signed URL the merchant hands to a browser.
    SignedUrl {
        /// The URL fragment appended after `#`, where the API documents one.
        fragment: Option<&'static str>,
    },
    /// Not called by the server: a URL the merchant hands to a browser, carrying its fields but
    /// no sign (the real-name OAuth authorisation page).
    Url {
        /// The URL fragment appended after `#`, where the API documents one.
        fragment: Option<&'static str>,
    },
    /// A file upload: the signed fields (no `nonce_str`) and the file go as a
    /// `multipart/form-data` body, the file not signed; the answer is an XML response as for a
    /// call. Sent as `multipart/form-data` with the file ([`crate::media`]).
    Upload,
}

impl EndpointKind {
    /// For the two URL kinds: the fragment, and whether the URL is signed.
    pub fn url_form(self) -> Option<(Option<&'static str>, bool)> {
        match self {
            Self::SignedUrl { fragment } => Some((fragment, true)),
            Self::Url { fragment } => Some((fragment, false)),
            _ => None,
        }
    }
}

/// How an endpoint's answer is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ResponseFormat {
    /// A flat `<xml>` document with the `return_code` / `result_code` envelope (almost every
    /// endpoint).
    #[default]
    Xml,
    /// A JSON object with the `retcode` / `retmsg` envelope and no sign (the real-name OAuth
    /// token endpoint, `v2/appauth/getaccesstoken`).
    Json,
}

/// Everything the SDK knows about one endpoint, generated from its declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointMeta {
    /// SDK path, `v2/vehicle/pay/notification`.
    pub path: &'static str,
    /// Path on the host, `vehicle/pay/notification` (the SDK path without `v2/`), byte-exact.
    pub wire_path: &'static str,
    /// HTTP method.
    pub method: Method,
    /// One line saying what the endpoint does.
    pub title: &'static str,
    /// The base URL of the endpoint's host when it is not the default gateway
    /// (`https://fraud.mch.weixin.qq.com/`, ...).
    pub host: Option<&'static str>,
    /// Whether the request needs the merchant's client certificate (mutual TLS).
    pub cert: bool,
    /// Whether the endpoint only reads (a query): such a call may be retried after a transport
    /// failure when the client opts in; calls that move money never are.
    pub idempotent: bool,
    /// How the endpoint is used.
    pub kind: EndpointKind,
    /// Whether responses carry a `sign` to verify.
    pub signed_response: bool,
    /// How responses are written.
    pub response_format: ResponseFormat,
    /// Whether a request carries a `nonce_str`, which the framework adds: true for the XML
    /// calls and downloads of almost every endpoint; false for an endpoint declared
    /// `nonceless` (its documentation sends none, and a gateway checking the field list refuses
    /// one), and for the kinds that never carry one (signed URLs, uploads and `GET` calls sign a
    /// `timestamp` or nothing instead).
    pub nonce: bool,
    /// Whether the endpoint is a sandbox copy (`v2/sandboxnew/...`, `v2/xdc/apiv2sandbox/...`):
    /// a client in sandbox mode signs its calls with the sandbox key. Set by the declaration;
    /// an undeclared path is judged by the same rule (`wechatpay_v2_facts::is_sandbox_path`).
    pub sandbox: bool,
    /// Request fields, as declared (the framework adds `sign`, and `nonce_str` where
    /// [`EndpointMeta::nonce`] says so).
    pub request: &'static [FieldMeta],
    /// The request fields that a `POST` sends in the URL's query string rather than in the
    /// body; they are not signed (`action` of `v2/secapi/mch/submchmanage`).
    pub query: &'static [&'static str],
    /// Groups of request fields of which at least one must be given (an order by
    /// `transaction_id` or by `out_trade_no`): checked before a request is signed, and by the
    /// mock gateway.
    pub one_of: &'static [&'static [&'static str]],
    /// Request fields required only when another field has a given value (`openid` when
    /// `trade_type` is `JSAPI`): checked before a request is signed, and by the mock gateway.
    pub required_if: &'static [Condition],
    /// Response fields, as declared (the envelope `return_code`, `return_msg`, `result_code`,
    /// `err_code`, `err_code_des`, `nonce_str` and `sign` are the framework's).
    pub response: &'static [FieldMeta],
}

/// Response fields that the framework checks and removes before a response is decoded.
pub const ENVELOPE_FIELDS: &[&str] = wechatpay_v2_facts::ENVELOPE_FIELDS;

/// The envelope of a JSON response ([`ResponseFormat::Json`]), checked and removed likewise.
pub const JSON_ENVELOPE_FIELDS: &[&str] = wechatpay_v2_facts::JSON_ENVELOPE_FIELDS;

/// A conditional requirement of a request ([`EndpointMeta::required_if`]): one of `fields` is
/// required when the field `when` is `equals` (or, with `equals` `None`, when `when` is given
/// at all).
///
/// `unifiedorder` declares `required_if(openid | sub_openid, trade_type = "JSAPI")`: a JSAPI
/// order names its payer by either openid; its partner twin adds
/// `required_if(sub_appid, sub_openid)`: a `sub_openid` is under the sub-merchant's app id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    /// Wire names of the fields of which one is required (most often just one).
    pub fields: &'static [&'static str],
    /// Wire name of the field it depends on.
    pub when: &'static str,
    /// The value of `when` that makes one of `fields` required; `None`: any non-empty value.
    pub equals: Option<&'static str>,
}

/// A request or response message: a typed view of a flat field list.
pub trait Message: Sized {
    /// The declared fields.
    const FIELDS: &'static [FieldMeta];
    /// Writes the fields (empty ones are left out).
    fn encode<'a>(&'a self, out: &mut FieldWriter<'a>) -> Result<(), FieldError>;
    /// Reads the declared fields out of `fields`; what is not declared stays in `fields`
    /// (a response keeps it in its `other_fields`).
    fn decode(fields: &mut FieldReader<'_>) -> Result<Self, FieldError>;
}

/// The response of an endpoint that has no XML response (downloads, signed URLs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NoFields;

impl Message for NoFields {
    const FIELDS: &'static [FieldMeta] = &[];
    fn encode<'a>(&'a self, _: &mut FieldWriter<'a>) -> Result<(), FieldError> {
        Ok(())
    }
    fn decode(_: &mut FieldReader<'_>) -> Result<Self, FieldError> {
        Ok(Self)
    }
}

/// The response of an endpoint whose responses carry no `sign`: its fields were not verified,
/// and the type says so. Read the fields through `Deref` or [`Unsigned::into_inner`].
#[derive(Debug, Clone, PartialEq)]
pub struct Unsigned<T>(pub T);

impl<T> Unsigned<T> {
    /// The response.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Unsigned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Message> Message for Unsigned<T> {
    const FIELDS: &'static [FieldMeta] = T::FIELDS;
    fn encode<'a>(&'a self, out: &mut FieldWriter<'a>) -> Result<(), FieldError> {
        self.0.encode(out)
    }
    fn decode(fields: &mut FieldReader<'_>) -> Result<Self, FieldError> {
        T::decode(fields).map(Unsigned)
    }
}

/// The request message of a declared endpoint.
///
/// Every request is also an [`AsRequest`] of itself, so `post` takes it by value as well as
/// by reference.
pub trait ApiRequest: Message + AsRequest<Request = Self> + Send + Sync {
    /// The typed response.
    type Response: Message + Send;
    /// The endpoint's metadata.
    const ENDPOINT: &'static EndpointMeta;
}

/// A typed request as `post` and `upload` take it: by value, or by reference when the caller
/// keeps the request (to log it, store it, or send it again after a transport error):
/// `post(request)` and `post(&request)` send the same fields.
///
/// Implemented by `#[wechat_v2_api]` for each declared request, and here for a reference to
/// any request. Sending by reference saves the clone a caller would otherwise make.
pub trait AsRequest {
    /// The request type.
    type Request: ApiRequest;
    /// The request itself.
    fn as_request(&self) -> &Self::Request;
}

impl<R: ApiRequest> AsRequest for &R {
    type Request = R;
    fn as_request(&self) -> &R {
        self
    }
}

/// The typed response to a request given as `Q` (by value or by reference).
pub type ResponseOf<Q> = <<Q as AsRequest>::Request as ApiRequest>::Response;

/// Fields of a response that this SDK does not declare, kept as received.
pub type OtherFields = BTreeMap<String, String>;

/// True when `module` (a `module_path!()`) is `suffix` or ends with `::suffix`.
#[doc(hidden)]
pub const fn module_path_ends_with(module: &str, suffix: &str) -> bool {
    let (m, s) = (module.as_bytes(), suffix.as_bytes());
    if s.len() > m.len() {
        return false;
    }
    let offset = m.len() - s.len();
    let mut i = 0;
    while i < s.len() {
        if m[offset + i] != s[i] {
            return false;
        }
        i += 1;
    }
    offset == 0 || (offset >= 2 && m[offset - 1] == b':' && m[offset - 2] == b':')
}
