//! The async client, its builder and configuration.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use bytes::BytesMut;
use elsa::sync::FrozenMap;

use crate::chain::{Chain, Shared};
use crate::endpoint::{
    Api, AsRequest, Endpoint, EndpointKind, EndpointMeta, Method, NoApis, Request, ResponseFormat,
    ResponseOf, SignedUrlEndpoint,
};
use crate::error::{Error, RawResponse, Result};
use crate::protocol::{self, SignedBody, SignedForm, Signer};
use crate::sign::ApiKey;
use crate::tls::ClientIdentity;
use crate::trace::CallTrace;
use crate::upload::{MEDIA_PART, Media};

/// The production gateway.
pub const DEFAULT_BASE_URL: &str = "https://api.mch.weixin.qq.com/";
/// Default timeout of one HTTP exchange, from the start of the connect to the end of the
/// response body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default timeout of establishing a connection (TCP and TLS handshakes); see
/// [`ClientBuilder::connect_timeout`].
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Opt-in retries of idempotent endpoints (queries) after a transport failure or an HTTP 5xx.
///
/// Calls that move money are never retried: a lost answer does not mean the payment, refund or
/// transfer did not happen. Declarations mark the endpoints that only read as `idempotent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    /// Wait before the first retry; it doubles for each further one.
    pub backoff: Duration,
}

/// Default limit on a response body; a larger body is an error, not an allocation.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
/// Default bound on the nesting depth of the JSON carried in a response's field values; see
/// [`ClientBuilder::max_depth`].
pub const DEFAULT_MAX_DEPTH: usize = crate::xml::DEFAULT_MAX_DEPTH;

/// The settings of a client. The key is never printed.
#[derive(Clone)]
pub(crate) struct Config {
    pub(crate) mch_id: String,
    pub(crate) key: ApiKey,
    pub(crate) appid: Option<String>,
    pub(crate) sub_mch_id: Option<String>,
    pub(crate) sub_appid: Option<String>,
    pub(crate) base_url: String,
    pub(crate) all_hosts: Option<String>,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_depth: usize,
    pub(crate) has_cert: bool,
    pub(crate) sandbox: bool,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) trace_bodies: bool,
}

