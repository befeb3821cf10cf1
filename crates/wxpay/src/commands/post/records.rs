//! `--records`: a bill read as typed records while it downloads, each row one JSON line on
//! stdout, then the summary (checked against the rows by the SDK) as one JSON line on stderr.
//! For a page of buyers' comments (`v2/billcommentsp/batchquerycomment`), each comment is a
//! line, and the summary line gives the offset of the next page.
//!
//! Keys are the English snake_case names of the SDK's record fields; amounts are in fen
//! (integers), except `fee`, which the bill writes to 0.00001 yuan: it is in fen with up to three
//! decimals (`5.94`). Times are as the bill writes them (`2026-11-22 10:00:00`, China time).
//! Columns the SDK does not know are under `other`, by their Chinese names; a column the bill
//! does not have is left out.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, ErrorKind, Write};

use serde_json::{Map, Value, json};
use wechatpay_v2::Error;
use wechatpay_v2::bill::{
    Comment, FlowDirection, FundFlowRecord, FundFlowSummary, TradeRecord, TradeSummary,
};

use crate::cli::{ConfigArgs, PostArgs};
use crate::error::CliError;
use crate::{config, output};

/// Prints the rows of the bill of `args.path` on stdout and its summary on stderr.
pub(super) fn run(
    config: &ConfigArgs,
    args: &PostArgs,
    fields: BTreeMap<String, String>,
) -> Result<(), CliError> {
    let path = args.path.as_str();
    if args.xml {
        return Err(CliError::bad_input(
            "--xml is for calls; --records prints the bill's rows as JSON lines",
        ));
    }
    let target = config::connect(config)?;
    let chain = target.client.chain(path);
    let runtime = crate::commands::runtime()?;
    let mut out = BufWriter::new(io::stdout());
    let mut rows = 0u64;
    let summary = if path.ends_with("/batchquerycomment") {
        // A page of buyers' comments: its comments, then the offset of the next page.
        runtime
            .block_on(chain.comment_page_fields(fields))
            .and_then(|page| {
                for c in page.comments {
                    rows += 1;
                    line(&mut out, comment(c))?;
                }
                Ok(json!({ "next_offset": page.next_offset }))
            })
    } else if path.ends_with("/downloadfundflow") {
        runtime
            .block_on(chain.records_fields(fields, |r: FundFlowRecord| {
                rows += 1;
                line(&mut out, fund_flow(r))
            }))
            .map(fund_flow_summary)
    } else {
        runtime
            .block_on(chain.records_fields(fields, |r: TradeRecord| {
                rows += 1;
                line(&mut out, trade(r))
            }))
            .map(trade_summary)
    };
    let flushed = out.flush().map_err(Error::Io);
    match summary.and_then(|summary| flushed.map(|()| summary)) {
        Ok(summary) => {
            output::raw_note(&json!({ "rows": rows, "summary": summary }).to_string());
            Ok(())
        }
        // `--records | head`: no one is left to read the rest.
        Err(Error::Io(e)) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(Error::Io(e)) => Err(CliError::io("cannot write the records to stdout", &e)),
        Err(err) => Err(super::api_failure(&err)),
    }
}

/// Writes one JSON line.
fn line(out: &mut impl Write, value: Value) -> wechatpay_v2::Result<()> {
    serde_json::to_writer(&mut *out, &value)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .map_err(Error::Io)
}

/// A JSON object of the given entries, leaving out the `None`s and adding `other`.
fn object(entries: Vec<(&str, Option<Value>)>, other: BTreeMap<String, String>) -> Value {
    let mut map: Map<String, Value> = entries
        .into_iter()
        .filter_map(|(key, value)| Some((key.to_owned(), value?)))
        .collect();
    if !other.is_empty() {
        map.insert("other".to_owned(), json!(other));
    }
    Value::Object(map)
}

