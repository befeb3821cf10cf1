//! The payment flows: an accepted request to a flow endpoint becomes a change of the ledger and
//! the answer the gateway gives, success fields or a business failure (`result_code` FAIL).
//!
//! | endpoint | answer | business failures (`err_code`) |
//! |---|---|---|
//! | `pay/unifiedorder` | the order placed `NOTPAY`: `prepay_id`, `code_url` (`NATIVE`), `mweb_url` (`MWEB`); the same number with the same amount, body and trade type, the same `prepay_id` | `OUT_TRADE_NO_USED` (other parameters), `ORDERPAID`, `ORDERCLOSED`, `ORDERREVERSED` |
//! | `pay/micropay` | the payment (`transaction_id`, `total_fee`, `cash_fee`, `time_end`, `openid`, `trade_type` `MICROPAY`, `bank_type` `CMC`...); when scripted, `USERPAYING` | as `unifiedorder` |
//! | `pay/orderquery` | the order (`trade_state`, `trade_state_desc`, `total_fee`, `attach`..., and once paid the payment's fields); a scripted `USERPAYING` order counts the query | `ORDERNOTEXIST` |
//! | `pay/closeorder` | `result_msg` `OK`; the order `CLOSED` (again when closed already) | `ORDERNOTEXIST`, `ORDERPAID`, `ORDERREVERSED` |
//! | `secapi/pay/refund` | the refund, successful at once; the order `REFUND`; the same `out_refund_no`, the same refund | `ORDERNOTEXIST`; `TRADE_STATE_ERROR` (订单状态错误: not paid); `PARAM_ERROR` (`total_fee` not the order's, or `refund_fee` 0); `INVALID_REQUEST` with `err_code_des` `累计退款金额大于支付金额` (refunds over the amount), or when an `out_refund_no` comes back with other amounts or belongs to another order |
//! | `pay/refundquery` | the refunds as the indexed list (`refund_count`, `out_refund_no_$n`, `refund_id_$n`, `refund_fee_$n`, `refund_status_$n` `SUCCESS`...): one by `refund_id` or `out_refund_no`, else all of the order (20 at most; 10 from `offset`, with `total_refund_count`) | `REFUNDNOTEXIST` |
//! | `secapi/pay/reverse` | `recall` `N`; the order `REVOKED`, paid or not (a paid one's money goes back) | `ORDERNOTEXIST` |
//! | `pay/downloadbill` | the day's payments and refunds with the summary ([`crate::bill`]), when the ledger has some on `bill_date`; else the synthetic bill | |
//! | `pay/downloadfundflow` | the day's fund flow ([`crate::bill`]): for the `Basic` account an income row per payment and an expense row per refund, the balance running on from the earlier days, and the summary; no rows for `Operation` and `Fees`; when the ledger has payments or refunds on `bill_date`, else the synthetic bill | |
//! | `billcommentsp/batchquerycomment` | a page of comments: one per paid order whose `time_end` lies within `[begin_time, end_time]`, by time, from `offset`, at most `limit` (200 when not given, and at most): 5 stars, `很方便,下次再来`; the first line the offset after the page | |
//! | `pay/combinedorder`, `pay/querycombinedorder`, `pay/closecombinedorder` | see [`crate::combined`] | |
//!
//! The API documentation names no error codes for these refusals: the codes above are the ones
//! the gateway is known to answer (each one an `ErrCode` of the SDK). An order is found by
//! `transaction_id` when the request gives it, else by `out_trade_no`, in the book of the request's merchant (`mch_id`,
//! and `sub_mch_id` when given). Payments notify the order's `notify_url`, refunds the
//! request's; see [`crate::deliver`].

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use wechatpay_v2::ApiKey;

use crate::check::Accepted;
use crate::clock::ChinaTime;
use crate::deliver::{self, Notice};
use crate::ledger::{
    Ledger, Lookup, Merchant, NewOrder, ORDER_NOT_EXIST, REFUND_NOT_EXIST, RefundAsk, RefundLookup,
    Refusal,
};
use crate::order::{Order, Refund, TradeState};

