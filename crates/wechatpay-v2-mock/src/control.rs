//! What a test holds in its hand besides the requests: business failures on demand, the payer
//! paying, a payment-code payment that waits, and the ledger and the deliveries to read.

use std::sync::PoisonError;
use std::time::Duration;

use crate::clock::ChinaTime;
use crate::deliver::Delivery;
use crate::order::Order;
use crate::server::MockServer;

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
        let path = wire_path.trim_start_matches('/').to_owned();
        let mut failures = self
            .shared
            .failures
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if requests == 0 {
            failures.remove(&path);
        } else {
            failures.insert(path, (err_code.to_owned(), requests));
        }
    }

    /// The payer pays the order `out_trade_no` (of any merchant, the merchant's own first): it
    /// becomes `SUCCESS` with a `transaction_id` and a `time_end` (now, China time), and its
    /// payment notification is sent when it has a `notify_url`. Returns the order paid; `None`
    /// when there is no such order, or it is paid, closed or reversed already, or flows are
    /// off ([`MockConfig::flows`](crate::MockConfig::flows)).
    pub fn pay(&self, out_trade_no: &str) -> Option<Order> {
        let flows = self.shared.flows.as_ref()?;
        let (order, notice) = flows
            .pay(out_trade_no, &self.shared.key, &ChinaTime::now())
            .ok()?;
        if let Some(notice) = notice {
            self.shared.deliveries.send(notice);
        }
        Some(order)
    }

    /// The next `micropay` does not pay at once: it answers `err_code` `USERPAYING` and leaves
    /// its order `USERPAYING`, for `Some(polls)` order queries (the query after them finds it
    /// paid), or with `None` until it is reversed or closed ([`pay`](Self::pay) pays it too).
    pub fn script_user_paying(&self, polls: Option<u32>) {
        if let Some(flows) = &self.shared.flows {
            flows.script_user_paying(polls);
        }
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
