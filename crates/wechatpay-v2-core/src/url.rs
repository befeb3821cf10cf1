//! Signed URLs: the endpoints declared `signed_url` or `url`, which are pages a browser opens
//! rather than calls. The request's fields (and, signed, their `sign`) become the URL's query
//! string; nothing is sent.

use std::collections::BTreeMap;

use crate::handle::{ClientCore, Handle};
use crate::path_handle::PathHandle;
use crate::surface::surface;
use crate::transport::Core;
use crate::tree::{EndpointSet, SignedUrlHandle};
use wechatpay_v2_protocol::endpoint::ApiRequest;
use wechatpay_v2_protocol::error::{Error, Result};
use wechatpay_v2_protocol::outgoing::{self, Fields, Outgoing};

impl Core {
    /// The URL of a request, typed or untyped, to a `signed_url` or `url` endpoint.
    pub(crate) fn link(&self, out: Outgoing<'_>) -> Result<String> {
        let Some((fragment, signed)) = out.meta.and_then(|m| m.kind.url_form()) else {
            return Err(Error::Config(match out.fields {
                Fields::Typed(_) => format!("`{}` is not a URL endpoint", out.path),
                Fields::Map(_) => format!("`{}` is not a declared URL endpoint", out.path),
            }));
        };
        let base = self.url(out.meta, out.wire_path());
        outgoing::sign_link(&out, self.config.signer(), &base, fragment, signed)
    }
}

surface! {
    impl [<A: EndpointSet> Client<A>] for Client {
        /// The URL of a typed request to a `signed_url` endpoint, for a browser (no HTTP call);
        /// the same as the endpoint handle's `url`.
        fn url<R: ApiRequest>(&self, request: &R) -> Result<String> {
            self.inner.core.link(Outgoing::typed(R::ENDPOINT, request))
        }
    }

    impl [<A: EndpointSet> PathHandle<Client<A>>] for PathHandle {
        /// The untyped form of a signed URL: the URL of a declared `signed_url` endpoint.
        fn url_fields(&self, fields: BTreeMap<String, String>) -> Result<String> {
            let client = Handle::client(self)?;
            let out = Outgoing::map(self.path(), A::find(self.path()), &fields)?;
            client.core().link(out)
        }
    }

    impl [<A: EndpointSet, R: ApiRequest> SignedUrlHandle<Client<A>, R>] for SignedUrlHandle {
        /// The signed URL to hand to a browser (no HTTP call is made).
        fn url(&self, request: &R) -> Result<String> {
            self.client.core().link(Outgoing::typed(R::ENDPOINT, request))
        }
    }
}
