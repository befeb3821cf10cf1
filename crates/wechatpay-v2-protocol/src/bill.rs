//! Bills as typed records: a parser without I/O for the CSV answers of `v2/pay/downloadbill`
//! ([`TradeRecord`], [`TradeSummary`]) and `v2/pay/downloadfundflow` ([`FundFlowRecord`],
//! [`FundFlowSummary`]).
//!
//! A bill is a header line of Chinese column names, one line per row whose cells each start
//! with a backtick (`` ` ``, removed), then a summary header line and one summary line (also
//! backtick-prefixed), every line ending in `\r\n`. The parser reads columns **by name**, so the
//! column sets of the bill types (`ALL`, `SUCCESS`, `REFUND`, `RECHARGE_REFUND`) and columns
//! WeChat Pay adds later are all read: a column a bill type may lack is an `Option`, an unknown
//! column is kept by name in `other`.
//!
//! Feed it the bytes as they arrive, split anywhere (inside a UTF-8 character or a `\r\n`
//! too); each [`BillParser::feed`] yields the rows the chunk completed, and
//! [`BillParser::finish`] returns the summary, **checked against the rows**: the count of rows
//! and every total must equal the sum of its column (see [`TradeSummary`] for the rounding of
//! fees). The parser keeps one line at most ([`BillParser::with_max_line`]), so a bill of any
//! size takes the same memory.
//!
//! ```
//! use wechatpay_v2_protocol::bill::{BillParser, TradeRecord};
//!
//! let bill = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,商品名称,商户数据包,手续费,费率\r\n\
//!     `2026-11-22 10:00:00,`wx1,`1900000109,`0,`,`4200,`T1,`o1,`JSAPI,`SUCCESS,`CMC,`CNY,`12.34,`0.00,`停车费,`,`0.07404,`0.60%\r\n\
//!     总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额\r\n\
//!     `1,`12.34,`0.00,`0.00,`0.07\r\n";
//! let mut parser = BillParser::<TradeRecord>::new();
//! let mut total = 0;
//! for chunk in bill.as_bytes().chunks(7) {
//!     for record in parser.feed(chunk) {
//!         total += record?.settlement_amount;
//!     }
//! }
//! let summary = parser.finish()?;
//! assert_eq!((total, summary.trade_count, summary.fee_total), (1234, 1, 7));
//! # Ok::<(), wechatpay_v2_protocol::bill::BillError>(())
//! ```
//!
//! The answer of `v2/billcommentsp/batchquerycomment` (buyers' comments on payments) is read
//! whole, a page at a time: [`CommentPage::parse`].

use std::marker::PhantomData;
use std::ops::Range;

mod comment;
mod fund_flow;
mod row;
mod trade;
mod value;

pub use comment::{Comment, CommentPage, MAX_COMMENT_LINES, MAX_PAGE_BYTES};
pub use fund_flow::{FlowDirection, FundFlowRecord, FundFlowSummary};
pub use trade::{TradeRecord, TradeSummary};
pub use value::{BillDateTime, Fee, NotATime};

#[doc(hidden)]
pub use fund_flow::FundFlowTotals;
#[doc(hidden)]
pub use row::Row;
use row::{Layout, check, layout, split_cells};
#[doc(hidden)]
pub use trade::TradeTotals;

/// The longest line a parser accepts by default, in bytes (a real row is a few hundred).
pub const DEFAULT_MAX_LINE: usize = 16 * 1024;

