//! The transport of both clients: configuration, the HTTP connection pool, URLs, sending a
//! request of each kind and reading an answer within its limit.

use std::collections::BTreeMap;

use bytes::BytesMut;
use elsa::sync::FrozenMap;

use crate::settings::Config;
use wechatpay_v2_protocol::endpoint::{EndpointMeta, ResponseFormat};
use wechatpay_v2_protocol::error::{Error, RawResponse, Result, TransportError};
use wechatpay_v2_protocol::media::{MEDIA_PART, Media};
use wechatpay_v2_protocol::sign::ApiKey;
use wechatpay_v2_protocol::{self as protocol, SignedForm};

/// What both clients share: configuration and the HTTP connection pool.
///
/// Performance: a call's future holds every future it may await, nested, and each level is
/// moved whole into the one above it on every call, so the future's size is paid per request
/// (`memmove` was one of the largest items of the SDK's side end to end). For the seed endpoint
/// it was 1,856 bytes and is 568 (rustc 1.95): the sandbox-key fetch is boxed
/// ([`Core::key_for`]), a body is read by one function with one await point
/// ([`Core::read_from`]), [`Core::post`] builds its request before its future, functions whose
/// arguments would be stored twice in an `async fn`'s future return an `async` block, and
/// the retry loop of [`Core::exchange`] ends an attempt's trace before pausing for a retry. The
/// bench crate's `future_size` test bounds it.
#[derive(Debug)]
pub(crate) struct Core {
    pub(crate) config: Config,
    http: reqwest::Client,
    /// The parsed URL of each declared endpoint called so far, by path (see [`Core::post_url`]).
    urls: FrozenMap<&'static str, Box<reqwest::Url>>,
    /// The sandbox sign key, fetched on first use in sandbox mode.
    sandbox_key: tokio::sync::OnceCell<ApiKey>,
}

impl Core {
    pub(crate) fn new(config: Config, http: reqwest::Client) -> Self {
        Self {
            config,
            http,
            urls: FrozenMap::new(),
            sandbox_key: tokio::sync::OnceCell::new(),
        }
    }
}

/// Where the sandbox sign key is fetched from.
const SANDBOX_KEY_PATH: &str = "xdc/apiv2getsignkey/sign/getsignkey";

/// Parses a URL the client put together from its configured host and an endpoint's path.
fn parse_url(url: &str) -> Result<reqwest::Url> {
    reqwest::Url::parse(url).map_err(|e| Error::Config(format!("URL `{url}`: {e}")))
}

impl Core {
    /// The URL of an endpoint: its own host (or the default gateway), unless every host is
    /// redirected.
    pub(crate) fn url(&self, meta: Option<&EndpointMeta>, wire_path: &str) -> String {
        let base = match (&self.config.all_hosts, meta.and_then(|m| m.host)) {
            (Some(all), _) => all.as_str(),
            (None, Some(host)) => host,
            (None, None) => self.config.base_url.as_str(),
        };
        // Two copies into a buffer of the right size, without the formatting machinery.
        let mut url = String::with_capacity(base.len() + wire_path.len());
        url.push_str(base);
        url.push_str(wire_path);
        url
    }

    /// The parsed URL of a `POST`, with its query string ([`SignedBody::query`](wechatpay_v2_protocol::SignedBody::query)) when it has one.
    ///
    /// Performance: reqwest parses a URL given as a string on every call, about 6,900
    /// instructions, a tenth of its own work per request. A declared endpoint's URL is parsed
    /// once per client and cloned per call; a path with no declaration is parsed each time.
    pub(crate) fn post_url(
        &self,
        meta: Option<&'static EndpointMeta>,
        wire_path: &str,
        query: &str,
    ) -> Result<reqwest::Url> {
        let mut url = match meta {
            Some(m) if m.wire_path == wire_path => match self.urls.get(m.path) {
                Some(url) => url.clone(),
                None => {
                    let url = parse_url(&self.url(meta, wire_path))?;
                    self.urls.insert(m.path, Box::new(url)).clone()
                }
            },
            _ => parse_url(&self.url(meta, wire_path))?,
        };
        if !query.is_empty() {
            url.set_query(Some(query));
        }
        Ok(url)
    }

