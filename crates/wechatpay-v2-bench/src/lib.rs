//! Benchmarks of the `wechatpay-v2` SDK, each beside a hand-written floor that does only the
//! protocol's own work on the same data.
//!
//! Run everything with `cargo bench -p wechatpay-v2-bench` (see `BENCHMARKS.md` at the repository
//! root): criterion times the request build and the response handle of the seed endpoint and
//! their floors and the throughput of one client under load (64 calls in flight against the mock
//! gateway), then the run counts allocations, measures end-to-end throughput against the mock
//! gateway beside plain reqwest, and checks every target. `scripts/build-cost.sh` measures the
//! build cost; the check includes its last result.
//!
//! - [`fixtures`]: the seed endpoint's requests and a gateway response;
//! - [`floor`]: the hand-written floors;
//! - [`cases`]: the measured SDK operations and the allocation counts;
//! - [`alloc`]: the counting global allocator;
//! - [`e2e`]: the end-to-end run;
//! - [`load`]: 64 calls in flight through one client, each answer matched to its request;
//! - [`report`]: results on disk and the target check.

pub mod alloc;
pub mod cases;
pub mod e2e;
pub mod fixtures;
pub mod floor;
pub mod load;
pub mod report;
