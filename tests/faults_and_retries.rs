//! More gateway faults, each its own error with the raw body kept; opt-in retries, for queries
//! only; and the connect timeout, apart from the timeout of the whole exchange.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::v2::vehicle::pay::notification;
use wechatpay_v2::{Client, Error, SignType, SignatureProblem};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, Fault, MockConfig, MockServer,
};

fn client(mock: &MockServer, retry: bool) -> Client {
    let builder = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5));
    let builder = if retry {
        builder.retry_queries(2, Duration::from_millis(1))
    } else {
        builder
    };
    builder.build().unwrap()
}

fn query() -> orderquery::Request {
    orderquery::Request::by_out_trade_no("T20261123001").sign_type(SignType::HmacSha256)
}

fn entry() -> notification::Request {
    notification::Request::new(
        SignType::Md5,
        "3.0",
        notification::TradeScene::Parking,
        notification::SceneInfo::new(notification::Scene::Parking(
            notification::ParkingScene::new(
                "20170826104339",
                "粤B888888",
                "欢乐海岸停车场",
                "1200",
            ),
        )),
    )
}

#[tokio::test]
async fn http_4xx_is_an_http_status_error_with_the_body() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault(Some(Fault::Http400));
    let err = client(&mock, false)
        .v2()
        .pay()
        .orderquery()
        .post(query())
        .await
        .unwrap_err();
    match &err {
        Error::HttpStatus { raw } => {
            assert_eq!(raw.status, 400);
            assert_eq!(raw.text(), "Bad Request");
        }
        other => panic!("expected an HTTP status error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_sign_of_the_other_algorithm_and_a_missing_sign_are_named() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, false);
    mock.set_fault(Some(Fault::OtherAlgorithmSign));
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: SignatureProblem::AlgorithmMismatch {
                    expected: SignType::HmacSha256,
                    received: SignType::Md5
                },
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.raw_response().unwrap().text().contains("<sign>"));

    mock.set_fault(Some(Fault::MissingSign));
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: SignatureProblem::Missing,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn queries_are_retried_when_asked_with_a_fresh_nonce_each_time() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    mock.set_fault_for(Fault::Http500, 1);
    mock.set_fault_for(Fault::Http500, 2);
    let response = client(&mock, true)
        .v2()
        .pay()
        .orderquery()
        .post(query())
        .await
        .unwrap();
    assert_eq!(response.out_trade_no, "T20261123001");
    let requests = mock.requests();
    assert_eq!(requests.len(), 3, "two failures, then the answer");
    let nonces: std::collections::HashSet<String> = requests
        .iter()
        .map(|r| {
            let start = r.body.find("<nonce_str>").unwrap() + "<nonce_str>".len();
            r.body[start..start + 32].to_owned()
        })
        .collect();
    assert_eq!(nonces.len(), 3, "every attempt is signed anew");
}

#[tokio::test]
async fn retries_are_bounded_and_only_for_transport_failures() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = client(&mock, true);
    mock.set_fault_for(Fault::Http500, 10);
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(matches!(err, Error::HttpStatus { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 3, "one attempt and two retries");

    // A business failure is an answer, not a failure to get one: never retried.
    mock.set_fault_for(Fault::BusinessFail, 10);
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(matches!(err, Error::Business { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 4);

    // A connection closed early is retried like any transport failure.
    mock.set_fault_for(Fault::CloseEarly, 1);
    api.v2().pay().orderquery().post(query()).await.unwrap();
    assert_eq!(mock.requests().len(), 6);
}

#[tokio::test]
async fn calls_that_are_not_queries_and_clients_that_did_not_opt_in_never_retry() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault_for(Fault::Http500, 1);
    let err = client(&mock, true)
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(entry())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::HttpStatus { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 1);

    mock.set_fault_for(Fault::Http500, 1);
    let err = client(&mock, false)
        .v2()
        .pay()
        .orderquery()
        .post(query())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::HttpStatus { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 2);
}

/// A listener on 127.0.0.1 that never answers a further connect, and the connections that
/// filled it (they must stay open).
///
/// The technique: the listener is made with a backlog of 0 and never accepts. Linux completes
/// handshakes into the accept queue until it holds more than the backlog (one connection for a
/// backlog of 0); while the queue is full it drops every SYN it receives (counted as
/// `ListenOverflows`), without answering and without a reset, so the client's connect stays
/// pending (the kernel would retransmit its SYN after 1 s, 3 s, ...) until the client gives up.
/// The filling connections are opened until one of them does not complete, so the queue is
/// known to be full whatever the kernel's exact rule; each of those attempts is bounded. Checked
/// 20 times in a row in this environment before the test relied on it. Loopback only; nothing
/// waits on a clock except the bounds.
async fn listener_that_never_answers() -> (tokio::net::TcpListener, Vec<tokio::net::TcpStream>) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(0).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut filling = Vec::new();
    for _ in 0..16 {
        match tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(addr),
        )
        .await
        {
            Ok(stream) => filling.push(stream.expect("a loopback connect")),
            // The queue is full: this SYN went unanswered.
            Err(_) => return (listener, filling),
        }
    }
    panic!("the accept queue of a listener with backlog 0 never filled (16 connections queued)");
}

