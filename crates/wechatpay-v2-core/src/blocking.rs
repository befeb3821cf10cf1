//! The blocking client: a thin facade over the async one.
//!
//! It owns a small tokio runtime (one worker thread) and blocks the calling thread on the same
//! async code, so every rule lives in one place. Never call it from inside an async runtime: it
//! returns [`Error::BlockingInAsync`] there instead of stalling the executor; use the async
//! client, or `tokio::task::spawn_blocking`.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::sync::Arc;

use elsa::sync::FrozenMap;

use crate::chain::{Chain, Shared};
use crate::client::{ClientBuilder, Core};
use crate::endpoint::{Api, AsRequest, Endpoint, NoApis, Request, ResponseOf, SignedUrlEndpoint};
use crate::error::{Error, Result};
use crate::protocol::{self, SignedBody, SignedForm};
use crate::upload::Media;

#[doc(hidden)]
#[allow(missing_debug_implementations)]
/// The shared state behind a blocking client.
pub struct Inner<A> {
    core: Core,
    runtime: Option<tokio::runtime::Runtime>,
    routes: FrozenMap<String, Box<Chain<Client<A>>>>,
}

impl<A> Drop for Inner<A> {
    fn drop(&mut self) {
        // Dropping a runtime blocks, which panics inside another runtime; this does not.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// The blocking WeChat Pay v2 client, with the same three call styles as the async one.
pub struct Client<A = NoApis> {
    inner: Arc<Inner<A>>,
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
        f.debug_struct("blocking::Client")
            .field("config", &self.inner.core.config)
            .finish_non_exhaustive()
    }
}

impl<A: Api> ClientBuilder<A> {
    /// Builds the blocking client (it starts one runtime thread).
    pub fn build_blocking(self) -> Result<Client<A>> {
        let core = self.build_core()?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("wechatpay-v2-blocking")
            .enable_all()
            .build()
            .map_err(|e| Error::Config(format!("cannot start the blocking runtime: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                core,
                runtime: Some(runtime),
                routes: FrozenMap::new(),
            }),
        })
    }
}

impl<A: Api> Client<A> {
    /// A builder; finish it with `build_blocking`.
    pub fn builder() -> ClientBuilder<A> {
        ClientBuilder::default()
    }

    /// The root of the chained style: `api.v2().vehicle().pay().notification()`.
    pub fn v2(&self) -> A::V2<Self> {
        A::v2(self.clone())
    }

    /// The declarative style: a handle on the endpoint at `path`.
    pub fn chain(&self, path: impl Into<String>) -> Chain<Self> {
        Chain::new(path.into(), self.clone())
    }

    /// Sends a typed request to its endpoint; the request by value or by reference
    /// ([`AsRequest`]).
    pub fn post<Q: AsRequest>(&self, request: Q) -> Result<ResponseOf<Q>> {
        self.block_on(self.inner.core.call(request.as_request()))
    }

    /// Uploads a file with a typed request to an `upload` endpoint; the same as the endpoint
    /// handle's `upload`.
    pub fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> Result<ResponseOf<Q>> {
        self.block_on(self.inner.core.upload(request.as_request(), &media))
    }

    /// The URL of a typed request to a `signed_url` endpoint, for a browser (no HTTP call); the
    /// same as the endpoint handle's `url`.
    pub fn url<R: Request>(&self, request: &R) -> Result<String> {
        self.inner.core.signed_url(request)
    }

    /// Downloads the bill of a typed request to a `download` endpoint into `out` (a file, a
    /// buffer...), streaming; the same as the endpoint handle's `download`.
    pub fn download<R: Request, W: std::io::Write>(
        &self,
        request: &R,
        out: W,
        gzip: crate::download::Gzip,
    ) -> Result<crate::download::Downloaded> {
        crate::DownloadEndpoint::__new(self.clone()).download(request, out, gzip)
    }

    /// The URL a request to `endpoint` goes to: its own host or the default gateway, unless
    /// every host is redirected with [`ClientBuilder::all_hosts`].
    pub fn endpoint_url(&self, endpoint: &crate::EndpointMeta) -> String {
        self.inner.core.url(Some(endpoint), endpoint.wire_path)
    }

    /// The configured merchant id.
    pub fn mch_id(&self) -> &str {
        &self.inner.core.config.mch_id
    }

    /// Builds and signs the text parts of an upload request for `media`, without sending
    /// anything.
    pub fn sign_upload<R: Request>(&self, request: &R, media: &Media) -> Result<SignedForm> {
        protocol::sign_upload(request, self.inner.core.config.signer(), media)
    }

