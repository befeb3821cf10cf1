//! The whole benchmark suite, in one run (`cargo bench -p wechatpay-v2-bench`):
//!
//! 1. `build/{sdk,floor}/<shape>_<sign>`: request build, typed request → signed XML bytes;
//! 2. `handle/{sdk,floor}/<sign>`: response handle, XML bytes → verified typed response;
//! 3. `load/orderquery_64_in_flight`: throughput of one client with 64 calls in flight against
//!    the mock gateway on 127.0.0.1, every answer matched to its request (requests per second);
//! 4. allocation counts of each, by the counting global allocator;
//! 5. end to end against the mock gateway on 127.0.0.1, beside the transport floor;
//! 6. `many_fields/...`: an answer of 200,000 fields through every reader (linear time);
//! 7. the target check, printed as Markdown tables.
//!
//! A filter argument (`cargo bench -p wechatpay-v2-bench -- build`) selects criterion benchmarks
//! as usual (`-- load` runs only the load benchmark); `allocations` and `e2e` select those parts. Without `--bench` (as under
//! `cargo test --benches`) every part runs once, briefly, and nothing is saved. With
//! `WECHATPAY_BENCH_STRICT=1` a missed target makes the run fail.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use wechatpay_v2::{ApiKey, SignType};
use wechatpay_v2_bench::alloc::{self, CountingAlloc};
use wechatpay_v2_bench::e2e::{self, E2eConfig};
use wechatpay_v2_bench::fixtures::{self, Shape};
use wechatpay_v2_bench::load::{self, Load};
use wechatpay_v2_bench::{cases, floor, report};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn bench_build(c: &mut Criterion) {
    let key = ApiKey::new(fixtures::KEY);
    let mut group = c.benchmark_group("build");
    for shape in Shape::ALL {
        for sign_type in fixtures::SIGN_TYPES {
            let case = format!("{}_{}", shape.name(), fixtures::sign_name(sign_type));
            let request = fixtures::request(shape, sign_type);
            group.bench_function(BenchmarkId::new("sdk", &case), |b| {
                b.iter(|| cases::sdk_build(black_box(&request), &key))
            });
            let fields = fixtures::wire_fields(shape, sign_type);
            let pairs = fixtures::borrow_pairs(&fields);
            group.bench_function(BenchmarkId::new("floor", &case), |b| {
                b.iter(|| {
                    floor::build_request(black_box(&pairs), fixtures::KEY.as_bytes(), sign_type)
                })
            });
            if sign_type == SignType::HmacSha256 {
                let keyed = floor::keyed_hmac(fixtures::KEY.as_bytes());
                group.bench_function(BenchmarkId::new("floor_keyed", &case), |b| {
                    b.iter(|| {
                        floor::build_request_keyed(
                            black_box(&pairs),
                            fixtures::KEY.as_bytes(),
                            &keyed,
                        )
                    })
                });
            }
        }
    }
    group.finish();
}

fn bench_handle(c: &mut Criterion) {
    let key = ApiKey::new(fixtures::KEY);
    let mut group = c.benchmark_group("handle");
    for sign_type in fixtures::SIGN_TYPES {
        let case = fixtures::sign_name(sign_type);
        let raw = fixtures::raw_response(sign_type);
        group.bench_function(BenchmarkId::new("sdk", case), |b| {
            b.iter(|| cases::sdk_handle(black_box(&raw), &key, sign_type))
        });
        group.bench_function(BenchmarkId::new("floor", case), |b| {
            b.iter(|| {
                floor::handle_response(black_box(&raw.body), fixtures::KEY.as_bytes(), sign_type)
                    .expect("the fixture verifies")
            })
        });
        if sign_type == SignType::HmacSha256 {
            let keyed = floor::keyed_hmac(fixtures::KEY.as_bytes());
            group.bench_function(BenchmarkId::new("floor_keyed", case), |b| {
                b.iter(|| {
                    floor::handle_response_keyed(
                        black_box(&raw.body),
                        fixtures::KEY.as_bytes(),
                        &keyed,
                    )
                    .expect("the fixture verifies")
                })
            });
        }
    }
    group.finish();
}

/// `load/orderquery_64_in_flight`: batches of [`load::BATCH`] calls, 64 in flight, through one
/// client; the throughput is counted in calls, so criterion reports requests per second. A failed
/// call or an answer matched to the wrong request panics.
fn bench_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    // One iteration is a batch of 256 exchanges (tens of milliseconds): few, flat samples.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Elements(load::BATCH as u64));
    // Started on first use, so that a filter that leaves this benchmark out starts no gateway.
    let mut run: Option<Load> = None;
    group.bench_function(
        BenchmarkId::from_parameter(format!("orderquery_{}_in_flight", load::IN_FLIGHT)),
        |b| {
            let run = run.get_or_insert_with(Load::start);
            b.iter_custom(|batches| {
                (0..batches)
                    .map(|_| run.run(load::BATCH).unwrap_or_else(|e| panic!("load: {e}")))
                    .sum()
            })
        },
    );
    group.finish();
    if let Some(run) = run {
        run.stop();
    }
}