/// The paths played as flows (without the leading `/`), besides the downloads `pay/downloadbill`,
/// `pay/downloadfundflow` and `billcommentsp/batchquerycomment` ([`Flows::bill`]).
pub(crate) const FLOW_PATHS: &[&str] = &[
    "pay/unifiedorder",
    "pay/micropay",
    "pay/orderquery",
    "pay/closeorder",
    "secapi/pay/refund",
    "pay/refundquery",
    "secapi/pay/reverse",
];

/// The most comments a page of `batchquerycomment` holds, and its `limit` when none is given.
const COMMENT_LIMIT: u64 = 200;

/// What a refunded-to account is called in refund queries.
const REFUND_RECV_ACCOUNT: &str = "支付用户的零钱";

/// How a flow endpoint answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Answer {
    /// `result_code` SUCCESS with these fields (the envelope, nonce and sign are added).
    Success(BTreeMap<String, String>),
    /// `result_code` FAIL.
    Fail(Refusal),
}

/// A flow request handled: the answer, and the notifications it set off.
#[derive(Debug)]
pub(crate) struct Handled {
    pub(crate) answer: Answer,
    pub(crate) notices: Vec<Notice>,
}

/// The ledger, and what the test scripted for the next payment-code payment.
#[derive(Debug, Default)]
pub(crate) struct Flows {
    ledger: Mutex<Ledger>,
    /// `Some(polls)`: the next `micropay` leaves its order `USERPAYING` (see
    /// [`Ledger::micropay`]).
    next_micropay: Mutex<Option<Option<u32>>>,
    /// The combined orders ([`crate::combined`]).
    combined: Mutex<crate::combined::Book>,
}

impl Flows {
    fn ledger(&self) -> std::sync::MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next `micropay` leaves its order `USERPAYING`: for `polls` queries, or for good.
    pub(crate) fn script_user_paying(&self, polls: Option<u32>) {
        *self
            .next_micropay
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(polls);
    }

    /// The order `out_trade_no` of any merchant.
    pub(crate) fn order(&self, out_trade_no: &str) -> Option<Order> {
        self.ledger().find(out_trade_no).cloned()
    }

    /// The payer pays the order; its payment notification, when it has a `notify_url`.
    pub(crate) fn pay(
        &self,
        out_trade_no: &str,
        key: &ApiKey,
        now: &ChinaTime,
    ) -> Result<(Order, Option<Notice>), Refusal> {
        let order = self.ledger().pay(out_trade_no, now)?;
        let notice = deliver::payment_notice(&order, key);
        Ok((order, notice))
    }

