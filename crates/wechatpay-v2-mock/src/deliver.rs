//! Notification delivery: the payment and refund notifications the gateway POSTs to a
//! `notify_url`, built with the SDK's `testing` builders (one place for their format), sent
//! and retried as the gateway does, and every attempt recorded for tests.
//!
//! Only loopback URLs are sent to (`http://127.0.0.1`, `http://localhost`, `http://[::1]`, any
//! port): the mock never posts to another host. Any other URL is recorded as not sent, with
//! why. A notification is sent at once, then again after each wait of [`RETRY_SCHEDULE`]
//! (scaled by [`MockConfig::delivery_scale`](crate::MockConfig::delivery_scale)) until the
//! handler answers `return_code` `SUCCESS` or the schedule is over: at most 16 attempts, each
//! bounded by [`ATTEMPT_TIMEOUT`]. Redirects are not followed. Deliveries run on the mock's
//! runtime and end with it.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use wechatpay_v2::testing::{PaymentNotification, RefundNotification};
use wechatpay_v2::{ApiKey, SignType};
use wechatpay_v2_protocol::{nonce, xml};

use crate::order::{Order, Refund};

/// The gateway's waits between notification attempts (15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/
/// 3h/3h/3h/6h/6h, 24h4m in all), before the mock's scale is applied.
pub const RETRY_SCHEDULE: [Duration; 15] = [
    Duration::from_secs(15),
    Duration::from_secs(15),
    Duration::from_secs(30),
    Duration::from_secs(3 * 60),
    Duration::from_secs(10 * 60),
    Duration::from_secs(20 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(60 * 60),
    Duration::from_secs(3 * 3600),
    Duration::from_secs(3 * 3600),
    Duration::from_secs(3 * 3600),
    Duration::from_secs(6 * 3600),
    Duration::from_secs(6 * 3600),
];

/// How long one delivery attempt may take, connection to answer.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(2);

/// The most of a handler's answer that is read.
const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// How many deliveries the mock keeps (the oldest are dropped).
const DELIVERY_LIMIT: usize = crate::LOG_LIMIT;

/// Which notification a delivery carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationKind {
    /// The payment result (支付结果通知), signed with the order's algorithm.
    Payment,
    /// The refund result (退款结果通知), its `req_info` encrypted.
    Refund,
}

/// One notification the mock sent (or would not send), and how its delivery went.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// The `notify_url` it went to.
    pub url: String,
    /// Which notification.
    pub kind: NotificationKind,
    /// The order it is about.
    pub out_trade_no: String,
    /// The attempts made so far.
    pub attempts: u32,
    /// Whether the handler answered `return_code` `SUCCESS` (which ends the delivery).
    pub answered_success: bool,
    /// Whether the delivery is over: answered, schedule exhausted, or not sent.
    pub finished: bool,
    /// Why it was not sent (a URL that is not plain-HTTP loopback), when it was not.
    pub not_sent: Option<String>,
}

/// A notification to deliver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Notice {
    pub(crate) url: String,
    pub(crate) kind: NotificationKind,
    pub(crate) out_trade_no: String,
    pub(crate) body: String,
}

/// The payment notification of a paid order, when it has a `notify_url`.
pub(crate) fn payment_notice(order: &Order, key: &ApiKey) -> Option<Notice> {
    let url = order.notify_url.clone()?;
    let mut notification = PaymentNotification::new(
        order.appid.as_str(),
        order.mch_id.as_str(),
        order.out_trade_no.as_str(),
        order.total_fee,
    )
    .field("nonce_str", nonce::generate())
    .field("trade_type", order.trade_type.as_str())
    .field(
        "transaction_id",
        order.transaction_id.clone().unwrap_or_default(),
    )
    .field("time_end", order.time_end.clone().unwrap_or_default())
    .field("openid", order.openid.clone().unwrap_or_default());
    for (name, value) in [
        ("attach", &order.attach),
        ("device_info", &order.device_info),
        ("sub_mch_id", &order.sub_mch_id),
        ("sub_appid", &order.sub_appid),
    ] {
        if let Some(value) = value {
            notification = notification.field(name, value.as_str());
        }
    }
    if order.sign_type == SignType::HmacSha256 {
        notification = notification.field("sign_type", SignType::HmacSha256.as_str());
    }
    Some(Notice {
        url,
        kind: NotificationKind::Payment,
        out_trade_no: order.out_trade_no.clone(),
        body: notification.to_xml(key, order.sign_type),
    })
}

