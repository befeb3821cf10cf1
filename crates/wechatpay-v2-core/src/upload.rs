//! File uploads (`v2/secapi/mch/uploadmedia`): the endpoints declared `upload`.
//!
//! The request's fields go as the text parts of a `multipart/form-data` body, signed like any
//! request but without a `nonce_str`; the file goes as one more part, `media`, with its file name
//! and content type, and is not part of the sign. Its lower-case hex MD5 is the `media_hash`
//! field, which the SDK computes when the request leaves it out and checks when it is given. The
//! answer is the usual signed XML document.
//!
//! A file ([`Media`]) is at most [`MAX_MEDIA_BYTES`] (2 MiB); a larger one, or an empty one, is
//! refused before anything is sent.

use std::collections::BTreeMap;

use crate::exchange::{Call, Exchange, Receive};
use crate::path_handle::PathHandle;
use crate::surface::{surface, typed};
use crate::transport::Core;
use crate::tree::{EndpointSet, UploadHandle};
use wechatpay_v2_protocol::endpoint::{
    ApiRequest, AsRequest, EndpointKind, EndpointMeta, ResponseOf,
};
use wechatpay_v2_protocol::error::{Error, Result};
use wechatpay_v2_protocol::outgoing::Outgoing;
use wechatpay_v2_protocol::{Decode, SignedForm};

pub use wechatpay_v2_protocol::media::{HASH_FIELD, MAX_MEDIA_BYTES, MEDIA_PART, Media};

/// Refuses `upload` on an endpoint of another kind.
fn check_kind(meta: &EndpointMeta) -> Result<()> {
    if meta.kind == EndpointKind::Upload {
        Ok(())
    } else {
        Err(Error::Config(format!(
            "`{}` is not an upload endpoint",
            meta.path
        )))
    }
}

impl Core {
    /// A typed upload (the request's fields as text parts, the file as `media`), once the
    /// request is a `dyn Encode` and the response a `dyn Decode`; never retried: an upload is
    /// not declared `idempotent`.
    pub(crate) fn upload_typed<'a>(
        &'a self,
        out: Outgoing<'a>,
        media: &'a Media,
        slot: &'a mut dyn Decode,
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'a {
        self.exchange(Call {
            kind: check_kind,
            out,
            media: Some(media),
            receive: Receive::Message(slot),
            record: None,
        })
    }

    /// The untyped form of an upload, to a declared upload endpoint.
    pub(crate) async fn upload_fields(
        &self,
        path: &str,
        meta: Option<&'static EndpointMeta>,
        fields: &BTreeMap<String, String>,
        media: &Media,
    ) -> Result<Exchange> {
        let out = Outgoing::map(path, meta, fields)?;
        if !meta.is_some_and(|m| m.kind == EndpointKind::Upload) {
            return Err(Error::Config(format!(
                "`{path}` is not a declared upload endpoint"
            )));
        }
        let mut answer = BTreeMap::new();
        let mut kept = crate::exchange::Record::default();
        self.exchange(Call {
            kind: check_kind,
            out,
            media: Some(media),
            receive: Receive::Fields(&mut answer),
            record: Some(&mut kept),
        })
        .await?;
        crate::exchange::into_exchange(answer, kept)
    }
}

surface! {
    impl [<A: EndpointSet> Client<A>] for Client {
        /// Uploads a file with a typed request to an `upload` endpoint; the same as the
        /// endpoint handle's `upload`.
        io fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> ResponseOf<Q> => |core| {
            typed!(request: Q::Request => core.upload_typed(&media))
        };

        /// Builds and signs the text parts of an upload request for `media`, without sending
        /// anything (uploads carry no nonce, so the output is deterministic).
        fn sign_upload<R: ApiRequest>(&self, request: &R, media: &Media) -> Result<SignedForm> {
            wechatpay_v2_protocol::sign_upload(request, self.inner.core.config.signer(), media)
        }
    }

    impl [<A: EndpointSet> PathHandle<Client<A>>] for PathHandle {
        /// Uploads a file with a typed request; the path must be the request's endpoint.
        io fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> ResponseOf<Q> = |core| {
            self.check_request::<A, Q::Request>()?;
            typed!(request: Q::Request => core.upload_typed(&media)).await
        }

        /// The untyped form of an upload, to a declared upload endpoint: the fields as text
        /// parts (`media_hash` computed when left out, no `nonce_str`), the file as `media`;
        /// returns the verified map of fields.
        io fn upload_fields(&self, fields: BTreeMap<String, String>, media: Media) -> BTreeMap<String, String> = |core| {
            let meta = A::find(self.path());
            Ok(core.upload_fields(self.path(), meta, &fields, &media).await?.fields)
        }

        /// Like [`upload_fields`](Self::upload_fields), and also returns the signed text parts
        /// and the raw response.
        io fn exchange_upload(&self, fields: BTreeMap<String, String>, media: Media) -> Exchange = |core| {
            core.upload_fields(self.path(), A::find(self.path()), &fields, &media).await
        }
    }

    impl [<A: EndpointSet, R: ApiRequest> UploadHandle<Client<A>, R>] for UploadHandle {
        /// Uploads `media` with the request's fields; returns the verified, typed answer.
        ///
        /// The request's `media_hash`, when left out, is computed from the file; when given, it
        /// must be the file's lower-case hex MD5 ([`Error::InvalidField`] otherwise, nothing
        /// sent).
        io fn upload(&self, request: impl AsRequest<Request = R>, media: Media) -> R::Response => |core| {
            typed!(request: R => core.upload_typed(&media))
        };
    }
}
