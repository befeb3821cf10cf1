//! The async client, and the calls of both surfaces: `post` (typed) and `post_fields`
//! (untyped) on the client and its handles.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use elsa::sync::FrozenMap;

use crate::config::ClientBuilder;
use crate::exchange::{Call, Exchange, Receive};
use crate::handle::ClientCore;
use crate::path_handle::PathHandle;
use crate::surface::{surface, typed};
use crate::transport::Core;
use crate::tree::{CallHandle, EndpointSet};
use wechatpay_v2_protocol::endpoint::{
    ApiRequest, AsRequest, EndpointKind, EndpointMeta, ResponseOf,
};
use wechatpay_v2_protocol::error::{Error, Result};
use wechatpay_v2_protocol::outgoing::Outgoing;
use wechatpay_v2_protocol::{self as protocol, Decode, SignType, SignedBody};

#[doc(hidden)]
#[allow(missing_debug_implementations)]
/// The shared state behind an async client.
pub struct Inner<A> {
    pub(crate) core: Core,
    pub(crate) routes: FrozenMap<String, Box<PathHandle<Client<A>>>>,
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
pub struct Client<A = crate::tree::NoEndpoints> {
    pub(crate) inner: Arc<Inner<A>>,
}

impl<A> Client<A> {
    pub(crate) fn from_core(core: Core) -> Self {
        Self {
            inner: Arc::new(Inner {
                core,
                routes: FrozenMap::new(),
                _api: PhantomData,
            }),
        }
    }
}

impl<A: EndpointSet> ClientBuilder<A> {
    /// Builds the async client.
    pub fn build(self) -> Result<Client<A>> {
        Ok(Client::from_core(self.build_core()?))
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

crate::client_handles::client_handles!(Client, Inner);

impl Core {
    /// A typed call, once the request is a `dyn Encode` (in `out`) and the response a
    /// `dyn Decode` (`slot`): the generic part is [`typed!`](crate::surface::typed).
    pub(crate) fn call_typed<'a>(
        &'a self,
        out: Outgoing<'a>,
        slot: &'a mut dyn Decode,
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'a {
        self.exchange(Call {
            kind: |meta| check_kind(meta, false),
            out,
            media: None,
            receive: Receive::Message(slot),
            record: None,
        })
    }

    /// An untyped call: map → exchange → map; with `record`, the request as sent and the answer
    /// as received too.
    pub(crate) async fn call_fields(
        &self,
        path: &str,
        meta: Option<&'static EndpointMeta>,
        fields: &BTreeMap<String, String>,
        record: bool,
    ) -> Result<(BTreeMap<String, String>, crate::exchange::Record)> {
        let mut answer = BTreeMap::new();
        let mut kept = crate::exchange::Record::default();
        self.exchange(Call {
            kind: |meta| check_kind(meta, true),
            out: Outgoing::map(path, meta, fields)?,
            media: None,
            receive: Receive::Fields(&mut answer),
            record: record.then_some(&mut kept),
        })
        .await?;
        Ok((answer, kept))
    }
}

/// Refuses `post` (`post_fields` when `untyped`) on an endpoint of another kind.
fn check_kind(meta: &EndpointMeta, untyped: bool) -> Result<()> {
    if meta.kind == EndpointKind::Call {
        return Ok(());
    }
    let path = meta.path;
    Err(Error::Config(if untyped {
        format!(
            "`{path}` is not called with `post`: use its `download_fields`, `upload_fields` or `url_fields`"
        )
    } else {
        format!("`{path}` is not called with `post`: use its `download`, `upload` or `url`")
    }))
}

surface! {
    impl [<A: EndpointSet> Client<A>] for Client {
        /// Sends a typed request to its endpoint; the request by value or by reference
        /// ([`AsRequest`]).
        io fn post<Q: AsRequest>(&self, request: Q) -> ResponseOf<Q> => |core| {
            typed!(request: Q::Request => core.call_typed())
        };

        /// The root of the chained style: `api.v2().vehicle().pay().notification()`.
        fn v2(&self) -> A::V2<Self> {
            A::v2(self.clone())
        }

        /// The declarative style: a handle on the endpoint at `path`
        /// (`"v2/vehicle/pay/notification"`).
        fn chain(&self, path: impl Into<String>) -> PathHandle<Self> {
            PathHandle::new(path.into(), self.clone())
        }

        /// Builds and signs the body of `request` with a fresh nonce, from the client's own
        /// settings, without sending it: for apps that send requests their own way (a queue,
        /// another transport).
        fn sign<R: ApiRequest>(&self, request: &R) -> Result<SignedBody> {
            protocol::sign_request(request, self.inner.core.config.signer(), None)
        }

        /// Builds and signs the body of `request` with a fixed `nonce` (unused by an endpoint
        /// that takes none, [`EndpointMeta::nonce`](crate::EndpointMeta::nonce)), without
        /// sending it. Output is deterministic, for snapshot tests and debugging.
        fn sign_with_nonce<R: ApiRequest>(&self, request: &R, nonce: &str) -> Result<SignedBody> {
            protocol::sign_request(request, self.inner.core.config.signer(), Some(nonce))
        }

        /// The URL a request to `endpoint` goes to: its own host or the default gateway, unless
        /// every host is redirected with [`ClientBuilder::all_hosts`].
        fn endpoint_url(&self, endpoint: &EndpointMeta) -> String {
            self.inner.core.url(Some(endpoint), endpoint.wire_path)
        }

        /// The configured merchant id.
        fn mch_id(&self) -> &str {
            &self.inner.core.config.mch_id
        }

        /// The signed parameters the payer's page or mini program starts a JSAPI payment with
        /// (`WeixinJSBridge` / `wx.requestPayment`), for the order `prepay_id` (from
        /// `unifiedorder`), signed with `sign_type`, the algorithm the order was placed with.
        /// The app id is the client's `sub_appid` when one is configured (partner mode, the
        /// payer's `sub_openid`), otherwise its `appid`; for another choice build
        /// [`JsapiParams`](crate::payment::JsapiParams) directly.
        ///
        /// # Errors
        /// [`Error::Config`] when the client has no app id.
        fn jsapi_params(
            &self,
            prepay_id: &str,
            sign_type: SignType,
        ) -> Result<crate::payment::JsapiParams> {
            let config = &self.inner.core.config;
            let app_id = config.payer_appid("JSAPI parameters")?;
            Ok(crate::payment::JsapiParams::new(app_id, prepay_id, sign_type, &config.key))
        }

        /// The signed parameters an app starts an in-app payment with (the app SDK's
        /// `PayReq`), for the order `prepay_id`, signed with the order's `sign_type`. In
        /// partner mode the app and the merchant are the sub-merchant's (`sub_appid`,
        /// `sub_mch_id`) when configured.
        ///
        /// # Errors
        /// [`Error::Config`] when the client has no app id.
        fn app_params(
            &self,
            prepay_id: &str,
            sign_type: SignType,
        ) -> Result<crate::payment::AppParams> {
            let config = &self.inner.core.config;
            let appid = config.payer_appid("app parameters")?;
            let partnerid = config.sub_mch_id.as_deref().unwrap_or(&config.mch_id);
            Ok(crate::payment::AppParams::new(appid, partnerid, prepay_id, sign_type, &config.key))
        }

        /// A notification receiver for this merchant: the client's APIv2 key, its `mch_id` and,
        /// when configured, its `appid` (add the other apps of the merchant with
        /// [`Receiver::appid`](crate::notify::Receiver::appid)). The axum extractor takes it as
        /// router state.
        fn notify_receiver(&self) -> crate::notify::Receiver {
            let config = &self.inner.core.config;
            let receiver = crate::notify::Receiver::new(config.key.clone()).mch_id(&config.mch_id);
            match &config.appid {
                Some(appid) => receiver.appid(appid),
                None => receiver,
            }
        }
    }

    impl [<A: EndpointSet> PathHandle<Client<A>>] for PathHandle {
        /// Sends a typed request (by value or by reference); the path must be the request's
        /// endpoint.
        io fn post<Q: AsRequest>(&self, request: Q) -> ResponseOf<Q> = |core| {
            self.check_request::<A, Q::Request>()?;
            typed!(request: Q::Request => core.call_typed()).await
        }

        /// The untyped escape hatch: sends a map of fields and returns the verified map of
        /// fields.
        ///
        /// `sign` is added, and `nonce_str` where the endpoint takes one
        /// ([`EndpointMeta::nonce`]; a `nonce_str` given to one that takes none is refused). For
        /// a declared path its metadata applies (configuration fill, required fields, limits,
        /// signed or not); an undeclared path is assumed to sign its responses.
        io fn post_fields(&self, fields: BTreeMap<String, String>) -> BTreeMap<String, String> = |core| {
            let meta = A::find(self.path());
            Ok(core.call_fields(self.path(), meta, &fields, false).await?.0)
        }

        /// Like [`post_fields`](Self::post_fields), and also returns the signed request and the
        /// raw response (for tools that show them).
        io fn exchange_fields(&self, fields: BTreeMap<String, String>) -> Exchange = |core| {
            let (answer, kept) =
                core.call_fields(self.path(), A::find(self.path()), &fields, true).await?;
            crate::exchange::into_exchange(answer, kept)
        }

        /// Builds and signs the body of an untyped request with a fresh nonce, without sending
        /// it (the rules of [`post_fields`](Self::post_fields)).
        fn sign_fields(&self, fields: &BTreeMap<String, String>) -> Result<SignedBody> {
            let client = self.client()?;
            let out = Outgoing::map(self.path(), A::find(self.path()), fields)?;
            wechatpay_v2_protocol::outgoing::sign_body(&out, client.core().config.signer(), None)
        }
    }

    impl [<A: EndpointSet, R: ApiRequest> CallHandle<Client<A>, R>] for CallHandle {
        /// Sends the request (by value or by reference) and returns the verified, typed
        /// response.
        io fn post(&self, request: impl AsRequest<Request = R>) -> R::Response => |core| {
            typed!(request: R => core.call_typed())
        };
    }
}
