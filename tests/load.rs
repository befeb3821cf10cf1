//! Load: 10,000 `v2/pay/orderquery` calls, 64 in flight at all times, through one async client
//! against the in-process mock gateway, on a multi-thread runtime.
//!
//! - zero errors;
//! - every response is matched to its own request: each request has its own `out_trade_no`,
//!   which the mock echoes in its signed response;
//! - memory flat: the live heap (`peak_alloc` is this binary's global allocator) is measured
//!   after a warm-up batch and at the end; what the client side holds must not grow with the
//!   number of calls.
//!
//! # What is measured
//! The mock runs in this process, so the heap counts its allocations too, and the mock keeps a
//! log of every request it received (`MockServer::requests`): that log grows by a few hundred
//! bytes a call by design, and is not the client's. It is accounted for exactly (see
//! [`mock_log_bytes`]) and subtracted; both figures are printed.
//!
//! The bound, [`ALLOWED_GROWTH`] (1 MiB over 9,000 calls after the warm-up), is far below what
//! any per-call leak would give (even 120 bytes a call is over 1 MiB) and far above the noise
//! of what does legitimately vary between two measurements: connection buffers of the pool
//! (64 connections, each with its read and write buffers sized by its history), the runtime's
//! task slab and timer wheel, and the allocator's view of the `JoinSet`.
//!
//! The throughput figures come from release builds: the criterion benchmark
//! `cargo bench -p wechatpay-v2-bench -- load` (the same calls, 64 in flight, in requests per
//! second; figures in `BENCHMARKS.md`) and the example `cargo run --release --example load`.

use std::time::{Duration, Instant};

use peak_alloc::PeakAlloc;
use tokio::task::JoinSet;
use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::{Client, Error, SignType};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer, ReceivedRequest,
};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

const REQUESTS: usize = 10_000;
const IN_FLIGHT: usize = 64;
/// Calls before the first heap measurement: enough to open every connection of the pool and
/// size every buffer.
const WARM_UP: usize = 1_000;
/// Calls between two heap measurements after the warm-up.
const BATCH: usize = 1_000;
const ALLOWED_GROWTH: usize = 1024 * 1024;

/// Heap bytes the mock's request log holds for `log`: the `Vec` (grown by doubling from 4
/// items, as `push` grows it) and each item's strings (allocated to their exact length).
fn mock_log_bytes(log: &[ReceivedRequest]) -> usize {
    let capacity = if log.is_empty() {
        0
    } else {
        log.len().next_power_of_two().max(4)
    };
    capacity * size_of::<ReceivedRequest>()
        + log
            .iter()
            .map(|r| r.path.len() + r.body.len() + r.rejected.as_ref().map_or(0, String::len))
            .sum::<usize>()
}

/// Live heap bytes, and the share of them that is the mock's request log.
fn heap(mock: &MockServer) -> (usize, usize) {
    // Read before `requests()`, which clones the log.
    let total = HEAP.current_usage();
    let log = mock_log_bytes(&mock.requests());
    (total, log)
}

fn query(i: usize) -> orderquery::Request {
    orderquery::Request::by_out_trade_no(format!("LOAD{i:08}"))
        // Half of the calls with each algorithm.
        .sign_type(if i.is_multiple_of(2) {
            SignType::Md5
        } else {
            SignType::HmacSha256
        })
}

/// Calls `range`, keeping `IN_FLIGHT` calls running; returns the errors and mismatches.
async fn run(api: &Client, range: std::ops::Range<usize>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |joined: Result<(usize, Result<orderquery::Response, Error>), _>| match joined {
        Ok((i, Ok(response))) if response.out_trade_no == format!("LOAD{i:08}") => {}
        Ok((i, Ok(response))) => problems.push(format!(
            "request {i} got the response of `{}`",
            response.out_trade_no
        )),
        Ok((i, Err(e))) => problems.push(format!("request {i}: {e}")),
        Err(e) => problems.push(format!("task: {e}")),
    };
    let mut set = JoinSet::new();
    for i in range {
        if set.len() == IN_FLIGHT {
            check(set.join_next().await.expect("the set is not empty"));
        }
        let api = api.clone();
        set.spawn(async move { (i, api.v2().pay().orderquery().post(query(i)).await) });
    }
    while let Some(joined) = set.join_next().await {
        check(joined);
    }
    problems
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_calls_64_in_flight_zero_errors_matched_and_flat_memory() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();

    let started = Instant::now();
    let all = async {
        let mut problems = run(&api, 0..WARM_UP).await;
        let (base_total, base_log) = heap(&mock);
        let mut samples = Vec::new();
        let mut done = WARM_UP;
        while done < REQUESTS {
            let next = (done + BATCH).min(REQUESTS);
            problems.extend(run(&api, done..next).await);
            done = next;
            let (total, log) = heap(&mock);
            samples.push(
                total.saturating_sub(log) as i64 - base_total.saturating_sub(base_log) as i64,
            );
        }
        let (end_total, end_log) = heap(&mock);
        (problems, base_total, base_log, end_total, end_log, samples)
    };
    // A bound on the whole run, so that a stalled gateway fails the test instead of hanging it.
    let (problems, base_total, base_log, end_total, end_log, samples) =
        tokio::time::timeout(Duration::from_secs(300), all)
            .await
            .expect("the run finishes");
    let elapsed = started.elapsed();

    let received = mock.requests();
    eprintln!(
        "{REQUESTS} calls, {IN_FLIGHT} in flight: {elapsed:.2?} ({:.0} calls/s, debug build), \
         {} problems",
        REQUESTS as f64 / elapsed.as_secs_f64(),
        problems.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems, first ones: {:#?}",
        problems.len(),
        &problems[..problems.len().min(10)]
    );
    assert_eq!(received.len(), REQUESTS, "one request on the wire per call");
    assert!(
        received.iter().all(|r| r.rejected.is_none()),
        "the mock refused a request"
    );

    let client_base = base_total - base_log;
    let client_end = end_total - end_log;
    let growth = client_end as i64 - client_base as i64;
    eprintln!(
        "live heap after the warm-up: {base_total} bytes ({base_log} of them the mock's log); \
         at the end: {end_total} bytes ({end_log} the mock's log); \
         growth without the log: {growth} bytes; after each batch of {BATCH}: {samples:?}"
    );
    assert!(
        growth < ALLOWED_GROWTH as i64,
        "the live heap grew by {growth} bytes over {} calls (bound {ALLOWED_GROWTH})",
        REQUESTS - WARM_UP
    );
}