fn trade(r: TradeRecord) -> Value {
    let fee = serde_json::Number::from_f64(r.fee.units() as f64 / 1000.0).map(Value::Number);
    object(
        vec![
            ("trade_time", Some(json!(r.trade_time.to_string()))),
            ("appid", Some(json!(r.appid))),
            ("mch_id", Some(json!(r.mch_id))),
            ("sub_mch_id", Some(json!(r.sub_mch_id))),
            ("device_info", Some(json!(r.device_info))),
            ("transaction_id", Some(json!(r.transaction_id))),
            ("out_trade_no", Some(json!(r.out_trade_no))),
            ("openid", Some(json!(r.openid))),
            ("trade_type", Some(json!(r.trade_type))),
            ("trade_state", Some(json!(r.trade_state))),
            ("bank_type", Some(json!(r.bank_type))),
            ("fee_type", Some(json!(r.fee_type))),
            ("settlement_amount", Some(json!(r.settlement_amount))),
            ("coupon_amount", Some(json!(r.coupon_amount))),
            ("refund_id", r.refund_id.map(Value::from)),
            ("out_refund_no", r.out_refund_no.map(Value::from)),
            ("refund_amount", r.refund_amount.map(Value::from)),
            (
                "recharge_coupon_refund_amount",
                r.recharge_coupon_refund_amount.map(Value::from),
            ),
            ("refund_type", r.refund_type.map(Value::from)),
            ("refund_state", r.refund_state.map(Value::from)),
            ("body", Some(json!(r.body))),
            ("attach", Some(json!(r.attach))),
            ("fee", fee),
            ("fee_rate", Some(json!(r.fee_rate))),
            ("order_amount", r.order_amount.map(Value::from)),
            (
                "requested_refund_amount",
                r.requested_refund_amount.map(Value::from),
            ),
            ("fee_rate_note", r.fee_rate_note.map(Value::from)),
            (
                "refund_requested_at",
                r.refund_requested_at.map(|t| json!(t.to_string())),
            ),
            (
                "refund_succeeded_at",
                r.refund_succeeded_at.map(|t| json!(t.to_string())),
            ),
        ],
        r.other,
    )
}

fn trade_summary(s: TradeSummary) -> Value {
    object(
        vec![
            ("trade_count", Some(json!(s.trade_count))),
            ("settlement_total", Some(json!(s.settlement_total))),
            ("refund_total", s.refund_total.map(Value::from)),
            (
                "recharge_coupon_refund_total",
                s.recharge_coupon_refund_total.map(Value::from),
            ),
            ("fee_total", Some(json!(s.fee_total))),
            ("order_total", s.order_total.map(Value::from)),
            (
                "requested_refund_total",
                s.requested_refund_total.map(Value::from),
            ),
        ],
        s.other,
    )
}

fn fund_flow(r: FundFlowRecord) -> Value {
    let direction = match &r.direction {
        FlowDirection::Income => "income".to_owned(),
        FlowDirection::Expense => "expense".to_owned(),
        FlowDirection::Other(text) => text.clone(),
        _ => String::new(),
    };
    object(
        vec![
            ("booked_at", Some(json!(r.booked_at.to_string()))),
            ("transaction_id", Some(json!(r.transaction_id))),
            ("flow_id", Some(json!(r.flow_id))),
            ("business_name", Some(json!(r.business_name))),
            ("business_type", Some(json!(r.business_type))),
            ("direction", Some(json!(direction))),
            ("amount", Some(json!(r.amount))),
            ("balance", Some(json!(r.balance))),
            ("applicant", r.applicant.map(Value::from)),
            ("remark", r.remark.map(Value::from)),
            ("voucher_no", r.voucher_no.map(Value::from)),
        ],
        r.other,
    )
}

fn fund_flow_summary(s: FundFlowSummary) -> Value {
    object(
        vec![
            ("flow_count", Some(json!(s.flow_count))),
            ("income_count", Some(json!(s.income_count))),
            ("income_total", Some(json!(s.income_total))),
            ("expense_count", Some(json!(s.expense_count))),
            ("expense_total", Some(json!(s.expense_total))),
        ],
        s.other,
    )
}

fn comment(c: Comment) -> Value {
    json!({
        "time": c.time.to_string(),
        "transaction_id": c.transaction_id,
        "stars": c.stars,
        "content": c.content,
    })
}