fn client_to(addr: SocketAddr, timeout: Duration, connect_timeout: Duration) -> Client {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(format!("http://{addr}/"))
        .timeout(timeout)
        .connect_timeout(connect_timeout)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_connect_that_cannot_complete_is_a_connect_timeout_within_its_bound() {
    let (listener, _filling) = listener_that_never_answers().await;
    let addr = listener.local_addr().unwrap();
    let connect_timeout = Duration::from_millis(300);
    // The exchange timeout is far longer: only the connect timeout can end this call in time.
    let api = client_to(addr, Duration::from_secs(30), connect_timeout);

    let started = Instant::now();
    let err = tokio::time::timeout(
        Duration::from_secs(10),
        api.v2().pay().orderquery().post(query()),
    )
    .await
    .expect("the connect timeout ends the call long before this bound")
    .unwrap_err();
    let took = started.elapsed();

    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.is_timeout(), "a timeout: {err:?}");
    assert!(err.is_connect(), "of the connect: {err:?}");
    let message = err.to_string();
    assert!(
        message.starts_with("transport: connect timed out: "),
        "the message names the connect: {message}"
    );
    assert!(
        took >= connect_timeout,
        "ended after {took:?}, before the connect timeout ran out: not the connect timeout"
    );
    assert!(
        took < Duration::from_secs(5),
        "ended after {took:?}; the connect timeout is {connect_timeout:?}"
    );
    assert!(err.raw_response().is_none(), "nothing was received");
}

#[tokio::test]
async fn the_connect_timeout_bounds_the_connect_only_and_a_slow_answer_is_a_read_timeout() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let addr = mock.addr();

    // A connect timeout shorter than the gateway's answer does not cut the exchange: the
    // connection is established at once, and the answer has the whole exchange timeout.
    mock.set_fault_for(Fault::Delay(Duration::from_millis(600)), 1);
    let api = client_to(addr, Duration::from_secs(10), Duration::from_millis(200));
    let response = api.v2().pay().orderquery().post(query()).await.unwrap();
    assert_eq!(response.out_trade_no, "T20261123001");

    // An answer slower than the exchange timeout, on an established connection: a timeout, but
    // not of the connect, and the message says so.
    mock.set_fault(Some(Fault::Delay(Duration::from_secs(30))));
    let api = client_to(addr, Duration::from_millis(300), Duration::from_secs(5));
    let err = tokio::time::timeout(
        Duration::from_secs(10),
        api.v2().pay().orderquery().post(query()),
    )
    .await
    .expect("the exchange timeout ends the call")
    .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.is_timeout(), "{err:?}");
    assert!(!err.is_connect(), "the connection was established: {err:?}");
    let message = err.to_string();
    assert!(message.starts_with("transport: timed out: "), "{message}");
    assert!(!message.contains("connect"), "{message}");
    assert_eq!(
        mock.requests().len(),
        2,
        "both requests reached the gateway"
    );
}
