//! The payment-code flow (付款码支付) as WeChat Pay's documentation prescribes it: send
//! `v2/pay/micropay`; when the payer is still confirming (`USERPAYING`) or the outcome is
//! unknown (`SYSTEMERROR`, `BANKERROR`, a transport failure after sending), query the order
//! (`v2/pay/orderquery`) on a bounded schedule; when the schedule runs out unpaid, reverse it
//! (`v2/secapi/pay/reverse`, which needs the client certificate), again while the answer says
//! `recall` `Y`. The result is an [`Outcome`].
//!
//! The steps are decided in one place, [`Flow`], which does no I/O: [`pay`] drives it with the
//! async client and [`pay_blocking`] with the blocking one, so the two cannot differ. Each call
//! is a call of the client, with its own tracing span (path, outcome) when the `tracing`
//! feature is on; each step of the flow is an event of its own (target
//! `wechatpay_v2::payment_code`, the order's `out_trade_no`, and the step: `pay`, `wait`,
//! `query`, `reverse`, then the outcome), at INFO, and WARN for a reversal and for an outcome
//! the flow could not settle.
//!
//! ```no_run
//! # async fn run(api: wechatpay_v2::Client) {
//! use wechatpay_v2::payment_code::{self, Outcome, Schedule};
//! use wechatpay_v2::v2::pay::micropay;
//!
//! let request = micropay::Request::new("Parking fee", "T1001", 1500u32, "127.0.0.1", "134567890123456789");
//! match payment_code::pay(&api, &request, &Schedule::default()).await {
//!     Outcome::Paid(paid) => println!("paid: {:?}", paid.transaction_id()),
//!     Outcome::Failed(e) => println!("refused: {e}"),
//!     Outcome::NotPaid(state) => println!("not paid: {state:?}"),
//!     Outcome::Reversed => println!("not confirmed in time: reversed"),
//!     Outcome::Unknown(e) => println!("query it later: {e:?}"),
//!     _ => {}
//! }
//! # }
//! ```

use std::time::Duration;

use crate::v2::pay::{micropay, orderquery};
use crate::v2::secapi::pay::reverse;
use crate::{ErrCode, Error};

/// How long the flow waits for the payer, and how often it asks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Schedule {
    /// Wait before each order query.
    pub interval: Duration,
    /// Order queries at most, before the order is reversed.
    pub queries: u32,
    /// Reversal calls at most (one, then again while the gateway answers `recall` `Y` or an
    /// unknown outcome).
    pub reversals: u32,
}

impl Default for Schedule {
    /// What the documentation suggests: a query every 5 seconds for 30 seconds, then the
    /// reversal, tried up to 3 times.
    fn default() -> Self {
        Self::new(Duration::from_secs(5), 6, 3)
    }
}

impl Schedule {
    /// A query every `interval`, `queries` times at most, then up to `reversals` reversals.
    pub fn new(interval: Duration, queries: u32, reversals: u32) -> Self {
        Self {
            interval,
            queries,
            reversals: reversals.max(1),
        }
    }
}

/// The answer that says the order is paid.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Paid {
    /// `micropay` itself succeeded.
    AtOnce(Box<micropay::Response>),
    /// An order query found it paid.
    Queried(Box<orderquery::Response>),
}

impl Paid {
    /// The WeChat Pay order number.
    pub fn transaction_id(&self) -> Option<&str> {
        match self {
            Self::AtOnce(r) => Some(&r.transaction_id),
            Self::Queried(r) => r.transaction_id.as_deref(),
        }
    }
}

/// How a payment-code payment ended.
#[derive(Debug)]
#[non_exhaustive]
pub enum Outcome {
    /// Paid.
    Paid(Paid),
    /// Refused for good by `micropay` (`AUTHCODEEXPIRE`, `NOTENOUGH`, `ORDERPAID`, a bad
    /// request...): nothing to reverse.
    Failed(Error),
    /// A query found the order in a final state other than paid (`PAYERROR`, `CLOSED`,
    /// `REVOKED`).
    NotPaid(orderquery::TradeState),
    /// Not confirmed within the schedule, and reversed: the payer is not charged (or is
    /// refunded).
    Reversed,
    /// The flow could not settle it (the reversal failed, or kept answering `recall` `Y`): query
    /// the order later. The last error, when the last step failed.
    Unknown(Option<Error>),
}

/// What the driver does next.
#[derive(Debug)]
pub enum Step {
    /// Send the `micropay` request.
    Pay,
    /// Wait this long, then report [`Event::Waited`].
    Wait(Duration),
    /// Query the order.
    Query,
    /// Reverse the order.
    Reverse,
    /// The flow is over.
    Done(Outcome),
}

/// What happened to the last step.
#[derive(Debug)]
pub enum Event {
    /// The flow starts.
    Start,
    /// The answer to [`Step::Pay`].
    Paid(Result<micropay::Response, Error>),
    /// A [`Step::Wait`] is over.
    Waited,
    /// The answer to [`Step::Query`].
    Queried(Result<orderquery::Response, Error>),
    /// The answer to [`Step::Reverse`].
    Reversed(Result<reverse::Response, Error>),
}

/// The flow's decisions, without I/O: feed it the [`Event`] of each [`Step`] it asks for.
#[derive(Debug, Clone)]
pub struct Flow {
    schedule: Schedule,
    queries: u32,
    reversals: u32,
}

impl Flow {
    /// A flow on `schedule`.
    pub fn new(schedule: &Schedule) -> Self {
        Self {
            schedule: schedule.clone(),
            queries: 0,
            reversals: 0,
        }
    }

