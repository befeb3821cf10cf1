//! Bill downloads (`v2/pay/downloadbill`, `v2/pay/downloadfundflow`).
//!
//! The answer is CSV text, gzip bytes when the request asked `tar_type=GZIP`, or an XML error
//! document. The first bytes tell which. A bill is streamed chunk by chunk into the caller's
//! writer, gunzipped on the way when asked, so a bill of any size takes a few buffers of memory.
//! An XML answer becomes the usual typed error (`Protocol`, `Business`, ...).

use std::io::Write as _;

use crate::client::Core;
use crate::endpoint::{Api, DownloadEndpoint, EndpointKind, Request};
use crate::error::{Error, RawResponse, Result};
use crate::protocol;

/// What to do with a gzip answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gzip {
    /// Write the bytes as received (a `.gz` file).
    #[default]
    Keep,
    /// Decompress while writing (the CSV text).
    Decode,
}

/// What a download wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Downloaded {
    /// Bytes written to the writer.
    pub bytes: u64,
    /// Whether the answer was gzip on the wire.
    pub gzip: bool,
}

/// Where the bill goes: an async or a blocking writer.
pub(crate) trait Sink {
    async fn put(&mut self, bytes: &[u8]) -> std::io::Result<()>;
}

pub(crate) struct AsyncSink<W>(pub(crate) W);

impl<W: tokio::io::AsyncWrite + Unpin> Sink for AsyncSink<W> {
    async fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        tokio::io::AsyncWriteExt::write_all(&mut self.0, bytes).await
    }
}

#[cfg(feature = "blocking")]
pub(crate) struct BlockingSink<W>(pub(crate) W);

#[cfg(feature = "blocking")]
impl<W: std::io::Write> Sink for BlockingSink<W> {
    async fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.0.write_all(bytes)
    }
}

/// How the answer looks from its first bytes.
enum Shape {
    Xml,
    Gzip,
    Text,
}

fn shape(first: &[u8]) -> Shape {
    let trimmed = first
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&[][..], |at| &first[at..]);
    if trimmed.starts_with(b"\x1f\x8b") {
        Shape::Gzip
    } else if trimmed.starts_with(b"<") {
        Shape::Xml
    } else {
        Shape::Text
    }
}

impl Core {
    /// Sends a download request and streams the answer into `sink`.
    pub(crate) async fn download<R: Request, S: Sink>(
        &self,
        request: &R,
        sink: &mut S,
        gzip: Gzip,
    ) -> Result<Downloaded> {
        if R::ENDPOINT.kind != EndpointKind::Download {
            return Err(Error::Config(format!(
                "`{}` is not a download endpoint",
                R::ENDPOINT.path
            )));
        }
        let (response, key, sign_type) = self.send::<R>(request).await?;
        self.stream_bill(response, key, sign_type, sink, gzip).await
    }

    /// Streams a download answer into `sink`, or turns an XML error document into its error.
    async fn stream_bill<S: Sink>(
        &self,
        mut response: reqwest::Response,
        key: &crate::ApiKey,
        sign_type: crate::SignType,
        sink: &mut S,
        gzip: Gzip,
    ) -> Result<Downloaded> {
        let status = response.status().as_u16();
        let content_type = crate::trace::content_type(self.config.trace_bodies, &response);
        let Some(first) = response.chunk().await.map_err(Error::Transport)? else {
            return Err(Error::Decode {
                reason: "the download answer is empty".into(),
                raw: Box::new(RawResponse {
                    status,
                    body: bytes::Bytes::new(),
                }),
            });
        };
        if status != 200 || matches!(shape(&first), Shape::Xml) {
            // An error document: read it (bounded) and let the usual checks name the failure.
            let raw = self.read_rest(first, response).await?;
            protocol::check_response(&raw, key, sign_type, false, &[])?;
            return Err(Error::Decode {
                reason: "expected a bill, got an XML document without an error".into(),
                raw: Box::new(raw),
            });
        }
        let is_gzip = matches!(shape(&first), Shape::Gzip);
        let mut written = 0u64;
        let mut decoder =
            (is_gzip && gzip == Gzip::Decode).then(|| flate2::write::GzDecoder::new(Vec::new()));
        let mut chunk = Some(first);
        while let Some(bytes) = chunk {
            match decoder.as_mut() {
                Some(decoder) => {
                    decoder
                        .write_all(&bytes)
                        .map_err(|e| gzip_error(status, e))?;
                    let plain = std::mem::take(decoder.get_mut());
                    sink.put(&plain).await.map_err(Error::Io)?;
                    written += plain.len() as u64;
                }
                None => {
                    sink.put(&bytes).await.map_err(Error::Io)?;
                    written += bytes.len() as u64;
                }
            }
            chunk = response.chunk().await.map_err(Error::Transport)?;
        }
        if let Some(decoder) = decoder {
            let rest = decoder.finish().map_err(|e| gzip_error(status, e))?;
            sink.put(&rest).await.map_err(Error::Io)?;
            written += rest.len() as u64;
        }
        // The bill itself is never logged: only its size and content type.
        crate::trace::response_bill(
            self.config.trace_bodies,
            status,
            content_type.as_deref(),
            written,
        );
        Ok(Downloaded {
            bytes: written,
            gzip: is_gzip,
        })
    }
}

