//! The blocking client: a thin facade over the async one.
//!
//! It owns a small tokio runtime (one worker thread) and blocks the calling thread on the same
//! async code, so every rule lives in one place. Never call it from inside an async runtime: it
//! returns [`Error::BlockingInAsync`] there instead of stalling the executor; use the async
//! client, or `tokio::task::spawn_blocking`.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use elsa::sync::FrozenMap;

use crate::path_handle::PathHandle;
use crate::transport::Core;
use crate::tree::{EndpointSet, NoEndpoints};
use wechatpay_v2_protocol::error::{Error, Result};

/// The blocking surface: a [`ClientBuilder`] of it builds a blocking [`Client`].
#[derive(Debug, Clone, Copy)]
pub enum Blocking {}

/// Builds a blocking [`Client`]: the same settings as the async
/// [`ClientBuilder`](crate::ClientBuilder).
pub type ClientBuilder<A = NoEndpoints> = crate::config::ClientBuilder<A, Blocking>;

#[doc(hidden)]
#[allow(missing_debug_implementations)]
/// The shared state behind a blocking client.
pub struct Inner<A> {
    pub(crate) core: Core,
    runtime: Option<tokio::runtime::Runtime>,
    routes: FrozenMap<String, Box<PathHandle<Client<A>>>>,
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
pub struct Client<A = NoEndpoints> {
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
        f.debug_struct("blocking::Client")
            .field("config", &self.inner.core.config)
            .finish_non_exhaustive()
    }
}

impl<A: EndpointSet> ClientBuilder<A> {
    /// Builds the blocking client (it starts one runtime thread).
    pub fn build(self) -> Result<Client<A>> {
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

impl<A: EndpointSet> crate::ClientBuilder<A> {
    /// Builds the blocking client from these settings; the same as building a
    /// [`blocking::ClientBuilder`](ClientBuilder).
    pub fn build_blocking(self) -> Result<Client<A>> {
        self.into_surface::<Blocking>().build()
    }
}

impl<A: EndpointSet> Client<A> {
    /// A builder; `mch_id` and `api_key` are required.
    pub fn builder() -> ClientBuilder<A> {
        ClientBuilder::default()
    }

    /// A client configured by the `WECHATPAY_*` environment variables, as the `wxpay` tool is:
    /// [`ClientBuilder::from_env`] then `build()`.
    pub fn from_env() -> Result<Self> {
        ClientBuilder::<A>::from_env()?.build()
    }

    /// Runs one of the async client's futures to its end on this client's runtime.
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

crate::client_handles::client_handles!(Client, Inner);
