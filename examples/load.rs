//! Throughput of one async client: 10,000 `v2/pay/orderquery` calls with 64 in flight against
//! the in-process mock gateway (the same run as `tests/load.rs`), timed after a warm-up.
//!
//! Run with `cargo run --release --example load [CALLS] [IN_FLIGHT]` (defaults 10000 and 64).
//! The mock shares the machine (and this process): the figure is the client and the mock
//! together, signing, writing, sending, verifying and decoding on both sides over loopback HTTP.
//! The same run as a criterion benchmark, with the client on its own single-threaded runtime:
//! `cargo bench -p wechatpay-v2-bench -- load` (figures in `BENCHMARKS.md`).

use std::time::{Duration, Instant};

use tokio::task::JoinSet;
use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::{Client, SignType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

fn query(i: usize) -> orderquery::Request {
    orderquery::Request::by_out_trade_no(format!("LOAD{i:08}")).sign_type(if i.is_multiple_of(2) {
        SignType::Md5
    } else {
        SignType::HmacSha256
    })
}

/// Runs `calls` calls with `in_flight` running at a time; returns each call's latency.
async fn run(api: &Client, calls: usize, in_flight: usize) -> Result<Vec<Duration>, String> {
    let mut latencies = Vec::with_capacity(calls);
    let mut set = JoinSet::new();
    let mut collect = |joined: Result<(usize, Duration, _), _>| -> Result<(), String> {
        let (i, took, result): (usize, Duration, wechatpay_v2::Result<orderquery::Response>) =
            joined.map_err(|e| format!("task: {e}"))?;
        let response = result.map_err(|e| format!("call {i}: {e}"))?;
        if response.out_trade_no != format!("LOAD{i:08}") {
            return Err(format!("call {i} got `{}`", response.out_trade_no));
        }
        latencies.push(took);
        Ok(())
    };
    for i in 0..calls {
        if set.len() == in_flight {
            collect(set.join_next().await.ok_or("empty set")?)?;
        }
        let api = api.clone();
        set.spawn(async move {
            let start = Instant::now();
            let result = api.v2().pay().orderquery().post(query(i)).await;
            (i, start.elapsed(), result)
        });
    }
    while let Some(joined) = set.join_next().await {
        collect(joined)?;
    }
    Ok(latencies)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let calls: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(10_000);
    let in_flight: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(64);

    let mock = MockServer::start(MockConfig::default(), 0)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let api = Client::builder()
            .mch_id(DEFAULT_MCH_ID)
            .api_key(DEFAULT_API_KEY)
            .appid(DEFAULT_APPID)
            .base_url(mock.base_url())
            .timeout(Duration::from_secs(20))
            .build()?;
        // Warm-up: opens the connections and sizes the buffers.
        run(&api, calls.min(1_000), in_flight).await?;

        let started = Instant::now();
        let mut latencies = run(&api, calls, in_flight).await?;
        let elapsed = started.elapsed();
        latencies.sort_unstable();
        let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q) as usize];
        println!(
            "{calls} calls, {in_flight} in flight, 0 errors, every response matched: {elapsed:.2?}, \
             {:.0} calls/s; latency p50 {:.2?}, p99 {:.2?}, max {:.2?}",
            calls as f64 / elapsed.as_secs_f64(),
            at(0.5),
            at(0.99),
            at(1.0),
        );
        Ok::<_, Box<dyn std::error::Error>>(())
    })?;
    mock.stop();
    Ok(())
}
