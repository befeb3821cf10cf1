//! File uploads (`v2/secapi/mch/uploadmedia`): the endpoints declared `upload`.
//!
//! The request's fields go as the text parts of a `multipart/form-data` body, signed like any
//! request but without a `nonce_str`; the file goes as one more part, `media`, with its file name
//! and content type, and is not part of the sign. Its lower-case hex MD5 is the `media_hash`
//! field, which the SDK computes when the request leaves it out and checks when it is given. The
//! answer is the usual signed XML document.
//!
//! A file is at most [`MAX_MEDIA_BYTES`] (2 MiB); a larger one, or an empty one, is refused
//! before anything is sent.

use std::fmt;
use std::path::Path;

use bytes::Bytes;
use md5::{Digest, Md5};

use std::collections::BTreeMap;

use crate::chain::Chain;
use crate::endpoint::{
    Api, AsRequest, EndpointKind, EndpointMeta, Request, ResponseOf, UploadEndpoint,
};
use crate::error::{Error, Result};
use crate::exchange::{Call, Exchange, Receive};
use crate::outgoing::Outgoing;
use crate::protocol::{Decode, SignedForm};
use crate::surface::{surface, typed};
use crate::transport::Core;

/// Largest file an upload endpoint takes: 2 MiB.
pub const MAX_MEDIA_BYTES: usize = 2 * 1024 * 1024;

/// Name of the form part that carries the file.
pub const MEDIA_PART: &str = "media";

/// Wire name of the field that carries the file's MD5 (lower-case hex), when the endpoint
/// declares it.
pub const HASH_FIELD: &str = "media_hash";

/// A file to upload: its name, its content type and its bytes.
///
/// `Debug` shows the name, the type and the length, never the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Media {
    file_name: String,
    content_type: String,
    bytes: Bytes,
}

impl Media {
    /// A file from its name (`id-card.jpg`), content type (`image/jpeg`) and bytes.
    ///
    /// Nothing is checked here; [`upload`](crate::Client::upload) refuses an empty file, one over
    /// [`MAX_MEDIA_BYTES`], a file name with control characters and a content type that is not a
    /// MIME type, before sending.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Self {
            file_name: file_name.into(),
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }

    /// Reads an image file; its content type follows the extension: `.jpg` and `.jpeg` are
    /// `image/jpeg`, `.png` `image/png`, `.bmp` `image/bmp` (the formats WeChat Pay takes). Any
    /// other extension, and a file over [`MAX_MEDIA_BYTES`], is an
    /// [`InvalidInput`](std::io::ErrorKind::InvalidInput) error, the file left unread.
    pub fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let invalid = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let content_type = match extension.as_deref() {
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("png") => "image/png",
            Some("bmp") => "image/bmp",
            _ => {
                return Err(invalid(format!(
                    "{}: not a .jpg, .jpeg, .png or .bmp file",
                    path.display()
                )));
            }
        };
        let size = std::fs::metadata(path)?.len();
        if size > MAX_MEDIA_BYTES as u64 {
            return Err(invalid(format!(
                "{}: {size} bytes, over the limit of {MAX_MEDIA_BYTES}",
                path.display()
            )));
        }
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(path)?;
        Ok(Self::new(file_name, content_type, bytes))
    }

    /// The file name sent with the part.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content type sent with the part.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// The file's length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// True for an empty file (which is refused).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The lower-case hex MD5 of the bytes: the `media_hash` of this file.
    pub fn md5_hex(&self) -> String {
        let mut hex = [0u8; 32];
        base16ct::lower::encode_str(&Md5::digest(&self.bytes), &mut hex)
            .expect("32 hex digits for a 16-byte digest")
            .to_owned()
    }

    /// Refuses, before anything is sent, what the gateway would: an empty file, one over
    /// [`MAX_MEDIA_BYTES`], a file name that is empty or has control characters, a content type
    /// that is not a MIME type. Errors are [`Error::InvalidField`] naming `media`.
    pub(crate) fn check(&self) -> Result<()> {
        let refuse = |rule: String| Err(Error::invalid(MEDIA_PART, rule));
        if self.bytes.is_empty() {
            return refuse("the file is empty".into());
        }
        if self.bytes.len() > MAX_MEDIA_BYTES {
            return refuse(format!(
                "the file is {} bytes, over the limit of {MAX_MEDIA_BYTES} (2 MiB)",
                self.bytes.len()
            ));
        }
        if self.file_name.is_empty() || self.file_name.chars().any(char::is_control) {
            return refuse("the file name must be non-empty, without control characters".into());
        }
        if !is_mime_type(&self.content_type) {
            return refuse(format!(
                "content type `{}` is not a MIME type such as `image/jpeg`",
                self.content_type
            ));
        }
        Ok(())
    }
}

/// `type/subtype`, both non-empty tokens (parameters allowed after `;`).
fn is_mime_type(text: &str) -> bool {
    let essence = text.split(';').next().unwrap_or_default().trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    matches!(essence.split_once('/'), Some((t, s)) if token(t) && token(s))
        && !text.chars().any(char::is_control)
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Media")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

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
    impl [<A: Api> Client<A>] for Client {
        /// Uploads a file with a typed request to an `upload` endpoint; the same as the
        /// endpoint handle's `upload`.
        io fn upload<Q: AsRequest>(&self, request: Q, media: Media) -> ResponseOf<Q> => |core| {
            typed!(request: Q::Request => core.upload_typed(&media))
        };

        /// Builds and signs the text parts of an upload request for `media`, without sending
        /// anything (uploads carry no nonce, so the output is deterministic).
        fn sign_upload<R: Request>(&self, request: &R, media: &Media) -> Result<SignedForm> {
            crate::protocol::sign_upload(request, self.inner.core.config.signer(), media)
        }
    }

    impl [<A: Api> Chain<Client<A>>] for Chain {
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

    impl [<A: Api, R: Request> UploadEndpoint<Client<A>, R>] for UploadEndpoint {
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