/// `many_fields/<reader>`: an answer of 200,000 distinct fields (3.8 MB) through response
/// handling, untyped and typed, by the fast path and by the general reader, and as a
/// notification with raised limits. Target: under 50 ms each (BENCHMARKS.md); before the
/// readers looked names up by hash past 32 fields, it took about two minutes.
fn bench_many_fields(c: &mut Criterion) {
    let mut group = c.benchmark_group("many_fields");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .throughput(Throughput::Elements(fixtures::MANY_FIELDS as u64));
    let key = ApiKey::new(fixtures::KEY);
    let fast = fixtures::many_fields_response(false);
    let general = fixtures::many_fields_response(true);
    for (name, raw) in [("fast_path", &fast), ("general_reader", &general)] {
        group.bench_function(BenchmarkId::new("untyped", name), |b| {
            b.iter(|| cases::many_untyped(black_box(raw), &key))
        });
        group.bench_function(BenchmarkId::new("typed", name), |b| {
            b.iter(|| cases::many_typed(black_box(raw), &key))
        });
    }
    group.bench_function(BenchmarkId::new("notification", "fast_path"), |b| {
        b.iter(|| cases::many_notification(black_box(&fast), &key))
    });
    group.finish();
}

/// Criterion options that take a value (so the value is not taken for a filter).
const VALUE_OPTIONS: &[&str] = &[
    "-c",
    "--color",
    "-s",
    "--save-baseline",
    "-b",
    "--baseline",
    "--baseline-lenient",
    "--load-baseline",
    "--sample-size",
    "--warm-up-time",
    "--measurement-time",
    "--nresamples",
    "--noise-threshold",
    "--confidence-level",
    "--significance-level",
    "--profile-time",
    "--plotting-backend",
    "--output-format",
    "--format",
];

/// The filter argument, if any.
fn filter(args: &[String]) -> Option<&str> {
    let mut skip = false;
    for arg in args {
        if skip {
            skip = false;
        } else if VALUE_OPTIONS.contains(&arg.as_str()) {
            skip = true;
        } else if !arg.starts_with('-') {
            return Some(arg);
        }
    }
    None
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let full = args.iter().any(|a| a == "--bench");
    if args.iter().any(|a| a == "--list") {
        let mut c = Criterion::default().configure_from_args();
        bench_build(&mut c);
        bench_handle(&mut c);
        bench_load(&mut c);
        bench_many_fields(&mut c);
        println!("allocations: bench\ne2e: bench");
        return;
    }
    let filter = filter(&args).map(str::to_owned);
    let selected = |part: &str| filter.as_deref().is_none_or(|f| part.contains(f));

    // 3 s of samples after 1 s of warm-up per benchmark: 12 benchmarks in about a minute.
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(60)
        .configure_from_args();
    bench_build(&mut c);
    bench_handle(&mut c);
    bench_load(&mut c);
    bench_many_fields(&mut c);
    c.final_summary();

    assert!(
        alloc::is_installed(),
        "the counting allocator must be the global allocator"
    );
    if selected("allocations") {
        let counts = cases::allocation_counts();
        println!("\nallocations per call (this thread, after one warm-up call):");
        for case in &counts {
            println!(
                "  {}/{}: SDK {} ({} reallocs, {} B), floor {} ({} B)",
                case.group,
                case.case,
                case.sdk.total(),
                case.sdk.reallocs,
                case.sdk.bytes,
                case.floor.total(),
                case.floor.bytes
            );
        }
        if full {
            report::save("allocations.json", &counts).expect("save the allocation counts");
        }
    }
    if selected("e2e") {
        let config = if full {
            E2eConfig::FULL
        } else {
            E2eConfig::QUICK
        };
        println!(
            "\nend to end against the mock gateway ({} rounds)...",
            config.rounds
        );
        let results = e2e::run(config);
        for (mode, rates) in [
            ("sequential", &results.sequential),
            ("concurrent", &results.concurrent),
        ] {
            println!(
                "  {mode}: SDK {:.0} req/s, transport floor {:.0} req/s, protocol floor {:.0} req/s (medians)",
                report::median(&rates.sdk),
                report::median(&rates.floor),
                report::median(&rates.protocol)
            );
        }
        if full {
            report::save("e2e.json", &results).expect("save the end-to-end rates");
        }
    }
    if full {
        let (text, all_pass) = report::check_targets();
        println!("\n{text}");
        if !all_pass && std::env::var_os("WECHATPAY_BENCH_STRICT").is_some() {
            std::process::exit(1);
        }
    }
}
