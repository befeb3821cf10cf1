//! What makes a client (async or blocking) a handle of itself, written once for both: the
//! [`client_handles!`] macro each client module calls.

/// Both clients hold an `Arc` of an `Inner` with the [`Core`](crate::transport::Core) and the
/// interned path handles, so both get the same impls from here.
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