/// The refund notification of a refund, when its request had a `notify_url`.
pub(crate) fn refund_notice(order: &Order, refund: &Refund, key: &ApiKey) -> Option<Notice> {
    let url = refund.notify_url.clone()?;
    let mut notification = RefundNotification::new(
        order.appid.as_str(),
        order.mch_id.as_str(),
        order.out_trade_no.as_str(),
        refund.out_refund_no.as_str(),
        order.total_fee,
        refund.refund_fee,
    )
    .outer_field("nonce_str", nonce::generate())
    .field(
        "transaction_id",
        order.transaction_id.clone().unwrap_or_default(),
    )
    .field("refund_id", refund.refund_id.as_str())
    .field("cash_refund_fee", refund.refund_fee.to_string())
    .field("success_time", refund.success_time.as_str())
    .field("refund_account", refund.refund_account.as_str());
    if let Some(sub_mch_id) = &order.sub_mch_id {
        notification = notification.outer_field("sub_mch_id", sub_mch_id.as_str());
    }
    if let Some(sub_appid) = &order.sub_appid {
        notification = notification.outer_field("sub_appid", sub_appid.as_str());
    }
    Some(Notice {
        url,
        kind: NotificationKind::Refund,
        out_trade_no: order.out_trade_no.clone(),
        body: notification.to_xml(key),
    })
}

#[derive(Debug, Default)]
struct Log {
    entries: VecDeque<(u64, Delivery)>,
    next_id: u64,
    /// Deliveries finished since the start (dropped ones included).
    finished: usize,
}

/// Every delivery, and the means to make more.
#[derive(Debug)]
pub(crate) struct Deliveries {
    log: Mutex<Log>,
    changed: Condvar,
    scale: f64,
    runtime: tokio::runtime::Handle,
    client: OnceLock<Option<reqwest::Client>>,
}

impl Deliveries {
    /// Deliveries run on `runtime`, waiting `scale` times the gateway's waits.
    pub(crate) fn new(scale: f64, runtime: tokio::runtime::Handle) -> Self {
        Self {
            log: Mutex::new(Log::default()),
            changed: Condvar::new(),
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                0.0
            },
            runtime,
            client: OnceLock::new(),
        }
    }

    /// The deliveries so far, oldest first.
    pub(crate) fn list(&self) -> Vec<Delivery> {
        let log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.entries.iter().map(|(_, d)| d.clone()).collect()
    }

    /// Waits until `n` deliveries are finished, at most `timeout`; whether they are.
    pub(crate) fn wait_finished(&self, n: usize, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if log.finished >= n {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            log = self
                .changed
                .wait_timeout(log, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Starts delivering `notice` (or records why it is not sent).
    pub(crate) fn send(self: &Arc<Self>, notice: Notice) {
        let Notice {
            url,
            kind,
            out_trade_no,
            body,
        } = notice;
        let id = self.record(Delivery {
            url: url.clone(),
            kind,
            out_trade_no,
            attempts: 0,
            answered_success: false,
            finished: false,
            not_sent: None,
        });
        let target = match loopback(&url) {
            Ok(target) => target,
            Err(why) => return self.give_up(id, why),
        };
        let Some(client) = self.client.get_or_init(http_client).clone() else {
            return self.give_up(
                id,
                "no HTTP client: no TLS crypto provider (enable `tls-ring` or `tls-aws-lc`)".into(),
            );
        };
        let this = self.clone();
        self.runtime.spawn(async move {
            let mut waits = RETRY_SCHEDULE.iter();
            loop {
                let ok = attempt(&client, &target, &body).await;
                let wait = if ok { None } else { waits.next() };
                this.update(id, |d| {
                    d.attempts += 1;
                    d.answered_success = ok;
                    d.finished = wait.is_none();
                });
                match wait {
                    Some(wait) => tokio::time::sleep(scaled(*wait, this.scale)).await,
                    None => break,
                }
            }
        });
    }

    fn record(&self, delivery: Delivery) -> u64 {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        let id = log.next_id;
        log.next_id += 1;
        if log.entries.len() == DELIVERY_LIMIT {
            log.entries.pop_front();
        }
        log.entries.push_back((id, delivery));
        id
    }

    fn give_up(&self, id: u64, why: String) {
        self.update(id, |d| {
            d.not_sent = Some(why);
            d.finished = true;
        });
    }

    /// Changes delivery `id` and wakes the waiters; counts it finished when it becomes so.
    fn update(&self, id: u64, change: impl FnOnce(&mut Delivery)) {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        let mut now_finished = false;
        if let Some((_, delivery)) = log.entries.iter_mut().rev().find(|(i, _)| *i == id) {
            let was = delivery.finished;
            change(delivery);
            now_finished = !was && delivery.finished;
        }
        if now_finished {
            log.finished += 1;
        }
        drop(log);
        self.changed.notify_all();
    }
}

fn scaled(wait: Duration, scale: f64) -> Duration {
    Duration::try_from_secs_f64(wait.as_secs_f64() * scale).unwrap_or(Duration::MAX)
}

/// The URL, when it is plain HTTP to a loopback host; else why it is not sent.
fn loopback(url: &str) -> Result<reqwest::Url, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
    if parsed.scheme() != "http" {
        return Err(format!(
            "scheme `{}`: the mock sends plain HTTP only",
            parsed.scheme()
        ));
    }
    // The host as the URL parser normalises it: `127.1` is `127.0.0.1`, IPv6 is bracketed.
    let host = parsed.host_str().unwrap_or_default();
    let loopback = ["127.0.0.1", "[::1]"].contains(&host) || host.eq_ignore_ascii_case("localhost");
    if loopback {
        Ok(parsed)
    } else {
        Err(format!(
            "host `{}` is not loopback (127.0.0.1, localhost, [::1]): the mock sends nowhere else",
            host
        ))
    }
}

/// One attempt: whether the handler answered `return_code` `SUCCESS` with a 2xx status.
async fn attempt(client: &reqwest::Client, url: &reqwest::Url, body: &str) -> bool {
    let sent = client
        .post(url.clone())
        .header(reqwest::header::CONTENT_TYPE, "text/xml")
        .header("Request-ID", nonce::generate())
        .body(body.to_owned())
        .send()
        .await;
    let Ok(mut response) = sent else {
        return false;
    };
    if !response.status().is_success() {
        return false;
    }
    let mut answer = Vec::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        if answer.len() + chunk.len() > MAX_ANSWER_BYTES {
            return false;
        }
        answer.extend_from_slice(&chunk);
    }
    answered_success(&answer)
}

