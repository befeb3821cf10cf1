//! Runs one measured operation in a loop, for a profiler:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true cargo build -p wechatpay-v2-bench --release --bin profile
//! valgrind --tool=callgrind target/release/profile build sdk parking_hmac_sha256 10000
//! ```
//!
//! Arguments: `build|handle`, `sdk|floor`, the case as in the benchmark ids
//! (`parking_md5`, `parking_space_hmac_sha256`; for `handle`: `md5`, `hmac_sha256`), and the
//! number of iterations (default 100,000).
//!
//! `profile e2e sdk|transport|protocol [REQUESTS]` runs one end-to-end round of one side, 64
//! in flight against the mock gateway (after the benchmark's warm-up), for `perf` or
//! `valgrind --tool=callgrind --separate-threads=yes`; the client is the main thread.
//!
//! `profile many_fields` runs each case of the `many_fields` benchmark (an answer of 200,000
//! fields) 20 times and prints the fastest run and the median.
//!
//! `profile quick` instead times every case, SDK and floor, as the fastest of 300 batches of 200
//! calls: a rough figure in a few seconds that a busy machine disturbs little (the fastest batch
//! is the one nothing interrupted). The reported figures are criterion's, from `cargo bench`.

use std::hint::black_box;
use std::time::Instant;

use wechatpay_v2::{ApiKey, SignType};
use wechatpay_v2_bench::fixtures::{self, Shape};
use wechatpay_v2_bench::{cases, e2e, floor};

fn sign_type(name: &str) -> SignType {
    if name.ends_with("hmac_sha256") {
        SignType::HmacSha256
    } else {
        SignType::Md5
    }
}

/// The fastest of 300 batches of 200 calls of `f`, in nanoseconds per call.
fn fastest<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..300 {
        let start = Instant::now();
        for _ in 0..200 {
            black_box(f());
        }
        best = best.min(start.elapsed().as_nanos() as f64 / 200.0);
    }
    best
}

/// The figure against the floor keyed once, for the HMAC-SHA256 cases that have one.
fn against_keyed(sdk: f64, keyed: Option<f64>) -> String {
    keyed.map_or(String::new(), |k| {
        format!("; floor keyed once {k:.0} ns, {:.2}x", sdk / k)
    })
}

fn quick() {
    let key = ApiKey::new(fixtures::KEY);
    for shape in Shape::ALL {
        for st in fixtures::SIGN_TYPES {
            let request = fixtures::request(shape, st);
            let fields = fixtures::wire_fields(shape, st);
            let pairs = fixtures::borrow_pairs(&fields);
            let sdk = fastest(|| cases::sdk_build(black_box(&request), &key));
            let floor =
                fastest(|| floor::build_request(black_box(&pairs), fixtures::KEY.as_bytes(), st));
            let keyed = (st == SignType::HmacSha256).then(|| {
                let mac = floor::keyed_hmac(fixtures::KEY.as_bytes());
                fastest(|| {
                    floor::build_request_keyed(black_box(&pairs), fixtures::KEY.as_bytes(), &mac)
                })
            });
            println!(
                "build {}_{}: SDK {sdk:.0} ns, floor {floor:.0} ns, {:.2}x{}",
                shape.name(),
                fixtures::sign_name(st),
                sdk / floor,
                against_keyed(sdk, keyed)
            );
        }
    }
    for st in fixtures::SIGN_TYPES {
        let raw = fixtures::raw_response(st);
        let sdk = fastest(|| cases::sdk_handle(black_box(&raw), &key, st));
        let floor = fastest(|| {
            floor::handle_response(black_box(&raw.body), fixtures::KEY.as_bytes(), st)
                .expect("the fixture verifies")
        });
        let keyed = (st == SignType::HmacSha256).then(|| {
            let mac = floor::keyed_hmac(fixtures::KEY.as_bytes());
            fastest(|| {
                floor::handle_response_keyed(black_box(&raw.body), fixtures::KEY.as_bytes(), &mac)
                    .expect("the fixture verifies")
            })
        });
        println!(
            "handle {}: SDK {sdk:.0} ns, floor {floor:.0} ns, {:.2}x{}",
            fixtures::sign_name(st),
            sdk / floor,
            against_keyed(sdk, keyed)
        );
    }
}

