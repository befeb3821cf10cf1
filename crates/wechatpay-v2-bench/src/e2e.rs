//! End to end against the mock gateway on 127.0.0.1 over keep-alive connections: requests per
//! second through the SDK (typed request in, verified typed response out) beside plain reqwest
//! posting the same pre-built bytes and doing nothing with the answer (the transport floor).
//!
//! The mock runs on its own thread (its own single-threaded runtime); the client side runs on a
//! single-threaded runtime too, so on a 2-core machine each side has a core. Every round sends a
//! fixed number of requests, so the run is bounded; SDK and floor rounds alternate (and rotate
//! which goes first) so that drift in the machine's speed hits all alike.
//!
//! A third side, the protocol floor, is the transport floor plus the hand-written build and
//! handle of [`crate::floor`] on every call: signing the request, parsing and verifying the
//! answer. It shows how much of the distance to the transport floor is the protocol's own
//! work, which no SDK can skip.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use wechatpay_v2::v2::vehicle::pay::notification::Request;
use wechatpay_v2::{ApiKey, Client, SignType};
use wechatpay_v2_mock::{MockConfig, MockServer};

use crate::fixtures::{self, Shape};

/// How much to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct E2eConfig {
    /// Measured rounds per mode and side.
    pub rounds: usize,
    /// Requests per sequential round.
    pub sequential_requests: usize,
    /// Requests per concurrent round.
    pub concurrent_requests: usize,
    /// Requests in flight in a concurrent round.
    pub in_flight: usize,
}

impl E2eConfig {
    /// What `cargo bench` runs: about 100,000 requests in all, bounded to well under a minute on
    /// 2 cores.
    pub const FULL: E2eConfig = E2eConfig {
        rounds: 7,
        sequential_requests: 3_000,
        concurrent_requests: 4_000,
        in_flight: 64,
    };
    /// A smoke run (`cargo test --benches`, or a bench run without `--bench`).
    pub const QUICK: E2eConfig = E2eConfig {
        rounds: 1,
        sequential_requests: 50,
        concurrent_requests: 128,
        in_flight: 64,
    };
}

/// Requests per second of each round: SDK, transport floor, and protocol floor.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Rates {
    /// Through the SDK.
    pub sdk: Vec<f64>,
    /// Plain reqwest with pre-built bytes (the transport floor, which the target is set
    /// against).
    pub floor: Vec<f64>,
    /// The transport floor plus the protocol's own work on every call, done by the
    /// hand-written floors of the request build and the response handle
    /// ([`crate::floor`]): the least any SDK could add. Reported beside the target, not
    /// instead of it.
    #[serde(default)]
    pub protocol: Vec<f64>,
}

/// The results of a run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct E2eResults {
    /// What was sent.
    pub config: E2eConfig,
    /// One request at a time.
    pub sequential: Rates,
    /// `config.in_flight` requests at a time.
    pub concurrent: Rates,
}

/// Sends `n` requests, `in_flight` at a time, each made by `one`; returns requests per second.
async fn round<F, Fut>(n: usize, in_flight: usize, one: F) -> f64
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let start = Instant::now();
    if in_flight <= 1 {
        for _ in 0..n {
            one().await;
        }
    } else {
        let next = Arc::new(AtomicUsize::new(0));
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..in_flight {
            let (next, one) = (next.clone(), one.clone());
            tasks.spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < n {
                    one().await;
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("a request task panicked");
        }
    }
    n as f64 / start.elapsed().as_secs_f64()
}

/// Posts `body` as the floors do (the SDK's content type) and reads the whole answer, so the
/// connection is kept.
async fn post_bytes(http: &reqwest::Client, url: &str, body: impl Into<reqwest::Body>) -> Bytes {
    http.post(url)
        .header(reqwest::header::CONTENT_TYPE, "text/xml; charset=utf-8")
        .body(body)
        .send()
        .await
        .expect("the mock gateway answers")
        .bytes()
        .await
        .expect("the answer's body")
}