    /// Refuses, before anything is sent, an endpoint that needs a client certificate the
    /// client does not have.
    pub(crate) fn check_cert(&self, meta: Option<&EndpointMeta>) -> Result<()> {
        match meta {
            Some(m) if m.cert && !self.config.has_cert => Err(Error::CertificateRequired {
                path: m.path.to_owned(),
            }),
            _ => Ok(()),
        }
    }

    /// The request that posts a body.
    ///
    /// The request is built here, so a call's future holds only reqwest's (boxed) pending call.
    pub(crate) fn post(&self, url: reqwest::Url, body: Vec<u8>) -> reqwest::RequestBuilder {
        const XML: reqwest::header::HeaderValue =
            reqwest::header::HeaderValue::from_static("text/xml; charset=utf-8");
        crate::trace::request_body(self.config.trace_bodies, &body);
        self.http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, XML)
            .body(body)
    }

    /// The request that posts the signed text parts and the file as a `multipart/form-data`
    /// body.
    pub(crate) fn post_form(
        &self,
        url: reqwest::Url,
        form: &SignedForm,
        media: &Media,
    ) -> Result<reqwest::RequestBuilder> {
        crate::trace::request_form(
            self.config.trace_bodies,
            &form.fields,
            media.bytes().len(),
            media.content_type(),
        );
        let mut body = reqwest::multipart::Form::new();
        for (name, value) in &form.fields {
            body = body.text(name.clone(), value.clone());
        }
        let part = reqwest::multipart::Part::stream(reqwest::Body::from(media.bytes().clone()))
            .file_name(media.file_name().to_owned())
            .mime_str(media.content_type())
            .map_err(|e| {
                Error::invalid(
                    MEDIA_PART,
                    format!("content type `{}`: {e}", media.content_type()),
                )
            })?;
        Ok(self.http.post(url).multipart(body.part(MEDIA_PART, part)))
    }

    /// Reads a whole response body, up to the configured limit.
    pub(crate) fn read_body(
        &self,
        response: reqwest::Response,
    ) -> impl std::future::Future<Output = Result<RawResponse>> + '_ {
        // A plain function handing back `read_from`'s future: an `async fn` here would be one
        // more level of future around it, with the response stored in each.
        self.read_from(None, response)
    }

    /// The request of a `GET` (its fields already in the URL).
    pub(crate) fn get(&self, url: reqwest::Url) -> reqwest::RequestBuilder {
        self.http.get(url)
    }

    /// One HTTP round trip outside the call pipeline (the sandbox key); the body is read up to
    /// the configured limit.
    async fn round_trip(&self, url: reqwest::Url, body: Vec<u8>) -> Result<RawResponse> {
        let response = self.post(url, body).send().await.map_err(transport_error)?;
        self.read_body(response).await
    }

    /// The key to sign `path` with: the sandbox key for sandbox endpoints in sandbox mode
    /// (fetched once, on first use), otherwise the APIv2 key.
    ///
    /// Performance: the sandbox fetch is a whole HTTP exchange, and a future has room for
    /// everything it may await; boxed, this rarely taken path no longer adds 440 bytes to
    /// every call's future (see [`Core`]).
    pub(crate) async fn key_for(&self, sandbox: bool) -> Result<&ApiKey> {
        if !(self.config.sandbox && sandbox) {
            return Ok(&self.config.key);
        }
        Box::pin(
            self.sandbox_key
                .get_or_try_init(|| self.fetch_sandbox_key()),
        )
        .await
    }

    async fn fetch_sandbox_key(&self) -> Result<ApiKey> {
        let fields = BTreeMap::from([("mch_id".to_owned(), self.config.mch_id.clone())]);
        let body = protocol::sign_fields(&fields, None, self.config.signer(), None)?;
        let url = self.post_url(None, SANDBOX_KEY_PATH, "")?;
        let raw = self.round_trip(url, body.xml).await?;
        // The answer carries no sign; it is read over the same TLS channel as any answer.
        let fields = protocol::decode_fields_with(
            &raw,
            &self.config.key,
            body.sign_type,
            false,
            ResponseFormat::Xml,
            &[],
            self.config.max_depth,
        )?;
        match fields.get("sandbox_signkey") {
            Some(key) if !key.is_empty() => Ok(ApiKey::new(key.clone())),
            _ => Err(Error::Decode {
                reason: "field `sandbox_signkey`: required but missing".into(),
                raw: Box::new(raw),
            }),
        }
    }

    /// Reads the rest of a response whose first chunk was already taken, up to the limit.
    pub(crate) fn read_rest(
        &self,
        first: bytes::Bytes,
        response: reqwest::Response,
    ) -> impl std::future::Future<Output = Result<RawResponse>> + '_ {
        self.read_from(Some(first), response)
    }

    /// Reads a response body, after `first` when a first chunk was already taken, up to the
    /// limit.
    ///
    /// Performance: an answer usually arrives as one chunk, which is then kept as it came;
    /// copying it into a new buffer was an allocation and a copy per call. Every call's future
    /// holds this one, so it is one function with one await point: two nested functions with
    /// one each were 992 bytes, this is 280 (see [`Core`]).
    #[allow(
        clippy::manual_async_fn,
        reason = "an `async fn` stores its arguments twice in its future"
    )]
    fn read_from(
        &self,
        mut first: Option<bytes::Bytes>,
        mut response: reqwest::Response,
    ) -> impl std::future::Future<Output = Result<RawResponse>> + '_ {
        // An `async` block rather than an `async fn`: an `async fn`'s future stores its
        // arguments twice, once as arguments and once as locals.
        async move {
            let status = response.status().as_u16();
            let limit = self.config.max_response_bytes;
            let trace_bodies = self.config.trace_bodies;
            let content_type = crate::trace::content_type(trace_bodies, &response);
            // Appends a chunk to `buf`, or fails with the body cut at the limit.
            let gather = |buf: &mut BytesMut, chunk: &[u8]| {
                if buf.len() + chunk.len() <= limit {
                    buf.extend_from_slice(chunk);
                    return Ok(());
                }
                buf.extend_from_slice(&chunk[..limit - buf.len()]);
                crate::trace::response_body(trace_bodies, status, content_type.as_deref(), buf);
                Err(Error::Decode {
                    reason: format!("the response body exceeds {limit} bytes"),
                    raw: Box::new(RawResponse {
                        status,
                        body: std::mem::take(buf).freeze(),
                    }),
                })
            };
            // The first chunk is held as it came; from the second on, all are gathered in `buf`.
            let mut buf = BytesMut::new();
            while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
                if first.is_none() && buf.is_empty() {
                    first = Some(chunk);
                    continue;
                }
                if let Some(held) = first.take() {
                    gather(&mut buf, &held)?;
                }
                gather(&mut buf, &chunk)?;
            }
            let body = match first {
                Some(only) if only.len() <= limit => only,
                Some(over) => {
                    gather(&mut buf, &over)?;
                    buf.freeze()
                }
                None => buf.freeze(),
            };
            crate::trace::response_body(trace_bodies, status, content_type.as_deref(), &body);
            Ok(RawResponse { status, body })
        }
    }
}

/// An error of the HTTP client as the SDK's [`Error::Transport`], with the phase that failed.
pub(crate) fn transport_error(e: reqwest::Error) -> Error {
    let (connect, timeout) = (e.is_connect(), e.is_timeout());
    Error::Transport(TransportError::new(e, connect, timeout))
}
