//! The settings of a client and the builder that checks them.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use crate::settings::{Config, DEFAULT_MAX_DEPTH, DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy};
use crate::tls::ClientIdentity;
use crate::transport::Core;
use crate::tree::{EndpointSet, NoEndpoints};
use wechatpay_v2_protocol::error::{Error, Result};
use wechatpay_v2_protocol::sign::ApiKey;

/// The production gateway.
pub const DEFAULT_BASE_URL: &str = wechatpay_v2_facts::DEFAULT_BASE_URL;
/// Default timeout of one HTTP exchange, from the start of the connect to the end of the
/// response body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default timeout of establishing a connection (TCP and TLS handshakes); see
/// [`ClientBuilder::connect_timeout`].
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
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

/// The async surface: a [`ClientBuilder`] of it builds a [`Client`](crate::Client).
#[derive(Debug, Clone, Copy)]
pub enum Async {}

/// Builds a [`Client`](crate::Client); as [`crate::blocking::ClientBuilder`], a
/// [`crate::blocking::Client`]. The settings are the same for both.
pub struct ClientBuilder<A = NoEndpoints, S = Async> {
    wanted: Wanted,
    _api: PhantomData<fn() -> (A, S)>,
}

/// The settings as given, before they are checked; the same for both surfaces, so a builder
/// changes surface by moving them.
struct Wanted {
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
}

impl<A, S> fmt::Debug for ClientBuilder<A, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("mch_id", &self.wanted.mch_id)
            .field("key", &self.wanted.key)
            .field("appid", &self.wanted.appid)
            .field("base_url", &self.wanted.base_url)
            .field("timeout", &self.wanted.timeout)
            .field("connect_timeout", &self.wanted.connect_timeout)
            .finish_non_exhaustive()
    }
}

impl<A: EndpointSet, S> Default for ClientBuilder<A, S> {
    fn default() -> Self {
        Self {
            wanted: Wanted {
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
            },
            _api: PhantomData,
        }
    }
}

impl<A: EndpointSet, S> ClientBuilder<A, S> {
    /// The merchant id (`mch_id`); required. Requests for another merchant are refused.
    pub fn mch_id(mut self, mch_id: impl Into<String>) -> Self {
        self.wanted.mch_id = Some(mch_id.into());
        self
    }

