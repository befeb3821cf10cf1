//! End to end against the mock gateway on 127.0.0.1 over keep-alive connections: requests per
//! second through the SDK (typed request in, verified typed response out) beside plain reqwest
//! posting the same pre-built bytes and doing nothing with the answer (the transport floor).
//!
//! The mock runs on its own thread (its own single-threaded runtime); the client side runs on a
//! single-threaded runtime too, so on a 2-core machine each side has a core. Every round sends a
//! fixed number of requests, so the run is bounded. A round is cut into blocks, and the sides
//! take turns block by block (which goes first rotates), so that a slow spell of the machine,
//! which on a VM can last a second, falls on all of them alike: a side's rate in a round is its
//! requests over the time its own blocks took.
//!
//! A third side, the protocol floor, is the transport floor plus the hand-written build and
//! handle of [`crate::floor`] on every call: signing the request, parsing and verifying the
//! answer. It shows how much of the distance to the transport floor is the protocol's own
//! work, which no SDK can skip.

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
    /// Blocks each round is cut into; the sides take turns block by block.
    #[serde(default = "one_block")]
    pub blocks: usize,
    /// Requests per sequential round.
    pub sequential_requests: usize,
    /// Requests per concurrent round.
    pub concurrent_requests: usize,
    /// Requests in flight in a concurrent round.
    pub in_flight: usize,
}

impl E2eConfig {
    /// What `cargo bench` runs: about 700,000 requests in all, half a minute on 2 cores. A
    /// concurrent block is about 30 ms on the machines measured so far, a sequential one 60 ms.
    pub const FULL: E2eConfig = E2eConfig {
        rounds: 9,
        blocks: 10,
        sequential_requests: 5_000,
        concurrent_requests: 20_000,
        in_flight: 64,
    };
    /// A smoke run (`cargo test --benches`, or a bench run without `--bench`).
    pub const QUICK: E2eConfig = E2eConfig {
        rounds: 1,
        blocks: 2,
        sequential_requests: 50,
        concurrent_requests: 128,
        in_flight: 64,
    };
}

fn one_block() -> usize {
    1
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

/// One side of the end-to-end run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Through the SDK: typed request (by reference) in, verified typed response out.
    Sdk,
    /// Plain reqwest posting pre-built bytes and reading the answer without looking at it.
    Transport,
    /// The transport floor plus the hand-written build and handle of [`crate::floor`].
    Protocol,
}

impl Side {
    /// The three sides, in the order of the first round.
    pub const ALL: [Side; 3] = [Side::Sdk, Side::Transport, Side::Protocol];

    /// `sdk`, `transport` or `protocol`.
    pub fn parse(name: &str) -> Option<Side> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The side's name on the command line of the `profile` binary.
    pub fn name(self) -> &'static str {
        match self {
            Side::Sdk => "sdk",
            Side::Transport => "transport",
            Side::Protocol => "protocol",
        }
    }
}

/// What the three sides send with, made once per run.
struct Sides {
    sdk: Client,
    request: Request,
    http: reqwest::Client,
    url: String,
    /// The bytes the SDK would send, for the transport floor.
    body: Bytes,
    /// The same fields as text, for the protocol floor.
    fields: Vec<(String, String)>,
}

impl Sides {
    fn new(base_url: &str) -> Sides {
        // The endpoint documents HMAC-SHA256; the car-park scene.
        let request = fixtures::request(Shape::Parking, SignType::HmacSha256);
        let sdk = Client::builder()
            .mch_id(fixtures::MCH_ID)
            .api_key(fixtures::KEY)
            .appid(fixtures::APPID)
            .base_url(base_url)
            .build()
            .expect("a client");
        // The transport floor posts the bytes the SDK would send (the mock does not refuse a
        // repeated nonce), with the same timeout and content type, and reads the answer to the
        // end so the connection is kept; it looks at nothing.
        let key = ApiKey::new(fixtures::KEY);
        let body = wechatpay_v2_protocol::sign_request(
            &request,
            fixtures::signer(&key),
            Some(fixtures::NONCE),
        )
        .expect("the fixture request is valid");
        let url = format!(
            "{base_url}{}",
            <Request as wechatpay_v2::ApiRequest>::ENDPOINT.wire_path
        );
        let http = plain_http(Duration::from_secs(30));
        Sides {
            sdk,
            request,
            http,
            url,
            body: Bytes::from(body.xml),
            fields: fixtures::wire_fields(Shape::Parking, SignType::HmacSha256),
        }
    }