/// Whether a handler's answer says `return_code` `SUCCESS` (plain or in CDATA).
fn answered_success(answer: &[u8]) -> bool {
    xml::parse_document(answer, "xml").is_ok_and(|pairs| {
        pairs
            .iter()
            .any(|(k, v)| k == "return_code" && v == "SUCCESS")
    })
}

/// A client for plain HTTP to loopback: no proxy, no redirects, a timeout per attempt.
fn http_client() -> Option<reqwest::Client> {
    crate::http_client_builder()?
        .timeout(ATTEMPT_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_to_loopback_is_sent() {
        for url in [
            "http://127.0.0.1:8080/notify",
            "http://localhost/notify",
            "http://LOCALHOST:1/",
            "http://[::1]:9/n",
        ] {
            assert!(loopback(url).is_ok(), "{url}");
        }
        for (url, why) in [
            ("https://127.0.0.1/notify", "scheme `https`"),
            ("http://example.com/notify", "host `example.com`"),
            ("http://127.0.0.2/notify", "host `127.0.0.2`"),
            ("http://10.0.0.1/notify", "host `10.0.0.1`"),
            ("not a url", "not a URL"),
        ] {
            let err = loopback(url).unwrap_err();
            assert!(err.starts_with(why), "{url}: {err}");
        }
    }

    #[test]
    fn success_is_return_code_success_with_or_without_cdata() {
        assert!(answered_success(
            b"<xml><return_code>SUCCESS</return_code></xml>"
        ));
        assert!(answered_success(
            b"<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>"
        ));
        assert!(!answered_success(
            b"<xml><return_code>FAIL</return_code></xml>"
        ));
        assert!(!answered_success(b"SUCCESS"));
        assert!(!answered_success(b""));
    }

    #[test]
    fn the_schedule_is_the_gateways_scaled() {
        let total: Duration = RETRY_SCHEDULE.iter().sum();
        assert_eq!(total, Duration::from_secs(24 * 3600 + 4 * 60));
        assert_eq!(scaled(RETRY_SCHEDULE[0], 0.001), Duration::from_millis(15));
        assert_eq!(scaled(RETRY_SCHEDULE[14], 0.0), Duration::ZERO);
    }
}
