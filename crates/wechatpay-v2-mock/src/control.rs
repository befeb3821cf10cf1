//! What a test holds in its hand besides the requests: business failures on demand, the payer
//! paying, a payment-code payment that waits, and the ledger and the deliveries to read. The
//! same controls are served over HTTP under `/mock/` for clients in other languages and the
//! standalone binary ([`routes`]).

use std::collections::BTreeMap;
use std::sync::{Arc, PoisonError};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};

use crate::clock::ChinaTime;
use crate::deliver::Delivery;
use crate::order::Order;
use crate::server::{MockServer, Shared};

impl Shared {
    /// Now on the mock's clock: China time, [`days_ahead`](Shared::days_ahead) days ahead.
    pub(crate) fn now(&self) -> ChinaTime {
        ChinaTime::now().plus_days(self.days_ahead.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Moves the mock's clock `days` days ahead.
    fn pass_days(&self, days: u32) {
        self.days_ahead
            .fetch_add(days, std::sync::atomic::Ordering::Relaxed);
    }

    fn fail_next(&self, wire_path: &str, err_code: &str, requests: u32) {
        let path = wire_path.trim_start_matches('/').to_owned();
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        if requests == 0 {
            failures.remove(&path);
        } else {
            failures.insert(path, (err_code.to_owned(), requests));
        }
    }

    fn pay(&self, out_trade_no: &str) -> Option<Order> {
        let flows = self.flows.as_ref()?;
        let (order, notice) = flows.pay(out_trade_no, &self.key, &self.now()).ok()?;
        if let Some(notice) = notice {
            self.deliveries.send(notice);
        }
        Some(order)
    }

    fn script_user_paying(&self, polls: Option<u32>) {
        if let Some(flows) = &self.flows {
            flows.script_user_paying(polls);
        }
    }
}

impl MockServer {
    /// The next `requests` accepted requests to `wire_path` (`pay/orderquery`, with or without
    /// the leading `/`) get a signed business failure with `err_code` (`SYSTEMERROR`,
    /// `BANKERROR`...) and its usual `err_code_des`, and change nothing; requests to other paths
    /// are not counted. A JSON endpoint answers its `retcode` -1 instead. Replaces what was
    /// scripted for the path; `requests` 0 clears it. A [`Fault::BusinessFail`] in force
    /// answers first.
    ///
    /// [`Fault::BusinessFail`]: crate::Fault::BusinessFail
    pub fn fail_next(&self, wire_path: &str, err_code: &str, requests: u32) {
        self.shared.fail_next(wire_path, err_code, requests);
    }

    /// The payer pays the order `out_trade_no` (of any merchant, the merchant's own first): it
    /// becomes `SUCCESS` with a `transaction_id` and a `time_end` (now, China time), and its
    /// payment notification is sent when it has a `notify_url`. Returns the order paid; `None`
    /// when there is no such order, or it is paid, closed or reversed already, or flows are
    /// off ([`MockConfig::flows`](crate::MockConfig::flows)).
    pub fn pay(&self, out_trade_no: &str) -> Option<Order> {
        self.shared.pay(out_trade_no)
    }

    /// The next `micropay` does not pay at once: it answers `err_code` `USERPAYING` and leaves
    /// its order `USERPAYING`, for `Some(polls)` order queries (the query after them finds it
    /// paid), or with `None` until it is reversed or closed ([`pay`](Self::pay) pays it too).
    pub fn script_user_paying(&self, polls: Option<u32>) {
        self.shared.script_user_paying(polls);
    }

    /// Moves the mock's clock `days` days ahead (from now on, for every later request and
    /// payment): a test places and pays orders, lets a day pass, then downloads yesterday's
    /// bill, as a merchant does. Times already recorded stay as they were.
    pub fn pass_days(&self, days: u32) {
        self.shared.pass_days(days);
    }

    /// The order `out_trade_no` in the ledger (of any merchant, the merchant's own first).
    pub fn order(&self, out_trade_no: &str) -> Option<Order> {
        self.shared.flows.as_ref()?.order(out_trade_no)
    }

    /// Every notification delivery so far, oldest first, with its attempts.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.deliveries.list()
    }

    /// Waits until `n` deliveries are finished (answered `SUCCESS`, the retry schedule over,
    /// or not sent), at most `timeout`; whether they are. It waits on a condition variable
    /// woken by each attempt, without polling.
    pub fn wait_for_deliveries(&self, n: usize, timeout: Duration) -> bool {
        self.shared.deliveries.wait_finished(n, timeout)
    }
}

/// The controls over HTTP, for clients in other languages (all `POST`, parameters in the query
/// string, answers in JSON):
///
/// - `/mock/pay?out_trade_no=T1`: [`MockServer::pay`]; the order, or 404 when it cannot be
///   paid;
/// - `/mock/user-paying?polls=2` (no `polls`: until reversed): [`MockServer::script_user_paying`];
/// - `/mock/fail-next?path=pay/orderquery&err_code=SYSTEMERROR&requests=1`:
///   [`MockServer::fail_next`];
/// - `/mock/pass-days?days=1` (no `days`: one): [`MockServer::pass_days`].
///
/// A bad parameter is 400 with a message naming it.
pub(crate) fn routes(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/mock/pay", post(pay))
        .route("/mock/user-paying", post(user_paying))
        .route("/mock/fail-next", post(fail_next))
        .route("/mock/pass-days", post(pass_days))
        .with_state(shared)
}

type Params = Query<BTreeMap<String, String>>;

fn bad(message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(serde_json::json!({ "error": message })),
    )
        .into_response()
}