    /// One request and its answer, as `side` does them.
    async fn one(&self, side: Side) {
        match side {
            Side::Sdk => {
                // By reference: the request is built once, as the floors' fields and bytes are.
                let response = self
                    .sdk
                    .post(&self.request)
                    .await
                    .expect("the mock gateway accepts the SDK's request");
                std::hint::black_box(response);
            }
            Side::Transport => {
                std::hint::black_box(post_bytes(&self.http, &self.url, self.body.clone()).await);
            }
            Side::Protocol => {
                let pairs = fixtures::borrow_pairs(&self.fields);
                let body = crate::floor::build_request(
                    &pairs,
                    fixtures::KEY.as_bytes(),
                    SignType::HmacSha256,
                );
                let bytes = post_bytes(&self.http, &self.url, body).await;
                let pairs = crate::floor::handle_response(
                    &bytes,
                    fixtures::KEY.as_bytes(),
                    SignType::HmacSha256,
                )
                .expect("the mock gateway's answer verifies");
                std::hint::black_box(pairs);
            }
        }
    }
}

/// The sizes of the blocks a round of `requests` is cut into: `blocks` of them (at least one,
/// and no more than there are requests), differing by one request at most.
pub fn block_sizes(requests: usize, blocks: usize) -> impl Iterator<Item = usize> {
    let blocks = blocks.clamp(1, requests.max(1));
    (0..blocks).map(move |b| requests / blocks + usize::from(b < requests % blocks))
}

/// Sends `n` requests of `side`, `in_flight` at a time; returns the time they took.
async fn send(sides: &Arc<Sides>, side: Side, n: usize, in_flight: usize) -> Duration {
    let start = Instant::now();
    if in_flight <= 1 {
        for _ in 0..n {
            sides.one(side).await;
        }
    } else {
        let next = Arc::new(AtomicUsize::new(0));
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..in_flight {
            let (next, sides) = (next.clone(), sides.clone());
            tasks.spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < n {
                    sides.one(side).await;
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("a request task panicked");
        }
    }
    start.elapsed()
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

/// Runs `body` on a single-threaded runtime against a fresh mock gateway (on its own thread),
/// after a warm-up of every side with `in_flight` requests at a time.
fn with_gateway<T>(in_flight: usize, body: impl AsyncFnOnce(Arc<Sides>) -> T) -> T {
    let mock = MockServer::start(MockConfig::default(), 0).expect("start the mock gateway");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let sides = Arc::new(Sides::new(&mock.base_url()));
    let result = runtime.block_on(async {
        // Warm up: open the connections both pools will keep, and fault in the code paths.
        let warm = in_flight.max(64) * 2;
        for side in Side::ALL {
            send(&sides, side, warm, in_flight).await;
        }
        body(sides).await
    });
    mock.stop();
    result
}

/// Runs the end-to-end benchmark against a fresh mock gateway.
pub fn run(config: E2eConfig) -> E2eResults {
    with_gateway(config.in_flight, async |sides| {
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
                // Time spent by each side (in `Side::ALL` order) on its blocks of this round.
                let mut spent = [Duration::ZERO; 3];
                for (b, n) in block_sizes(requests, config.blocks).enumerate() {
                    // Which side goes first rotates from block to block and round to round.
                    for k in 0..3 {
                        let turn = (i + b + k) % 3;
                        spent[turn] += send(&sides, Side::ALL[turn], n, in_flight).await;
                    }
                }
                let rate = |d: Duration| requests as f64 / d.as_secs_f64();
                rates.sdk.push(rate(spent[0]));
                rates.floor.push(rate(spent[1]));
                rates.protocol.push(rate(spent[2]));
            }
        }
        results
    })
}

/// One round of one side after the warm-up, for a profiler (`profile e2e SIDE N`): returns
/// requests per second.
pub fn profile(side: Side, requests: usize, in_flight: usize) -> f64 {
    with_gateway(in_flight, async |sides| {
        requests as f64 / send(&sides, side, requests, in_flight).await.as_secs_f64()
    })
}

/// A plain reqwest client for the plain-HTTP mock (with the SDK's crypto provider).
fn plain_http(timeout: Duration) -> reqwest::Client {
    wechatpay_v2_mock::http_client_builder()
        .expect("a tls-* feature is enabled")
        .timeout(timeout)
        .build()
        .expect("a reqwest client")
}
