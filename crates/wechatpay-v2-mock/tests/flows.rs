//! The mock plays the payment flows through the SDK's typed client: orders placed, paid,
//! queried, closed, refunded and reversed; payment codes the payer confirms late or never;
//! notifications delivered and retried; the day's bill; business failures on demand.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use wechatpay_v2::notifications::{refund_processed, transaction_success};
use wechatpay_v2::v2::pay::{
    closeorder, downloadbill, micropay, orderquery, refundquery, unifiedorder,
};
use wechatpay_v2::v2::secapi::pay::{refund, reverse};
use wechatpay_v2::{ApiKey, Client, ErrCode, Error, notify};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer, NotificationKind,
    TradeState,
};

/// How long a test waits for a delivery at most (they take milliseconds).
const WAIT: Duration = Duration::from_secs(10);
/// A `notify_url` the mock does not send to (not loopback): no delivery to wait for.
const ELSEWHERE: &str = "https://example.com/notify";
const OPENID: &str = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

fn mock() -> MockServer {
    MockServer::start(MockConfig::default(), 0).expect("the mock starts")
}

/// A self-signed client certificate: refunds and reversals need one to be sent (the plain-HTTP
/// mock does not check it).
fn client_cert() -> &'static (String, String) {
    static CERT: OnceLock<(String, String)> = OnceLock::new();
    CERT.get_or_init(|| {
        let key = rcgen::KeyPair::generate().expect("a key");
        let cert = rcgen::CertificateParams::new(vec![DEFAULT_MCH_ID.to_owned()])
            .expect("params")
            .self_signed(&key)
            .expect("a certificate");
        (cert.pem(), key.serialize_pem())
    })
}

/// The typed client of the mock's merchant, and a runtime to call it on.
struct Api {
    client: Client,
    rt: tokio::runtime::Runtime,
}

impl Api {
    fn new(mock: &MockServer) -> Self {
        let (cert, key) = client_cert();
        let client = Client::builder()
            .mch_id(DEFAULT_MCH_ID)
            .api_key(DEFAULT_API_KEY)
            .appid(DEFAULT_APPID)
            .base_url(mock.base_url())
            .client_cert_pem(cert, key)
            .timeout(Duration::from_secs(5))
            .build()
            .expect("a client");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        Self { client, rt }
    }

    fn call<R: wechatpay_v2::ApiRequest>(&self, request: &R) -> Result<R::Response, Error> {
        self.rt.block_on(self.client.post(request))
    }

    /// Places an order of `fee` fen.
    fn place(&self, no: &str, fee: u64, notify_url: &str) -> unifiedorder::Response {
        self.call(&order(no, fee, notify_url)).expect("placed")
    }

    /// Refunds `fees.1` fen of order `no` of `fees.0` fen, as refund `r`.
    fn refund(&self, no: &str, r: &str, fees: (u64, u64)) -> Result<refund::Response, Error> {
        self.call(&refund::Request::by_out_trade_no(no, r, fees.0, fees.1))
    }

    fn query(&self, out_trade_no: &str) -> Result<orderquery::Response, Error> {
        self.call(&orderquery::Request::by_out_trade_no(out_trade_no))
    }
}

fn order(out_trade_no: &str, total_fee: u64, notify_url: &str) -> unifiedorder::Request {
    unifiedorder::Request::new(
        "Parking fee",
        out_trade_no,
        total_fee,
        "123.12.12.123",
        notify_url,
        unifiedorder::TradeType::Jsapi,
    )
    .openid(OPENID)
    .attach("bay 12")
}

fn micropay(out_trade_no: &str, total_fee: u64) -> micropay::Request {
    micropay::Request::new(
        "Parking fee",
        out_trade_no,
        total_fee,
        "123.12.12.123",
        "134567890123456789",
    )
}

/// The `err_code` and `err_code_des` of a business failure.
fn business(err: &Error) -> (ErrCode, String) {
    let Error::Business { err_code_des, .. } = err else {
        panic!("not a business failure: {err:?}");
    };
    (err.err_code().expect("a code"), err_code_des.clone())
}

fn err_code<T: std::fmt::Debug>(result: Result<T, Error>) -> ErrCode {
    business(&result.expect_err("a business failure")).0
}

