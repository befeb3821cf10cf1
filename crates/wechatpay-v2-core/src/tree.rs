//! The path tree of the chained style: the set of declared endpoints an app is built with
//! ([`EndpointSet`]), the nodes generated for each folder of `api-specs/`, and the leaf handle
//! of each endpoint kind.

use std::fmt;
use std::marker::PhantomData;

use wechatpay_v2_protocol::endpoint::{ApiRequest, EndpointMeta};

/// The set of declared endpoints an app is built with, and the root of its path tree.
///
/// Implemented by the endpoint crate (`wechatpay_v2::Apis`); the clients are generic over it so
/// that `api.v2()` returns that crate's path tree.
pub trait EndpointSet: Send + Sync + 'static {
    /// The `v2` node of the path tree.
    type V2<C>;
    /// Builds the `v2` node around a client.
    fn v2<C>(client: C) -> Self::V2<C>;
    /// Every declared endpoint, in path-tree order.
    fn endpoints() -> &'static [&'static EndpointMeta];

    /// The declared endpoint at `path`, if any.
    fn find(path: &str) -> Option<&'static EndpointMeta> {
        Self::endpoints().iter().copied().find(|m| m.path == path)
    }
}

/// No declared endpoints: only the string call styles, untyped. Used by the runtime's own tests.
#[derive(Debug, Clone, Copy)]
pub struct NoEndpoints;

impl EndpointSet for NoEndpoints {
    type V2<C> = PhantomData<C>;
    fn v2<C>(_client: C) -> PhantomData<C> {
        PhantomData
    }
    fn endpoints() -> &'static [&'static EndpointMeta] {
        &[]
    }
}

/// Declares a leaf handle of the chained style; one per endpoint kind, so that only the calls
/// that make sense for an endpoint exist on its handle.
macro_rules! leaf_handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub struct $name<C, R> {
            pub(crate) client: C,
            _request: PhantomData<fn(R) -> R>,
        }

        impl<C, R: ApiRequest> $name<C, R> {
            #[doc(hidden)]
            pub fn __new(client: C) -> Self {
                Self {
                    client,
                    _request: PhantomData,
                }
            }

            /// The endpoint's metadata.
            pub fn meta(&self) -> &'static EndpointMeta {
                R::ENDPOINT
            }
        }

        impl<C: Clone, R> Clone for $name<C, R> {
            fn clone(&self) -> Self {
                Self {
                    client: self.client.clone(),
                    _request: PhantomData,
                }
            }
        }

        impl<C, R: ApiRequest> fmt::Debug for $name<C, R> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("path", &R::ENDPOINT.path)
                    .finish_non_exhaustive()
            }
        }
    };
}

leaf_handle!(
    /// The leaf of the chained style for an endpoint that is called: reached as
    /// `api.v2().vehicle().pay().notification()`. Call `post` on it.
    CallHandle
);

leaf_handle!(
    /// The leaf for a bill download endpoint: call `download` on it, with a writer.
    DownloadHandle
);

leaf_handle!(
    /// The leaf for an endpoint that is a signed URL for a browser: call `url` on it.
    SignedUrlHandle
);

leaf_handle!(
    /// The leaf for a file upload endpoint: call `upload` on it, with a
    /// [`Media`](crate::upload::Media).
    UploadHandle
);

/// Declares the path node of one folder of the path tree (generated for `api-specs/`).
///
/// `__path_node!("v2")` declares the root node; `__path_node!("v2/vehicle", vehicle)` declares
/// a node and its accessor on the parent module's node.
#[doc(hidden)]
#[macro_export]
macro_rules! __path_node {
    ($path:literal) => {
        #[doc = concat!("The `", $path, "` level of the path tree.")]
        #[derive(Clone, Debug)]
        pub struct Node<C> {
            client: C,
        }

        impl<C> Node<C> {
            #[doc(hidden)]
            pub fn __new(client: C) -> Self {
                Self { client }
            }
        }
    };
    ($path:literal, $accessor:ident) => {
        $crate::__path_node!($path);

        impl<C: ::core::clone::Clone> super::Node<C> {
            #[doc = concat!("The endpoints under `", $path, "`.")]
            pub fn $accessor(&self) -> Node<C> {
                Node {
                    client: ::core::clone::Clone::clone(&self.client),
                }
            }
        }
    };
}
