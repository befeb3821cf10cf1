//! `v2/papay/...`: entrusted deduction (委托代扣) contracts.

use crate::support;

#[test]
fn deletecontract() {
    use wechatpay_v2::v2::papay::deletecontract::*;
    let request = Request::new("解约原因", Version::V1_0)
        .plan_id("12251")
        .contract_code("1234")
        .contract_id("Wx15463511252015071056489715");
    support::endpoint_case(&request);
}

#[test]
fn entrustweb() {
    use wechatpay_v2::v2::papay::entrustweb::*;
    let request = Request::new(
        12535u32,
        "100000",
        1000u64,
        "微信代扣",
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
    )
    .return_web(ReturnWeb::Yes);
    support::endpoint_case(&request);
}

#[test]
fn h5entrustweb() {
    use wechatpay_v2::v2::papay::h5entrustweb::*;
    let request = Request::new(
        "12535",
        "100000",
        1000u64,
        "微信代扣",
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
        "119.145.83.6",
    )
    .sign_type(wechatpay_v2::SignType::HmacSha256)
    .return_appid("wxcbda96de0b165486");
    support::endpoint_case(&request);
}

#[test]
fn preentrustweb() {
    use wechatpay_v2::v2::papay::preentrustweb::*;
    let request = Request::new(
        "12535",
        "100000",
        1000u64,
        "微信代扣",
        // No example in the spec: the one of the other signing endpoints.
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
    )
    .sign_type(wechatpay_v2::SignType::Md5)
    .return_app(ReturnApp::Yes);
    support::endpoint_case(&request);
}

#[test]
fn querycontract() {
    use wechatpay_v2::v2::papay::querycontract::*;
    let request = Request::new(Version::V1_0)
        .contract_id("100005698")
        .plan_id(123u64)
        .contract_code("1023658866");
    support::endpoint_case(&request);
}

#[test]
fn partner_deletecontract() {
    use wechatpay_v2::v2::papay::partner::deletecontract::*;
    let request = Request::new("解约原因", Version::V1_0)
        .plan_id("12251")
        .contract_code("1234")
        .contract_id("Wx15463511252015071056489715");
    support::endpoint_case(&request);
}

#[test]
fn partner_entrustweb() {
    use wechatpay_v2::v2::papay::partner::entrustweb::*;
    let request = Request::new(
        12535u32,
        "100000",
        1000u64,
        "微信代扣",
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
    )
    .return_web(ReturnWeb::Yes);
    support::endpoint_case(&request);
}

#[test]
fn partner_h5entrustweb() {
    use wechatpay_v2::v2::papay::partner::h5entrustweb::*;
    let request = Request::new(
        "12535",
        "100000",
        1000u64,
        "微信代扣",
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
        "119.145.83.6",
    )
    .sign_type(wechatpay_v2::SignType::HmacSha256)
    .deviceid("baf04e6bbbd06f7b1a197d18ed53b7f1")
    .mobile("18933432355")
    .email("aobama@whitehouse.com")
    .qq("100243")
    .openid("baf04e6bbbd06f7b1a197d18ed53b7f1")
    .creid("110102199701011000")
    .outerid("user123")
    .return_appid("wxcbda96de0b165486");
    support::endpoint_case(&request);
}

#[test]
fn partner_paporderquery() {
    use wechatpay_v2::v2::papay::partner::paporderquery::*;
    let request =
        Request::by_transaction_id("1009660380201506130728806387").out_trade_no("20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn partner_preentrustweb() {
    use wechatpay_v2::v2::papay::partner::preentrustweb::*;
    let request = Request::new(
        "12535",
        "100000",
        1000u64,
        "微信代扣",
        // No example in the spec: the one of the other signing endpoints.
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
    )
    .sign_type(wechatpay_v2::SignType::Md5)
    .return_app(ReturnApp::Yes);
    support::endpoint_case(&request);
}

#[test]
fn partner_querycontract() {
    use wechatpay_v2::v2::papay::partner::querycontract::*;
    let request = Request::new(Version::V1_0)
        .contract_id("100005698")
        .plan_id("123")
        .contract_code("1023658866");
    support::endpoint_case(&request);
}