    /// Answers an accepted request to a flow endpoint; `None` for any other endpoint.
    /// `mch_id` is the merchant's when the request names none.
    pub(crate) fn handle(
        &self,
        request: &Accepted<'_>,
        mch_id: &str,
        key: &ApiKey,
        now: &ChinaTime,
    ) -> Option<Handled> {
        let path = request.endpoint.wire_path;
        if !FLOW_PATHS.contains(&path) && !crate::combined::PATHS.contains(&path) {
            return None;
        }
        let merchant = merchant(request, mch_id);
        let lookup = lookup(request);
        let mut notices = Vec::new();
        let mut ledger = self.ledger();
        let result = match path {
            "pay/unifiedorder" => ledger
                .place(merchant, new_order(request), now)
                .map(|order| placed(request, &order)),
            "pay/micropay" => {
                let paying = self
                    .next_micropay
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take();
                ledger
                    .micropay(merchant, new_order(request), paying, now)
                    .and_then(|order| match order.trade_state {
                        TradeState::UserPaying => Err(USER_PAYING),
                        _ => Ok(paid(request, &order)),
                    })
            }
            "pay/orderquery" => lookup
                .ok_or(ORDER_NOT_EXIST)
                .and_then(|lookup| ledger.query(merchant, lookup, now))
                .map(|(order, paid_now)| {
                    if paid_now {
                        notices.extend(deliver::payment_notice(&order, key));
                    }
                    queried(request, &order)
                }),
            "pay/closeorder" => ledger
                .close(merchant, request.get("out_trade_no").unwrap_or_default())
                .map(|order| {
                    let mut fields = ids(request, &order);
                    put(&mut fields, "result_msg", "OK");
                    fields
                }),
            "secapi/pay/refund" => lookup
                .ok_or(ORDER_NOT_EXIST)
                .and_then(|lookup| ledger.refund(merchant, lookup, refund_ask(request), now))
                .map(|(order, refund, new)| {
                    if new {
                        notices.extend(deliver::refund_notice(&order, &refund, key));
                    }
                    refunded(request, &order, &refund)
                }),
            "pay/refundquery" => refund_lookup(request)
                .ok_or(REFUND_NOT_EXIST)
                .and_then(|lookup| ledger.refunds(merchant, lookup))
                .and_then(|(order, refunds)| refund_list(request, &order, &refunds)),
            path if crate::combined::PATHS.contains(&path) => {
                let mut book = self.combined.lock().unwrap_or_else(PoisonError::into_inner);
                crate::combined::handle(&mut ledger, &mut book, request, now)
            }
            _ => lookup
                .ok_or(ORDER_NOT_EXIST)
                .and_then(|lookup| ledger.reverse(merchant, lookup))
                .map(|order| {
                    let mut fields = ids(request, &order);
                    put(&mut fields, "recall", "N");
                    fields
                }),
        };
        let answer = match result {
            Ok(fields) => Answer::Success(fields),
            Err(refusal) => Answer::Fail(refusal),
        };
        Some(Handled { answer, notices })
    }

    /// The text a download request asks for, from the ledger of the request's merchant: the
    /// bill of `pay/downloadbill` or the fund flow of `pay/downloadfundflow` when the ledger has
    /// payments or refunds on its `bill_date`, a page of `billcommentsp/batchquerycomment`
    /// always; `None` otherwise (the synthetic bill).
    pub(crate) fn bill(&self, request: &Accepted<'_>, mch_id: &str) -> Option<Vec<u8>> {
        let merchant = merchant(request, mch_id);
        let ledger = self.ledger();
        match request.endpoint.wire_path {
            "pay/downloadbill" => {
                let day = ledger.day(merchant, request.get("bill_date")?)?;
                let bill_type = request.get("bill_type").unwrap_or("ALL");
                Some(crate::bill::day_bill(&day, bill_type))
            }
            "pay/downloadfundflow" => {
                let date = request.get("bill_date")?;
                let day = ledger.day(merchant, date)?;
                let account_type = request.get("account_type").unwrap_or("Basic");
                let opening = ledger.balance_before(merchant, date);
                Some(crate::bill::fund_flow_bill(&day, account_type, opening))
            }
            "billcommentsp/batchquerycomment" => {
                let begin = request.get("begin_time").unwrap_or_default();
                let end = request.get("end_time").unwrap_or_default();
                let paid = ledger.paid_between(merchant, begin, end);
                let offset = amount(request, "offset");
                let limit = given(request, "limit")
                    .and_then(|v| v.parse().ok())
                    .map_or(COMMENT_LIMIT, |limit: u64| limit.min(COMMENT_LIMIT));
                Some(crate::bill::comment_page(&paid, offset, limit))
            }
            _ => None,
        }
    }
}

/// The answer of a payment-code payment the payer is still confirming.
const USER_PAYING: Refusal = Refusal {
    code: "USERPAYING",
    des: "需要用户输入支付密码",
};

/// A request field, when given and not empty.
fn given<'a>(request: &'a Accepted<'_>, name: &str) -> Option<&'a str> {
    request.get(name).filter(|v| !v.is_empty())
}

fn owned(request: &Accepted<'_>, name: &str) -> Option<String> {
    given(request, name).map(str::to_owned)
}

fn amount(request: &Accepted<'_>, name: &str) -> u64 {
    given(request, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn merchant<'a>(request: &'a Accepted<'_>, mch_id: &'a str) -> Merchant<'a> {
    Merchant {
        mch_id: given(request, "mch_id").unwrap_or(mch_id),
        sub_mch_id: given(request, "sub_mch_id"),
    }
}