/// Why a bill could not be read. Lines are counted from 1; columns are named as in the bill.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BillError {
    /// The bill does not start with its header line of column names: it is empty, or its first
    /// line is a row.
    #[error("line {line}: expected the bill's header line of column names")]
    MissingHeader {
        /// The line where the header was expected.
        line: u64,
    },
    /// The header (or the summary header) lacks a column the record needs.
    #[error("the bill has no column `{column}`")]
    MissingColumn {
        /// The column's name.
        column: &'static str,
    },
    /// A header names a known column twice.
    #[error("line {line}: the column `{column}` appears twice")]
    DuplicateColumn {
        /// The header's line.
        line: u64,
        /// The column's name.
        column: &'static str,
    },
    /// A line is longer than the parser's limit.
    #[error("line {line} is longer than {limit} bytes")]
    LineTooLong {
        /// The line.
        line: u64,
        /// The limit, in bytes.
        limit: usize,
    },
    /// A line is not UTF-8 text.
    #[error("line {line} is not UTF-8 text")]
    NotUtf8 {
        /// The line.
        line: u64,
    },
    /// A row (or the summary line) has another number of cells than its header.
    #[error("line {line} has {found} cells, its header {expected}")]
    CellCount {
        /// The line.
        line: u64,
        /// The header's number of columns.
        expected: usize,
        /// The line's number of cells.
        found: usize,
    },
    /// A cell is not an amount in yuan (`12.34`: an optional `-`, digits, at most two
    /// decimals; five for fees).
    #[error("line {line}, column `{column}`: `{text}` is not an amount")]
    BadAmount {
        /// The line.
        line: u64,
        /// The column's name.
        column: &'static str,
        /// The cell's text.
        text: String,
    },
    /// A cell is not a count (digits).
    #[error("line {line}, column `{column}`: `{text}` is not a count")]
    BadCount {
        /// The line.
        line: u64,
        /// The column's name.
        column: &'static str,
        /// The cell's text.
        text: String,
    },
    /// A cell is not a date-time `yyyy-MM-dd HH:mm:ss`.
    #[error("line {line}, column `{column}`: `{text}` is not a time `yyyy-MM-dd HH:mm:ss`")]
    BadTime {
        /// The line.
        line: u64,
        /// The column's name.
        column: &'static str,
        /// The cell's text.
        text: String,
    },
    /// The bill ends before its summary line.
    #[error("the bill ends without its summary line")]
    MissingSummary,
    /// A total of the summary is not what the rows add up to. Amounts are in fen.
    #[error("summary column `{column}` says {summary}, the rows add up to {rows}")]
    SummaryMismatch {
        /// The summary column's name.
        column: &'static str,
        /// The summary's value (fen, or a count).
        summary: i64,
        /// What the rows add up to (fen, or a count).
        rows: i64,
    },
    /// Text follows the summary line.
    #[error("line {line}: text after the summary line")]
    AfterSummary {
        /// The line.
        line: u64,
    },
    /// The answer is empty: a page of comments starts with its offset line.
    #[error("the answer is empty")]
    Empty,
    /// The answer is longer than its limit (a page of comments: [`MAX_PAGE_BYTES`]).
    #[error("the answer is longer than {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// A page of comments has more lines than its limit ([`MAX_COMMENT_LINES`]).
    #[error("the page has more than {limit} comment lines")]
    TooManyLines {
        /// The limit, in lines.
        limit: usize,
    },
    /// A line lacks a cell: a comment has fewer than its four cells, or an empty
    /// `transaction_id`.
    #[error("line {line}: no cell `{column}`")]
    MissingCell {
        /// The line.
        line: u64,
        /// The cell's name.
        column: &'static str,
    },
    /// A comment's stars are not a whole number from 1 to 5.
    #[error("line {line}, column `{column}`: `{text}` is not a number of stars from 1 to 5")]
    BadStars {
        /// The line.
        line: u64,
        /// The cell's name.
        column: &'static str,
        /// The cell's text.
        text: String,
    },
}

/// A kind of bill row: [`TradeRecord`] or [`FundFlowRecord`]. Its summary type is what
/// [`BillParser::finish`] returns. Implemented by this crate only.
pub trait BillRecord: Sized + Send + 'static + sealed::Sealed {
    /// The bill's typed summary.
    type Summary: std::fmt::Debug + Send + 'static;
    #[doc(hidden)]
    type Totals: Default + Send + std::fmt::Debug;
    #[doc(hidden)]
    const COLUMNS: &'static [(&'static str, bool)];
    #[doc(hidden)]
    const SUMMARY_COLUMNS: &'static [(&'static str, bool)];
    #[doc(hidden)]
    fn from_row(row: &Row<'_>, totals: &mut Self::Totals) -> Result<Self, BillError>;
    #[doc(hidden)]
    fn summary(row: &Row<'_>, totals: &Self::Totals) -> Result<Self::Summary, BillError>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::TradeRecord {}
    impl Sealed for super::FundFlowRecord {}
}

/// Where the parser is in the bill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Header,
    Rows,
    SummaryLine,
    Done,
}

/// Reads a bill of `T` rows fed chunk by chunk; see the [module docs](self).
#[derive(Debug)]
pub struct BillParser<T: BillRecord> {
    state: State,
    line: Vec<u8>,
    line_no: u64,
    max_line: usize,
    cells: Vec<Range<usize>>,
    rows: Layout,
    summary_layout: Layout,
    totals: T::Totals,
    summary: Option<T::Summary>,
    failed: Option<BillError>,
    marker: PhantomData<fn() -> T>,
}

impl<T: BillRecord> Default for BillParser<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: BillRecord> BillParser<T> {
    /// A parser with the default line limit ([`DEFAULT_MAX_LINE`]).
    pub fn new() -> Self {
        Self::with_max_line(DEFAULT_MAX_LINE)
    }

    /// A parser that refuses lines longer than `max_line` bytes ([`BillError::LineTooLong`]).
    pub fn with_max_line(max_line: usize) -> Self {
        Self {
            state: State::Header,
            line: Vec::new(),
            line_no: 0,
            max_line,
            cells: Vec::new(),
            rows: Layout::default(),
            summary_layout: Layout::default(),
            totals: T::Totals::default(),
            summary: None,
            failed: None,
            marker: PhantomData,
        }
    }