/// Checks a base URL and gives it a trailing `/`.
fn checked_base_url(url: &str) -> Result<String> {
    let parsed =
        reqwest::Url::parse(url).map_err(|e| Error::Config(format!("base URL `{url}`: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
        return Err(Error::Config(format!(
            "base URL `{url}` must be an http(s) URL without a query"
        )));
    }
    let mut url = url.to_owned();
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

impl Config {
    pub(crate) fn signer(&self) -> Signer<'_> {
        self.signer_with(&self.key)
    }

    /// The signer for this merchant with another key (the sandbox key).
    pub(crate) fn signer_with<'a>(&'a self, key: &'a ApiKey) -> Signer<'a> {
        Signer {
            mch_id: &self.mch_id,
            appid: self.appid.as_deref(),
            sub_mch_id: self.sub_mch_id.as_deref(),
            sub_appid: self.sub_appid.as_deref(),
            key,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("mch_id", &self.mch_id)
            .field("key", &self.key)
            .field("appid", &self.appid)
            .field("sub_mch_id", &self.sub_mch_id)
            .field("sub_appid", &self.sub_appid)
            .field("base_url", &self.base_url)
            .field("all_hosts", &self.all_hosts)
            .field("client_cert", &self.has_cert)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`] (or, with `build_blocking`, a [`crate::blocking::Client`]).
pub struct ClientBuilder<A = NoApis> {
    mch_id: Option<String>,
    key: Option<ApiKey>,
    appid: Option<String>,
    sub_mch_id: Option<String>,
    sub_appid: Option<String>,
    base_url: String,
    all_hosts: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    max_depth: usize,
    identity: Option<Result<ClientIdentity>>,
    roots: Vec<Vec<u8>>,
    sandbox: bool,
    retry: Option<RetryPolicy>,
    trace_bodies: bool,
    _api: PhantomData<fn() -> A>,
}

impl<A> fmt::Debug for ClientBuilder<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("mch_id", &self.mch_id)
            .field("key", &self.key)
            .field("appid", &self.appid)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .finish_non_exhaustive()
    }
}

impl<A: Api> Default for ClientBuilder<A> {
    fn default() -> Self {
        Self {
            mch_id: None,
            key: None,
            appid: None,
            sub_mch_id: None,
            sub_appid: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            all_hosts: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_depth: DEFAULT_MAX_DEPTH,
            identity: None,
            roots: Vec::new(),
            sandbox: false,
            retry: None,
            trace_bodies: false,
            _api: PhantomData,
        }
    }
}

impl<A: Api> ClientBuilder<A> {
    /// The merchant id (`mch_id`); required. Requests for another merchant are refused.
    pub fn mch_id(mut self, mch_id: impl Into<String>) -> Self {
        self.mch_id = Some(mch_id.into());
        self
    }

    /// The APIv2 key (32 bytes, set on the merchant platform); required.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(ApiKey::new(key));
        self
    }

    /// The app id filled into requests that leave `appid` out.
    pub fn appid(mut self, appid: impl Into<String>) -> Self {
        self.appid = Some(appid.into());
        self
    }

    /// Partner (service provider) mode: the sub-merchant id filled into requests that have a
    /// `sub_mch_id` field and leave it out.
    pub fn sub_mch_id(mut self, sub_mch_id: impl Into<String>) -> Self {
        self.sub_mch_id = Some(sub_mch_id.into());
        self
    }

    /// Partner mode: the sub-merchant's app id filled into requests that have a `sub_appid`
    /// field and leave it out.
    pub fn sub_appid(mut self, sub_appid: impl Into<String>) -> Self {
        self.sub_appid = Some(sub_appid.into());
        self
    }

    /// The gateway's base URL; default [`DEFAULT_BASE_URL`]. Endpoints on other hosts
    /// (`fraud.mch.weixin.qq.com`, ...) keep their own; see [`all_hosts`](Self::all_hosts).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Sends every request, whatever its endpoint's host, to this base URL (a test server or
    /// the mock gateway).
    pub fn all_hosts(mut self, url: impl Into<String>) -> Self {
        self.all_hosts = Some(url.into());
        self
    }

    /// The merchant's API client certificate from PEM (`apiclient_cert.pem`,
    /// `apiclient_key.pem`), for endpoints that need mutual TLS.
    pub fn client_cert_pem(
        mut self,
        cert_pem: impl AsRef<[u8]>,
        key_pem: impl AsRef<[u8]>,
    ) -> Self {
        self.identity = Some(ClientIdentity::from_pem(
            cert_pem.as_ref(),
            key_pem.as_ref(),
        ));
        self
    }

    /// The merchant's API client certificate from `apiclient_cert.p12` and its password (the
    /// merchant id, for the archives WeChat Pay issues).
    pub fn client_cert_p12(mut self, p12: impl AsRef<[u8]>, password: &str) -> Self {
        self.identity = Some(ClientIdentity::from_pkcs12(p12.as_ref(), password));
        self
    }

    /// Opt-in: retries calls to `idempotent` endpoints (queries) after a transport failure or an
    /// HTTP 5xx, `retries` times, waiting `backoff` and doubling it. Other endpoints are never
    /// retried.
    pub fn retry_queries(mut self, retries: u32, backoff: Duration) -> Self {
        self.retry = Some(RetryPolicy { retries, backoff });
        self
    }

    /// Sandbox mode: before the first call to a sandbox endpoint (`v2/sandboxnew/...`,
    /// `v2/xdc/apiv2sandbox/...`), the client fetches the sandbox sign key once
    /// (`v2/xdc/apiv2getsignkey/sign/getsignkey`) and signs and verifies those endpoints with it.
    pub fn sandbox(mut self) -> Self {
        self.sandbox = true;
        self
    }

    /// Trusts one more root certificate (PEM) for the server side of TLS, beside the system's;
    /// for test servers with their own certificate authority.
    pub fn add_root_certificate_pem(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.roots.push(pem.as_ref().to_vec());
        self
    }

    /// Timeout of one HTTP exchange, from the start of the connect to the end of the response
    /// body; default [`DEFAULT_TIMEOUT`] (30 s). When it runs out the call fails with
    /// [`Error::Transport`] and [`Error::is_timeout`] is true.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Timeout of establishing a connection (the TCP handshake, and the TLS handshake for
    /// `https`); default [`DEFAULT_CONNECT_TIMEOUT`] (10 s).
    ///
    /// It bounds only the connect, and only when a new connection is needed (the pool keeps
    /// connections alive between calls); the connect also counts towards
    /// [`timeout`](Self::timeout), so whichever runs out first ends it. A gateway address that
    /// does not answer then fails fast, while a slow answer on an established connection is
    /// still given the whole `timeout`. When a host name resolves to several addresses, the
    /// time is divided evenly between them. A connect that runs out fails with
    /// [`Error::Transport`], and both [`Error::is_timeout`] and [`Error::is_connect`] are true.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Largest response body accepted, in bytes; default [`DEFAULT_MAX_RESPONSE_BYTES`]
    /// (4 MiB). A larger body is an [`Error::Decode`] naming the limit (its raw response keeps
    /// the first `limit` bytes), and reading stops there. Bill downloads are exempt: they stream
    /// into the caller's writer whatever their size (an XML error document in their place is
    /// bounded like any response).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Deepest nesting of the JSON carried in a response's field values (`promotion_detail`,
    /// `scene_info`...), in objects and arrays; default [`DEFAULT_MAX_DEPTH`] (32). Deeper is an
    /// [`Error::Decode`] naming the field and the limit, before anything is decoded. The XML
    /// documents themselves are flat, whatever this is: an element inside a field is refused.
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Opt-in, default off: with the `tracing` feature and TRACE enabled for the target
    /// `wechatpay_v2` (`RUST_LOG=wechatpay_v2=trace`), each attempt also emits, inside its
    /// `wechatpay_v2.call` span, a TRACE event with the request body (the query of a `GET`; the
    /// text parts of an upload, its file by size only) and one with the response body, as
    /// `name="value"` text with personal and secret values hidden: `sign`, `nonce_str` and every
    /// field whose name marks personal or secret data (`*name*`, `*card*`, `*bank*`,
    /// `*phone*`, `*openid*`, `*key*`, `*token*`...) show as `***(n chars)`, also inside JSON
    /// values. Bodies that are not an XML document (bills, JSON answers, HTML error pages) show
    /// only their size and content type; a downloaded bill is never logged. The APIv2 key is
    /// never in a body, so it never shows.
    ///
    /// Off (the default), or without a TRACE subscriber, no body is formatted at all.
    pub fn trace_bodies(mut self, on: bool) -> Self {
        self.trace_bodies = on;
        self
    }

    fn config(&mut self) -> Result<Config> {
        let mch_id = self
            .mch_id
            .take()
            .filter(|m| !m.is_empty())
            .ok_or_else(|| Error::Config("`mch_id` is required".into()))?;
        let key = self
            .key
            .take()
            .ok_or_else(|| Error::Config("the APIv2 key is required".into()))?;
        if key.len() != 32 {
            return Err(Error::Config(format!(
                "the APIv2 key must be 32 bytes long, this one has {}",
                key.len()
            )));
        }
        let config = Config {
            mch_id,
            key,
            appid: self.appid.take().filter(|a| !a.is_empty()),
            sub_mch_id: self.sub_mch_id.take().filter(|a| !a.is_empty()),
            sub_appid: self.sub_appid.take().filter(|a| !a.is_empty()),
            base_url: checked_base_url(&self.base_url)?,
            all_hosts: self
                .all_hosts
                .as_deref()
                .map(checked_base_url)
                .transpose()?,
            max_response_bytes: self.max_response_bytes,
            max_depth: self.max_depth,
            has_cert: matches!(self.identity, Some(Ok(_))),
            sandbox: self.sandbox,
            retry: self.retry,
            trace_bodies: self.trace_bodies,
        };
        Ok(config)
    }

    pub(crate) fn build_core(mut self) -> Result<Core> {
        let config = self.config()?;
        let mut http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .user_agent(concat!("wechatpay-v2-rust/", env!("CARGO_PKG_VERSION")));
        if let Some(identity) = self.identity.take() {
            http = http.identity(identity?.0);
        }
        for pem in &self.roots {
            let cert = reqwest::Certificate::from_pem(pem)
                .map_err(|e| Error::Config(format!("root certificate: {e}")))?;
            http = http.add_root_certificate(cert);
        }
        let http = http.build().map_err(|e| {
            let cause =
                std::error::Error::source(&e).map_or_else(String::new, |s| format!(": {s}"));
            Error::Config(format!(
                "the HTTP client cannot be built (client certificate or TLS settings){cause}"
            ))
        })?;
        Ok(Core {
            config,
            http,
            urls: FrozenMap::new(),
            sandbox_key: tokio::sync::OnceCell::new(),
        })
    }

    /// Builds the async client.
    pub fn build(self) -> Result<Client<A>> {
        Ok(Client {
            inner: Arc::new(Inner {
                core: self.build_core()?,
                routes: FrozenMap::new(),
                _api: PhantomData,
            }),
        })
    }
}

/// What both clients share: configuration and the HTTP connection pool.
///
/// Performance: a call's future holds every future it may await, nested, and each level is
/// moved whole into the one above it on every call, so the future's size is paid per request
/// (`memmove` was one of the largest items of the SDK's side end to end). For the seed endpoint
/// it was 1,856 bytes and is 568 (rustc 1.95): the sandbox-key fetch is boxed
/// ([`Core::key_for`]), a body is read by one function with one await point
/// ([`Core::read_from`]), [`Core::post`] builds its request before its future, functions whose
/// arguments would be stored twice in an `async fn`'s future return an `async` block, and
/// [`Core::with_retries`] ends an attempt's trace before pausing for a retry. The bench crate's
/// `future_size` test bounds it.
#[derive(Debug)]
pub(crate) struct Core {
    pub(crate) config: Config,
    http: reqwest::Client,
    /// The parsed URL of each declared endpoint called so far, by path (see [`Core::post_url`]).
    urls: FrozenMap<&'static str, Box<reqwest::Url>>,
    /// The sandbox sign key, fetched on first use in sandbox mode.
    sandbox_key: tokio::sync::OnceCell<ApiKey>,
}

/// Where the sandbox sign key is fetched from.
const SANDBOX_KEY_PATH: &str = "xdc/apiv2getsignkey/sign/getsignkey";

/// Parses a URL the client put together from its configured host and an endpoint's path.
fn parse_url(url: &str) -> Result<reqwest::Url> {
    reqwest::Url::parse(url).map_err(|e| Error::Config(format!("URL `{url}`: {e}")))
}

/// True for the paths of sandbox endpoints.
pub(crate) fn is_sandbox_path(path: &str) -> bool {
    path.starts_with("v2/sandboxnew/") || path.starts_with("v2/xdc/apiv2sandbox/")
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

    /// The parsed URL of a `POST`, with its query string ([`SignedBody::query`]) when it has one.
    ///
    /// Performance: reqwest parses a URL given as a string on every call, about 6,900
    /// instructions, a tenth of its own work per request. A declared endpoint's URL is parsed
    /// once per client and cloned per call; a path with no declaration is parsed each time.
    fn post_url(
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
    fn check_cert(&self, meta: Option<&EndpointMeta>) -> Result<()> {
        match meta {
            Some(m) if m.cert && !self.config.has_cert => Err(Error::CertificateRequired {
                path: m.path.to_owned(),
            }),
            _ => Ok(()),
        }
    }

    /// Posts a body; returns the response before its body is read.
    fn post(
        &self,
        url: reqwest::Url,
        body: Vec<u8>,
    ) -> impl std::future::Future<Output = Result<reqwest::Response>> + use<> {
        const XML: reqwest::header::HeaderValue =
            reqwest::header::HeaderValue::from_static("text/xml; charset=utf-8");
        crate::trace::request_body(self.config.trace_bodies, &body);
        // The request is built here, so the future holds only reqwest's (boxed) pending call.
        let pending = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, XML)
            .body(body)
            .send();
        async move { pending.await.map_err(Error::Transport) }
    }

    /// Posts the signed text parts and the file as a `multipart/form-data` body; returns the
    /// response before its body is read.
    async fn post_form(
        &self,
        url: reqwest::Url,
        form: &SignedForm,
        media: &Media,
    ) -> Result<reqwest::Response> {
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
        self.http
            .post(url)
            .multipart(body.part(MEDIA_PART, part))
            .send()
            .await
            .map_err(Error::Transport)
    }

    /// Signs a typed upload request and sends it with the file; returns the verified, typed
    /// answer. Never retried: an upload is not declared `idempotent`.
    pub(crate) async fn upload<R: Request>(
        &self,
        request: &R,
        media: &Media,
    ) -> Result<R::Response> {
        let meta = R::ENDPOINT;
        crate::upload::check_kind(meta)?;
        self.with_retries(meta.path, meta.method, false, || async {
            self.check_cert(Some(meta))?;
            let key = self.key_for(meta.path).await?;
            let form = protocol::sign_upload(request, self.config.signer_with(key), media)?;
            let url = self.post_url(Some(meta), meta.wire_path, "")?;
            let response = self.post_form(url, &form, media).await?;
            let raw = self.read_body(response).await?;
            protocol::decode_response_with::<R>(&raw, key, form.sign_type, self.config.max_depth)
        })
        .await
    }

    /// The untyped form of an upload, to a declared upload endpoint.
    pub(crate) async fn upload_fields(
        &self,
        path: &str,
        meta: Option<&'static EndpointMeta>,
        fields: &BTreeMap<String, String>,
        media: &Media,
    ) -> Result<Exchange> {
        let wire_path = wire_path(path)?;
        let Some(meta) = meta.filter(|m| m.kind == EndpointKind::Upload) else {
            return Err(Error::Config(format!(
                "`{path}` is not a declared upload endpoint"
            )));
        };
        self.with_retries(path, meta.method, false, || async {
            self.check_cert(Some(meta))?;
            let key = self.key_for(path).await?;
            let signer = self.config.signer_with(key);
            let form = protocol::sign_upload_fields(fields, Some(meta.request), signer, media)?;
            let url = self.post_url(Some(meta), wire_path, "")?;
            let response = self.post_form(url.clone(), &form, media).await?;
            let raw = self.read_body(response).await?;
            let fields = protocol::decode_fields_with(
                &raw,
                key,
                form.sign_type,
                meta.signed_response,
                meta.response_format,
                meta.response,
                self.config.max_depth,
            )?;
            let mut text = reqwest::Url::parse("http://form.invalid/")
                .map_err(|e| Error::Config(format!("the form text cannot be written: {e}")))?;
            text.query_pairs_mut().extend_pairs(&form.fields);
            Ok(Exchange {
                request: Sent {
                    method: Method::Post,
                    url: url.into(),
                    body: text.query().unwrap_or_default().as_bytes().to_vec(),
                    sign_type: form.sign_type,
                },
                response: raw,
                fields,
            })
        })
        .await
    }

    /// Reads a whole response body, up to the configured limit.
    fn read_body(
        &self,
        response: reqwest::Response,
    ) -> impl std::future::Future<Output = Result<RawResponse>> + '_ {
        // A plain function handing back `read_from`'s future: an `async fn` here would be one
        // more level of future around it, with the response stored in each.
        self.read_from(None, response)
    }

    /// One HTTP exchange; the body is read up to the configured limit.
    async fn exchange(&self, url: reqwest::Url, body: Vec<u8>) -> Result<RawResponse> {
        let response = self.post(url, body).await?;
        self.read_body(response).await
    }

    /// The key to sign `path` with: the sandbox key for sandbox endpoints in sandbox mode
    /// (fetched once, on first use), otherwise the APIv2 key.
    ///
    /// Performance: the sandbox fetch is a whole HTTP exchange, and a future has room for
    /// everything it may await; boxed, this rarely taken path no longer adds 440 bytes to
    /// every call's future (see [`Core`]).
    async fn key_for(&self, path: &str) -> Result<&ApiKey> {
        if !(self.config.sandbox && is_sandbox_path(path)) {
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
        let raw = self.exchange(url, body.xml).await?;
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

    /// The URL of a `signed_url` or `url` endpoint.
    pub(crate) fn signed_url<R: Request>(&self, request: &R) -> Result<String> {
        let Some((fragment, signed)) = R::ENDPOINT.kind.url_form() else {
            return Err(Error::Config(format!(
                "`{}` is not a URL endpoint",
                R::ENDPOINT.path
            )));
        };
        let base = self.url(Some(R::ENDPOINT), R::ENDPOINT.wire_path);
        protocol::sign_url(request, self.config.signer(), &base, fragment, signed)
    }

    pub(crate) async fn call<R: Request>(&self, request: &R) -> Result<R::Response> {
        if R::ENDPOINT.kind != EndpointKind::Call {
            return Err(Error::Config(format!(
                "`{}` is not called with `post`: use its `download`, `upload` or `url`",
                R::ENDPOINT.path
            )));
        }
        let meta = R::ENDPOINT;
        self.with_retries(meta.path, meta.method, meta.idempotent, || async {
            let (response, key, sign_type) = self.send(request).await?;
            let raw = self.read_body(response).await?;
            protocol::decode_response_with::<R>(&raw, key, sign_type, self.config.max_depth)
        })
        .await
    }

    /// Runs `attempt` once, or again after a retryable failure when the endpoint is idempotent
    /// and the client opted in; each attempt in its own trace span (and with a fresh nonce).
    fn with_retries<'a, T, F, Fut>(
        &'a self,
        path: &'a str,
        method: Method,
        idempotent: bool,
        attempt: F,
    ) -> impl std::future::Future<Output = Result<T>> + 'a
    where
        F: Fn() -> Fut + 'a,
        Fut: std::future::Future<Output = Result<T>>,
    {
        let policy = self.config.retry.filter(|_| idempotent);
        async move {
            let mut tries = 0u32;
            loop {
                // The attempt's trace and result end before the pause, so the future does not keep
                // room for them beside the timer.
                let pause = {
                    let trace = CallTrace::start(path, method.as_str(), tries + 1);
                    #[cfg(feature = "tracing")]
                    let result = tracing::Instrument::instrument(attempt(), trace.span()).await;
                    #[cfg(not(feature = "tracing"))]
                    let result = attempt().await;
                    trace.finish(&result);
                    match (result, policy) {
                        (Err(err), Some(p)) if tries < p.retries && retryable(&err) => {
                            p.backoff.saturating_mul(1 << tries.min(16))
                        }
                        (result, _) => return result,
                    }
                };
                tokio::time::sleep(pause).await;
                tries += 1;
            }
        }
    }

    /// Signs and sends a typed request; returns the response before its body is read, with the
    /// key and algorithm to verify it with.
    pub(crate) async fn send<R: Request>(
        &self,
        request: &R,
    ) -> Result<(reqwest::Response, &ApiKey, crate::SignType)> {
        self.check_cert(Some(R::ENDPOINT))?;
        let key = self.key_for(R::ENDPOINT.path).await?;
        if R::ENDPOINT.method == Method::Get {
            // A `GET` call carries its fields as the signed query string, with no nonce.
            let url = self.url(Some(R::ENDPOINT), R::ENDPOINT.wire_path);
            let (url, sign_type) =
                protocol::sign_query(request, self.config.signer_with(key), &url)?;
            crate::trace::request_query(self.config.trace_bodies, &url);
            let response = self.http.get(url).send().await.map_err(Error::Transport)?;
            return Ok((response, key, sign_type));
        }
        let body = protocol::sign_request(request, self.config.signer_with(key), None)?;
        let url = self.post_url(Some(R::ENDPOINT), R::ENDPOINT.wire_path, &body.query)?;
        let response = self.post(url, body.xml).await?;
        Ok((response, key, body.sign_type))
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
            while let Some(chunk) = response.chunk().await.map_err(Error::Transport)? {
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

    /// Signs and sends an untyped request; returns the response before its body is read, and
    /// what was sent.
    pub(crate) async fn send_fields(
        &self,
        path: &str,
        meta: Option<&'static EndpointMeta>,
        fields: &BTreeMap<String, String>,
    ) -> Result<(reqwest::Response, &ApiKey, Sent)> {
        let wire_path = wire_path(path)?;
        self.check_cert(meta)?;
        let key = self.key_for(path).await?;
        let signer = self.config.signer_with(key);
        let request_fields = meta.map(|m| m.request);
        if meta.is_some_and(|m| m.method == Method::Get) {
            let url = self.url(meta, wire_path);
            let (url, sign_type) =
                protocol::sign_query_fields(fields, request_fields, signer, &url)?;
            crate::trace::request_query(self.config.trace_bodies, &url);
            let response = self.http.get(&url).send().await.map_err(Error::Transport)?;
            let sent = Sent {
                method: Method::Get,
                url,
                body: Vec::new(),
                sign_type,
            };
            return Ok((response, key, sent));
        }
        let body = protocol::sign_fields(fields, meta, signer, None)?;
        let url = self.post_url(meta, wire_path, &body.query)?;
        let response = self.post(url.clone(), body.xml.clone()).await?;
        let sent = Sent {
            method: Method::Post,
            url: url.into(),
            body: body.xml,
            sign_type: body.sign_type,
        };
        Ok((response, key, sent))
    }

    pub(crate) async fn call_fields(
        &self,
        path: &str,
        meta: Option<&'static EndpointMeta>,
        fields: &BTreeMap<String, String>,
    ) -> Result<Exchange> {
        if let Some(m) = meta
            && m.kind != EndpointKind::Call
        {
            return Err(Error::Config(format!(
                "`{}` is not called with `post`: use its `download_fields`, `upload_fields` or `url_fields`",
                m.path
            )));
        }
        let once = || async {
            let (response, key, sent) = self.send_fields(path, meta, fields).await?;
            let raw = self.read_body(response).await?;
            let signed = meta.is_none_or(|m| m.signed_response);
            let format = meta.map_or(ResponseFormat::Xml, |m| m.response_format);
            let max_depth = self.config.max_depth;
            let response = meta.map_or(&[][..], |m| m.response);
            let fields = protocol::decode_fields_with(
                &raw,
                key,
                sent.sign_type,
                signed,
                format,
                response,
                max_depth,
            )?;
            Ok(Exchange {
                request: sent,
                response: raw,
                fields,
            })
        };
        let method = meta.map_or(Method::Post, |m| m.method);
        let idempotent = meta.is_some_and(|m| m.idempotent);
        self.with_retries(path, method, idempotent, once).await
    }

    /// The URL of a declared `signed_url` or `url` endpoint, from untyped fields.
    pub(crate) fn url_fields(
        &self,
        path: &str,
        fields: &BTreeMap<String, String>,
        meta: Option<&'static EndpointMeta>,
    ) -> Result<String> {
        let wire_path = wire_path(path)?;
        let Some((meta, (fragment, signed))) = meta.and_then(|m| Some((m, m.kind.url_form()?)))
        else {
            return Err(Error::Config(format!(
                "`{path}` is not a declared URL endpoint"
            )));
        };
        let base = self.url(Some(meta), wire_path);
        protocol::sign_url_fields(
            fields,
            Some(meta.request),
            self.config.signer(),
            &base,
            fragment,
            signed,
        )
    }
}

/// A request as it was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// `POST` (an XML body) or `GET` (the fields in the query string).
    pub method: Method,
    /// The URL, with the signed query string for a `GET`.
    pub url: String,
    /// The signed `<xml>` body of a `POST` (empty for a `GET`); for an upload, the signed text
    /// parts, form-encoded (`mch_id=..&media_hash=..&sign=..`), without the file.
    pub body: Vec<u8>,
    /// The algorithm it was signed with.
    pub sign_type: crate::SignType,
}

/// One untyped call in full: what was sent and what came back.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// The signed request, as sent.
    pub request: Sent,
    /// The response as received.
    pub response: RawResponse,
    /// The verified response fields, envelope included.
    pub fields: BTreeMap<String, String>,
}

/// Whether a failed attempt may be retried (for idempotent endpoints only): the request may
/// not have reached the gateway, or the gateway failed.
fn retryable(err: &Error) -> bool {
    match err {
        Error::Transport(_) => true,
        Error::HttpStatus { raw } => raw.status >= 500,
        _ => false,
    }
}

/// Checks an SDK path and returns its wire path (without `v2/`).
pub(crate) fn wire_path(path: &str) -> Result<&str> {
    let malformed = |reason| Error::MalformedPath {
        path: path.to_owned(),
        reason,
    };
    let rest = path
        .strip_prefix("v2/")
        .ok_or_else(|| malformed("it must start with `v2/`"))?;
    if rest.is_empty() || rest.split('/').any(str::is_empty) {
        return Err(malformed("it has an empty segment"));
    }
    if rest.split('/').any(|s| s == "." || s == "..") {
        return Err(malformed("`.` and `..` segments are not allowed"));
    }
    if !rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'.'))
    {
        return Err(malformed(
            "segments may hold only ASCII letters, digits, `_`, `-` and `.`",
        ));
    }
    Ok(rest)
}

#[doc(hidden)]
#[allow(missing_debug_implementations)]
/// The shared state behind an async client.
pub struct Inner<A> {
    pub(crate) core: Core,
    pub(crate) routes: FrozenMap<String, Box<Chain<Client<A>>>>,
    _api: PhantomData<fn() -> A>,
}

/// The async WeChat Pay v2 client.
///
/// Cheap to clone: clones share one configuration and one connection pool. Reach an endpoint in
/// any of three styles:
/// - chained: `api.v2().vehicle().pay().notification().post(req).await`
/// - declarative: `api.chain("v2/vehicle/pay/notification").post(req).await`
/// - index: `api["v2/vehicle/pay/notification"].post(req).await`
///
/// Each takes the request by value or by reference (`post(&req)`, see [`AsRequest`]).
///
/// The string styles also take an untyped map of fields (`post_fields`), for endpoints nobody
/// has declared yet.
pub struct Client<A = NoApis> {
    pub(crate) inner: Arc<Inner<A>>,
}

impl<A> Clone for Client<A> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<A> fmt::Debug for Client<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.core.config)
            .finish_non_exhaustive()
    }
}

impl<A: Api> Client<A> {
    /// A builder; `mch_id` and `api_key` are required.
    pub fn builder() -> ClientBuilder<A> {
        ClientBuilder::default()
    }

    /// The root of the chained style: `api.v2().vehicle().pay().notification()`.
    pub fn v2(&self) -> A::V2<Self> {
        A::v2(self.clone())
    }

    /// The declarative style: a handle on the endpoint at `path` (`"v2/vehicle/pay/notification"`).
    pub fn chain(&self, path: impl Into<String>) -> Chain<Self> {
        Chain::new(path.into(), self.clone())
    }

    /// Sends a typed request to its endpoint; the request by value or by reference
    /// ([`AsRequest`]).
    pub async fn post<Q: AsRequest>(&self, request: Q) -> Result<ResponseOf<Q>> {
        self.inner.core.call(request.as_request()).await
    }

    /// The URL of a typed request to a `signed_url` endpoint, for a browser (no HTTP call); the
    /// same as the endpoint handle's `url`.
    pub fn url<R: Request>(&self, request: &R) -> Result<String> {
        self.inner.core.signed_url(request)
    }

    /// Downloads the bill of a typed request to a `download` endpoint into `out`, streaming; the
    /// same as the endpoint handle's `download`.
    pub async fn download<R, W>(
        &self,
        request: &R,
        out: W,
        gzip: crate::download::Gzip,
    ) -> Result<crate::download::Downloaded>
    where
        R: Request,
        W: tokio::io::AsyncWrite + Unpin,
    {
        crate::DownloadEndpoint::__new(self.clone())
            .download(request, out, gzip)
            .await
    }

    /// Uploads a file with a typed request to an `upload` endpoint; the same as the endpoint
    /// handle's `upload`.
    pub async fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> Result<ResponseOf<Q>> {
        self.inner.core.upload(request.as_request(), &media).await
    }

    /// Builds and signs the text parts of an upload request for `media`, without sending
    /// anything (uploads carry no nonce, so the output is deterministic).
    pub fn sign_upload<R: Request>(&self, request: &R, media: &Media) -> Result<SignedForm> {
        protocol::sign_upload(request, self.inner.core.config.signer(), media)
    }

    /// Builds and signs the body of `request` with a fixed `nonce` (unused by an endpoint that
    /// takes none, [`EndpointMeta::nonce`](crate::EndpointMeta::nonce)), without sending it. Output is
    /// deterministic, for snapshot tests and debugging.
    pub fn sign_with_nonce<R: Request>(&self, request: &R, nonce: &str) -> Result<SignedBody> {
        protocol::sign_request(request, self.inner.core.config.signer(), Some(nonce))
    }

    /// The URL a request to `endpoint` goes to: its own host or the default gateway, unless
    /// every host is redirected with [`ClientBuilder::all_hosts`].
    pub fn endpoint_url(&self, endpoint: &EndpointMeta) -> String {
        self.inner.core.url(Some(endpoint), endpoint.wire_path)
    }

    /// The configured merchant id.
    pub fn mch_id(&self) -> &str {
        &self.inner.core.config.mch_id
    }

    pub(crate) fn core(&self) -> &Core {
        &self.inner.core
    }
}

impl<A> Shared for Client<A> {
    type Inner = Inner<A>;
    fn arc(&self) -> &Arc<Inner<A>> {
        &self.inner
    }
    fn from_arc(inner: Arc<Inner<A>>) -> Self {
        Self { inner }
    }
    fn routes(&self) -> &FrozenMap<String, Box<Chain<Self>>> {
        &self.inner.routes
    }
}

impl<A: Api, R: Request> Endpoint<Client<A>, R> {
    /// Sends the request (by value or by reference) and returns the verified, typed response.
    pub async fn post(&self, request: impl AsRequest<Request = R>) -> Result<R::Response> {
        self.client.core().call(request.as_request()).await
    }
}

impl<A: Api, R: Request> SignedUrlEndpoint<Client<A>, R> {
    /// The signed URL to hand to a browser (no HTTP call is made).
    pub fn url(&self, request: &R) -> Result<String> {
        self.client.core().signed_url(request)
    }
}

impl<A: Api> std::ops::Index<&str> for Client<A> {
    type Output = Chain<Client<A>>;

    /// The index style: `api["v2/vehicle/pay/notification"]`. Handles are kept by the client,
    /// one per distinct path.
    fn index(&self, path: &str) -> &Chain<Self> {
        crate::chain::intern(self, path)
    }
}

impl<A: Api> Chain<Client<A>> {
    /// Sends a typed request (by value or by reference); the path must be the request's
    /// endpoint.
    pub async fn post<Q: AsRequest>(&self, request: Q) -> Result<ResponseOf<Q>> {
        let client = self.client()?;
        self.check_request::<A, Q::Request>()?;
        client.core().call(request.as_request()).await
    }

    /// The untyped escape hatch: sends a map of fields and returns the verified map of fields.
    ///
    /// `sign` is added, and `nonce_str` where the endpoint takes one ([`EndpointMeta::nonce`]; a
    /// `nonce_str` given to one that takes none is refused). For a declared path its metadata applies (configuration
    /// fill, required fields, limits, signed or not); an undeclared path is assumed to sign its
    /// responses.
    pub async fn post_fields(
        &self,
        fields: BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>> {
        Ok(self.exchange_fields(fields).await?.fields)
    }

    /// Like [`post_fields`](Self::post_fields), and also returns the signed request and the raw
    /// response (for tools that show them).
    pub async fn exchange_fields(&self, fields: BTreeMap<String, String>) -> Result<Exchange> {
        let client = self.client()?;
        client
            .core()
            .call_fields(self.path(), A::find(self.path()), &fields)
            .await
    }

    /// The untyped form of a download: streams the bill of a declared download endpoint into
    /// `out`.
    pub async fn download_fields<W>(
        &self,
        fields: BTreeMap<String, String>,
        out: W,
        gzip: crate::download::Gzip,
    ) -> Result<crate::download::Downloaded>
    where
        W: tokio::io::AsyncWrite + Unpin,
    {
        let client = self.client()?;
        crate::download::untyped(
            client.core(),
            self.path(),
            A::find(self.path()),
            &fields,
            out,
            gzip,
        )
        .await
    }

    /// The untyped form of a signed URL: the URL of a declared `signed_url` endpoint.
    pub fn url_fields(&self, fields: BTreeMap<String, String>) -> Result<String> {
        let client = self.client()?;
        client
            .core()
            .url_fields(self.path(), &fields, A::find(self.path()))
    }

    /// Uploads a file with a typed request; the path must be the request's endpoint.
    pub async fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> Result<ResponseOf<Q>> {
        let client = self.client()?;
        self.check_request::<A, Q::Request>()?;
        client.core().upload(request.as_request(), &media).await
    }

    /// The untyped form of an upload, to a declared upload endpoint: the fields as text parts
    /// (`media_hash` computed when left out, no `nonce_str`), the file as `media`; returns the
    /// verified map of fields.
    pub async fn upload_fields(
        &self,
        fields: BTreeMap<String, String>,
        media: Media,
    ) -> Result<BTreeMap<String, String>> {
        Ok(self.exchange_upload(fields, media).await?.fields)
    }

    /// Like [`upload_fields`](Self::upload_fields), and also returns the signed text parts and
    /// the raw response.
    pub async fn exchange_upload(
        &self,
        fields: BTreeMap<String, String>,
        media: Media,
    ) -> Result<Exchange> {
        let client = self.client()?;
        client
            .core()
            .upload_fields(self.path(), A::find(self.path()), &fields, &media)
            .await
    }
}
