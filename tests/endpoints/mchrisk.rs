//! `v2/mchrisk/...`: merchant risk checks and callbacks (商户风险).

use crate::support;

#[test]
fn bankquerymchauditinfo() {
    use wechatpay_v2::v2::mchrisk::bankquerymchauditinfo::*;
    let request = Request::new("999990017", wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn channelquerymchauditinfo() {
    use wechatpay_v2::v2::mchrisk::channelquerymchauditinfo::*;
    let request = Request::new("999990017", wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn querymchrisk() {
    use wechatpay_v2::v2::mchrisk::querymchrisk::*;
    let request = Request::new(wechatpay_v2::SignType::HmacSha256)
        .cert_serial_number("XXXXX")
        .certificates_number("8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f")
        .certificates_name("ca775af5f841bdf424b2e6eb86a6e21e")
        .settlement_card_no("8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f")
        .settlement_card_name("ca775af5f841bdf424b2e6eb86a6e21e")
        .settlement_card_bank("招商银行科技园支行")
        .business_license_number("ca775af5f841bdf424b2e6eb86a6e21e")
        .company_name("XXXXX有限公司")
        .store_address("广东省深圳市南山区深南大道10000号")
        .store_longitude("22.5461478801")
        .store_latitude("113.9410519639");
    support::endpoint_case(&request);
}

#[test]
fn setmchriskcallback() {
    use wechatpay_v2::v2::mchrisk::setmchriskcallback::*;
    let request = Request::new(
        "https://pay.weixin.qq.com/wxpay/risk.action",
        wechatpay_v2::SignType::HmacSha256,
    );
    support::endpoint_case(&request);
}

#[test]
fn syncmchriskresult() {
    use wechatpay_v2::v2::mchrisk::syncmchriskresult::*;
    let request = Request::new(
        "123456123",
        "GAMBLING",
        "CLOSE_PAY_PERMISSION",
        wechatpay_v2::SignType::HmacSha256,
    )
    .certificates_number("8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f")
    .certificates_name("ca775af5f841bdf424b2e6eb86a6e21e")
    .settlement_card_no("ca775af5f841bdf424b2e6eb86a6e21e")
    .settlement_card_name("ca775af5f841bdf424b2e6eb86a6e21e")
    .settlement_card_bank("招商银行科技园支行")
    .business_license_number("00110105MA00BE3C1W")
    .company_name("XXXXX有限公司")
    .store_address("广东省深圳市南山区深南大道10000号")
    .store_longitude("22.5461478801")
    .store_latitude("113.9410519639");
    support::endpoint_case(&request);
}