#[test]
fn a_paid_order_is_queried_with_its_payment_and_cannot_be_closed() {
    let mock = mock();
    let api = Api::new(&mock);
    let placed = api.place("F1001", 1500, ELSEWHERE);
    assert!(placed.prepay_id.starts_with("wx"), "{}", placed.prepay_id);
    assert_eq!(placed.trade_type, unifiedorder::TradeType::Jsapi);
    assert_eq!(
        api.query("F1001").unwrap().trade_state,
        orderquery::TradeState::NotPay
    );

    let paid = mock.pay("F1001").expect("the payer pays");
    let transaction_id = paid.transaction_id.clone().expect("a transaction id");
    let queried = api.query("F1001").unwrap();
    assert_eq!(queried.trade_state, orderquery::TradeState::Success);
    assert_eq!(
        queried.transaction_id.as_deref(),
        Some(transaction_id.as_str())
    );
    assert_eq!(queried.total_fee, Some(1500));
    assert_eq!(queried.cash_fee, Some(1500));
    assert_eq!(queried.time_end, paid.time_end);
    assert_eq!(queried.openid.as_deref(), Some(OPENID));
    assert_eq!(queried.trade_type, Some(orderquery::PaidTradeType::Jsapi));
    assert_eq!(queried.attach.as_deref(), Some("bay 12"));
    assert_eq!(queried.bank_type.as_deref(), Some("CMC"));
    assert_eq!(queried.trade_state_desc, "支付成功");
    assert_eq!(queried.out_trade_no, "F1001");
    // The same order by its other number.
    let by_id = api
        .call(&orderquery::Request::by_transaction_id(&transaction_id))
        .unwrap();
    assert_eq!(by_id.out_trade_no, "F1001");

    let refused = api.call(&closeorder::Request::new("F1001"));
    assert_eq!(err_code(refused), ErrCode::OrderPaid);
    assert_eq!(
        mock.order("F1001").unwrap().trade_state,
        TradeState::Success
    );
    // The notification URL is not loopback: recorded, not sent.
    assert!(mock.wait_for_deliveries(1, WAIT));
    let delivery = &mock.deliveries()[0];
    assert_eq!(delivery.attempts, 0);
    assert!(delivery.not_sent.is_some(), "{delivery:?}");
}

#[test]
fn a_closed_order_is_queried_closed_and_cannot_be_placed_again() {
    let mock = mock();
    let api = Api::new(&mock);
    let placed = api.place("F2001", 800, ELSEWHERE);
    let again = api.place("F2001", 800, ELSEWHERE);
    assert_eq!(
        again.prepay_id, placed.prepay_id,
        "the same order, the same prepay_id"
    );
    assert_eq!(
        err_code(api.call(&order("F2001", 900, ELSEWHERE))),
        ErrCode::OutTradeNoUsed
    );

    let closed = api.call(&closeorder::Request::new("F2001")).unwrap();
    assert_eq!(closed.result_msg, "OK");
    let queried = api.query("F2001").unwrap();
    assert_eq!(queried.trade_state, orderquery::TradeState::Closed);
    assert_eq!(queried.transaction_id, None);
    assert_eq!(
        err_code(api.call(&order("F2001", 800, ELSEWHERE))),
        ErrCode::OrderClosed
    );
    assert!(mock.pay("F2001").is_none(), "a closed order cannot be paid");
}

#[test]
fn refunds_add_up_to_the_amount_and_the_query_lists_them() {
    let mock = mock();
    let api = Api::new(&mock);
    api.place("F3001", 1000, ELSEWHERE);
    let unpaid = api.refund("F3001", "R3001-1", (1000, 600));
    assert_eq!(err_code(unpaid), ErrCode::TradeStateError);
    mock.pay("F3001").unwrap();

    let first = api.refund("F3001", "R3001-1", (1000, 600)).unwrap();
    let amounts = (
        first.out_refund_no.as_str(),
        first.refund_fee,
        first.total_fee,
    );
    assert_eq!(amounts, ("R3001-1", 600, 1000));
    let repeated = api.refund("F3001", "R3001-1", (1000, 600)).unwrap();
    assert_eq!(repeated.refund_id, first.refund_id, "the same refund again");
    let second = api.refund("F3001", "R3001-2", (1000, 400)).unwrap();
    let (code, des) = business(&api.refund("F3001", "R3001-3", (1000, 1)).unwrap_err());
    assert_eq!(
        (code, des.as_str()),
        (ErrCode::InvalidRequest, "累计退款金额大于支付金额")
    );

    let listed = api
        .call(&refundquery::Request::by_out_trade_no("F3001"))
        .unwrap();
    assert_eq!(listed.total_fee, 1000);
    assert_eq!(listed.out_trade_no, "F3001");
    let refunds: Vec<_> = listed
        .refunds
        .iter()
        .map(|r| {
            (
                &*r.out_refund_no,
                &*r.refund_id,
                r.refund_fee,
                &r.refund_status,
            )
        })
        .collect();
    let success = &refundquery::RefundStatus::Success;
    assert_eq!(
        refunds,
        [
            ("R3001-1", &*first.refund_id, 600, success),
            ("R3001-2", &*second.refund_id, 400, success),
        ]
    );
    assert_eq!(
        api.query("F3001").unwrap().trade_state,
        orderquery::TradeState::Refund
    );
}

