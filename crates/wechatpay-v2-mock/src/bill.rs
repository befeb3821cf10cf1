//! The bills the mock serves for download endpoints: deterministic CSV text of a chosen size,
//! produced chunk by chunk (never whole in memory), gzipped on the fly when asked; or, for a day
//! with payments in the ledger, the bill of that day's payments and refunds, with its summary;
//! the fund flow bill of such a day; and the pages of buyers' comments on the ledger's payments.

use std::io::Write as _;

use axum::body::Bytes;
use flate2::Compression;
use flate2::write::GzEncoder;

/// Size of the chunks the bill is produced in.
const CHUNK: usize = 64 * 1024;

const HEADER: &str = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r\n";

/// The CSV bill of `mch_id`, `size` bytes or a little more (whole rows), in chunks; with
/// [`Bill::with_summary`], followed by its summary.
#[derive(Debug)]
pub struct Bill {
    mch_id: String,
    size: u64,
    produced: u64,
    row: u64,
    /// Whether the summary is still to be written.
    summary: bool,
    /// The sum of the rows' `应结订单金额` (and `订单金额`), fen.
    settled: u64,
}

impl Bill {
    /// A bill of at least `size` bytes: the header and rows, no summary.
    pub fn new(mch_id: &str, size: u64) -> Self {
        Self {
            mch_id: mch_id.to_owned(),
            size,
            produced: 0,
            row: 0,
            summary: false,
            settled: 0,
        }
    }

    /// The same rows as [`Bill::new`], then the summary block as a day bill writes it (see
    /// `day_bill`): the row count and the sums of the amount columns; every row's fee is
    /// `0.00600`, so `手续费总金额` is the rows' count times 0.006 yuan, rounded to the fen half
    /// away from zero.
    pub fn with_summary(mch_id: &str, size: u64) -> Self {
        Self {
            summary: true,
            ..Self::new(mch_id, size)
        }
    }

    fn write_summary(&self, out: &mut Vec<u8>) {
        let fee_units = self.row.saturating_mul(600);
        out.extend_from_slice(SUMMARY_HEADER.as_bytes());
        let _ = write!(
            out,
            "`{},`{settled},`0.00,`0.00,`{},`{settled},`0.00\r\n",
            self.row,
            yuan(fee_units.saturating_add(500) / 1000),
            settled = yuan(self.settled),
        );
    }

    /// The amount of the current row, fen.
    fn row_amount(&self) -> u64 {
        (self.row % 500) * 100 + self.row % 100
    }

    fn write_row(&self, out: &mut Vec<u8>) {
        let n = self.row;
        let _ = write!(
            out,
            "`2026-11-22 {:02}:{:02}:{:02},`wxd678efh567hg6787,`{},`0,`,`42000000002026112200{:08},`T{:012},`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`JSAPI,`SUCCESS,`CMC,`CNY,`{}.{:02},`0.00,`0,`0,`0.00,`0.00,`,`,`停车费,`,`0.00600,`0.60%,`{}.{:02},`0.00,`\r\n",
            (n / 3600) % 24,
            (n / 60) % 60,
            n % 60,
            self.mch_id,
            n,
            n,
            n % 500,
            n % 100,
            n % 500,
            n % 100,
        );
    }
}

impl Iterator for Bill {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        if self.produced >= self.size && self.row > 0 {
            if !std::mem::take(&mut self.summary) {
                return None;
            }
            let mut out = Vec::with_capacity(512);
            self.write_summary(&mut out);
            self.produced += out.len() as u64;
            return Some(out);
        }
        let mut out = Vec::with_capacity(CHUNK + 512);
        if self.row == 0 && self.produced == 0 {
            out.extend_from_slice(HEADER.as_bytes());
        }
        while out.len() < CHUNK && self.produced + (out.len() as u64) < self.size {
            self.write_row(&mut out);
            self.settled += self.row_amount();
            self.row += 1;
        }
        if self.row == 0 {
            // A bill always has at least one row.
            self.write_row(&mut out);
            self.settled += self.row_amount();
            self.row = 1;
        }
        self.produced += out.len() as u64;
        Some(out)
    }
}

