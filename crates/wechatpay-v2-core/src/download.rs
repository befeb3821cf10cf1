//! Bill downloads (`v2/pay/downloadbill`, `v2/pay/downloadfundflow`), and the pages of buyers'
//! comments (`v2/billcommentsp/batchquerycomment`), also text.
//!
//! The answer is CSV text, gzip bytes when the request asked `tar_type=GZIP`, or an XML error
//! document. The first bytes tell which. A bill is streamed chunk by chunk into the caller's
//! writer, gunzipped on the way when asked, so a bill of any size takes a few buffers of memory.
//! An XML answer becomes the usual typed error (`Protocol`, `Business`, ...).

use std::collections::BTreeMap;

use crate::bill::{BillRecord, CommentPage, OnRecord};
use crate::exchange::{Call, Receive};
use crate::path_handle::PathHandle;
use crate::surface::surface;
use crate::transport::Core;
use crate::tree::{DownloadHandle, EndpointSet};
use wechatpay_v2_protocol::endpoint::{ApiRequest, EndpointKind};
use wechatpay_v2_protocol::error::{Error, Result};
use wechatpay_v2_protocol::outgoing::{Fields, Outgoing};

pub use crate::bill_stream::{Downloaded, Gzip};

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
}

surface! {
    impl [<A: EndpointSet> Client<A>] for Client {
        /// Downloads the bill of a typed request to a `download` endpoint into `out`,
        /// streaming; the same as the endpoint handle's `download`.
        io fn download<R: ApiRequest, W: Output>(&self, request: &R, out: W, gzip: Gzip) -> Downloaded = |core| {
            core.download(Outgoing::typed(R::ENDPOINT, request), &mut output(out), gzip).await
        }

        /// Downloads the bill of a typed request to a `download` endpoint as records, each
        /// handed to `on_record` as it arrives; returns the summary, checked against the rows.
        /// The same as the endpoint handle's `records` (see [`bill`](crate::bill)).
        io fn records<R: ApiRequest, T: BillRecord, F: OnRecord<T>>(&self, request: &R, on_record: F) -> T::Summary = |core| {
            core.records(Outgoing::typed(R::ENDPOINT, request), on_record).await
        }

        /// Fetches a page of buyers' comments (`v2/billcommentsp/batchquerycomment`) and reads
        /// it whole; the same as the endpoint handle's `comment_page` (see
        /// [`CommentPage`]).
        io fn comment_page<R: ApiRequest>(&self, request: &R) -> CommentPage = |core| {
            core.comment_page(Outgoing::typed(R::ENDPOINT, request)).await
        }
    }

    impl [<A: EndpointSet> PathHandle<Client<A>>] for PathHandle {
        /// The untyped form of a download: streams the bill of a declared download endpoint
        /// into `out`.
        io fn download_fields<W: Output>(&self, fields: BTreeMap<String, String>, out: W, gzip: Gzip) -> Downloaded = |core| {
            let request = Outgoing::map(self.path(), A::find(self.path()), &fields)?;
            core.download(request, &mut output(out), gzip).await
        }

        /// The untyped form of `records`: the bill of a declared download endpoint, each row
        /// handed to `on_record` (a [`TradeRecord`](crate::bill::TradeRecord) or a
        /// [`FundFlowRecord`](crate::bill::FundFlowRecord)); returns the checked summary.
        io fn records_fields<T: BillRecord, F: OnRecord<T>>(&self, fields: BTreeMap<String, String>, on_record: F) -> T::Summary = |core| {
            let request = Outgoing::map(self.path(), A::find(self.path()), &fields)?;
            core.records(request, on_record).await
        }

        /// The untyped form of `comment_page`: a page of buyers' comments
        /// (`v2/billcommentsp/batchquerycomment`), read whole as a [`CommentPage`].
        io fn comment_page_fields(&self, fields: BTreeMap<String, String>) -> CommentPage = |core| {
            let request = Outgoing::map(self.path(), A::find(self.path()), &fields)?;
            core.comment_page(request).await
        }
    }

    impl [<A: EndpointSet, R: ApiRequest> DownloadHandle<Client<A>, R>] for DownloadHandle {
        /// Downloads the bill into `out` (a file, a buffer...), streaming; returns what was
        /// written.
        io fn download<W: Output>(&self, request: &R, out: W, gzip: Gzip) -> Downloaded = |core| {
            core.download(Outgoing::typed(R::ENDPOINT, request), &mut output(out), gzip).await
        }

        /// Downloads the bill as records: gunzipped on the way when the answer is gzip, each
        /// row handed to `on_record` as it arrives (`|r: TradeRecord| ...` for
        /// `downloadbill`, `|r: FundFlowRecord| ...` for `downloadfundflow`); returns the
        /// summary, checked against the rows. Memory stays flat whatever the bill's size. See
        /// [`bill`](crate::bill).
        io fn records<T: BillRecord, F: OnRecord<T>>(&self, request: &R, on_record: F) -> T::Summary = |core| {
            core.records(Outgoing::typed(R::ENDPOINT, request), on_record).await
        }

        /// Fetches a page of buyers' comments (`v2/billcommentsp/batchquerycomment`) in one
        /// call: the answer, at most [`MAX_PAGE_BYTES`](crate::bill::MAX_PAGE_BYTES), read as
        /// a [`CommentPage`]: the comments and the `offset` of the
        /// next page. A malformed page is [`Error::Bill`]; an XML error answer the usual typed
        /// error.
        io fn comment_page(&self, request: &R) -> CommentPage = |core| {
            core.comment_page(Outgoing::typed(R::ENDPOINT, request)).await
        }
    }
}
