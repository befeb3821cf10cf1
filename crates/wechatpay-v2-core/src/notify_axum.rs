//! An axum extractor for notifications, and the reply types (feature `axum`).
//!
//! The router's state gives a [`Receiver`] (the key, the merchant and the limits: the state
//! itself, or any state with `impl FromRef<AppState> for Receiver`; a client makes one with
//! `client.notify_receiver()`). [`Notification<T>`] reads the body (at most
//! [`MAX_BODY_BYTES`](super::MAX_BODY_BYTES) by default) and runs [`Receiver::parse`], which
//! verifies the sign and checks the merchant; [`RefundNotification<T, I>`] runs
//! [`Receiver::parse_refund`]. When that fails the handler is not called:
//! the [`NotifyRejection`] answers with a `FAIL` reply, so WeChat sends the notification again.
//! A handler answers [`NotifyReply`] once it has handled the notification.
//!
//! The same notification can arrive several times, before and after a `SUCCESS` reply: handlers
//! must be idempotent (see the [parent module](super)).
//!
//! ```no_run
//! use axum::{Router, routing::post};
//! use wechatpay_v2_core::ApiKey;
//! use wechatpay_v2_protocol::endpoint::NoFields;
//! use wechatpay_v2_core::notify::Receiver;
//! use wechatpay_v2_core::notify::axum::{Notification, NotifyReply};
//!
//! // `NoFields` stands for a typed notification, such as a payment result.
//! async fn paid(Notification(n): Notification<NoFields>) -> NotifyReply {
//!     // Look up the order; if it is not marked paid yet, check the amount and mark it.
//!     let _ = n;
//!     NotifyReply
//! }
//!
//! // Or `client.notify_receiver()`: the client's key, `mch_id` and `appid`.
//! let receiver = Receiver::new(ApiKey::new("0123456789abcdef0123456789abcdef"))
//!     .mch_id("1900000109")
//!     .appid("wx2421b1c4370ec43b");
//! let app: Router = Router::new().route("/wechat/paid", post(paid)).with_state(receiver);
//! # let _ = app;
//! ```
//!
//! # Limits
//! The extractors apply the receiver's [`Limits`] ([`Limits::DEFAULT`] unless set: a body of at
//! most 64 KiB, JSON in fields nested at most 32 deep) unless the request carries other
//! [`Limits`] as an extension; add them with
//! axum's `Extension` layer, for the whole router or for some routes. A body over the limit is
//! refused with 413 before it is read to the end (at once when its `Content-Length` says so).
//!
//! ```no_run
//! # use axum::{Router, routing::post};
//! # use wechatpay_v2_core::ApiKey;
//! # use wechatpay_v2_protocol::endpoint::NoFields;
//! # use wechatpay_v2_core::notify::Receiver;
//! # use wechatpay_v2_core::notify::axum::{Notification, NotifyReply};
//! # async fn paid(Notification(n): Notification<NoFields>) -> NotifyReply { NotifyReply }
//! use axum::Extension;
//! use wechatpay_v2_core::notify::Limits;
//!
//! let receiver = Receiver::new(ApiKey::new("0123456789abcdef0123456789abcdef"));
//! let app: Router = Router::new()
//!     .route("/wechat/paid", post(paid))
//!     .layer(Extension(Limits::DEFAULT.max_body_bytes(16 * 1024)))
//!     .with_state(receiver);
//! # let _ = app;
//! ```
//!
//! A handler that wants to see notifications that fail (to log them, or to acknowledge a
//! verified `result_code` FAIL, which is [`Error::Business`] and keeps the whole notification)
//! takes `Result<Notification<T>, NotifyRejection>` instead.

use ::axum::body::Body;
use ::axum::extract::{FromRef, FromRequest, Request};
use ::axum::http::{StatusCode, header};
use ::axum::response::{IntoResponse, Response};
use bytes::Bytes;

use super::{Limits, Receiver, reply_fail, reply_success};
use wechatpay_v2_protocol::endpoint::Message;
use wechatpay_v2_protocol::error::{Error, ErrorKind, RawResponse};

/// The content type of replies.
const XML: &str = "text/xml; charset=utf-8";

/// A verified notification decoded into `T` (a `#[wechat_v2_api(response)]` struct).
///
/// Extracting it reads the body and runs [`notify::parse`](super::parse); it consumes the body, so
/// it must be the last extractor of a handler.
#[derive(Debug, Clone)]
pub struct Notification<T>(pub T);

/// A refund notification: the outer fields in `T`, the decrypted `req_info` in `I`.
///
/// Extracting it reads the body and runs [`notify::parse_refund`](super::parse_refund).
#[derive(Debug, Clone)]
pub struct RefundNotification<T, I>(pub T, pub I);

