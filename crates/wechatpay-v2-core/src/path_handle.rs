//! The string-addressed styles: `api.chain("v2/...")` and `api["v2/..."]`.
//!
//! Both give a [`PathHandle`]: a path plus the client. `chain()` returns one that owns a client
//! handle. `[]` must return a reference, so the client keeps one `PathHandle` per distinct path it was
//! indexed with; those hold a weak link back to the client (a strong one would keep the client
//! alive forever), which is always valid while the reference exists, since the reference borrows
//! the client.

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, Weak};

use elsa::sync::FrozenMap;

use crate::tree::EndpointSet;
use wechatpay_v2_protocol::endpoint::ApiRequest;
use wechatpay_v2_protocol::error::{Error, Result};

/// A client type whose handles are `Arc`s (the async and the blocking client).
#[doc(hidden)]
pub trait Shared: Clone + Sized {
    type Inner;
    fn arc(&self) -> &Arc<Self::Inner>;
    fn from_arc(inner: Arc<Self::Inner>) -> Self;
    fn routes(&self) -> &FrozenMap<String, Box<PathHandle<Self>>>;
}

enum Link<C: Shared> {
    Strong(C),
    Weak(Weak<C::Inner>),
}

/// An endpoint addressed by its path string. Call `post` (typed) or `post_fields` (untyped).
pub struct PathHandle<C: Shared> {
    path: Box<str>,
    link: Link<C>,
}

impl<C: Shared> PathHandle<C> {
    pub(crate) fn new(path: String, client: C) -> Self {
        Self {
            path: path.into(),
            link: Link::Strong(client),
        }
    }

    /// The path this handle addresses.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub(crate) fn client(&self) -> Result<Cow<'_, C>> {
        match &self.link {
            Link::Strong(c) => Ok(Cow::Borrowed(c)),
            Link::Weak(w) => w
                .upgrade()
                .map(|inner| Cow::Owned(C::from_arc(inner)))
                .ok_or(Error::ClientDropped),
        }
    }

    /// Checks that a typed request of type `R` may be posted on this path.
    pub(crate) fn check_request<A: EndpointSet, R: ApiRequest>(&self) -> Result<()> {
        let path = self.path();
        if path == R::ENDPOINT.path {
            return Ok(());
        }
        wechatpay_v2_protocol::outgoing::wire_path(path)?;
        if A::find(path).is_some() {
            Err(Error::PathMismatch {
                path: path.to_owned(),
                request_path: R::ENDPOINT.path,
            })
        } else {
            Err(Error::UndeclaredPath {
                path: path.to_owned(),
            })
        }
    }
}

/// The interned handle of `path` on `client`, created on first use.
pub(crate) fn intern<'c, C: Shared>(client: &'c C, path: &str) -> &'c PathHandle<C> {
    let routes = client.routes();
    match routes.get(path) {
        Some(chain) => chain,
        None => routes.insert(
            path.to_owned(),
            Box::new(PathHandle {
                path: path.into(),
                link: Link::Weak(Arc::downgrade(client.arc())),
            }),
        ),
    }
}

impl<C: Shared + crate::handle::ClientCore> crate::handle::Handle for PathHandle<C> {
    type Client = C;
    fn client(&self) -> Result<Cow<'_, C>> {
        PathHandle::client(self)
    }
}

impl<C: Shared> fmt::Debug for PathHandle<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PathHandle")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}
