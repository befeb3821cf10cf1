//! How the methods of a client or a handle reach the client's [`Core`]: the traits the
//! `surface!` tables are written against.

use std::borrow::Cow;

use crate::transport::Core;
use wechatpay_v2_protocol::error::Result;

/// A client or a handle of one: how its methods reach the client.
pub(crate) trait Handle {
    /// The client type (async or blocking).
    type Client: Clone + ClientCore;
    /// The client, borrowed when the handle holds one and upgraded when it holds a weak link.
    fn client(&self) -> Result<Cow<'_, Self::Client>>;
}

/// A client or a handle that holds one (not a weak link): its calls can return the client's
/// own futures, with no layer of their own.
pub(crate) trait Direct {
    /// The client type (async or blocking).
    type Client: ClientCore;
    /// The client.
    fn direct(&self) -> &Self::Client;
}

/// What both clients give their handles.
pub(crate) trait ClientCore {
    fn core(&self) -> &Core;
}

/// The leaf handles of the chained style hold their client.
macro_rules! leaf_handles {
    ($($name:ident),*) => {$(
        impl<C: ClientCore, R> Direct for crate::tree::$name<C, R> {
            type Client = C;
            fn direct(&self) -> &C {
                &self.client
            }
        }

        impl<C: Clone + ClientCore, R> Handle for crate::tree::$name<C, R> {
            type Client = C;
            fn client(&self) -> Result<Cow<'_, C>> {
                Ok(Cow::Borrowed(&self.client))
            }
        }
    )*};
}

leaf_handles!(CallHandle, DownloadHandle, SignedUrlHandle, UploadHandle);

/// What makes a client (async or blocking) a handle of itself: both hold an `Arc` of an `Inner`
/// with the [`Core`] and the interned path handles, so both get the same impls from here.
macro_rules! client_handles {
    ($client:ident, $inner:ident) => {
        impl<A> $crate::handle::ClientCore for $client<A> {
            fn core(&self) -> &$crate::transport::Core {
                &self.inner.core
            }
        }

        impl<A> $crate::handle::Direct for $client<A> {
            type Client = Self;
            fn direct(&self) -> &Self {
                self
            }
        }

        impl<A> $crate::handle::Handle for $client<A> {
            type Client = Self;
            fn client(
                &self,
            ) -> ::wechatpay_v2_protocol::error::Result<::std::borrow::Cow<'_, Self>> {
                Ok(::std::borrow::Cow::Borrowed(self))
            }
        }

        impl<A> $crate::path_handle::Shared for $client<A> {
            type Inner = $inner<A>;
            fn arc(&self) -> &::std::sync::Arc<$inner<A>> {
                &self.inner
            }
            fn from_arc(inner: ::std::sync::Arc<$inner<A>>) -> Self {
                Self { inner }
            }
            fn routes(
                &self,
            ) -> &::elsa::sync::FrozenMap<String, Box<$crate::path_handle::PathHandle<Self>>> {
                &self.inner.routes
            }
        }

        impl<A: $crate::tree::EndpointSet> ::std::ops::Index<&str> for $client<A> {
            type Output = $crate::path_handle::PathHandle<$client<A>>;

            /// The index style: `api["v2/vehicle/pay/notification"]`. Handles are kept by the
            /// client, one per distinct path.
            fn index(&self, path: &str) -> &$crate::path_handle::PathHandle<Self> {
                $crate::path_handle::intern(self, path)
            }
        }
    };
}

pub(crate) use client_handles;
