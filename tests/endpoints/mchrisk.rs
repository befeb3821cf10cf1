//! `v2/mchrisk/...`: merchant risk checks and callbacks (商户风险).

use crate::support;

#[test]
fn bankquerymchauditinfo() {
    use wechatpay_v2::v2::mchrisk::bankquerymchauditinfo::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        channel_id: "999990017".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn channelquerymchauditinfo() {
    use wechatpay_v2::v2::mchrisk::channelquerymchauditinfo::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        acquiring_bank_id: "999990017".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn querymchrisk() {
    use wechatpay_v2::v2::mchrisk::querymchrisk::*;
    let request = Request {
        mch_id: None,
        cert_serial_number: Some("XXXXX".into()),
        certificates_number: Some(
            "8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f".into(),
        ),
        certificates_name: Some("ca775af5f841bdf424b2e6eb86a6e21e".into()),
        settlement_card_no: Some(
            "8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f".into(),
        ),
        settlement_card_name: Some("ca775af5f841bdf424b2e6eb86a6e21e".into()),
        settlement_card_bank: Some("招商银行科技园支行".into()),
        business_license_number: Some("ca775af5f841bdf424b2e6eb86a6e21e".into()),
        company_name: Some("XXXXX有限公司".into()),
        store_address: Some("广东省深圳市南山区深南大道10000号".into()),
        store_longitude: Some("22.5461478801".into()),
        store_latitude: Some("113.9410519639".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn setmchriskcallback() {
    use wechatpay_v2::v2::mchrisk::setmchriskcallback::*;
    let request = Request {
        mch_id: None,
        callback_url: "https://pay.weixin.qq.com/wxpay/risk.action".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn syncmchriskresult() {
    use wechatpay_v2::v2::mchrisk::syncmchriskresult::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        event_code: "123456123".into(),
        certificates_number: Some(
            "8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f".into(),
        ),
        certificates_name: Some("ca775af5f841bdf424b2e6eb86a6e21e".into()),
        settlement_card_no: Some("ca775af5f841bdf424b2e6eb86a6e21e".into()),
        settlement_card_name: Some("ca775af5f841bdf424b2e6eb86a6e21e".into()),
        settlement_card_bank: Some("招商银行科技园支行".into()),
        business_license_number: Some("00110105MA00BE3C1W".into()),
        company_name: Some("XXXXX有限公司".into()),
        store_address: Some("广东省深圳市南山区深南大道10000号".into()),
        store_longitude: Some("22.5461478801".into()),
        store_latitude: Some("113.9410519639".into()),
        risk_type: "GAMBLING".into(),
        punish_type: "CLOSE_PAY_PERMISSION".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}