    /// Feeds the next bytes of the bill: the iterator yields the rows they complete, in order.
    /// Drain it before feeding more. After an error the parser yields nothing more and
    /// [`finish`](Self::finish) returns that error.
    pub fn feed<'p, 'b>(&'p mut self, bytes: &'b [u8]) -> Records<'p, 'b, T> {
        Records {
            parser: self,
            rest: bytes,
        }
    }

    /// Ends the bill: reads a last line without a line break, and returns the summary, checked
    /// against the rows; an error if the bill stopped short of it.
    pub fn finish(&mut self) -> Result<T::Summary, BillError> {
        if let Some(err) = &self.failed {
            return Err(err.clone());
        }
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            let outcome = self.line_done(&line);
            if let Err(err) = outcome {
                self.failed = Some(err.clone());
                return Err(err);
            }
            if outcome.is_ok_and(|row| row.is_some()) {
                // A row without a line break is the last line: there is no summary after it.
                return self.fail(BillError::MissingSummary);
            }
        }
        let err = match self.state {
            State::Done => match self.summary.take() {
                Some(summary) => return Ok(summary),
                None => BillError::MissingSummary,
            },
            State::Header => BillError::MissingHeader {
                line: self.line_no.saturating_add(1),
            },
            State::Rows | State::SummaryLine => BillError::MissingSummary,
        };
        self.fail(err)
    }

    fn fail<V>(&mut self, err: BillError) -> Result<V, BillError> {
        self.failed = Some(err.clone());
        Err(err)
    }

    /// One whole line, without its `\n`: a row, or nothing (a header, the summary, a blank).
    fn line_done(&mut self, bytes: &[u8]) -> Result<Option<T>, BillError> {
        self.line_no = self.line_no.saturating_add(1);
        let line = self.line_no;
        if bytes.len() > self.max_line {
            return Err(BillError::LineTooLong {
                line,
                limit: self.max_line,
            });
        }
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|_| BillError::NotUtf8 { line })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Ok(None);
        }
        match self.state {
            State::Header if text.starts_with('`') => Err(BillError::MissingHeader { line }),
            State::Header => {
                self.rows = layout(text, T::COLUMNS, line)?;
                self.state = State::Rows;
                Ok(None)
            }
            State::Rows if text.starts_with('`') => {
                split_cells(text, &mut self.cells);
                let row = Row::new(line, text, &self.cells, &self.rows, T::COLUMNS)?;
                T::from_row(&row, &mut self.totals).map(Some)
            }
            State::Rows => {
                self.summary_layout = layout(text, T::SUMMARY_COLUMNS, line)?;
                self.state = State::SummaryLine;
                Ok(None)
            }
            State::SummaryLine => {
                split_cells(text, &mut self.cells);
                let row = Row::new(
                    line,
                    text,
                    &self.cells,
                    &self.summary_layout,
                    T::SUMMARY_COLUMNS,
                )?;
                self.summary = Some(T::summary(&row, &self.totals)?);
                self.state = State::Done;
                Ok(None)
            }
            State::Done => Err(BillError::AfterSummary { line }),
        }
    }
}

/// The rows completed by one [`BillParser::feed`]: an iterator of records, or of the error
/// that stopped the bill (then nothing more).
#[derive(Debug)]
pub struct Records<'p, 'b, T: BillRecord> {
    parser: &'p mut BillParser<T>,
    rest: &'b [u8],
}

impl<T: BillRecord> Iterator for Records<'_, '_, T> {
    type Item = Result<T, BillError>;

    fn next(&mut self) -> Option<Self::Item> {
        let parser = &mut *self.parser;
        while parser.failed.is_none() {
            let Some(end) = memchr::memchr(b'\n', self.rest) else {
                let rest = std::mem::take(&mut self.rest);
                if parser.line.len() + rest.len() > parser.max_line {
                    let err = BillError::LineTooLong {
                        line: parser.line_no.saturating_add(1),
                        limit: parser.max_line,
                    };
                    return Some(parser.fail(err));
                }
                parser.line.extend_from_slice(rest);
                return None;
            };
            let (head, tail) = self.rest.split_at(end);
            self.rest = tail.get(1..).unwrap_or_default();
            let outcome = if parser.line.is_empty() {
                parser.line_done(head)
            } else if parser.line.len() + head.len() > parser.max_line {
                Err(BillError::LineTooLong {
                    line: parser.line_no.saturating_add(1),
                    limit: parser.max_line,
                })
            } else {
                let mut line = std::mem::take(&mut parser.line);
                line.extend_from_slice(head);
                let outcome = parser.line_done(&line);
                line.clear();
                parser.line = line;
                outcome
            };
            match outcome {
                Ok(Some(record)) => return Some(Ok(record)),
                Ok(None) => {}
                Err(err) => return Some(parser.fail(err)),
            }
        }
        None
    }
}

#[cfg(test)]
mod tests;