    /// Builds and signs the body of `request` with a fixed `nonce` (unused by an endpoint that
    /// takes none, [`EndpointMeta::nonce`](crate::EndpointMeta::nonce)), without sending it.
    pub fn sign_with_nonce<R: Request>(&self, request: &R, nonce: &str) -> Result<SignedBody> {
        protocol::sign_request(request, self.inner.core.config.signer(), Some(nonce))
    }

    pub(crate) fn core(&self) -> &Core {
        &self.inner.core
    }

    pub(crate) fn block_on<T>(&self, future: impl Future<Output = Result<T>>) -> Result<T> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::BlockingInAsync);
        }
        match &self.inner.runtime {
            Some(rt) => rt.block_on(future),
            None => Err(Error::ClientDropped),
        }
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
    pub fn post(&self, request: impl AsRequest<Request = R>) -> Result<R::Response> {
        self.client.post(request)
    }
}

impl<A: Api, R: Request> SignedUrlEndpoint<Client<A>, R> {
    /// The signed URL to hand to a browser (no HTTP call is made).
    pub fn url(&self, request: &R) -> Result<String> {
        self.client.inner.core.signed_url(request)
    }
}

impl<A: Api> std::ops::Index<&str> for Client<A> {
    type Output = Chain<Client<A>>;

    /// The index style: `api["v2/vehicle/pay/notification"]`.
    fn index(&self, path: &str) -> &Chain<Self> {
        crate::chain::intern(self, path)
    }
}

impl<A: Api> Chain<Client<A>> {
    /// Sends a typed request (by value or by reference); the path must be the request's
    /// endpoint.
    pub fn post<Q: AsRequest>(&self, request: Q) -> Result<ResponseOf<Q>> {
        let client = self.client()?;
        self.check_request::<A, Q::Request>()?;
        client.post(request)
    }

    /// The untyped escape hatch: a map of fields in, the verified map of fields out.
    pub fn post_fields(
        &self,
        fields: BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>> {
        let client = self.client()?;
        let meta = A::find(self.path());
        let exchange =
            client.block_on(client.inner.core.call_fields(self.path(), meta, &fields))?;
        Ok(exchange.fields)
    }

    /// Like [`post_fields`](Self::post_fields), and also returns the signed request and the raw
    /// response.
    pub fn exchange_fields(&self, fields: BTreeMap<String, String>) -> Result<crate::Exchange> {
        let client = self.client()?;
        let meta = A::find(self.path());
        client.block_on(client.inner.core.call_fields(self.path(), meta, &fields))
    }

    /// The untyped form of a download: streams the bill of a declared download endpoint into
    /// `out`.
    pub fn download_fields<W: std::io::Write>(
        &self,
        fields: BTreeMap<String, String>,
        out: W,
        gzip: crate::download::Gzip,
    ) -> Result<crate::download::Downloaded> {
        let client = self.client()?;
        let meta = A::find(self.path());
        let mut sink = crate::download::BlockingSink(out);
        let done = client.block_on(crate::download::untyped_into(
            &client.inner.core,
            self.path(),
            meta,
            &fields,
            &mut sink,
            gzip,
        ))?;
        std::io::Write::flush(&mut sink.0).map_err(Error::Io)?;
        Ok(done)
    }

    /// The untyped form of a signed URL: the URL of a declared `signed_url` endpoint.
    pub fn url_fields(&self, fields: BTreeMap<String, String>) -> Result<String> {
        let client = self.client()?;
        client
            .inner
            .core
            .url_fields(self.path(), &fields, A::find(self.path()))
    }

    /// Uploads a file with a typed request; the path must be the request's endpoint.
    pub fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> Result<ResponseOf<Q>> {
        let client = self.client()?;
        self.check_request::<A, Q::Request>()?;
        client.upload(request, media)
    }

    /// The untyped form of an upload, to a declared upload endpoint; returns the verified map
    /// of fields.
    pub fn upload_fields(
        &self,
        fields: BTreeMap<String, String>,
        media: Media,
    ) -> Result<BTreeMap<String, String>> {
        Ok(self.exchange_upload(fields, media)?.fields)
    }

    /// Like [`upload_fields`](Self::upload_fields), and also returns the signed text parts and
    /// the raw response.
    pub fn exchange_upload(
        &self,
        fields: BTreeMap<String, String>,
        media: Media,
    ) -> Result<crate::Exchange> {
        let client = self.client()?;
        let meta = A::find(self.path());
        client.block_on(
            client
                .inner
                .core
                .upload_fields(self.path(), meta, &fields, &media),
        )
    }
}
