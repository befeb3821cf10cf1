//! The load benchmark's run checks what it measures: every call answered, every answer matched
//! to its own request; a failure makes the batch an error (and the benchmark panic). Nothing here
//! depends on timing.

use wechatpay_v2_bench::load::{self, Load};
use wechatpay_v2_mock::Fault;

#[test]
fn batches_are_answered_and_matched_and_failures_are_reported() {
    let run = Load::start();
    run.run(load::BATCH).expect("a clean batch");
    // Fewer calls than the calls in flight, and order numbers that continue across batches.
    run.run(10).expect("a short batch");
    let received = run.mock().requests();
    assert!(
        received.iter().all(|r| r.rejected.is_none()),
        "the mock refused a request"
    );

    run.mock().set_fault_for(Fault::TamperedSign, 1);
    let err = run.run(load::BATCH).unwrap_err();
    assert!(err.contains("signature"), "{err}");
    run.run(load::BATCH).expect("the fault is over");
    run.stop();
}
