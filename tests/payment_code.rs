//! The payment-code flow against the mock gateway's ledger: paid at once; `USERPAYING` for two
//! queries, then paid; never confirmed, then reversed; refused for good; an unknown outcome
//! settled by the reversal. Async and blocking run the same flow. The flow's decisions on
//! their own are checked at the end, without a gateway.

use std::time::Duration;

use wechatpay_v2::payment_code::{self, Event, Flow, Outcome, Paid, Schedule, Step};
use wechatpay_v2::v2::pay::{micropay, orderquery};
use wechatpay_v2::{Client, ErrCode, blocking};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

/// A self-signed client certificate: the reversal needs one to be sent (the plain-HTTP mock
/// does not check it).
fn client_cert() -> (String, String) {
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec![DEFAULT_MCH_ID.to_owned()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    (cert.pem(), key.serialize_pem())
}

fn builder(mock: &MockServer) -> wechatpay_v2::ClientBuilder<wechatpay_v2::Apis> {
    let (cert, key) = client_cert();
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .client_cert_pem(cert, key)
        .timeout(Duration::from_secs(5))
}

fn request(out_trade_no: &str) -> micropay::Request {
    micropay::Request::new(
        "Parking fee",
        out_trade_no,
        1500u32,
        "123.12.12.123",
        "134567890123456789",
    )
}

/// Three queries a millisecond apart, then up to two reversals.
fn quick() -> Schedule {
    Schedule::new(Duration::from_millis(1), 3, 2)
}

fn run(mock: &MockServer, out_trade_no: &str) -> Outcome {
    let api = builder(mock).build().unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(payment_code::pay(&api, &request(out_trade_no), &quick()))
}

/// The paths the mock received, in order.
fn paths(mock: &MockServer) -> Vec<String> {
    mock.requests().into_iter().map(|r| r.path).collect()
}

#[test]
fn a_payment_code_confirmed_at_once_is_paid_by_micropay() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let Outcome::Paid(Paid::AtOnce(answer)) = run(&mock, "C1001") else {
        panic!("paid at once");
    };
    assert_eq!(answer.total_fee, 1500);
    assert_eq!(paths(&mock), ["/pay/micropay"]);
}

#[test]
fn a_payer_who_confirms_late_is_found_paid_by_the_third_query() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.script_user_paying(Some(2));
    let outcome = run(&mock, "C2001");
    let Outcome::Paid(Paid::Queried(order)) = &outcome else {
        panic!("paid after the queries: {outcome:?}");
    };
    assert_eq!(order.trade_state, orderquery::TradeState::Success);
    assert_eq!(order.total_fee, Some(1500));
    let Outcome::Paid(paid) = outcome else {
        unreachable!()
    };
    assert_eq!(
        paid.transaction_id(),
        mock.order("C2001").unwrap().transaction_id.as_deref()
    );
    assert_eq!(
        paths(&mock),
        [
            "/pay/micropay",
            "/pay/orderquery",
            "/pay/orderquery",
            "/pay/orderquery"
        ]
    );
}

#[test]
fn a_payer_who_never_confirms_is_reversed_after_the_last_query() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.script_user_paying(None);
    let outcome = run(&mock, "C3001");
    assert!(matches!(outcome, Outcome::Reversed), "{outcome:?}");
    assert_eq!(mock.order("C3001").unwrap().trade_state.as_str(), "REVOKED");
    assert_eq!(
        paths(&mock),
        [
            "/pay/micropay",
            "/pay/orderquery",
            "/pay/orderquery",
            "/pay/orderquery",
            "/secapi/pay/reverse"
        ]
    );
}

#[test]
fn a_final_refusal_is_not_queried() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.fail_next("pay/micropay", "AUTHCODEEXPIRE", 1);
    let outcome = run(&mock, "C4001");
    let Outcome::Failed(err) = outcome else {
        panic!("refused: {outcome:?}");
    };
    assert_eq!(err.err_code(), Some(ErrCode::AuthCodeExpire));
    assert_eq!(paths(&mock), ["/pay/micropay"]);
}

#[test]
fn an_unknown_outcome_is_queried_then_settled_by_the_reversal() {
    // SYSTEMERROR: the gateway may or may not have the order. Here it has none: the queries
    // find nothing, and the reversal finds nothing to reverse.
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.fail_next("pay/micropay", "SYSTEMERROR", 1);
    let outcome = run(&mock, "C5001");
    assert!(matches!(outcome, Outcome::Reversed), "{outcome:?}");
    assert_eq!(paths(&mock).len(), 5);
    assert!(mock.order("C5001").is_none());
}

#[test]
fn the_blocking_client_runs_the_same_flow() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.script_user_paying(Some(1));
    let api: blocking::Client = builder(&mock).build_blocking().unwrap();
    let outcome = payment_code::pay_blocking(&api, &request("C6001"), &quick());
    assert!(
        matches!(outcome, Outcome::Paid(Paid::Queried(_))),
        "{outcome:?}"
    );
    assert_eq!(
        paths(&mock),
        ["/pay/micropay", "/pay/orderquery", "/pay/orderquery"]
    );
}

/// A business failure with `err_code`, as the client reports one.
fn business(err_code: &str) -> wechatpay_v2::Error {
    wechatpay_v2::Error::Business {
        err_code: err_code.into(),
        err_code_des: String::new(),
        raw: Box::new(wechatpay_v2::RawResponse {
            status: 200,
            body: Default::default(),
        }),
    }
}

#[test]
fn the_flow_waits_between_queries_and_reverses_a_bounded_number_of_times() {
    let mut flow = Flow::new(&Schedule::new(Duration::from_secs(5), 1, 2));
    assert!(matches!(flow.next(Event::Start), Step::Pay));
    let user_paying = business("USERPAYING");
    assert!(matches!(
        flow.next(Event::Paid(Err(user_paying))),
        Step::Wait(d) if d == Duration::from_secs(5)
    ));
    assert!(matches!(flow.next(Event::Waited), Step::Query));
    let transport = business("SYSTEMERROR");
    // The one query is used up: the reversal, then once more on an unknown outcome, then no
    // more.
    assert!(matches!(
        flow.next(Event::Queried(Err(transport))),
        Step::Reverse
    ));
    let again = business("SYSTEMERROR");
    assert!(matches!(
        flow.next(Event::Reversed(Err(again))),
        Step::Reverse
    ));
    let last = business("SYSTEMERROR");
    let Step::Done(Outcome::Unknown(Some(err))) = flow.next(Event::Reversed(Err(last))) else {
        panic!("unknown after the reversals");
    };
    assert_eq!(err.err_code(), Some(ErrCode::SystemError));
}