/// The untyped download: streams the bill of the declared download endpoint at `path`.
pub(crate) async fn untyped<W: tokio::io::AsyncWrite + Unpin>(
    core: &Core,
    path: &str,
    meta: Option<&'static crate::EndpointMeta>,
    fields: &std::collections::BTreeMap<String, String>,
    out: W,
    gzip: Gzip,
) -> Result<Downloaded> {
    let mut sink = AsyncSink(out);
    let done = untyped_into(core, path, meta, fields, &mut sink, gzip).await?;
    tokio::io::AsyncWriteExt::flush(&mut sink.0)
        .await
        .map_err(Error::Io)?;
    Ok(done)
}

pub(crate) async fn untyped_into<S: Sink>(
    core: &Core,
    path: &str,
    meta: Option<&'static crate::EndpointMeta>,
    fields: &std::collections::BTreeMap<String, String>,
    sink: &mut S,
    gzip: Gzip,
) -> Result<Downloaded> {
    if !meta.is_some_and(|m| m.kind == EndpointKind::Download) {
        return Err(Error::Config(format!(
            "`{path}` is not a declared download endpoint"
        )));
    }
    let (response, key, sent) = core.send_fields(path, meta, fields).await?;
    core.stream_bill(response, key, sent.sign_type, sink, gzip)
        .await
}

fn gzip_error(status: u16, e: std::io::Error) -> Error {
    Error::Decode {
        reason: format!("the gzip bill does not decompress: {e}"),
        raw: Box::new(RawResponse {
            status,
            body: bytes::Bytes::new(),
        }),
    }
}

impl<A: Api, R: Request> DownloadEndpoint<crate::Client<A>, R> {
    /// Downloads the bill into `out` (a file, a buffer...), streaming; returns what was written.
    pub async fn download<W>(&self, request: &R, out: W, gzip: Gzip) -> Result<Downloaded>
    where
        W: tokio::io::AsyncWrite + Unpin,
    {
        let mut sink = AsyncSink(out);
        let done = self
            .client
            .core()
            .download(request, &mut sink, gzip)
            .await?;
        tokio::io::AsyncWriteExt::flush(&mut sink.0)
            .await
            .map_err(Error::Io)?;
        Ok(done)
    }
}

#[cfg(feature = "blocking")]
impl<A: Api, R: Request> DownloadEndpoint<crate::blocking::Client<A>, R> {
    /// Downloads the bill into `out` (a file, a buffer...), streaming; returns what was written.
    pub fn download<W: std::io::Write>(
        &self,
        request: &R,
        out: W,
        gzip: Gzip,
    ) -> Result<Downloaded> {
        let mut sink = BlockingSink(out);
        let done = self
            .client
            .block_on(self.client.core().download(request, &mut sink, gzip))?;
        sink.0.flush().map_err(Error::Io)?;
        Ok(done)
    }
}