/// The order a request names: by `transaction_id` when given, else by `out_trade_no`.
fn lookup<'a>(request: &'a Accepted<'_>) -> Option<Lookup<'a>> {
    given(request, "transaction_id")
        .map(Lookup::Transaction)
        .or_else(|| given(request, "out_trade_no").map(Lookup::OutTradeNo))
}

/// The refunds a query names, the most precise number first.
fn refund_lookup<'a>(request: &'a Accepted<'_>) -> Option<RefundLookup<'a>> {
    given(request, "refund_id")
        .map(RefundLookup::RefundId)
        .or_else(|| given(request, "out_refund_no").map(RefundLookup::OutRefundNo))
        .or_else(|| lookup(request).map(RefundLookup::Order))
}

fn new_order(request: &Accepted<'_>) -> NewOrder {
    NewOrder {
        appid: owned(request, "appid").unwrap_or_else(|| crate::DEFAULT_APPID.to_owned()),
        sub_appid: owned(request, "sub_appid"),
        out_trade_no: owned(request, "out_trade_no").unwrap_or_default(),
        body: owned(request, "body").unwrap_or_default(),
        attach: owned(request, "attach"),
        total_fee: amount(request, "total_fee"),
        trade_type: owned(request, "trade_type").unwrap_or_default(),
        device_info: owned(request, "device_info"),
        notify_url: owned(request, "notify_url"),
        openid: owned(request, "openid"),
        sign_type: request.sign_type,
    }
}

fn refund_ask(request: &Accepted<'_>) -> RefundAsk {
    RefundAsk {
        out_refund_no: owned(request, "out_refund_no").unwrap_or_default(),
        total_fee: amount(request, "total_fee"),
        refund_fee: amount(request, "refund_fee"),
        refund_account: owned(request, "refund_account"),
        notify_url: owned(request, "notify_url"),
    }
}

fn put(fields: &mut BTreeMap<String, String>, name: &str, value: impl Into<String>) {
    fields.insert(name.to_owned(), value.into());
}

fn put_some(fields: &mut BTreeMap<String, String>, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        put(fields, name, value);
    }
}

/// The ids every answer carries: the request's app id (else the order's), merchant, and the
/// partner-mode ids it gave.
fn ids(request: &Accepted<'_>, order: &Order) -> BTreeMap<String, String> {
    let mut fields = BTreeMap::new();
    put(
        &mut fields,
        "appid",
        given(request, "appid").unwrap_or(&order.appid),
    );
    put(&mut fields, "mch_id", order.mch_id.as_str());
    put_some(&mut fields, "sub_appid", given(request, "sub_appid"));
    put_some(&mut fields, "sub_mch_id", order.sub_mch_id.as_deref());
    fields
}

/// `unifiedorder`'s answer.
fn placed(request: &Accepted<'_>, order: &Order) -> BTreeMap<String, String> {
    let mut fields = ids(request, order);
    put(&mut fields, "trade_type", order.trade_type.as_str());
    put_some(&mut fields, "prepay_id", order.prepay_id.as_deref());
    put_some(&mut fields, "code_url", order.code_url.as_deref());
    put_some(&mut fields, "mweb_url", order.mweb_url.as_deref());
    put_some(&mut fields, "device_info", order.device_info.as_deref());
    fields
}

/// The order's own fields, and its payment's once paid.
fn order_fields(request: &Accepted<'_>, order: &Order) -> BTreeMap<String, String> {
    let mut fields = ids(request, order);
    put(&mut fields, "out_trade_no", order.out_trade_no.as_str());
    put(&mut fields, "total_fee", order.total_fee.to_string());
    put(&mut fields, "fee_type", "CNY");
    put_some(&mut fields, "attach", order.attach.as_deref());
    put_some(&mut fields, "device_info", order.device_info.as_deref());
    if let Some(transaction_id) = &order.transaction_id {
        put(&mut fields, "transaction_id", transaction_id.as_str());
        put(&mut fields, "trade_type", order.trade_type.as_str());
        put_some(&mut fields, "openid", order.openid.as_deref());
        put(&mut fields, "is_subscribe", "N");
        put(&mut fields, "bank_type", "CMC");
        put(&mut fields, "cash_fee", order.total_fee.to_string());
        put(&mut fields, "cash_fee_type", "CNY");
        put_some(&mut fields, "time_end", order.time_end.as_deref());
    }
    fields
}