#[test]
fn orders_and_refunds_never_made_do_not_exist() {
    let mock = mock();
    let api = Api::new(&mock);
    assert_eq!(err_code(api.query("NEVER-1")), ErrCode::OrderNotExist);
    assert_eq!(
        err_code(api.call(&orderquery::Request::by_transaction_id(
            "4200000000000000000000000000"
        ))),
        ErrCode::OrderNotExist
    );
    assert_eq!(
        err_code(api.call(&refundquery::Request::by_out_refund_no("NEVER-R1"))),
        ErrCode::RefundNotExist
    );
    api.place("F4001", 100, ELSEWHERE);
    assert_eq!(
        err_code(api.call(&refundquery::Request::by_out_trade_no("F4001"))),
        ErrCode::RefundNotExist,
        "an order without refunds"
    );
}

#[test]
fn a_payment_code_the_payer_confirms_late_is_paid_at_the_third_query() {
    let mock = mock();
    let api = Api::new(&mock);
    mock.script_user_paying(Some(2));
    let err = api.call(&micropay("F5001", 2500)).unwrap_err();
    assert_eq!(business(&err).0, ErrCode::UserPaying);
    assert!(err.is_user_paying());
    for poll in 1..=2 {
        let queried = api.query("F5001").unwrap();
        assert_eq!(
            queried.trade_state,
            orderquery::TradeState::UserPaying,
            "poll {poll}"
        );
        assert_eq!(queried.transaction_id, None);
    }
    let paid = api.query("F5001").unwrap();
    assert_eq!(paid.trade_state, orderquery::TradeState::Success);
    assert_eq!(paid.trade_type, Some(orderquery::PaidTradeType::Micropay));
    assert_eq!(paid.total_fee, Some(2500));
    assert!(paid.transaction_id.is_some());

    // Unscripted, a payment code pays at once.
    let at_once = api.call(&micropay("F5002", 300)).unwrap();
    let payment = (&*at_once.trade_type, at_once.total_fee, at_once.cash_fee);
    assert_eq!(payment, ("MICROPAY", 300, 300));
    assert_eq!((&*at_once.openid, &*at_once.bank_type), (OPENID, "CMC"));
    assert_eq!(at_once.time_end.len(), 14);
}

#[test]
fn a_payment_code_never_confirmed_is_reversed() {
    let mock = mock();
    let api = Api::new(&mock);
    mock.script_user_paying(None);
    assert_eq!(
        err_code(api.call(&micropay("F6001", 700))),
        ErrCode::UserPaying
    );
    for _ in 0..3 {
        assert_eq!(
            api.query("F6001").unwrap().trade_state,
            orderquery::TradeState::UserPaying
        );
    }
    let reversed = api
        .call(&reverse::Request::by_out_trade_no("F6001"))
        .unwrap();
    assert_eq!(reversed.recall, reverse::Recall::No);
    assert_eq!(
        api.query("F6001").unwrap().trade_state,
        orderquery::TradeState::Revoked
    );
    assert_eq!(
        err_code(api.call(&reverse::Request::by_out_trade_no("NEVER-6"))),
        ErrCode::OrderNotExist
    );
}

