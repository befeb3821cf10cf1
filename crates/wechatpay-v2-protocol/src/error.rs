//! The one error type of the SDK.
//!
//! Every failure is a distinct variant, so a caller can tell a network fault from a protocol
//! `FAIL`, a business `FAIL`, a signature problem or an undecodable body. Variants that come from
//! a response keep the raw response ([`Error::raw_response`]) for debugging. No variant ever holds
//! the APIv2 key.

use std::fmt;

use bytes::Bytes;

pub use crate::err_code::{ErrClass, ErrCode};
pub use crate::sign::SignatureProblem;

/// Result alias used throughout the SDK.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The raw HTTP response behind an error: status and body, as received.
#[derive(Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// HTTP status code.
    pub status: u16,
    /// The body bytes (possibly cut at the configured size limit).
    pub body: Bytes,
}

impl RawResponse {
    /// The body as text (invalid UTF-8 replaced), for logs and debugging.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("body", &self.text())
            .finish()
    }
}

/// Every error the SDK returns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client configuration is incomplete or invalid.
    #[error("configuration: {0}")]
    Config(String),

    /// A request field breaks a rule of the endpoint; nothing was sent.
    #[error("field `{field}`: {rule}")]
    InvalidField {
        /// Wire name of the field.
        field: String,
        /// The rule broken, in words.
        rule: String,
    },

    /// The request names a merchant other than the configured one; nothing was sent.
    #[error(
        "field `{field}` is `{requested}` but the client is configured for merchant `{configured}`; refusing to sign for another merchant"
    )]
    MerchantMismatch {
        /// Wire name of the merchant-id field (`mch_id`, `mchid`, ...).
        field: &'static str,
        /// The configured merchant id.
        configured: String,
        /// The merchant id in the request.
        requested: String,
    },

    /// A path given to `chain` or `[]` is not a well-formed `v2/...` path.
    #[error("malformed API path `{path}`: {reason}")]
    MalformedPath {
        /// The path as given.
        path: String,
        /// What is wrong with it.
        reason: &'static str,
    },

    /// A typed request was posted to a path that has no declared endpoint.
    #[error(
        "`{path}` is not a declared endpoint; use `post_fields` (the untyped escape hatch) to call it"
    )]
    UndeclaredPath {
        /// The path as given.
        path: String,
    },

    /// A typed request was posted to another endpoint's path.
    #[error("the request type belongs to `{request_path}`, not to `{path}`")]
    PathMismatch {
        /// The path the call was made on.
        path: String,
        /// The path the request type is declared for.
        request_path: &'static str,
    },

    /// The endpoint needs the merchant's client certificate and the client has none; nothing
    /// was sent.
    #[error(
        "`{path}` needs the merchant's API client certificate: configure it with `client_cert_pem` or `client_cert_p12`"
    )]
    CertificateRequired {
        /// The endpoint's path.
        path: String,
    },

    /// The HTTP exchange failed (connect, TLS, timeout, I/O).
    ///
    /// The message says which phase failed: `transport: connect timed out: ...` (the
    /// connect timeout of the client builder), `transport: could not
    /// connect: ...` (refused, unreachable, TLS handshake), `transport: timed out: ...` (the
    /// exchange timeout on a connection that was established).
    #[error("transport: {0}")]
    Transport(#[source] TransportError),

    /// The gateway answered with a non-200 HTTP status.
    #[error("HTTP status {}", .raw.status)]
    HttpStatus {
        /// The response as received.
        raw: Box<RawResponse>,
    },

    /// The body could not be read as a WeChat Pay XML document, or a field could not be decoded.
    #[error("undecodable response: {reason}")]
    Decode {
        /// What could not be decoded (naming the field where there is one).
        reason: String,
        /// The response as received.
        raw: Box<RawResponse>,
    },

    /// `return_code` is `FAIL`: the gateway rejected the call (bad sign, missing parameter...).
    #[error("protocol FAIL: {return_msg}")]
    Protocol {
        /// `return_msg`, the gateway's reason (empty when absent).
        return_msg: String,
        /// The response as received.
        raw: Box<RawResponse>,
    },

    /// `result_code` is `FAIL`: the call was understood but the business operation failed.
    #[error("business FAIL: {err_code}: {err_code_des}")]
    Business {
        /// `err_code` (empty when absent).
        err_code: String,
        /// `err_code_des` (empty when absent).
        err_code_des: String,
        /// The response as received.
        raw: Box<RawResponse>,
    },

    /// The response sign is missing, of the wrong algorithm, or does not match.
    #[error("signature: {problem}")]
    Signature {
        /// What is wrong with the sign.
        problem: SignatureProblem,
        /// The response as received.
        raw: Box<RawResponse>,
    },

    /// The encrypted part of a notification (the `req_info` of a refund notification) is not
    /// base64, does not decrypt under the key derived from the APIv2 key (bad padding), or its
    /// plaintext is not a valid document.
    ///
    /// A refund notification carries no `sign`: that its `req_info` decrypts under our key is its
    /// only proof of authenticity, so this failure is of kind [`ErrorKind::Signature`]. Neither
    /// the APIv2 key nor the key derived from it is ever part of this error.
    #[error("decrypt: {reason}")]
    Decrypt {
        /// What went wrong, in words.
        reason: String,
        /// The notification as received.
        raw: Box<RawResponse>,
    },

    /// A notification whose sign verifies (or whose `req_info` decrypts) names a merchant or
    /// an app other than the ones its [`Receiver`](crate::notify::Receiver) expects: it was
    /// sent for another merchant that shares the key, or it is replayed from one. Of kind
    /// [`ErrorKind::Signature`]: do not act on it.
    #[error(
        "notification field `{field}` is `{received}`, but this receiver accepts only {expected}"
    )]
    NotForThisMerchant {
        /// `mch_id` or `appid`.
        field: &'static str,
        /// What the receiver accepts, in words (`` `1900000109` ``, or a list of app ids).
        expected: String,
        /// The value in the notification.
        received: String,
        /// The notification as received.
        raw: Box<RawResponse>,
    },

    /// A bill read as records is malformed, or its summary does not match its rows.
    #[error("bill: {0}")]
    Bill(#[from] crate::bill::BillError),

    /// Writing a download into the caller's writer failed.
    #[error("writing the download failed: {0}")]
    Io(#[source] std::io::Error),

    /// A blocking call was made from inside an async runtime, where it would stall the executor.
    #[error(
        "blocking call inside an async runtime; use the async client, or call from `tokio::task::spawn_blocking`"
    )]
    BlockingInAsync,

    /// The client behind a path handle was dropped.
    #[error("the client behind this handle was dropped")]
    ClientDropped,
}

