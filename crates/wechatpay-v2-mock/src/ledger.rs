//! Orders and refunds, kept per merchant (`mch_id`, and `sub_mch_id` when given), and their
//! state transitions: no I/O and no clock (each change is given the time), so every rule is
//! tested here on its own.
//!
//! An order is placed (`NOTPAY`, by `unifiedorder`) or paid at once by a payment code
//! (`micropay`), or left `USERPAYING` for a number of queries, or for good. A paid order
//! (`SUCCESS`) can be refunded, in parts up to its amount (`REFUND`); an unpaid one closed
//! (`CLOSED`); any order reversed (`REVOKED`). Which business failures refuse a change is
//! documented with each function, and in the table of the `flows` module.

use std::collections::BTreeMap;

use wechatpay_v2::SignType;

use crate::clock::ChinaTime;
use crate::order::{Order, Refund, TradeState};

/// The payer of orders whose payer the request does not name (payment codes, `NATIVE`...).
pub(crate) const PAYER_OPENID: &str = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

/// A business failure: the `err_code` and `err_code_des` of a `result_code` FAIL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub(crate) code: &'static str,
    pub(crate) des: &'static str,
}

const fn refusal(code: &'static str, des: &'static str) -> Refusal {
    Refusal { code, des }
}

pub(crate) const ORDER_NOT_EXIST: Refusal = refusal("ORDERNOTEXIST", "订单不存在");
pub(crate) const ORDER_PAID: Refusal = refusal("ORDERPAID", "该订单已支付");
pub(crate) const ORDER_CLOSED: Refusal = refusal("ORDERCLOSED", "该订单已关闭");
pub(crate) const ORDER_REVERSED: Refusal = refusal("ORDERREVERSED", "该订单已撤销");
pub(crate) const OUT_TRADE_NO_USED: Refusal = refusal("OUT_TRADE_NO_USED", "商户订单号重复");
pub(crate) const REFUND_NOT_EXIST: Refusal = refusal("REFUNDNOTEXIST", "退款订单查询失败");
pub(crate) const TRADE_STATE_ERROR: Refusal = refusal("TRADE_STATE_ERROR", "订单状态错误");
pub(crate) const TOTAL_FEE_MISMATCH: Refusal =
    refusal("PARAM_ERROR", "订单金额total_fee与原订单金额不一致");
pub(crate) const REFUND_FEE_ZERO: Refusal = refusal("PARAM_ERROR", "退款金额必须大于0");
pub(crate) const REFUND_OVER: Refusal = refusal("INVALID_REQUEST", "累计退款金额大于支付金额");
pub(crate) const REFUND_CHANGED: Refusal = refusal(
    "INVALID_REQUEST",
    "订单金额或退款金额与之前请求不一致，请核实后再试",
);
pub(crate) const REFUND_NO_USED: Refusal = refusal("INVALID_REQUEST", "商户退款单号已用于其他订单");

/// The merchant whose book an order is in: `mch_id`, and `sub_mch_id` in partner mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Merchant<'a> {
    pub(crate) mch_id: &'a str,
    pub(crate) sub_mch_id: Option<&'a str>,
}

impl Merchant<'_> {
    fn key(&self) -> (String, String) {
        (
            self.mch_id.to_owned(),
            self.sub_mch_id.unwrap_or_default().to_owned(),
        )
    }
}