/// The summary block's header, after the rows.
const SUMMARY_HEADER: &str = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n";

/// Fen as yuan with two decimals: `1500` is `15.00`.
fn yuan(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

/// A fee in units of 0.00001 yuan, with five decimals (`-0.06000`).
fn fee_text(units: i64) -> String {
    let sign = if units < 0 { "-" } else { "" };
    let units = units.unsigned_abs();
    format!("{sign}{}.{:05}", units / 100_000, units % 100_000)
}

/// The fee of an amount in fen at the bill's rate, 0.60%, in units of 0.00001 yuan.
fn fee_units(fen: u64) -> i64 {
    i64::try_from(fen.saturating_mul(6)).unwrap_or(i64::MAX)
}

/// Text for a CSV cell: the bill's cells are not quoted, so a comma or a line break in a body or
/// an attach becomes a space.
fn cell(text: &str) -> String {
    text.replace([',', '\r', '\n'], " ")
}

/// The bill of one day of the ledger: a row per payment (`bill_type` `ALL` or `SUCCESS`) and per
/// refund (`ALL` or `REFUND`), by time, in the columns and backtick-prefixed cells of
/// [`Bill`]; then the summary: the number of rows, and the sums of the columns `应结订单金额`,
/// `退款金额`, `充值券退款金额`, `手续费`, `订单金额` and `申请退款金额` in yuan with two
/// decimals. Refund rows have `0.00` as their order amounts and a negative fee (the fee given
/// back), so every total is its column's sum.
pub(crate) fn day_bill(day: &crate::ledger::Day, bill_type: &str) -> Vec<u8> {
    let with_payments = matches!(bill_type, "ALL" | "SUCCESS");
    let with_refunds = matches!(bill_type, "ALL" | "REFUND");
    // (time, row, settled, refunded, fee units, ordered, asked)
    let mut rows: Vec<(String, String, u64, u64, i64, u64, u64)> = Vec::new();
    let common = |order: &crate::order::Order| {
        format!(
            "`{},`{},`{},`{},`{},`{},`{},`{},",
            order.appid,
            order.mch_id,
            order.sub_mch_id.as_deref().unwrap_or("0"),
            order.device_info.as_deref().unwrap_or_default(),
            order.transaction_id.as_deref().unwrap_or_default(),
            order.out_trade_no,
            order.openid.as_deref().unwrap_or_default(),
            order.trade_type,
        )
    };
    for order in day.payments.iter().filter(|_| with_payments) {
        let time = crate::clock::dashed_of(order.time_end.as_deref().unwrap_or_default());
        let fee = fee_units(order.total_fee);
        let row = format!(
            "`{time},{}`SUCCESS,`CMC,`CNY,`{total},`0.00,`0,`0,`0.00,`0.00,`,`,`{},`{},`{},`0.60%,`{total},`0.00,`\r\n",
            common(order),
            cell(&order.body),
            cell(order.attach.as_deref().unwrap_or_default()),
            fee_text(fee),
            total = yuan(order.total_fee),
        );
        rows.push((time, row, order.total_fee, 0, fee, order.total_fee, 0));
    }
    for (order, refund) in day.refunds.iter().filter(|_| with_refunds) {
        let fee = -fee_units(refund.refund_fee);
        let row = format!(
            "`{},{}`REFUND,`CMC,`CNY,`0.00,`0.00,`{},`{},`{amount},`0.00,`ORIGINAL,`SUCCESS,`{},`{},`{},`0.60%,`0.00,`{amount},`\r\n",
            refund.success_time,
            common(order),
            refund.refund_id,
            refund.out_refund_no,
            cell(&order.body),
            cell(order.attach.as_deref().unwrap_or_default()),
            fee_text(fee),
            amount = yuan(refund.refund_fee),
        );
        let time = refund.success_time.clone();
        rows.push((time, row, 0, refund.refund_fee, fee, 0, refund.refund_fee));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = HEADER.as_bytes().to_vec();
    let (mut settled, mut refunded, mut fees, mut ordered, mut asked) = (0, 0, 0i64, 0, 0);
    for (_, row, s, r, f, o, a) in &rows {
        out.extend_from_slice(row.as_bytes());
        settled += s;
        refunded += r;
        fees += f;
        ordered += o;
        asked += a;
    }
    // The fees' total to the fen, rounded half away from zero.
    let fee_fen = (fees.abs() + 500) / 1000 * fees.signum();
    let fee_total = format!(
        "{}{}",
        if fee_fen < 0 { "-" } else { "" },
        yuan(fee_fen.unsigned_abs())
    );
    out.extend_from_slice(SUMMARY_HEADER.as_bytes());
    let _ = write!(
        out,
        "`{},`{},`{},`0.00,`{fee_total},`{},`{}\r\n",
        rows.len(),
        yuan(settled),
        yuan(refunded),
        yuan(ordered),
        yuan(asked),
    );
    out
}

/// The header of a fund flow bill (`downloadfundflow`).
const FUND_FLOW_HEADER: &str = "记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,资金变更提交申请人,备注,业务凭证号\r\n";

/// The header of a fund flow bill's summary.
const FUND_FLOW_SUMMARY_HEADER: &str = "资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额\r\n";

/// Signed fen as yuan with two decimals: `-500` is `-5.00`.
fn signed_yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    format!("{sign}{}", yuan(fen.unsigned_abs()))
}

/// The fund flow bill of one day of the ledger, for `account_type`: for the `Basic` account, an
/// income row (`收入`, business `交易`) per payment, with the `transaction_id` and the
/// `out_trade_no` as its voucher, and an expense row (`支出`, business `退款`) per refund, with
/// the `refund_id` and the `out_refund_no`, by time; the balance running from `opening` (fen:
/// the balance the earlier days left). Fees are not drawn. The `Operation` and `Fees` accounts
/// have no rows that day. Then the summary: the count of rows, of income rows and their sum,
/// of expense rows and their sum, in yuan with two decimals.
pub(crate) fn fund_flow_bill(
    day: &crate::ledger::Day,
    account_type: &str,
    opening: i64,
) -> Vec<u8> {
    // (time, transaction or refund id, business, income?, amount, voucher)
    let mut flows: Vec<(String, &str, &str, bool, u64, &str)> = Vec::new();
    if account_type == "Basic" {
        for order in &day.payments {
            let time = crate::clock::dashed_of(order.time_end.as_deref().unwrap_or_default());
            let id = order.transaction_id.as_deref().unwrap_or_default();
            flows.push((time, id, "交易", true, order.total_fee, &order.out_trade_no));
        }
        for (_, refund) in &day.refunds {
            let time = refund.success_time.clone();
            let (id, no) = (refund.refund_id.as_str(), refund.out_refund_no.as_str());
            flows.push((time, id, "退款", false, refund.refund_fee, no));
        }
    }
    // Stable: a payment comes before a refund of the same second.
    flows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = FUND_FLOW_HEADER.as_bytes().to_vec();
    let mut balance = opening;
    let (mut income_rows, mut income, mut expense_rows, mut expense) = (0u64, 0u64, 0u64, 0u64);
    for (n, (time, id, business, is_income, amount, voucher)) in flows.iter().enumerate() {
        let signed = i64::try_from(*amount).unwrap_or(i64::MAX);
        let direction = if *is_income {
            income_rows += 1;
            income += amount;
            balance = balance.saturating_add(signed);
            "收入"
        } else {
            expense_rows += 1;
            expense += amount;
            balance = balance.saturating_sub(signed);
            "支出"
        };
        let date = crate::clock::date_of(time);
        let _ = write!(
            out,
            "`{time},`{id},`{date}{:08},`{business},`{business},`{direction},`{},`{},`system,`缺省,`{voucher}\r\n",
            n + 1,
            yuan(*amount),
            signed_yuan(balance),
        );
    }
    out.extend_from_slice(FUND_FLOW_SUMMARY_HEADER.as_bytes());
    let _ = write!(
        out,
        "`{},`{income_rows},`{},`{expense_rows},`{}\r\n",
        flows.len(),
        yuan(income),
        yuan(expense),
    );
    out
}

/// The stars and text of every comment the mock plays: the buyer is always pleased.
pub(crate) const COMMENT_STARS: u8 = 5;
/// The text of every comment (with a comma, as buyers write them).
pub(crate) const COMMENT_TEXT: &str = "很方便,下次再来";

/// A page of buyers' comments (`batchquerycomment`): the first line the offset of the next
/// page (`offset` plus the comments written), then a comment per paid order from `offset`, at
/// most `limit`: `` `time,`transaction_id,`5,`很方便,下次再来 ``, the time the payment's.
pub(crate) fn comment_page(paid: &[crate::order::Order], offset: u64, limit: u64) -> Vec<u8> {
    let skip = usize::try_from(offset).unwrap_or(usize::MAX);
    let take = usize::try_from(limit).unwrap_or(usize::MAX);
    let page: Vec<_> = paid.iter().skip(skip).take(take).collect();
    let next = offset.saturating_add(page.len() as u64);
    let mut out = format!("{next}\r\n").into_bytes();
    for order in page {
        let time = crate::clock::dashed_of(order.time_end.as_deref().unwrap_or_default());
        let _ = write!(
            out,
            "`{time},`{},`{COMMENT_STARS},`{COMMENT_TEXT}\r\n",
            order.transaction_id.as_deref().unwrap_or_default(),
        );
    }
    out
}

/// A bill as a body stream, from its chunks: plain, or gzip compressed chunk by chunk.
pub(crate) fn stream(
    bill: impl Iterator<Item = Vec<u8>> + Send,
    gzip: bool,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send {
    let mut encoder = gzip.then(|| GzEncoder::new(Vec::new(), Compression::fast()));
    let mut bill = Some(bill);
    futures_util::stream::iter(std::iter::from_fn(move || {
        let source = bill.as_mut()?;
        match (source.next(), encoder.as_mut()) {
            (Some(chunk), None) => Some(Ok(Bytes::from(chunk))),
            (Some(chunk), Some(enc)) => Some(
                enc.write_all(&chunk)
                    .map(|()| Bytes::from(std::mem::take(enc.get_mut()))),
            ),
            (None, _) => {
                bill = None;
                encoder.take().map(|enc| enc.finish().map(Bytes::from))
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_fees_are_written_as_the_bill_writes_them() {
        assert_eq!(yuan(1500), "15.00");
        assert_eq!(yuan(7), "0.07");
        assert_eq!(fee_text(fee_units(1500)), "0.09000");
        assert_eq!(fee_text(-fee_units(500)), "-0.03000");
        assert_eq!(cell("a,b\r\nc"), "a b  c");
    }
}

#[cfg(test)]
mod summary_tests {
    use super::Bill;
    use wechatpay_v2::bill::{BillParser, TradeRecord};

    #[test]
    fn a_synthetic_bill_with_its_summary_reads_as_records_and_adds_up() {
        for size in [0, 1, 4096, 300_000] {
            let mut parser = BillParser::<TradeRecord>::new();
            let mut rows = 0u64;
            for chunk in Bill::with_summary("1900000109", size) {
                for record in parser.feed(&chunk) {
                    record.expect("a row");
                    rows += 1;
                }
            }
            let summary = parser.finish().expect("the summary matches the rows");
            assert_eq!(summary.trade_count, rows);
        }
        let plain: Vec<u8> = Bill::new("1900000109", 4096).flatten().collect();
        let with: Vec<u8> = Bill::with_summary("1900000109", 4096).flatten().collect();
        assert!(with.starts_with(&plain));
    }
}