/// A notification handler on 127.0.0.1: it answers FAIL to the first `fails` notifications,
/// then SUCCESS (in CDATA, as the SDK's reply does), and keeps every body. It stops when
/// dropped.
struct Handler {
    addr: SocketAddr,
    bodies: Arc<Mutex<Vec<String>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Handler {
    fn start(fails: usize) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().expect("the address");
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let seen = bodies.clone();
        let app = axum::Router::new().route(
            "/notify",
            axum::routing::post(move |body: String| {
                let seen = seen.clone();
                async move {
                    let mut seen = seen.lock().unwrap_or_else(PoisonError::into_inner);
                    seen.push(body);
                    if seen.len() <= fails {
                        notify::reply_fail("not yet")
                    } else {
                        notify::reply_success().to_owned()
                    }
                }
            }),
        );
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
                tokio::select! {
                    _ = axum::serve(listener, app) => {}
                    _ = stopped => {}
                }
            });
        });
        Self {
            addr,
            bodies,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://{}/notify", self.addr)
    }

    fn bodies(&self) -> Vec<String> {
        self.bodies
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Drop for Handler {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[test]
fn a_payment_notification_is_retried_until_the_handler_answers_success() {
    let mock = mock();
    let api = Api::new(&mock);
    let handler = Handler::start(2);
    api.place("F7001", 1500, &handler.url());
    let paid = mock.pay("F7001").unwrap();

    assert!(mock.wait_for_deliveries(1, WAIT), "{:?}", mock.deliveries());
    let deliveries = mock.deliveries();
    assert_eq!(deliveries.len(), 1);
    let delivery = &deliveries[0];
    assert_eq!(delivery.url, handler.url());
    assert_eq!(delivery.kind, NotificationKind::Payment);
    assert_eq!(delivery.out_trade_no, "F7001");
    assert_eq!(delivery.attempts, 3, "FAIL, FAIL, SUCCESS");
    assert!(delivery.answered_success && delivery.finished);
    assert_eq!(delivery.not_sent, None);
    // The delivery is over: the handler saw exactly its three attempts, the same notification.
    let bodies = handler.bodies();
    assert_eq!(bodies.len(), 3);
    assert!(bodies.iter().all(|b| *b == bodies[0]));

    let notification: transaction_success::Notification =
        notify::parse(bodies[0].as_bytes(), &ApiKey::new(DEFAULT_API_KEY))
            .expect("signed with the merchant key");
    assert_eq!(notification.out_trade_no, "F7001");
    assert_eq!(notification.transaction_id, paid.transaction_id.unwrap());
    assert_eq!(notification.total_fee, 1500);
    assert_eq!(notification.time_end, paid.time_end);
    assert_eq!(notification.attach.as_deref(), Some("bay 12"));
    assert_eq!(notification.openid, OPENID);
}

#[test]
fn a_refund_notification_decrypts_with_the_merchant_key() {
    let mock = mock();
    let api = Api::new(&mock);
    let handler = Handler::start(0);
    api.place("F8001", 2000, ELSEWHERE);
    let paid = mock.pay("F8001").unwrap();
    let refunded = api
        .call(
            &refund::Request::by_out_trade_no("F8001", "R8001", 2000u64, 500u64)
                .notify_url(handler.url()),
        )
        .unwrap();

    // The payment's notification (not loopback, not sent) and the refund's.
    assert!(mock.wait_for_deliveries(2, WAIT), "{:?}", mock.deliveries());
    let kinds: Vec<_> = mock
        .deliveries()
        .iter()
        .map(|d| (d.kind, d.attempts, d.answered_success))
        .collect();
    assert_eq!(
        kinds,
        [
            (NotificationKind::Payment, 0, false),
            (NotificationKind::Refund, 1, true)
        ]
    );
    let bodies = handler.bodies();
    assert_eq!(bodies.len(), 1);
    let (outer, info): (refund_processed::Notification, refund_processed::RefundInfo) =
        notify::parse_refund(bodies[0].as_bytes(), &ApiKey::new(DEFAULT_API_KEY))
            .expect("decrypts with the merchant key");
    assert_eq!(outer.mch_id, DEFAULT_MCH_ID);
    assert_eq!(outer.appid, DEFAULT_APPID);
    assert_eq!(info.out_trade_no, "F8001");
    assert_eq!(info.transaction_id, paid.transaction_id.unwrap());
    assert_eq!(info.out_refund_no, "R8001");
    assert_eq!(info.refund_id, refunded.refund_id);
    assert_eq!((info.total_fee, info.refund_fee), (2000, 500));
    assert_eq!(info.cash_refund_fee, 500);
    assert_eq!(info.refund_status, refund_processed::RefundStatus::Success);
    let refund = &mock.order("F8001").unwrap().refunds[0];
    assert_eq!(
        info.success_time.as_deref(),
        Some(refund.success_time.as_str())
    );
}

/// The cells of a bill line, without their backtick.
fn cells(line: &str) -> Vec<&str> {
    line.split(',').map(|c| c.trim_start_matches('`')).collect()
}

/// Fen from a yuan amount with two (or more) decimals.
fn fen(yuan: &str) -> i64 {
    let (whole, decimals) = yuan.split_once('.').expect("decimals");
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    let whole: i64 = whole.trim_start_matches('-').parse().expect("yuan");
    let cents: i64 = decimals[..2].parse().expect("fen");
    sign * (whole * 100 + cents)
}

#[test]
fn the_bill_of_the_day_lists_its_payments_and_refunds_and_sums_them() {
    let mock = mock();
    let api = Api::new(&mock);
    api.place("F9001", 1500, ELSEWHERE);
    api.place("F9002", 990, ELSEWHERE);
    api.place("F9003", 700, ELSEWHERE);
    let first = mock.pay("F9001").unwrap();
    mock.pay("F9002").unwrap();
    api.refund("F9001", "R9001", (1500, 500)).unwrap();
    let day = first.time_end.unwrap()[..8].to_owned();

    let mut out = Vec::new();
    api.rt
        .block_on(api.client.v2().pay().downloadbill().download(
            &downloadbill::Request::new(day.as_str()).bill_type(downloadbill::BillType::All),
            &mut out,
            wechatpay_v2::download::Gzip::Keep,
        ))
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("交易时间,公众账号ID,商户号"), "{text}");
    let at = lines
        .iter()
        .position(|l| l.starts_with("总交易单数"))
        .expect("a summary");
    assert_eq!(at + 2, lines.len(), "the summary ends the bill: {text}");
    let rows: Vec<Vec<&str>> = lines[1..at].iter().map(|l| cells(l)).collect();
    let summary = cells(lines[at + 1]);

    // Every payment and refund of the day, and nothing else (the unpaid order is not there).
    let mut seen: Vec<(&str, &str)> = rows.iter().map(|r| (r[6], r[9])).collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("F9001", "REFUND"),
            ("F9001", "SUCCESS"),
            ("F9002", "SUCCESS")
        ],
        "{text}"
    );
    let paid_row = rows
        .iter()
        .find(|r| r[6] == "F9001" && r[9] == "SUCCESS")
        .unwrap();
    assert_eq!(paid_row[5], first.transaction_id.as_deref().unwrap());
    assert_eq!((paid_row[12], paid_row[24]), ("15.00", "15.00"));
    // The summary is the sum of the rows' columns.
    let column = |at: usize| rows.iter().map(|r| fen(r[at])).sum::<i64>();
    assert_eq!(summary[0], rows.len().to_string());
    assert_eq!(fen(summary[1]), column(12), "应结订单总金额");
    assert_eq!(fen(summary[2]), column(16), "退款总金额");
    assert_eq!(fen(summary[5]), column(24), "订单总金额");
    assert_eq!(fen(summary[6]), column(25), "申请退款总金额");
    assert_eq!(
        (summary[1], summary[2], summary[5], summary[6]),
        ("24.90", "5.00", "24.90", "5.00")
    );
}