    /// The next step after `event`.
    pub fn next(&mut self, event: Event) -> Step {
        match event {
            Event::Start => Step::Pay,
            Event::Paid(Ok(answer)) => Step::Done(Outcome::Paid(Paid::AtOnce(Box::new(answer)))),
            Event::Paid(Err(e)) if e.is_user_paying() || e.outcome_unknown() => self.poll(),
            Event::Paid(Err(e)) => Step::Done(Outcome::Failed(e)),
            Event::Waited => {
                self.queries += 1;
                Step::Query
            }
            Event::Queried(Ok(order)) => {
                use orderquery::TradeState as S;
                match order.trade_state {
                    // Paid (and refunded since, for `REFUND`).
                    S::Success | S::Refund => {
                        Step::Done(Outcome::Paid(Paid::Queried(Box::new(order))))
                    }
                    S::PayError | S::Closed | S::Revoked => {
                        Step::Done(Outcome::NotPaid(order.trade_state))
                    }
                    // `USERPAYING`, `NOTPAY` (not registered yet), anything new: wait on.
                    _ => self.poll(),
                }
            }
            // Not found yet, a failure, an unknown outcome: the order may still be paid.
            Event::Queried(Err(_)) => self.poll(),
            Event::Reversed(Ok(answer)) => match answer.recall {
                reverse::Recall::No => Step::Done(Outcome::Reversed),
                _ => self.reverse_again(None),
            },
            Event::Reversed(Err(e)) if e.err_code() == Some(ErrCode::OrderNotExist) => {
                // Nothing was registered: nothing was paid.
                Step::Done(Outcome::Reversed)
            }
            Event::Reversed(Err(e)) if e.outcome_unknown() || e.is_user_paying() => {
                self.reverse_again(Some(e))
            }
            Event::Reversed(Err(e)) => Step::Done(Outcome::Unknown(Some(e))),
        }
    }

    /// Another query after the interval, or the reversal when the queries are used up.
    fn poll(&mut self) -> Step {
        if self.queries < self.schedule.queries {
            Step::Wait(self.schedule.interval)
        } else {
            self.reversals += 1;
            Step::Reverse
        }
    }

    fn reverse_again(&mut self, last: Option<Error>) -> Step {
        if self.reversals < self.schedule.reversals {
            self.reversals += 1;
            Step::Reverse
        } else {
            Step::Done(Outcome::Unknown(last))
        }
    }
}

/// The order's number for the queries and the reversal.
fn query_of(request: &micropay::Request) -> orderquery::Request {
    orderquery::Request::by_out_trade_no(request.out_trade_no.clone())
}

fn reversal_of(request: &micropay::Request) -> reverse::Request {
    reverse::Request::by_out_trade_no(request.out_trade_no.clone())
}

/// The next step after `event`, traced.
fn step(flow: &mut Flow, event: Event, request: &micropay::Request) -> Step {
    let step = flow.next(event);
    trace(&request.out_trade_no, &step);
    step
}

#[cfg(feature = "tracing")]
fn trace(out_trade_no: &str, step: &Step) {
    use tracing::{info, warn};
    match step {
        Step::Pay => info!(out_trade_no, step = "pay", "payment code: micropay"),
        Step::Wait(time) => info!(
            out_trade_no,
            step = "wait",
            wait_ms = u64::try_from(time.as_millis()).unwrap_or(u64::MAX),
            "payment code: not settled yet, waiting to query"
        ),
        Step::Query => info!(out_trade_no, step = "query", "payment code: orderquery"),
        Step::Reverse => warn!(
            out_trade_no,
            step = "reverse",
            "payment code: not paid within the schedule, reversing"
        ),
        Step::Done(outcome @ Outcome::Unknown(_)) => warn!(
            out_trade_no,
            step = "done",
            outcome = outcome.name(),
            "payment code: outcome unknown, query the order later"
        ),
        Step::Done(outcome) => info!(
            out_trade_no,
            step = "done",
            outcome = outcome.name(),
            "payment code: done"
        ),
    }
}

#[cfg(not(feature = "tracing"))]
fn trace(_: &str, _: &Step) {}

impl Outcome {
    /// The outcome's name in traces: `paid`, `failed`, `not_paid`, `reversed`, `unknown`.
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    fn name(&self) -> &'static str {
        match self {
            Self::Paid(_) => "paid",
            Self::Failed(_) => "failed",
            Self::NotPaid(_) => "not_paid",
            Self::Reversed => "reversed",
            Self::Unknown(_) => "unknown",
        }
    }
}

/// Runs the payment-code flow with the async client.
pub async fn pay(api: &crate::Client, request: &micropay::Request, schedule: &Schedule) -> Outcome {
    let mut flow = Flow::new(schedule);
    let mut event = Event::Start;
    loop {
        event = match step(&mut flow, event, request) {
            Step::Pay => Event::Paid(api.post(request).await),
            Step::Wait(time) => {
                tokio::time::sleep(time).await;
                Event::Waited
            }
            Step::Query => Event::Queried(api.post(query_of(request)).await),
            Step::Reverse => Event::Reversed(api.post(reversal_of(request)).await),
            Step::Done(outcome) => return outcome,
        };
    }
}

/// Runs the payment-code flow with the blocking client.
#[cfg(feature = "blocking")]
pub fn pay_blocking(
    api: &crate::blocking::Client,
    request: &micropay::Request,
    schedule: &Schedule,
) -> Outcome {
    let mut flow = Flow::new(schedule);
    let mut event = Event::Start;
    loop {
        event = match step(&mut flow, event, request) {
            Step::Pay => Event::Paid(api.post(request)),
            Step::Wait(time) => {
                std::thread::sleep(time);
                Event::Waited
            }
            Step::Query => Event::Queried(api.post(query_of(request))),
            Step::Reverse => Event::Reversed(api.post(reversal_of(request))),
            Step::Done(outcome) => return outcome,
        };
    }
}
