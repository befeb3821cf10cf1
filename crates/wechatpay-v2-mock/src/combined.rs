//! Combined orders (合单支付): one payment of several sub-orders, each in its own merchant's
//! book of the ledger, so each is also an ordinary order (`orderquery`, `closeorder`,
//! `refund`...).
//!
//! | endpoint | answer | business failures (`err_code`) |
//! |---|---|---|
//! | `pay/combinedorder` | each sub-order placed `NOTPAY` (as `unifiedorder` places one); the combined order's `prepay_id` (and `code_url`, `mweb_url`); the same combined number again, the same answer | as `unifiedorder`, for any sub-order; `PARAM_ERROR` when `sub_order_list` has no sub-order |
//! | `pay/querycombinedorder` | `trade_state` (`SUCCESS` once every sub-order is paid, else the first other state) and `sub_order_list`: each sub-order's `mchid`, `trade_type`, `attach`, `amount`, `out_trade_no`, `description`, and `transaction_id` once paid | `ORDERNOTEXIST` |
//! | `pay/closecombinedorder` | every sub-order closed | `ORDERNOTEXIST`; as `closeorder`, for any sub-order |
//!
//! The sub-orders are paid one by one ([`MockServer::pay`](crate::MockServer::pay) with a
//! sub-order's number). The combined payment notification (`combined-transactions-success`) is
//! not sent: the sub-orders have no `notify_url` of their own.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::check::Accepted;
use crate::clock::ChinaTime;
use crate::ledger::{Ledger, Lookup, Merchant, NewOrder, ORDER_NOT_EXIST, Refusal};
use crate::order::TradeState;

/// The paths of combined orders (without the leading `/`).
pub(crate) const PATHS: &[&str] = &[
    "pay/combinedorder",
    "pay/querycombinedorder",
    "pay/closecombinedorder",
];

const NO_SUB_ORDER: Refusal = Refusal {
    code: "PARAM_ERROR",
    des: "sub_order_list没有子单",
};

/// One sub-order: its merchant's book and its number.
#[derive(Debug, Clone)]
struct Part {
    mch_id: String,
    sub_mch_id: Option<String>,
    out_trade_no: String,
}

impl Part {
    fn merchant(&self) -> Merchant<'_> {
        Merchant {
            mch_id: &self.mch_id,
            sub_mch_id: self.sub_mch_id.as_deref(),
        }
    }
}

/// A combined order: what its answers repeat, and its sub-orders.
#[derive(Debug, Clone)]
pub(crate) struct Combined {
    answer: BTreeMap<String, String>,
    parts: Vec<Part>,
}

/// The combined orders, by `combine_out_trade_no`.
pub(crate) type Book = BTreeMap<String, Combined>;

fn text<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    value
        .get(name)
        .and_then(Value::as_str)
        .filter(|v| !v.is_empty())
}

fn put(fields: &mut BTreeMap<String, String>, name: &str, value: impl Into<String>) {
    fields.insert(name.to_owned(), value.into());
}

/// Answers an accepted request to one of [`PATHS`].
pub(crate) fn handle(
    ledger: &mut Ledger,
    book: &mut Book,
    request: &Accepted<'_>,
    now: &ChinaTime,
) -> Result<BTreeMap<String, String>, Refusal> {
    let number = request.get("combine_out_trade_no").unwrap_or_default();
    match request.endpoint.wire_path {
        "pay/combinedorder" => {
            if let Some(combined) = book.get(number) {
                return Ok(combined.answer.clone());
            }
            let combined = place(ledger, request, now)?;
            let answer = combined.answer.clone();
            book.insert(number.to_owned(), combined);
            Ok(answer)
        }
        "pay/querycombinedorder" => {
            let combined = book.get(number).ok_or(ORDER_NOT_EXIST)?;
            query(ledger, combined, number, now)
        }
        _ => {
            let combined = book.get(number).ok_or(ORDER_NOT_EXIST)?;
            for part in &combined.parts {
                ledger.close(part.merchant(), &part.out_trade_no)?;
            }
            let mut fields = ids(&combined.answer);
            fields.remove("combine_out_trade_no");
            Ok(fields)
        }
    }
}