#[test]
fn a_scripted_system_error_fails_the_next_request_only() {
    let mock = mock();
    let api = Api::new(&mock);
    mock.fail_next("pay/unifiedorder", "SYSTEMERROR", 1);
    let err = api.call(&order("F10001", 100, ELSEWHERE)).unwrap_err();
    assert_eq!(
        business(&err),
        (ErrCode::SystemError, "系统繁忙，请稍后再试".to_owned())
    );
    assert!(err.outcome_unknown());
    assert_eq!(
        mock.order("F10001"),
        None,
        "the failed request changed nothing"
    );

    let placed = api.call(&order("F10001", 100, ELSEWHERE)).unwrap();
    assert!(placed.prepay_id.starts_with("wx"));
    assert_eq!(
        mock.order("F10001").map(|o| o.trade_state),
        Some(TradeState::NotPay)
    );
}

#[test]
fn after_a_day_passes_yesterdays_bill_has_yesterdays_payments() {
    let mock = mock();
    let api = Api::new(&mock);
    api.place("F11001", 1200, ELSEWHERE);
    let yesterday = mock.pay("F11001").unwrap().time_end.unwrap()[..8].to_owned();
    mock.pass_days(1);
    api.place("F11002", 300, ELSEWHERE);
    let today = mock.pay("F11002").unwrap().time_end.unwrap()[..8].to_owned();
    assert_ne!(today, yesterday);

    let bill_of = |day: &str| {
        let mut out = Vec::new();
        api.rt
            .block_on(api.client.v2().pay().downloadbill().download(
                &downloadbill::Request::new(day).bill_type(downloadbill::BillType::All),
                &mut out,
                wechatpay_v2::download::Gzip::Keep,
            ))
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        // The rows' out_trade_no, then the summary's count of rows.
        text.split("\r\n")
            .filter(|l| l.starts_with('`'))
            .map(|l| match cells(l) {
                row if row.len() > 7 => row[6].to_owned(),
                summary => summary[0].to_owned(),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(bill_of(&yesterday), ["F11001", "1"]);
    assert_eq!(bill_of(&today), ["F11002", "1"]);
}