/// Runs the end-to-end benchmark against a fresh mock gateway.
pub fn run(config: E2eConfig) -> E2eResults {
    let mock = MockServer::start(MockConfig::default(), 0).expect("start the mock gateway");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let results = runtime.block_on(run_against(config, mock.base_url()));
    mock.stop();
    results
}

async fn run_against(config: E2eConfig, base_url: String) -> E2eResults {
    // The endpoint documents HMAC-SHA256; the car-park scene.
    let request = Arc::new(fixtures::request(Shape::Parking, SignType::HmacSha256));
    let sdk = Client::builder()
        .mch_id(fixtures::MCH_ID)
        .api_key(fixtures::KEY)
        .appid(fixtures::APPID)
        .base_url(base_url.clone())
        .build()
        .expect("a client");

    // The floor posts the bytes the SDK would send (the mock does not refuse a repeated nonce),
    // with the same timeout and content type, and reads the answer to the end so the connection
    // is kept; it looks at nothing.
    let key = ApiKey::new(fixtures::KEY);
    let body = wechatpay_v2::protocol::sign_request(
        request.as_ref(),
        fixtures::signer(&key),
        Some(fixtures::NONCE),
    )
    .expect("the fixture request is valid");
    let body = Bytes::from(body.xml);
    let url: Arc<str> = format!(
        "{base_url}{}",
        <Request as wechatpay_v2::Request>::ENDPOINT.wire_path
    )
    .into();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("a reqwest client");

    let sdk_one = {
        let (sdk, request) = (sdk.clone(), request.clone());
        move || {
            let (sdk, request) = (sdk.clone(), request.clone());
            async move {
                // By reference: the request is built once, as the floors' fields are.
                let response = sdk
                    .post(&*request)
                    .await
                    .expect("the mock gateway accepts the SDK's request");
                std::hint::black_box(response);
            }
        }
    };
    let protocol_one = {
        let (http, url) = (http.clone(), url.clone());
        let fields = Arc::new(fixtures::wire_fields(Shape::Parking, SignType::HmacSha256));
        move || {
            let (http, url, fields) = (http.clone(), url.clone(), fields.clone());
            async move {
                let pairs = fixtures::borrow_pairs(&fields);
                let body = crate::floor::build_request(
                    &pairs,
                    fixtures::KEY.as_bytes(),
                    SignType::HmacSha256,
                );
                let bytes = post_bytes(&http, &url, body).await;
                let pairs = crate::floor::handle_response(
                    &bytes,
                    fixtures::KEY.as_bytes(),
                    SignType::HmacSha256,
                )
                .expect("the mock gateway's answer verifies");
                std::hint::black_box(pairs);
            }
        }
    };
    let floor_one = move || {
        let (http, url, body) = (http.clone(), url.clone(), body.clone());
        async move {
            std::hint::black_box(post_bytes(&http, &url, body).await);
        }
    };

    // Warm up: open the connections both pools will keep, and fault in the code paths.
    let warm = config.in_flight.max(64) * 2;
    round(warm, config.in_flight, sdk_one.clone()).await;
    round(warm, config.in_flight, floor_one.clone()).await;
    round(warm, config.in_flight, protocol_one.clone()).await;

    let mut results = E2eResults {
        config,
        sequential: Rates::default(),
        concurrent: Rates::default(),
    };
    for (requests, in_flight, rates) in [
        (config.sequential_requests, 1, &mut results.sequential),
        (
            config.concurrent_requests,
            config.in_flight,
            &mut results.concurrent,
        ),
    ] {
        for i in 0..config.rounds {
            // Which side goes first rotates from round to round.
            for side in (0..3).map(|k| (i + k) % 3) {
                match side {
                    0 => rates
                        .sdk
                        .push(round(requests, in_flight, sdk_one.clone()).await),
                    1 => rates
                        .floor
                        .push(round(requests, in_flight, floor_one.clone()).await),
                    _ => rates
                        .protocol
                        .push(round(requests, in_flight, protocol_one.clone()).await),
                }
            }
        }
    }
    results
}
