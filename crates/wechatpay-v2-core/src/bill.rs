//! Bills as typed records: the parser of [`wechatpay_v2_protocol::bill`], and the `records`
//! methods that feed it while a bill downloads.
//!
//! `records` (on the client and a download endpoint's handle; `records_fields` on a
//! [`PathHandle`](crate::PathHandle)) downloads a bill, gunzips it on the way when the answer
//! is gzip, hands each row to the caller's function as it arrives, then returns the summary,
//! checked against the rows. The row type the function takes chooses the bill:
//! [`TradeRecord`] for `v2/pay/downloadbill`, [`FundFlowRecord`] for
//! `v2/pay/downloadfundflow`. Memory stays flat whatever the bill's size: the parser keeps one
//! line at most.
//!
//! ```no_run
//! # async fn run(api: wechatpay_v2_core::Client<wechatpay_v2_core::NoEndpoints>,
//! #     request: impl wechatpay_v2_core::ApiRequest) -> wechatpay_v2_core::Result<()> {
//! use wechatpay_v2_core::bill::TradeRecord;
//!
//! let mut settled = 0;
//! let summary = api
//!     .records(&request, |r: TradeRecord| {
//!         settled += r.settlement_amount;
//!         Ok(())
//!     })
//!     .await?;
//! assert_eq!(summary.settlement_total, settled);
//! # Ok(()) }
//! ```
//!
//! The blocking client has the same methods, without `.await`. An XML error answer is the
//! usual typed error; a malformed bill or a summary that does not match is
//! [`Error::Bill`]; an `Err` the function returns stops the download and is returned as it is.
//!
//! `comment_page` (on the client and a download endpoint's handle) fetches a page of buyers'
//! comments (`v2/billcommentsp/batchquerycomment`) in one call: the answer is downloaded into
//! a buffer of at most [`MAX_PAGE_BYTES`] (past it, [`BillError::TooLarge`]) and read as a
//! [`CommentPage`].

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::bill_stream::Gzip;
use crate::transport::Core;
use wechatpay_v2_protocol::error::{Error, Result};
use wechatpay_v2_protocol::outgoing::Outgoing;

pub use wechatpay_v2_protocol::bill::*;

/// What `records` calls with each row: a function of the row, `Send`, returning
/// `Ok(())` to go on or an error to stop the download with.
pub trait OnRecord<T>: FnMut(T) -> Result<()> + Send {}

impl<T, F: FnMut(T) -> Result<()> + Send> OnRecord<T> for F {}

/// The writer a records download streams into: each chunk feeds the parser, each row the
/// caller's function.
struct RecordSink<T: BillRecord, F> {
    parser: BillParser<T>,
    on_record: F,
    /// Why the rows stopped: the bill's error, or the caller's.
    stopped: Option<Error>,
}

// No field is pinned: the sink is only ever used through `&mut`.
impl<T: BillRecord, F> Unpin for RecordSink<T, F> {}

impl<T: BillRecord, F: OnRecord<T>> tokio::io::AsyncWrite for RecordSink<T, F> {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.stopped.is_none() {
            for item in this.parser.feed(buf) {
                if let Err(err) = item.map_err(Error::Bill).and_then(&mut this.on_record) {
                    this.stopped = Some(err);
                    break;
                }
            }
        }
        Poll::Ready(match this.stopped {
            Some(_) => Err(io::Error::other("the bill's records stopped")),
            None => Ok(buf.len()),
        })
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// The writer a page of comments downloads into: a buffer that refuses to grow past `limit`.
struct PageBuffer {
    bytes: Vec<u8>,
    limit: usize,
    over: bool,
}

impl tokio::io::AsyncWrite for PageBuffer {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.bytes.len().saturating_add(buf.len()) > this.limit {
            this.over = true;
            return Poll::Ready(Err(io::Error::other("the answer is over its limit")));
        }
        this.bytes.extend_from_slice(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

impl Core {
    /// Downloads a page of buyers' comments, typed or untyped, within [`MAX_PAGE_BYTES`], and
    /// reads it.
    pub(crate) async fn comment_page(&self, out: Outgoing<'_>) -> Result<CommentPage> {
        let mut sink = PageBuffer {
            bytes: Vec::new(),
            limit: MAX_PAGE_BYTES,
            over: false,
        };
        let downloaded = self.download(out, &mut sink, Gzip::Decode).await;
        if sink.over {
            return Err(Error::Bill(BillError::TooLarge {
                limit: MAX_PAGE_BYTES,
            }));
        }
        downloaded?;
        Ok(CommentPage::parse(&sink.bytes)?)
    }

    /// Downloads a bill, typed or untyped, feeding its rows to `on_record`; returns the checked
    /// summary.
    pub(crate) async fn records<T: BillRecord, F: OnRecord<T>>(
        &self,
        out: Outgoing<'_>,
        on_record: F,
    ) -> Result<T::Summary> {
        let mut sink = RecordSink {
            parser: BillParser::<T>::new(),
            on_record,
            stopped: None,
        };
        let downloaded = self.download(out, &mut sink, Gzip::Decode).await;
        if let Some(err) = sink.stopped.take() {
            return Err(err);
        }
        downloaded?;
        Ok(sink.parser.finish()?)
    }
}