/// What kind of failure an [`Error`] is, for matching without destructuring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Configuration or misuse of the SDK (paths, blocking in async, dropped client).
    Usage,
    /// A request that breaks a rule; nothing was sent.
    InvalidRequest,
    /// Network, TLS, timeout or HTTP status.
    Transport,
    /// The body could not be decoded.
    Decode,
    /// `return_code` FAIL.
    Protocol,
    /// `result_code` FAIL.
    Business,
    /// Writing a download into the caller's writer failed.
    Io,
    /// The response sign failed verification.
    Signature,
}

impl Error {
    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Config(_)
            | Self::MalformedPath { .. }
            | Self::UndeclaredPath { .. }
            | Self::PathMismatch { .. }
            | Self::BlockingInAsync
            | Self::CertificateRequired { .. }
            | Self::ClientDropped => ErrorKind::Usage,
            Self::InvalidField { .. } | Self::MerchantMismatch { .. } => ErrorKind::InvalidRequest,
            Self::Transport(_) | Self::HttpStatus { .. } => ErrorKind::Transport,
            Self::Io(_) => ErrorKind::Io,
            Self::Decode { .. } | Self::Bill(_) => ErrorKind::Decode,
            Self::Protocol { .. } => ErrorKind::Protocol,
            Self::Business { .. } => ErrorKind::Business,
            Self::Signature { .. } | Self::Decrypt { .. } | Self::NotForThisMerchant { .. } => {
                ErrorKind::Signature
            }
        }
    }

    /// The raw response, for every error that came from one.
    pub fn raw_response(&self) -> Option<&RawResponse> {
        match self {
            Self::HttpStatus { raw }
            | Self::Decode { raw, .. }
            | Self::Protocol { raw, .. }
            | Self::Business { raw, .. }
            | Self::Signature { raw, .. }
            | Self::Decrypt { raw, .. }
            | Self::NotForThisMerchant { raw, .. } => Some(raw),
            _ => None,
        }
    }

    /// True when the failure is a timeout: of the HTTP exchange, or of the connect (then
    /// [`is_connect`](Self::is_connect) is true as well).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Transport(e) if e.is_timeout())
    }

    /// True when no connection to the gateway could be established: refused, unreachable, a
    /// failed TLS handshake, or the connect timeout. Nothing was sent.
    pub fn is_connect(&self) -> bool {
        matches!(self, Self::Transport(e) if e.is_connect())
    }

    /// The typed `err_code` of a business `FAIL` ([`Error::Business`]); `None` for any other
    /// error. Match on it, or ask [`ErrCode::class`] what to do:
    ///
    /// ```
    /// use wechatpay_v2_protocol::{ErrClass, ErrCode, Error};
    /// # let raw = Box::new(wechatpay_v2_protocol::RawResponse { status: 200, body: Default::default() });
    /// let err = Error::Business { err_code: "USERPAYING".into(), err_code_des: String::new(), raw };
    /// assert_eq!(err.err_code(), Some(ErrCode::UserPaying));
    /// assert_eq!(err.err_code().map(|c| c.class()), Some(ErrClass::UserPaying));
    /// ```
    pub fn err_code(&self) -> Option<ErrCode> {
        match self {
            Self::Business { err_code, .. } => Some(ErrCode::from_wire(err_code)),
            _ => None,
        }
    }

    /// True when the operation may have happened although the call failed, so its state must
    /// be queried before any retry (a retry could pay or refund twice): a business `FAIL` of
    /// class [`ErrClass::OutcomeUnknown`] (`SYSTEMERROR`, `BANKERROR`), a transport failure
    /// after the connection was made (the request may have reached the gateway), or an HTTP
    /// status of 500 or more.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Self::Business { .. } => self
                .err_code()
                .is_some_and(|c| c.class() == ErrClass::OutcomeUnknown),
            Self::Transport(e) => !e.is_connect(),
            Self::HttpStatus { raw } => raw.status >= 500,
            _ => false,
        }
    }

    /// True for a business `FAIL` of `USERPAYING`: the payer is entering a password; poll the
    /// order.
    pub fn is_user_paying(&self) -> bool {
        matches!(self, Self::Business { err_code, .. } if err_code == "USERPAYING")
    }

    /// An [`Error::InvalidField`]: `field` breaks `rule`.
    pub fn invalid(field: impl Into<String>, rule: impl Into<String>) -> Self {
        Self::InvalidField {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

/// A failed HTTP exchange: the phase that failed, and the HTTP client's own error as its source.
///
/// Displayed as the phase (`connect timed out: `, `could not connect: `, `timed out: `) in front
/// of the HTTP client's message, which names only the URL.
#[derive(Debug)]
pub struct TransportError {
    connect: bool,
    timeout: bool,
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl TransportError {
    /// An error of the HTTP client: `connect` when no connection was established, `timeout`
    /// when a timeout ended it.
    pub fn new(
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
        connect: bool,
        timeout: bool,
    ) -> Self {
        Self {
            connect,
            timeout,
            source: source.into(),
        }
    }

    /// True when a timeout ended the exchange (or the connect).
    pub fn is_timeout(&self) -> bool {
        self.timeout
    }

    /// True when no connection was established: nothing was sent.
    pub fn is_connect(&self) -> bool {
        self.connect
    }

    /// The HTTP client's error (a `reqwest::Error` from the SDK's clients).
    pub fn inner(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        &*self.source
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.connect, self.timeout) {
            (true, true) => f.write_str("connect timed out: ")?,
            (true, false) => f.write_str("could not connect: ")?,
            (false, true) => f.write_str("timed out: ")?,
            (false, false) => {}
        }
        fmt::Display::fmt(&self.source, f)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// A field that could not be decoded from its wire text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("field `{field}`: {reason}")]
pub struct FieldError {
    /// Wire name of the field.
    pub field: String,
    /// What is wrong with it.
    pub reason: String,
}

impl FieldError {
    /// A field error for `field`.
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
        }
    }
}