/// The whole number `name` of `params`, if given; the message naming it when it is not one.
fn number(params: &BTreeMap<String, String>, name: &str) -> Result<Option<u32>, String> {
    params
        .get(name)
        .map(|text| {
            text.parse()
                .map_err(|_| format!("`{name}` must be a whole number, not `{text}`"))
        })
        .transpose()
}

async fn pay(State(shared): State<Arc<Shared>>, Query(params): Params) -> Response {
    let Some(out_trade_no) = params.get("out_trade_no") else {
        return bad("`out_trade_no` is required".into());
    };
    match shared.pay(out_trade_no) {
        Some(order) => Json(serde_json::json!({
            "out_trade_no": order.out_trade_no,
            "transaction_id": order.transaction_id,
            "trade_state": order.trade_state.as_str(),
            "total_fee": order.total_fee,
            "time_end": order.time_end,
        }))
        .into_response(),
        None => (
            StatusCode::NOT_FOUND,
            Json(serde_json::json!({
                "error": format!("no order `{out_trade_no}` to pay (unknown, paid, closed or reversed, or flows are off)")
            })),
        )
            .into_response(),
    }
}

async fn user_paying(State(shared): State<Arc<Shared>>, Query(params): Params) -> Response {
    match number(&params, "polls") {
        Ok(polls) => {
            shared.script_user_paying(polls);
            Json(serde_json::json!({ "polls": polls })).into_response()
        }
        Err(message) => bad(message),
    }
}

async fn fail_next(State(shared): State<Arc<Shared>>, Query(params): Params) -> Response {
    let (Some(path), Some(err_code)) = (params.get("path"), params.get("err_code")) else {
        return bad("`path` and `err_code` are required".into());
    };
    match number(&params, "requests") {
        Ok(requests) => {
            let requests = requests.unwrap_or(1);
            shared.fail_next(path, err_code, requests);
            Json(serde_json::json!({ "path": path, "err_code": err_code, "requests": requests }))
                .into_response()
        }
        Err(message) => bad(message),
    }
}

async fn pass_days(State(shared): State<Arc<Shared>>, Query(params): Params) -> Response {
    match number(&params, "days") {
        Ok(days) => {
            let days = days.unwrap_or(1);
            shared.pass_days(days);
            Json(serde_json::json!({ "today": shared.now().date() })).into_response()
        }
        Err(message) => bad(message),
    }
}
