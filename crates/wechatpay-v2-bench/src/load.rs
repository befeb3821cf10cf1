//! Load: `v2/pay/orderquery` calls with 64 in flight through one async client against the mock
//! gateway on 127.0.0.1, every answer matched to its own request.
//!
//! Each call has its own `out_trade_no` (`LOAD` and a counter that runs on across batches),
//! which the mock gateway echoes in its signed answer; a call that fails, or whose verified
//! answer carries another call's `out_trade_no`, makes the batch an error (and the benchmark
//! panic). Half the calls are signed with MD5, half with HMAC-SHA256, as in `tests/load.rs` and
//! `examples/load.rs`. criterion measures it as `load/orderquery_64_in_flight`, with its
//! throughput counted in calls, so it reports requests per second.
//!
//! The mock gateway runs on its own thread and runtime, the client on a single-threaded runtime,
//! so on a 2-core machine each side has one core (as in the [end-to-end](crate::e2e) run).
//! Connections are kept alive: the first batches open the 64 connections the pool then reuses.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::{Client, SignType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

/// Calls in flight at any time.
pub const IN_FLIGHT: usize = 64;
/// Calls per measured batch (one criterion iteration).
pub const BATCH: usize = 256;

/// The order number of call `i`, which the gateway echoes.
fn out_trade_no(i: usize) -> String {
    format!("LOAD{i:012}")
}

fn query(i: usize) -> orderquery::Request {
    orderquery::Request::by_out_trade_no(out_trade_no(i)).sign_type(if i.is_multiple_of(2) {
        SignType::Md5
    } else {
        SignType::HmacSha256
    })
}

/// A mock gateway, a runtime and one client pointed at the gateway.
#[derive(Debug)]
pub struct Load {
    mock: MockServer,
    runtime: tokio::runtime::Runtime,
    client: Client,
    /// The index of the next call, so every call of the run has its own order number.
    next: AtomicUsize,
}

impl Load {
    /// Starts the mock gateway on 127.0.0.1 (any free port) and builds the client.
    pub fn start() -> Load {
        // Flows off: every call queries an order that was never placed, and the load is
        // measured on the plausible answer.
        let config = MockConfig {
            flows: false,
            ..MockConfig::default()
        };
        let mock = MockServer::start(config, 0).expect("start the mock gateway");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let client = {
            let _in_runtime = runtime.enter();
            Client::builder()
                .mch_id(DEFAULT_MCH_ID)
                .api_key(DEFAULT_API_KEY)
                .appid(DEFAULT_APPID)
                .base_url(mock.base_url())
                .timeout(Duration::from_secs(20))
                .build()
                .expect("a client")
        };
        Load {
            mock,
            runtime,
            client,
            next: AtomicUsize::new(0),
        }
    }

    /// The mock gateway (to switch a fault on, in tests).
    pub fn mock(&self) -> &MockServer {
        &self.mock
    }

    /// Makes `calls` calls, [`IN_FLIGHT`] at a time, and returns how long they took; or the
    /// first problem: a failed call, or an answer matched to the wrong request.
    pub fn run(&self, calls: usize) -> Result<Duration, String> {
        let first = self.next.fetch_add(calls, Ordering::Relaxed);
        let end = first + calls;
        self.runtime.block_on(async {
            let next = Arc::new(AtomicUsize::new(first));
            let started = Instant::now();
            let mut workers = tokio::task::JoinSet::new();
            for _ in 0..IN_FLIGHT.min(calls) {
                let (client, next) = (self.client.clone(), next.clone());
                workers.spawn(async move {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= end {
                            return Ok(());
                        }
                        let answer = client
                            .v2()
                            .pay()
                            .orderquery()
                            .post(query(i))
                            .await
                            .map_err(|e| format!("call {i}: {e}"))?;
                        if answer.out_trade_no != out_trade_no(i) {
                            return Err(format!(
                                "call {i} got the answer to `{}`",
                                answer.out_trade_no
                            ));
                        }
                    }
                });
            }
            let mut problem = None;
            while let Some(done) = workers.join_next().await {
                match done {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => problem = problem.or(Some(e)),
                    Err(e) => problem = problem.or(Some(format!("a worker task: {e}"))),
                }
            }
            let took = started.elapsed();
            problem.map_or(Ok(took), Err)
        })
    }

    /// Stops the mock gateway.
    pub fn stop(self) {
        self.mock.stop();
    }
}