/// The combined order's own ids, as its answers carry them.
fn ids(answer: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    answer
        .iter()
        .filter(|(k, _)| k.starts_with("combine_"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Places every sub-order; the answer of the first gives the combined `prepay_id`.
fn place(
    ledger: &mut Ledger,
    request: &Accepted<'_>,
    now: &ChinaTime,
) -> Result<Combined, Refusal> {
    let list: Value = request
        .get("sub_order_list")
        .and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or(Value::Null);
    let subs = list
        .get("order_list")
        .and_then(Value::as_array)
        .filter(|subs| !subs.is_empty())
        .ok_or(NO_SUB_ORDER)?;
    let trade_type = request.get("trade_type").unwrap_or_default();
    let mut parts = Vec::new();
    let mut first = None;
    for sub in subs {
        let part = Part {
            mch_id: text(sub, "mch_id").unwrap_or_default().to_owned(),
            sub_mch_id: text(sub, "sub_mch_id").map(str::to_owned),
            out_trade_no: text(sub, "out_trade_no").unwrap_or_default().to_owned(),
        };
        let order = ledger.place(
            part.merchant(),
            NewOrder {
                appid: text(sub, "appid").unwrap_or_default().to_owned(),
                sub_appid: text(sub, "sub_appid").map(str::to_owned),
                out_trade_no: part.out_trade_no.clone(),
                body: text(sub, "body").unwrap_or_default().to_owned(),
                attach: text(sub, "attach").map(str::to_owned),
                total_fee: sub.get("total_fee").and_then(Value::as_u64).unwrap_or(0),
                trade_type: trade_type.to_owned(),
                device_info: None,
                notify_url: None,
                openid: request.get("combine_openid").map(str::to_owned),
                sign_type: request.sign_type,
            },
            now,
        )?;
        first.get_or_insert(order);
        parts.push(part);
    }
    let mut answer = BTreeMap::new();
    for name in ["combine_appid", "combine_mch_id", "combine_out_trade_no"] {
        put(&mut answer, name, request.get(name).unwrap_or_default());
    }
    put(&mut answer, "trade_type", trade_type);
    if let Some(order) = first {
        for (name, value) in [
            ("prepay_id", order.prepay_id),
            ("code_url", order.code_url),
            ("mweb_url", order.mweb_url),
        ] {
            if let Some(value) = value {
                put(&mut answer, name, value);
            }
        }
    }
    if let Some(device) = request.get("device_info").filter(|d| !d.is_empty()) {
        put(&mut answer, "device_info", device);
    }
    Ok(Combined { answer, parts })
}

/// The combined order's state and its sub-orders, as `querycombinedorder` answers.
fn query(
    ledger: &mut Ledger,
    combined: &Combined,
    number: &str,
    now: &ChinaTime,
) -> Result<BTreeMap<String, String>, Refusal> {
    let mut list = Vec::new();
    let mut state = TradeState::Success;
    for part in &combined.parts {
        let (order, _) =
            ledger.query(part.merchant(), Lookup::OutTradeNo(&part.out_trade_no), now)?;
        if order.trade_state != TradeState::Success && state == TradeState::Success {
            state = order.trade_state;
        }
        let mut sub = json!({
            "mchid": order.mch_id,
            "trade_type": order.trade_type,
            "attach": order.attach.clone().unwrap_or_default(),
            "amount": { "total_amount": order.total_fee, "currency": "CNY" },
            "out_trade_no": order.out_trade_no,
            "description": order.body,
        });
        if let Some(id) = &order.transaction_id {
            sub["transaction_id"] = json!(id);
        }
        list.push(sub);
    }
    let mut fields = ids(&combined.answer);
    put(&mut fields, "combine_out_trade_no", number);
    put(&mut fields, "result_msg", "OK");
    put(&mut fields, "trade_state", state.as_str());
    put(&mut fields, "trade_state_desc", state.description());
    put(
        &mut fields,
        "sub_order_list",
        json!({ "order_num": list.len(), "order_list": list }).to_string(),
    );
    Ok(fields)
}