/// `micropay`'s answer: the payment.
fn paid(request: &Accepted<'_>, order: &Order) -> BTreeMap<String, String> {
    order_fields(request, order)
}

/// `orderquery`'s answer: the order and its state.
fn queried(request: &Accepted<'_>, order: &Order) -> BTreeMap<String, String> {
    let mut fields = order_fields(request, order);
    put(&mut fields, "trade_state", order.trade_state.as_str());
    put(
        &mut fields,
        "trade_state_desc",
        order.trade_state.description(),
    );
    fields
}

/// `refund`'s answer: the refund and the order's amounts.
fn refunded(request: &Accepted<'_>, order: &Order, refund: &Refund) -> BTreeMap<String, String> {
    let mut fields = ids(request, order);
    put_some(
        &mut fields,
        "transaction_id",
        order.transaction_id.as_deref(),
    );
    put(&mut fields, "out_trade_no", order.out_trade_no.as_str());
    put(&mut fields, "out_refund_no", refund.out_refund_no.as_str());
    put(&mut fields, "refund_id", refund.refund_id.as_str());
    put(&mut fields, "refund_fee", refund.refund_fee.to_string());
    put(
        &mut fields,
        "settlement_refund_fee",
        refund.refund_fee.to_string(),
    );
    put(&mut fields, "total_fee", order.total_fee.to_string());
    put(&mut fields, "fee_type", "CNY");
    put(&mut fields, "cash_fee", order.total_fee.to_string());
    put(&mut fields, "cash_fee_type", "CNY");
    put(
        &mut fields,
        "cash_refund_fee",
        refund.refund_fee.to_string(),
    );
    fields
}

/// `refundquery`'s answer: the order, and its refunds as the indexed list. Without `offset`
/// the first 20; with it, 10 from it and `total_refund_count` (an offset past the end:
/// `REFUNDNOTEXIST`).
fn refund_list(
    request: &Accepted<'_>,
    order: &Order,
    refunds: &[Refund],
) -> Result<BTreeMap<String, String>, Refusal> {
    let mut fields = ids(request, order);
    put_some(
        &mut fields,
        "transaction_id",
        order.transaction_id.as_deref(),
    );
    put(&mut fields, "out_trade_no", order.out_trade_no.as_str());
    put(&mut fields, "total_fee", order.total_fee.to_string());
    put(&mut fields, "fee_type", "CNY");
    put(&mut fields, "cash_fee", order.total_fee.to_string());
    let page: &[Refund] = match given(request, "offset").and_then(|o| o.parse::<usize>().ok()) {
        None => &refunds[..refunds.len().min(20)],
        Some(offset) if offset >= refunds.len() => return Err(REFUND_NOT_EXIST),
        Some(offset) => {
            put(&mut fields, "total_refund_count", refunds.len().to_string());
            &refunds[offset..refunds.len().min(offset + 10)]
        }
    };
    put(&mut fields, "refund_count", page.len().to_string());
    for (n, refund) in page.iter().enumerate() {
        let mut item = |name: &str, value: String| {
            fields.insert(format!("{name}_{n}"), value);
        };
        item("out_refund_no", refund.out_refund_no.clone());
        item("refund_id", refund.refund_id.clone());
        item("refund_channel", "ORIGINAL".to_owned());
        item("refund_fee", refund.refund_fee.to_string());
        item("settlement_refund_fee", refund.refund_fee.to_string());
        item("refund_status", "SUCCESS".to_owned());
        item("refund_account", refund.refund_account.clone());
        item("refund_recv_accout", REFUND_RECV_ACCOUNT.to_owned());
        item("refund_success_time", refund.success_time.clone());
    }
    Ok(fields)
}