/// An order, by either of its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lookup<'a> {
    /// By `transaction_id`.
    Transaction(&'a str),
    /// By `out_trade_no`.
    OutTradeNo(&'a str),
}

/// Refunds, by any of the four numbers `refundquery` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefundLookup<'a> {
    /// One refund, by `refund_id`.
    RefundId(&'a str),
    /// One refund, by `out_refund_no`.
    OutRefundNo(&'a str),
    /// Every refund of an order.
    Order(Lookup<'a>),
}

/// The order a request places (`unifiedorder`) or pays (`micropay`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewOrder {
    pub(crate) appid: String,
    pub(crate) sub_appid: Option<String>,
    pub(crate) out_trade_no: String,
    pub(crate) body: String,
    pub(crate) attach: Option<String>,
    pub(crate) total_fee: u64,
    pub(crate) trade_type: String,
    pub(crate) device_info: Option<String>,
    pub(crate) notify_url: Option<String>,
    pub(crate) openid: Option<String>,
    pub(crate) sign_type: SignType,
}

/// A refund a request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RefundAsk {
    pub(crate) out_refund_no: String,
    pub(crate) total_fee: u64,
    pub(crate) refund_fee: u64,
    pub(crate) refund_account: Option<String>,
    pub(crate) notify_url: Option<String>,
}

#[derive(Debug)]
struct Record {
    order: Order,
    /// While `USERPAYING`: `Some(n)`, paid at the query after `n` more; `None`, never.
    polls_left: Option<Option<u32>>,
}

/// Every merchant's orders.
#[derive(Debug, Default)]
pub(crate) struct Ledger {
    /// By merchant (`mch_id`, `sub_mch_id` or empty), then by `out_trade_no`.
    books: BTreeMap<(String, String), BTreeMap<String, Record>>,
    /// The serial number of the last id handed out.
    serial: u64,
}

impl Ledger {
    fn next_serial(&mut self) -> u64 {
        self.serial += 1;
        self.serial
    }

    fn book(&mut self, merchant: Merchant<'_>) -> &mut BTreeMap<String, Record> {
        self.books.entry(merchant.key()).or_default()
    }

    fn record(&mut self, merchant: Merchant<'_>, lookup: Lookup<'_>) -> Option<&mut Record> {
        let book = self.books.get_mut(&merchant.key())?;
        match lookup {
            Lookup::OutTradeNo(no) => book.get_mut(no),
            Lookup::Transaction(id) => book
                .values_mut()
                .find(|r| r.order.transaction_id.as_deref() == Some(id)),
        }
    }

    /// The order `out_trade_no` of any merchant: the merchant's own before its sub-merchants'.
    pub(crate) fn find(&self, out_trade_no: &str) -> Option<&Order> {
        self.books
            .values()
            .find_map(|book| book.get(out_trade_no))
            .map(|r| &r.order)
    }

    /// Places an order (`unifiedorder`): `NOTPAY`, with a `prepay_id` (and a `code_url` for
    /// `NATIVE`, an `mweb_url` for `MWEB`). The same number again with the same amount, body and
    /// trade type gets the same order back; with others, `OUT_TRADE_NO_USED`. A paid order
    /// answers `ORDERPAID`, a closed one `ORDERCLOSED`, a reversed one `ORDERREVERSED`.
    pub(crate) fn place(
        &mut self,
        merchant: Merchant<'_>,
        new: NewOrder,
        now: &ChinaTime,
    ) -> Result<Order, Refusal> {
        if let Some(record) = self.record(merchant, Lookup::OutTradeNo(&new.out_trade_no)) {
            let order = &record.order;
            finished(order.trade_state)?;
            let same = order.prepay_id.is_some()
                && order.total_fee == new.total_fee
                && order.body == new.body
                && order.trade_type == new.trade_type;
            return if same {
                Ok(order.clone())
            } else {
                Err(OUT_TRADE_NO_USED)
            };
        }
        let serial = self.next_serial();
        let prepay_id = format!("wx{}{serial:020}", now.compact());
        let code_url = (new.trade_type == "NATIVE")
            .then(|| format!("weixin://wxpay/bizpayurl?pr=mock{serial:06}"));
        let mweb_url = (new.trade_type == "MWEB").then(|| {
            format!(
                "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id={prepay_id}&package=1037687096"
            )
        });
        let order = order_of(merchant, new, Some(prepay_id), code_url, mweb_url);
        self.insert(merchant, order.clone(), None);
        Ok(order)
    }

    /// Pays a payment-code order (`micropay`) at once, or, with `paying` (the test's script),
    /// leaves it `USERPAYING`: `Some(n)` until the query after `n` queries, `None` until it is
    /// reversed or closed. A `USERPAYING` order submitted again with the same amount stays as it
    /// is; any other existing order refuses as [`place`](Self::place) does.
    pub(crate) fn micropay(
        &mut self,
        merchant: Merchant<'_>,
        new: NewOrder,
        paying: Option<Option<u32>>,
        now: &ChinaTime,
    ) -> Result<Order, Refusal> {
        if let Some(record) = self.record(merchant, Lookup::OutTradeNo(&new.out_trade_no)) {
            let order = &record.order;
            finished(order.trade_state)?;
            let same = order.trade_state == TradeState::UserPaying
                && order.trade_type == "MICROPAY"
                && order.total_fee == new.total_fee;
            return if same {
                Ok(order.clone())
            } else {
                Err(OUT_TRADE_NO_USED)
            };
        }
        let mut order = order_of(merchant, new, None, None, None);
        order.trade_type = "MICROPAY".to_owned();
        order.openid.get_or_insert_with(|| PAYER_OPENID.to_owned());
        match paying {
            Some(polls) => {
                order.trade_state = TradeState::UserPaying;
                self.insert(merchant, order.clone(), Some(polls));
                Ok(order)
            }
            None => {
                let serial = self.next_serial();
                pay(&mut order, serial, now);
                self.insert(merchant, order.clone(), None);
                Ok(order)
            }
        }
    }

    fn insert(&mut self, merchant: Merchant<'_>, order: Order, polls_left: Option<Option<u32>>) {
        self.book(merchant)
            .insert(order.out_trade_no.clone(), Record { order, polls_left });
    }

    /// Queries an order (`orderquery`); unknown, `ORDERNOTEXIST`. A `USERPAYING` order with
    /// queries left counts one down, and is paid at the query after the last one. The flag
    /// says whether this query paid it.
    pub(crate) fn query(
        &mut self,
        merchant: Merchant<'_>,
        lookup: Lookup<'_>,
        now: &ChinaTime,
    ) -> Result<(Order, bool), Refusal> {
        let serial = self.serial + 1;
        let record = self.record(merchant, lookup).ok_or(ORDER_NOT_EXIST)?;
        let mut paid = false;
        if record.order.trade_state == TradeState::UserPaying {
            match &mut record.polls_left {
                Some(Some(0)) => {
                    pay(&mut record.order, serial, now);
                    record.polls_left = None;
                    paid = true;
                }
                Some(Some(left)) => *left -= 1,
                _ => {}
            }
        }
        let order = record.order.clone();
        if paid {
            self.serial = serial;
        }
        Ok((order, paid))
    }

    /// The payer pays an order placed or left `USERPAYING` (the test's `MockServer::pay`), of
    /// any merchant; unknown, `ORDERNOTEXIST`; paid, `ORDERPAID`; closed, `ORDERCLOSED`;
    /// reversed, `ORDERREVERSED`.
    pub(crate) fn pay(&mut self, out_trade_no: &str, now: &ChinaTime) -> Result<Order, Refusal> {
        let serial = self.serial + 1;
        let record = self
            .books
            .values_mut()
            .find_map(|book| book.get_mut(out_trade_no))
            .ok_or(ORDER_NOT_EXIST)?;
        finished(record.order.trade_state)?;
        pay(&mut record.order, serial, now);
        record.polls_left = None;
        let order = record.order.clone();
        self.serial = serial;
        Ok(order)
    }

    /// Closes an unpaid order (`closeorder`): unknown, `ORDERNOTEXIST`; paid, `ORDERPAID`;
    /// reversed, `ORDERREVERSED`; closed already, closed again.
    pub(crate) fn close(
        &mut self,
        merchant: Merchant<'_>,
        out_trade_no: &str,
    ) -> Result<Order, Refusal> {
        let record = self
            .record(merchant, Lookup::OutTradeNo(out_trade_no))
            .ok_or(ORDER_NOT_EXIST)?;
        match record.order.trade_state {
            state if state.is_paid() => return Err(ORDER_PAID),
            TradeState::Revoked => return Err(ORDER_REVERSED),
            _ => {}
        }
        record.order.trade_state = TradeState::Closed;
        record.polls_left = None;
        Ok(record.order.clone())
    }

    /// Refunds a paid order (`refund`), at once. Refused: unknown order, `ORDERNOTEXIST`; not
    /// paid, `TRADE_STATE_ERROR`; a `total_fee` other than the order's, or a `refund_fee` of 0,
    /// `PARAM_ERROR`; refunds over the order's amount in all, `INVALID_REQUEST` (累计退款金额大于
    /// 支付金额); an `out_refund_no` of another order, `INVALID_REQUEST`. The same
    /// `out_refund_no` again gets the same refund (the flag is `false`), or `INVALID_REQUEST`
    /// when its amounts differ. The order becomes `REFUND`.
    pub(crate) fn refund(
        &mut self,
        merchant: Merchant<'_>,
        lookup: Lookup<'_>,
        ask: RefundAsk,
        now: &ChinaTime,
    ) -> Result<(Order, Refund, bool), Refusal> {
        let serial = self.serial + 1;
        let used_elsewhere = self.books.get(&merchant.key()).is_some_and(|book| {
            book.values().any(|r| {
                !matches_lookup(&r.order, lookup)
                    && r.order
                        .refunds
                        .iter()
                        .any(|f| f.out_refund_no == ask.out_refund_no)
            })
        });
        let record = self.record(merchant, lookup).ok_or(ORDER_NOT_EXIST)?;
        let order = &mut record.order;
        if let Some(done) = order
            .refunds
            .iter()
            .find(|r| r.out_refund_no == ask.out_refund_no)
        {
            return if done.refund_fee == ask.refund_fee && order.total_fee == ask.total_fee {
                Ok((order.clone(), done.clone(), false))
            } else {
                Err(REFUND_CHANGED)
            };
        }
        if used_elsewhere {
            return Err(REFUND_NO_USED);
        }
        if !order.trade_state.is_paid() {
            return Err(TRADE_STATE_ERROR);
        }
        if ask.total_fee != order.total_fee {
            return Err(TOTAL_FEE_MISMATCH);
        }
        if ask.refund_fee == 0 {
            return Err(REFUND_FEE_ZERO);
        }
        if order.refunded_fee() + ask.refund_fee > order.total_fee {
            return Err(REFUND_OVER);
        }
        let refund = Refund {
            out_refund_no: ask.out_refund_no,
            refund_id: format!("5030{}{serial:018}", now.date()),
            refund_fee: ask.refund_fee,
            success_time: now.dashed(),
            refund_account: ask
                .refund_account
                .unwrap_or_else(|| "REFUND_SOURCE_UNSETTLED_FUNDS".to_owned()),
            notify_url: ask.notify_url,
        };
        order.refunds.push(refund.clone());
        order.trade_state = TradeState::Refund;
        let order = order.clone();
        self.serial = serial;
        Ok((order, refund, true))
    }

    /// The refunds `refundquery` asks for, with their order: one by its number, or every
    /// refund of an order; none, `REFUNDNOTEXIST`.
    pub(crate) fn refunds(
        &self,
        merchant: Merchant<'_>,
        lookup: RefundLookup<'_>,
    ) -> Result<(Order, Vec<Refund>), Refusal> {
        let book = self.books.get(&merchant.key()).ok_or(REFUND_NOT_EXIST)?;
        let one = |matches: &dyn Fn(&Refund) -> bool| {
            book.values().find_map(|r| {
                let refund = r.order.refunds.iter().find(|f| matches(f))?;
                Some((r.order.clone(), vec![refund.clone()]))
            })
        };
        let found = match lookup {
            RefundLookup::RefundId(id) => one(&|f| f.refund_id == id),
            RefundLookup::OutRefundNo(no) => one(&|f| f.out_refund_no == no),
            RefundLookup::Order(lookup) => book
                .values()
                .find(|r| matches_lookup(&r.order, lookup))
                .filter(|r| !r.order.refunds.is_empty())
                .map(|r| (r.order.clone(), r.order.refunds.clone())),
        };
        found.ok_or(REFUND_NOT_EXIST)
    }

    /// Reverses an order (`reverse`): unpaid, it can no longer be paid; paid, its money goes
    /// back. Either way it becomes `REVOKED`, and reversing it again succeeds again; unknown,
    /// `ORDERNOTEXIST`.
    pub(crate) fn reverse(
        &mut self,
        merchant: Merchant<'_>,
        lookup: Lookup<'_>,
    ) -> Result<Order, Refusal> {
        let record = self.record(merchant, lookup).ok_or(ORDER_NOT_EXIST)?;
        record.order.trade_state = TradeState::Revoked;
        record.polls_left = None;
        Ok(record.order.clone())
    }

    /// The merchant's orders paid (and not reversed since) on `date` (`yyyyMMdd`), and its
    /// refunds that succeeded on it, with their orders; `None` when there are neither.
    pub(crate) fn day(&self, merchant: Merchant<'_>, date: &str) -> Option<Day> {
        let book = self.books.get(&merchant.key())?;
        let mut day = Day::default();
        for record in book.values() {
            let order = &record.order;
            let paid_on = order.time_end.as_deref().map(crate::clock::date_of);
            if order.trade_state.is_paid() && paid_on.as_deref() == Some(date) {
                day.payments.push(order.clone());
            }
            for refund in &order.refunds {
                if crate::clock::date_of(&refund.success_time) == date {
                    day.refunds.push((order.clone(), refund.clone()));
                }
            }
        }
        (!day.payments.is_empty() || !day.refunds.is_empty()).then_some(day)
    }

    /// The merchant's paid orders (not reversed since) whose `time_end` lies within
    /// `[begin, end]` (`yyyyMMddHHmmss`), by `time_end`, then `transaction_id`.
    pub(crate) fn paid_between(
        &self,
        merchant: Merchant<'_>,
        begin: &str,
        end: &str,
    ) -> Vec<Order> {
        let Some(book) = self.books.get(&merchant.key()) else {
            return Vec::new();
        };
        let mut paid: Vec<Order> = book
            .values()
            .map(|record| &record.order)
            .filter(|order| order.trade_state.is_paid())
            .filter(|order| {
                order
                    .time_end
                    .as_deref()
                    .is_some_and(|t| begin <= t && t <= end)
            })
            .cloned()
            .collect();
        paid.sort_by(|a, b| {
            (&a.time_end, &a.transaction_id).cmp(&(&b.time_end, &b.transaction_id))
        });
        paid
    }

    /// What the merchant's payments (not reversed since) brought in before `date`
    /// (`yyyyMMdd`), less its refunds before it, in fen: the balance a day's fund flow starts
    /// from.
    pub(crate) fn balance_before(&self, merchant: Merchant<'_>, date: &str) -> i64 {
        let Some(book) = self.books.get(&merchant.key()) else {
            return 0;
        };
        let fen = |amount: u64| i64::try_from(amount).unwrap_or(i64::MAX);
        let mut balance: i64 = 0;
        for order in book.values().map(|record| &record.order) {
            let paid_on = order.time_end.as_deref().map(crate::clock::date_of);
            if order.trade_state.is_paid() && paid_on.is_some_and(|d| d.as_str() < date) {
                balance = balance.saturating_add(fen(order.total_fee));
            }
            for refund in &order.refunds {
                if crate::clock::date_of(&refund.success_time).as_str() < date {
                    balance = balance.saturating_sub(fen(refund.refund_fee));
                }
            }
        }
        balance
    }
}

/// The payments and refunds of one day, for its bill.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Day {
    pub(crate) payments: Vec<Order>,
    pub(crate) refunds: Vec<(Order, Refund)>,
}