    /// The APIv2 key (32 bytes, set on the merchant platform); required.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.wanted.key = Some(ApiKey::new(key));
        self
    }

    /// The app id filled into requests that leave `appid` out.
    pub fn appid(mut self, appid: impl Into<String>) -> Self {
        self.wanted.appid = Some(appid.into());
        self
    }

    /// Partner (service provider) mode: the sub-merchant id filled into requests that have a
    /// `sub_mch_id` field and leave it out.
    pub fn sub_mch_id(mut self, sub_mch_id: impl Into<String>) -> Self {
        self.wanted.sub_mch_id = Some(sub_mch_id.into());
        self
    }

    /// Partner mode: the sub-merchant's app id filled into requests that have a `sub_appid`
    /// field and leave it out.
    pub fn sub_appid(mut self, sub_appid: impl Into<String>) -> Self {
        self.wanted.sub_appid = Some(sub_appid.into());
        self
    }

    /// The gateway's base URL; default [`DEFAULT_BASE_URL`]. Endpoints on other hosts
    /// (`fraud.mch.weixin.qq.com`, ...) keep their own; see [`all_hosts`](Self::all_hosts).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.wanted.base_url = url.into();
        self
    }

    /// Sends every request, whatever its endpoint's host, to this base URL (a test server or
    /// the mock gateway).
    pub fn all_hosts(mut self, url: impl Into<String>) -> Self {
        self.wanted.all_hosts = Some(url.into());
        self
    }

    /// The merchant's API client certificate from PEM (`apiclient_cert.pem`,
    /// `apiclient_key.pem`), for endpoints that need mutual TLS.
    pub fn client_cert_pem(
        mut self,
        cert_pem: impl AsRef<[u8]>,
        key_pem: impl AsRef<[u8]>,
    ) -> Self {
        self.wanted.identity = Some(ClientIdentity::from_pem(
            cert_pem.as_ref(),
            key_pem.as_ref(),
        ));
        self
    }

    /// The merchant's API client certificate from `apiclient_cert.p12` and its password (the
    /// merchant id, for the archives WeChat Pay issues).
    pub fn client_cert_p12(mut self, p12: impl AsRef<[u8]>, password: &str) -> Self {
        self.wanted.identity = Some(ClientIdentity::from_pkcs12(p12.as_ref(), password));
        self
    }

    /// Opt-in: retries calls to `idempotent` endpoints (queries) after a transport failure or an
    /// HTTP 5xx, `retries` times, waiting `backoff` and doubling it. Other endpoints are never
    /// retried.
    pub fn retry_queries(mut self, retries: u32, backoff: Duration) -> Self {
        self.wanted.retry = Some(RetryPolicy { retries, backoff });
        self
    }

    /// Sandbox mode: before the first call to a sandbox endpoint (`v2/sandboxnew/...`,
    /// `v2/xdc/apiv2sandbox/...`), the client fetches the sandbox sign key once
    /// (`v2/xdc/apiv2getsignkey/sign/getsignkey`) and signs and verifies those endpoints with it.
    pub fn sandbox(mut self) -> Self {
        self.wanted.sandbox = true;
        self
    }

    /// Trusts one more root certificate (PEM) for the server side of TLS, beside the system's;
    /// for test servers with their own certificate authority.
    pub fn add_root_certificate_pem(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.wanted.roots.push(pem.as_ref().to_vec());
        self
    }

    /// Timeout of one HTTP exchange, from the start of the connect to the end of the response
    /// body; default [`DEFAULT_TIMEOUT`] (30 s). When it runs out the call fails with
    /// [`Error::Transport`] and [`Error::is_timeout`] is true.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.wanted.timeout = timeout;
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
        self.wanted.connect_timeout = timeout;
        self
    }

    /// Largest response body accepted, in bytes; default [`DEFAULT_MAX_RESPONSE_BYTES`]
    /// (4 MiB). A larger body is an [`Error::Decode`] naming the limit (its raw response keeps
    /// the first `limit` bytes), and reading stops there. Bill downloads are exempt: they stream
    /// into the caller's writer whatever their size (an XML error document in their place is
    /// bounded like any response).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.wanted.max_response_bytes = limit;
        self
    }

    /// Deepest nesting of the JSON carried in a response's field values (`promotion_detail`,
    /// `scene_info`...), in objects and arrays; default [`DEFAULT_MAX_DEPTH`] (32). Deeper is an
    /// [`Error::Decode`] naming the field and the limit, before anything is decoded. The XML
    /// documents themselves are flat, whatever this is: an element inside a field is refused.
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.wanted.max_depth = depth;
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
        self.wanted.trace_bodies = on;
        self
    }

    pub(crate) fn config(&mut self) -> Result<Config> {
        let mch_id = self
            .wanted
            .mch_id
            .take()
            .filter(|m| !m.is_empty())
            .ok_or_else(|| Error::Config("`mch_id` is required".into()))?;
        let key = self
            .wanted
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
            appid: self.wanted.appid.take().filter(|a| !a.is_empty()),
            sub_mch_id: self.wanted.sub_mch_id.take().filter(|a| !a.is_empty()),
            sub_appid: self.wanted.sub_appid.take().filter(|a| !a.is_empty()),
            base_url: checked_base_url(&self.wanted.base_url)?,
            all_hosts: self
                .wanted
                .all_hosts
                .as_deref()
                .map(checked_base_url)
                .transpose()?,
            max_response_bytes: self.wanted.max_response_bytes,
            max_depth: self.wanted.max_depth,
            has_cert: matches!(self.wanted.identity, Some(Ok(_))),
            sandbox: self.wanted.sandbox,
            retry: self.wanted.retry,
            trace_bodies: self.wanted.trace_bodies,
        };
        Ok(config)
    }

    pub(crate) fn build_core(mut self) -> Result<Core> {
        let config = self.config()?;
        let http = reqwest::Client::builder()
            .timeout(self.wanted.timeout)
            .connect_timeout(self.wanted.connect_timeout)
            .user_agent(concat!("wechatpay-v2-rust/", env!("CARGO_PKG_VERSION")));
        let identity = self.wanted.identity.take().transpose()?;
        let tls = crate::tls::client_config(&self.wanted.roots, identity)?;
        let http = http.tls_backend_preconfigured(tls).build().map_err(|e| {
            let cause =
                std::error::Error::source(&e).map_or_else(String::new, |s| format!(": {s}"));
            Error::Config(format!(
                "the HTTP client cannot be built (client certificate or TLS settings){cause}"
            ))
        })?;
        Ok(Core::new(config, http))
    }
}

impl<A: EndpointSet, S> ClientBuilder<A, S> {
    /// The same settings, for the other surface.
    #[cfg(feature = "blocking")]
    pub(crate) fn into_surface<T>(self) -> ClientBuilder<A, T> {
        ClientBuilder {
            wanted: self.wanted,
            _api: PhantomData,
        }
    }
}
