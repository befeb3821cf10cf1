//! The end-to-end benchmark's bookkeeping: how rounds are cut into blocks, and that a short
//! run against the mock gateway yields one rate per round for every side.

use wechatpay_v2_bench::e2e::{self, E2eConfig};

#[test]
fn rounds_are_cut_into_blocks_that_add_up() {
    let sizes = |requests, blocks| e2e::block_sizes(requests, blocks).collect::<Vec<_>>();
    assert_eq!(sizes(20_000, 10), vec![2_000; 10]);
    assert_eq!(sizes(23, 5), vec![5, 5, 5, 4, 4]);
    // Never more blocks than requests, and never none.
    assert_eq!(sizes(3, 10), vec![1, 1, 1]);
    assert_eq!(sizes(7, 0), vec![7]);
    assert_eq!(sizes(0, 4), vec![0]);
}

#[test]
fn a_short_run_gives_every_side_one_rate_per_round() {
    let config = E2eConfig {
        rounds: 2,
        blocks: 3,
        sequential_requests: 12,
        concurrent_requests: 40,
        in_flight: 8,
    };
    let results = e2e::run(config);
    assert_eq!(results.config, config);
    for rates in [&results.sequential, &results.concurrent] {
        for side in [&rates.sdk, &rates.floor, &rates.protocol] {
            assert_eq!(side.len(), 2);
            assert!(side.iter().all(|r| r.is_finite() && *r > 0.0), "{side:?}");
        }
    }
}
