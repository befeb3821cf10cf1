//! The floors do the same work as the SDK (same bytes out, same verdict), and the allocation
//! counts, which are deterministic, stay within the target. Nothing here depends on timing.

use wechatpay_v2::ApiKey;
use wechatpay_v2::v2::vehicle::pay::notification::{DeductMode, UserState};
use wechatpay_v2_bench::alloc::{self, CountingAlloc};
use wechatpay_v2_bench::fixtures::{self, Shape};
use wechatpay_v2_bench::report::BUILD_ALLOCS_MAX;
use wechatpay_v2_bench::{cases, floor};
use wechatpay_v2_protocol as protocol;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

#[test]
fn the_request_floor_writes_the_sdks_bytes() {
    let key = ApiKey::new(fixtures::KEY);
    for shape in Shape::ALL {
        for sign_type in fixtures::SIGN_TYPES {
            let sdk = protocol::sign_request(
                &fixtures::request(shape, sign_type),
                fixtures::signer(&key),
                Some(fixtures::NONCE),
            )
            .unwrap();
            let fields = fixtures::wire_fields(shape, sign_type);
            assert_eq!(fields.len(), 7, "{fields:?}");
            let floor = floor::build_request(
                &fixtures::borrow_pairs(&fields),
                fixtures::KEY.as_bytes(),
                sign_type,
            );
            assert_eq!(
                String::from_utf8(floor).unwrap(),
                String::from_utf8(sdk.xml.clone()).unwrap(),
                "{shape:?} {sign_type}"
            );
            if sign_type == wechatpay_v2::SignType::HmacSha256 {
                // The floor keyed once writes the same bytes.
                let keyed = floor::build_request_keyed(
                    &fixtures::borrow_pairs(&fields),
                    fixtures::KEY.as_bytes(),
                    &floor::keyed_hmac(fixtures::KEY.as_bytes()),
                );
                assert_eq!(keyed, sdk.xml, "{shape:?} keyed once");
            }
        }
    }
}

#[test]
fn the_response_floor_and_the_sdk_agree() {
    let key = ApiKey::new(fixtures::KEY);
    for sign_type in fixtures::SIGN_TYPES {
        let raw = fixtures::raw_response(sign_type);
        let pairs = floor::handle_response(&raw.body, fixtures::KEY.as_bytes(), sign_type).unwrap();
        assert_eq!(pairs.len(), 9);
        let keyed = floor::keyed_hmac(fixtures::KEY.as_bytes());
        if sign_type == wechatpay_v2::SignType::HmacSha256 {
            let again =
                floor::handle_response_keyed(&raw.body, fixtures::KEY.as_bytes(), &keyed).unwrap();
            assert_eq!(again, pairs);
        }
        let response = cases::sdk_handle(&raw, &key, sign_type);
        assert_eq!(response.appid, fixtures::APPID);
        assert_eq!(response.mch_id, fixtures::MCH_ID);
        assert_eq!(response.user_state, UserState::Normal);
        assert_eq!(response.deduct_mode, Some(DeductMode::Proactive));
        assert!(response.other_fields.is_empty());

        // A changed field fails both.
        let tampered = String::from_utf8(raw.body.to_vec())
            .unwrap()
            .replace("NORMAL", "BLOCK");
        assert!(
            floor::handle_response(tampered.as_bytes(), fixtures::KEY.as_bytes(), sign_type)
                .is_err()
        );
        if sign_type == wechatpay_v2::SignType::HmacSha256 {
            assert_eq!(
                floor::handle_response_keyed(tampered.as_bytes(), fixtures::KEY.as_bytes(), &keyed),
                Err(floor::FloorError("sign mismatch"))
            );
        }
        let raw = wechatpay_v2::RawResponse {
            status: 200,
            body: tampered.into(),
        };
        assert!(
            protocol::decode_response::<wechatpay_v2::v2::vehicle::pay::notification::Request>(
                &raw, &key, sign_type
            )
            .is_err()
        );
    }
}

#[test]
fn allocation_counts_are_deterministic_and_within_the_target() {
    assert!(alloc::is_installed());
    let first = cases::allocation_counts();
    let second = cases::allocation_counts();
    assert_eq!(
        first, second,
        "allocation counts must not vary between runs"
    );
    for case in &first {
        if case.group == "build" {
            assert!(
                case.sdk.total() <= BUILD_ALLOCS_MAX,
                "request build {}: {} allocations, at most {BUILD_ALLOCS_MAX}",
                case.case,
                case.sdk.total()
            );
        }
        assert!(case.floor.total() <= 2, "{case:?}");
    }
}