/// Each many-fields case run 20 times: the fastest run and the median, in milliseconds.
fn many_fields() {
    let key = ApiKey::new(fixtures::KEY);
    let fast = fixtures::many_fields_response(false);
    let general = fixtures::many_fields_response(true);
    let time = |name: &str, f: &mut dyn FnMut()| {
        let mut runs: Vec<f64> = (0..20)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        println!(
            "many_fields/{name}: fastest {:.1} ms, median {:.1} ms",
            runs[0], runs[10]
        );
    };
    for (name, raw) in [("fast_path", &fast), ("general_reader", &general)] {
        time(&format!("untyped/{name}"), &mut || {
            black_box(cases::many_untyped(black_box(raw), &key));
        });
        time(&format!("typed/{name}"), &mut || {
            black_box(cases::many_typed(black_box(raw), &key));
        });
    }
    time("notification/fast_path", &mut || {
        black_box(cases::many_notification(black_box(&fast), &key));
    });
}

/// One many-fields case, once (`many_fields untyped|typed|notification fast_path|general_reader`),
/// for a profiler.
fn many_fields_once(side: &str, reader: &str) {
    let key = ApiKey::new(fixtures::KEY);
    let raw = fixtures::many_fields_response(reader == "general_reader");
    match side {
        "untyped" => drop(black_box(cases::many_untyped(black_box(&raw), &key))),
        "typed" => drop(black_box(cases::many_typed(black_box(&raw), &key))),
        _ => drop(black_box(cases::many_notification(black_box(&raw), &key))),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("quick") {
        quick();
        return;
    }
    if args.first().map(String::as_str) == Some("many_fields") {
        match (args.get(1), args.get(2)) {
            (Some(side), Some(reader)) => many_fields_once(side, reader),
            _ => many_fields(),
        }
        return;
    }
    if args.first().map(String::as_str) == Some("e2e") {
        let usage = "usage: profile e2e sdk|transport|protocol [REQUESTS [IN_FLIGHT]]";
        let side = args.get(1).and_then(|s| e2e::Side::parse(s)).expect(usage);
        let n: usize = args.get(2).map_or(20_000, |s| s.parse().expect(usage));
        let in_flight: usize = args.get(3).map_or(64, |s| s.parse().expect(usage));
        let rate = e2e::profile(side, n, in_flight);
        println!(
            "e2e {}: {n} requests, {in_flight} in flight, {rate:.0} req/s",
            side.name()
        );
        return;
    }
    let usage = "usage: profile build sdk|untyped|floor CASE [ITERATIONS] | handle sdk|floor CASE [ITERATIONS] | quick | many_fields | e2e SIDE [REQUESTS [IN_FLIGHT]]";
    let [group, side, case] = [0, 1, 2].map(|i| args.get(i).expect(usage).as_str());
    let n: usize = args.get(3).map_or(100_000, |s| s.parse().expect(usage));
    let key = ApiKey::new(fixtures::KEY);
    let st = sign_type(case);
    match (group, side) {
        ("build", _) => {
            let shape = if case.starts_with("parking_space") {
                Shape::ParkingSpace
            } else {
                Shape::Parking
            };
            let request = fixtures::request(shape, st);
            let fields = fixtures::wire_fields(shape, st);
            let pairs = fixtures::borrow_pairs(&fields);
            // What an app gives `post_fields`: the request's fields, without those the client
            // adds (the configured ids, the nonce).
            let map: std::collections::BTreeMap<String, String> = fields
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "appid" | "mch_id" | "nonce_str"))
                .cloned()
                .collect();
            for _ in 0..n {
                if side == "sdk" {
                    black_box(cases::sdk_build(black_box(&request), &key));
                } else if side == "untyped" {
                    black_box(cases::sdk_build_untyped(black_box(&map), &key));
                } else {
                    black_box(floor::build_request(
                        black_box(&pairs),
                        fixtures::KEY.as_bytes(),
                        st,
                    ));
                }
            }
        }
        ("handle", _) => {
            let raw = fixtures::raw_response(st);
            for _ in 0..n {
                if side == "sdk" {
                    black_box(cases::sdk_handle(black_box(&raw), &key, st));
                } else {
                    black_box(
                        floor::handle_response(black_box(&raw.body), fixtures::KEY.as_bytes(), st)
                            .expect("the fixture verifies"),
                    );
                }
            }
        }
        _ => panic!("{usage}"),
    }
}
