//! Bill downloads (`v2/pay/downloadbill`, `v2/pay/downloadfundflow`).
//!
//! The answer is CSV text, gzip bytes when the request asked `tar_type=GZIP`, or an XML error
//! document. The first bytes tell which. A bill is streamed chunk by chunk into the caller's
//! writer, gunzipped on the way when asked, so a bill of any size takes a few buffers of memory.
//! An XML answer becomes the usual typed error (`Protocol`, `Business`, ...).

use std::collections::BTreeMap;
use std::io::Write as _;

use tokio::io::AsyncWriteExt as _;

use crate::chain::Chain;
use crate::endpoint::{Api, DownloadEndpoint, EndpointKind, Request};
use crate::error::{Error, RawResponse, Result};
use crate::exchange::{Call, Receive};
use crate::outgoing::{Fields, Outgoing};
use crate::protocol;
use crate::surface::surface;
use crate::transport::Core;

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

/// What an async download writes to: any `AsyncWrite` that is `Unpin` and `Send`.
pub trait AsyncOutput: tokio::io::AsyncWrite + Unpin + Send {}

impl<W: tokio::io::AsyncWrite + Unpin + Send> AsyncOutput for W {}

/// What a blocking download writes to: any `std::io::Write` that is `Send` (a file, a buffer).
pub trait BlockingOutput: std::io::Write + Send {}

impl<W: std::io::Write + Send> BlockingOutput for W {}

/// An async writer as the exchange writes to it.
pub(crate) fn async_output<W: AsyncOutput>(out: W) -> W {
    out
}

/// A blocking writer as the exchange writes to it: each write completes at once, on the
/// blocking client's runtime thread.
#[cfg(feature = "blocking")]
pub(crate) fn blocking_output<W: BlockingOutput>(out: W) -> SyncWriter<W> {
    SyncWriter(Box::new(out))
}

/// A blocking writer seen as an `AsyncWrite` (boxed, so it is `Unpin` whatever it is).
#[cfg(feature = "blocking")]
pub(crate) struct SyncWriter<W>(Box<W>);

#[cfg(feature = "blocking")]
impl<W: std::io::Write> tokio::io::AsyncWrite for SyncWriter<W> {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::task::Poll::Ready(self.get_mut().0.write(buf))
    }
    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(self.get_mut().0.flush())
    }
    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        self.poll_flush(cx)
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
    /// Sends a download request, typed or untyped, and streams the answer into `sink`, then
    /// flushes it.
    pub(crate) async fn download(
        &self,
        out: Outgoing<'_>,
        sink: &mut (dyn tokio::io::AsyncWrite + Unpin + Send),
        gzip: Gzip,
    ) -> Result<Downloaded> {
        if !out.meta.is_some_and(|m| m.kind == EndpointKind::Download) {
            return Err(Error::Config(match out.fields {
                Fields::Typed(_) => format!("`{}` is not a download endpoint", out.path),
                Fields::Map(_) => format!("`{}` is not a declared download endpoint", out.path),
            }));
        }
        let mut done = None;
        self.exchange(Call {
            // Checked above, with the message of a typed or an untyped call.
            kind: |_| Ok(()),
            out,
            media: None,
            receive: Receive::Bill {
                out: &mut *sink,
                gzip,
                done: &mut done,
            },
            record: None,
        })
        .await?;
        tokio::io::AsyncWriteExt::flush(sink)
            .await
            .map_err(Error::Io)?;
        done.ok_or_else(|| Error::Config("the bill was not streamed".into()))
    }

    /// Streams a download answer into `sink`, or turns an XML error document into its error.
    pub(crate) async fn stream_bill(
        &self,
        mut response: reqwest::Response,
        key: &crate::ApiKey,
        sign_type: crate::SignType,
        sink: &mut (dyn tokio::io::AsyncWrite + Unpin + Send),
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
                    sink.write_all(&plain).await.map_err(Error::Io)?;
                    written += plain.len() as u64;
                }
                None => {
                    sink.write_all(&bytes).await.map_err(Error::Io)?;
                    written += bytes.len() as u64;
                }
            }
            chunk = response.chunk().await.map_err(Error::Transport)?;
        }
        if let Some(decoder) = decoder {
            let rest = decoder.finish().map_err(|e| gzip_error(status, e))?;
            sink.write_all(&rest).await.map_err(Error::Io)?;
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

fn gzip_error(status: u16, e: std::io::Error) -> Error {
    Error::Decode {
        reason: format!("the gzip bill does not decompress: {e}"),
        raw: Box::new(RawResponse {
            status,
            body: bytes::Bytes::new(),
        }),
    }
}

surface! {
    impl [<A: Api> Client<A>] for Client {
        /// Downloads the bill of a typed request to a `download` endpoint into `out`,
        /// streaming; the same as the endpoint handle's `download`.
        io fn download<R: Request, W: Output>(&self, request: &R, out: W, gzip: Gzip) -> Downloaded = |core| {
            core.download(Outgoing::typed(R::ENDPOINT, request), &mut output(out), gzip).await
        }
    }

    impl [<A: Api> Chain<Client<A>>] for Chain {
        /// The untyped form of a download: streams the bill of a declared download endpoint
        /// into `out`.
        io fn download_fields<W: Output>(&self, fields: BTreeMap<String, String>, out: W, gzip: Gzip) -> Downloaded = |core| {
            let request = Outgoing::map(self.path(), A::find(self.path()), &fields)?;
            core.download(request, &mut output(out), gzip).await
        }
    }

    impl [<A: Api, R: Request> DownloadEndpoint<Client<A>, R>] for DownloadEndpoint {
        /// Downloads the bill into `out` (a file, a buffer...), streaming; returns what was
        /// written.
        io fn download<W: Output>(&self, request: &R, out: W, gzip: Gzip) -> Downloaded = |core| {
            core.download(Outgoing::typed(R::ENDPOINT, request), &mut output(out), gzip).await
        }
    }
}
