//! Prints the target check from the last benchmark run without measuring anything:
//! `cargo run -p wechatpay-v2-bench --release --bin check_targets`. Exits with 1 when a measured
//! target is missed.

fn main() {
    let (report, all_pass) = wechatpay_v2_bench::report::check_targets();
    println!("{report}");
    if !all_pass {
        std::process::exit(1);
    }
}
