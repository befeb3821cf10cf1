//! A call's future holds every future it may await, and is moved whole at each level of the
//! call, on every call: its size is part of the cost of a request. 1,856 bytes for the seed
//! endpoint made the SDK measurably slower end to end than the protocol floor (BENCHMARKS.md,
//! profiling item 9); this keeps it from growing back.

use wechatpay_v2::{Client, SignType};
use wechatpay_v2_bench::fixtures::{self, Shape};

/// The bound: the typed call's future measures 696 bytes (736 in the declarative style) with
/// rustc 1.95: 568 before the one exchange, which keeps the typed response's slot (120 bytes
/// for the seed response) across its await. The room above it is for other compiler
/// versions, not for new state.
const MAX_CALL_FUTURE_BYTES: usize = 768;

#[test]
fn a_typed_calls_future_stays_small() {
    let request = fixtures::request(Shape::Parking, SignType::HmacSha256);
    let client = Client::builder()
        .mch_id(fixtures::MCH_ID)
        .api_key(fixtures::KEY)
        .appid(fixtures::APPID)
        .base_url("http://127.0.0.1:9/")
        .build()
        .unwrap();
    // Futures do nothing until polled: none of these sends anything.
    let chain = client.chain("v2/vehicle/pay/notification");
    let sizes = [
        ("client.post", size_of_val(&client.post(&request))),
        (
            "chained",
            size_of_val(&client.v2().vehicle().pay().notification().post(&request)),
        ),
        ("declarative", size_of_val(&chain.post(&request))),
    ];
    for (style, size) in sizes {
        assert!(
            size <= MAX_CALL_FUTURE_BYTES,
            "the future of `{style}` is {size} bytes, over {MAX_CALL_FUTURE_BYTES}"
        );
    }
}
