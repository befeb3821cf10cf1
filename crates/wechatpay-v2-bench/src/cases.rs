//! The measured operations, shared by the benchmark, the allocation counts and the tests, so
//! each runs exactly the same code.

use wechatpay_v2::v2::vehicle::pay::notification::{Request, Response};
use wechatpay_v2::{ApiKey, RawResponse, SignType};
use wechatpay_v2_protocol::{self as protocol, SignedBody};

use crate::alloc::{self, AllocStats};
use crate::fixtures::{self, Shape};
use crate::floor;
use crate::report::AllocCase;

/// Request build through the SDK: typed request → signed XML bytes, a fresh nonce drawn.
pub fn sdk_build(request: &Request, key: &ApiKey) -> SignedBody {
    protocol::sign_request(request, fixtures::signer(key), None).expect("the fixture is valid")
}

/// Request build through the SDK, untyped: the request's fields as a map (what `post_fields`
/// takes) → signed XML bytes, checked against the endpoint's declaration, a fresh nonce drawn.
pub fn sdk_build_untyped(
    fields: &std::collections::BTreeMap<String, String>,
    key: &ApiKey,
) -> SignedBody {
    use wechatpay_v2::ApiRequest as _;
    protocol::sign_fields(fields, Some(Request::ENDPOINT), fixtures::signer(key), None)
        .expect("the fixture is valid")
}

/// Response handle through the SDK: XML bytes → verified, typed response.
pub fn sdk_handle(raw: &RawResponse, key: &ApiKey, sign_type: SignType) -> Response {
    protocol::decode_response::<Request>(raw, key, sign_type).expect("the fixture verifies")
}

/// The allocations of one call of `f`, after one warm-up call (which may initialise
/// thread-locals such as the random number generator).
pub fn count<T>(mut f: impl FnMut() -> T) -> AllocStats {
    drop(f());
    let (value, stats) = alloc::measure(&mut f);
    drop(value);
    stats
}

/// Allocation counts of every build and handle case, SDK and floor. Meaningful only in a binary
/// whose global allocator is [`alloc::CountingAlloc`].
pub fn allocation_counts() -> Vec<AllocCase> {
    let key = ApiKey::new(fixtures::KEY);
    let mut cases = Vec::new();
    for shape in Shape::ALL {
        for sign_type in fixtures::SIGN_TYPES {
            let request = fixtures::request(shape, sign_type);
            let fields = fixtures::wire_fields(shape, sign_type);
            let pairs = fixtures::borrow_pairs(&fields);
            cases.push(AllocCase {
                group: "build".to_owned(),
                case: format!("{}_{}", shape.name(), fixtures::sign_name(sign_type)),
                sdk: count(|| sdk_build(&request, &key)),
                floor: count(|| floor::build_request(&pairs, fixtures::KEY.as_bytes(), sign_type)),
            });
        }
    }
    for sign_type in fixtures::SIGN_TYPES {
        let raw = fixtures::raw_response(sign_type);
        cases.push(AllocCase {
            group: "handle".to_owned(),
            case: fixtures::sign_name(sign_type).to_owned(),
            sdk: count(|| sdk_handle(&raw, &key, sign_type)),
            floor: count(|| {
                floor::handle_response(&raw.body, fixtures::KEY.as_bytes(), sign_type)
                    .expect("the fixture verifies")
            }),
        });
    }
    cases
}

/// An answer of many fields ([`fixtures::many_fields_response`]) through untyped response
/// handling: the verified map of every field.
pub fn many_untyped(raw: &RawResponse, key: &ApiKey) -> std::collections::BTreeMap<String, String> {
    protocol::decode_fields(
        raw,
        key,
        SignType::Md5,
        true,
        wechatpay_v2::meta::ResponseFormat::Xml,
        &[],
    )
    .expect("the fixture verifies")
}

/// An answer of many fields through typed response handling (the unknown ones in
/// `other_fields`).
pub fn many_typed(raw: &RawResponse, key: &ApiKey) -> Response {
    protocol::decode_response::<Request>(raw, key, SignType::Md5).expect("the fixture verifies")
}

/// An answer of many fields read as a notification, with the body limit raised to 8 MiB.
pub fn many_notification(raw: &RawResponse, key: &ApiKey) -> Response {
    let limits = wechatpay_v2::notify::Limits::DEFAULT.max_body_bytes(8 * 1024 * 1024);
    wechatpay_v2::notify::parse_with::<Response>(&raw.body, key, limits)
        .expect("the fixture verifies")
}