/// The `SUCCESS` reply: the notification was handled (or had already been handled).
///
/// To have WeChat send the notification again (the handler could not handle it now), answer
/// for example `(StatusCode::SERVICE_UNAVAILABLE, notify::reply_fail("busy"))` instead.
#[derive(Debug, Clone, Copy, Default)]
pub struct NotifyReply;

impl IntoResponse for NotifyReply {
    fn into_response(self) -> Response {
        ([(header::CONTENT_TYPE, XML)], reply_success()).into_response()
    }
}

/// Why a notification was not handed to the handler; answers with a `FAIL` reply.
///
/// The status is 413 for a body over the limit ([`Limits::max_body_bytes`], by default
/// [`MAX_BODY_BYTES`](super::MAX_BODY_BYTES)), or one whose reading failed, and 400 otherwise. The reply's
/// `return_msg` is a short fixed text per kind of failure, so nothing from the body is echoed
/// and decryption failures all read the same.
#[derive(Debug)]
pub struct NotifyRejection {
    status: StatusCode,
    error: Error,
}

impl NotifyRejection {
    /// The HTTP status of the reply.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// What failed, with the body as received where it was read.
    pub fn error(&self) -> &Error {
        &self.error
    }

    /// What failed, with the body as received where it was read.
    pub fn into_error(self) -> Error {
        self.error
    }

    /// A body that was read (so within the limit) and refused.
    fn new(error: Error) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            error,
        }
    }

    fn too_large(reason: String, body: Bytes) -> Self {
        Self {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            error: Error::Decode {
                reason,
                raw: Box::new(RawResponse { status: 200, body }),
            },
        }
    }
}

impl IntoResponse for NotifyRejection {
    fn into_response(self) -> Response {
        let msg = match (&self.error, self.error.kind()) {
            _ if self.status == StatusCode::PAYLOAD_TOO_LARGE => "body too large",
            (Error::Decrypt { .. }, _) => "req_info could not be decrypted",
            (Error::NotForThisMerchant { .. }, _) => "notification for another merchant",
            (_, ErrorKind::Signature) => "signature verification failed",
            (_, ErrorKind::Protocol) => "return_code FAIL",
            (_, ErrorKind::Business) => "result_code FAIL",
            _ => "invalid notification",
        };
        (self.status, [(header::CONTENT_TYPE, XML)], reply_fail(msg)).into_response()
    }
}

/// Reads the body, at most `limit` bytes.
async fn read_body(
    body: Body,
    content_length: Option<u64>,
    limit: usize,
) -> Result<Bytes, NotifyRejection> {
    if let Some(len) = content_length.filter(|&n| n > limit as u64) {
        return Err(NotifyRejection::too_large(
            format!("the notification body has {len} bytes, at most {limit} are accepted"),
            Bytes::new(),
        ));
    }
    ::axum::body::to_bytes(body, limit).await.map_err(|e| {
        // Over the limit without a `Content-Length`, or the connection failed.
        NotifyRejection::too_large(
            format!("the notification body could not be read within {limit} bytes: {e}"),
            Bytes::new(),
        )
    })
}

/// The limits of this request: its [`Limits`] extension, or the receiver's.
fn limits(req: &Request, receiver: &Receiver) -> Limits {
    req.extensions()
        .get::<Limits>()
        .copied()
        .unwrap_or_else(|| receiver.current_limits())
}

fn content_length(req: &Request) -> Option<u64> {
    req.headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

impl<S, T> FromRequest<S> for Notification<T>
where
    S: Send + Sync,
    Receiver: FromRef<S>,
    T: Message + Send,
{
    type Rejection = NotifyRejection;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let receiver = Receiver::from_ref(state);
        let (len, limits) = (content_length(&req), limits(&req, &receiver));
        let body = read_body(req.into_body(), len, limits.max_body_bytes).await?;
        receiver
            .limits(limits)
            .parse::<T>(&body)
            .map(Notification)
            .map_err(NotifyRejection::new)
    }
}

impl<S, T, I> FromRequest<S> for RefundNotification<T, I>
where
    S: Send + Sync,
    Receiver: FromRef<S>,
    T: Message + Send,
    I: Message + Send,
{
    type Rejection = NotifyRejection;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let receiver = Receiver::from_ref(state);
        let (len, limits) = (content_length(&req), limits(&req, &receiver));
        let body = read_body(req.into_body(), len, limits.max_body_bytes).await?;
        receiver
            .limits(limits)
            .parse_refund::<T, I>(&body)
            .map(|(outer, info)| RefundNotification(outer, info))
            .map_err(NotifyRejection::new)
    }
}