/// Refuses a change to an order that is paid, closed or reversed.
fn finished(state: TradeState) -> Result<(), Refusal> {
    match state {
        state if state.is_paid() => Err(ORDER_PAID),
        TradeState::Closed => Err(ORDER_CLOSED),
        TradeState::Revoked => Err(ORDER_REVERSED),
        _ => Ok(()),
    }
}

fn matches_lookup(order: &Order, lookup: Lookup<'_>) -> bool {
    match lookup {
        Lookup::OutTradeNo(no) => order.out_trade_no == no,
        Lookup::Transaction(id) => order.transaction_id.as_deref() == Some(id),
    }
}

/// Marks an order paid now: `SUCCESS`, its `transaction_id` and `time_end`, its payer.
fn pay(order: &mut Order, serial: u64, now: &ChinaTime) {
    order.trade_state = TradeState::Success;
    order.transaction_id = Some(format!("4200{}{serial:016}", now.date()));
    order.time_end = Some(now.compact());
    order.openid.get_or_insert_with(|| PAYER_OPENID.to_owned());
}

fn order_of(
    merchant: Merchant<'_>,
    new: NewOrder,
    prepay_id: Option<String>,
    code_url: Option<String>,
    mweb_url: Option<String>,
) -> Order {
    Order {
        mch_id: merchant.mch_id.to_owned(),
        sub_mch_id: merchant.sub_mch_id.map(str::to_owned),
        appid: new.appid,
        sub_appid: new.sub_appid,
        out_trade_no: new.out_trade_no,
        trade_type: new.trade_type,
        trade_state: TradeState::NotPay,
        body: new.body,
        attach: new.attach,
        total_fee: new.total_fee,
        device_info: new.device_info,
        prepay_id,
        code_url,
        mweb_url,
        notify_url: new.notify_url,
        openid: new.openid,
        transaction_id: None,
        time_end: None,
        sign_type: new.sign_type,
        refunds: Vec::new(),
    }
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;
