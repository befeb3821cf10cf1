//! Buyers' comments on payments (`v2/billcommentsp/batchquerycomment`): a page of them, read
//! whole.
//!
//! The answer is text: first the offset to continue from (a whole number), then one comment
//! per line, each cell prefixed with a backtick: the comment's time (`yyyy-MM-dd HH:mm:ss`), the
//! payment's `transaction_id`, the stars (1 to 5), and the text, last, which may itself hold
//! commas (a line is split at its first three commas only). Lines end with `\r\n` or `\n`;
//! blank lines are skipped.
//!
//! ```
//! use wechatpay_v2_protocol::bill::CommentPage;
//!
//! let page = CommentPage::parse(
//!     "100\r\n`2017-07-01 10:00:05,`1001690740201411100005734289,`5,`赞，水果很新鲜, 下次再来\r\n"
//!         .as_bytes(),
//! )?;
//! assert_eq!(page.next_offset, 100);
//! assert_eq!(page.comments[0].stars, 5);
//! assert_eq!(page.comments[0].content, "赞，水果很新鲜, 下次再来");
//! # Ok::<(), wechatpay_v2_protocol::bill::BillError>(())
//! ```

use super::{BillDateTime, BillError, DEFAULT_MAX_LINE, value};

/// The most comment lines a page may have: a page holds at most the request's `limit`
/// comments (200 at most, per the API documentation), so more is refused
/// ([`BillError::TooManyLines`]).
pub const MAX_COMMENT_LINES: usize = 10_000;

/// The longest answer a page of comments may be, in bytes ([`BillError::TooLarge`]).
pub const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// The name of the first line, in errors (位移: the offset).
const OFFSET: &str = "位移";
/// The names of a comment's cells, in errors.
const TIME: &str = "评论时间";
const TRANSACTION_ID: &str = "支付订单号";
const STARS: &str = "评论星级";
const CONTENT: &str = "评论内容";

/// One buyer's comment on a payment.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Comment {
    /// When the buyer commented (评论时间), China time.
    pub time: BillDateTime,
    /// The payment's `transaction_id` (支付订单号).
    pub transaction_id: String,
    /// The stars given (评论星级), 1 to 5.
    pub stars: u8,
    /// The comment's text (评论内容), as written: it may hold commas, and may be empty.
    pub content: String,
}

/// A page of buyers' comments: the answer of `v2/billcommentsp/batchquerycomment`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CommentPage {
    /// The `offset` to ask for the next page with.
    pub next_offset: u64,
    /// The page's comments, in the answer's order. A page may have none.
    pub comments: Vec<Comment>,
}

impl CommentPage {
    /// Reads a whole answer. Errors name the line (from 1) and the cell: a first line that is
    /// not a whole number ([`BillError::BadCount`]), a bad time ([`BillError::BadTime`]), stars
    /// outside 1 to 5 ([`BillError::BadStars`]), a missing cell or an empty `transaction_id`
    /// ([`BillError::MissingCell`]), a line that is not UTF-8 ([`BillError::NotUtf8`]); an
    /// empty answer is [`BillError::Empty`]. Bounded: at most [`MAX_PAGE_BYTES`] bytes,
    /// [`MAX_COMMENT_LINES`] comments and lines of [`DEFAULT_MAX_LINE`] bytes.
    pub fn parse(bytes: &[u8]) -> Result<Self, BillError> {
        if bytes.len() > MAX_PAGE_BYTES {
            return Err(BillError::TooLarge {
                limit: MAX_PAGE_BYTES,
            });
        }
        let mut next_offset = None;
        let mut comments = Vec::new();
        let mut line: u64 = 0;
        for raw in bytes.split(|b| *b == b'\n') {
            line = line.saturating_add(1);
            if raw.len() > DEFAULT_MAX_LINE {
                return Err(BillError::LineTooLong {
                    line,
                    limit: DEFAULT_MAX_LINE,
                });
            }
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            let text = std::str::from_utf8(raw).map_err(|_| BillError::NotUtf8 { line })?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            if text.trim().is_empty() {
                continue;
            }
            if next_offset.is_none() {
                let cell = text.trim();
                let cell = cell.strip_prefix('`').unwrap_or(cell);
                let offset = value::count(cell).ok_or_else(|| BillError::BadCount {
                    line,
                    column: OFFSET,
                    text: cell.to_owned(),
                })?;
                next_offset = Some(offset);
            } else if comments.len() >= MAX_COMMENT_LINES {
                return Err(BillError::TooManyLines {
                    limit: MAX_COMMENT_LINES,
                });
            } else {
                comments.push(comment(line, text)?);
            }
        }
        let next_offset = next_offset.ok_or(BillError::Empty)?;
        Ok(Self {
            next_offset,
            comments,
        })
    }
}

/// One comment line: four cells, the last one the rest of the line.
fn comment(line: u64, text: &str) -> Result<Comment, BillError> {
    let mut cells = text
        .splitn(4, ',')
        .map(|cell| cell.strip_prefix('`').unwrap_or(cell));
    let mut next = |column| cells.next().ok_or(BillError::MissingCell { line, column });
    let time = next(TIME)?;
    let time = time.parse().map_err(|_| BillError::BadTime {
        line,
        column: TIME,
        text: time.to_owned(),
    })?;
    let transaction_id = next(TRANSACTION_ID)?;
    if transaction_id.is_empty() {
        return Err(BillError::MissingCell {
            line,
            column: TRANSACTION_ID,
        });
    }
    let transaction_id = transaction_id.to_owned();
    let stars_text = next(STARS)?;
    let stars = match stars_text {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        "5" => 5,
        other => {
            return Err(BillError::BadStars {
                line,
                column: STARS,
                text: other.to_owned(),
            });
        }
    };
    let content = next(CONTENT)?.to_owned();
    Ok(Comment {
        time,
        transaction_id,
        stars,
        content,
    })
}

#[cfg(test)]
#[path = "comment_tests.rs"]
mod tests;
